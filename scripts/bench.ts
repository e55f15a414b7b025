// `npm run bench`: named scenarios through the built dist/ bundles against the emulator. For each:
// API requests (total and by operation) and wall time at 0 ms and 50 ms emulator latency; then the
// start-up time of every bundle beside a bare `node -e 0`; the server host (scripts/bench-server.ts).
// Prints tables and writes bench/results.json.
// On a shared machine compare ratios within one run, not absolute times across runs.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { register } from 'node:module'
import { Llm } from '../src/core/llm.js'
import { serverSection } from './bench-server.js'
import { memoryLogger } from '../src/core/log.js'
import { BUNDLES } from '../src/parts.js'
import { parseDoc, planChunks, translateMarkdown } from '../src/gpt-translate/documents.js'
import { chunkBudget } from '../src/gpt-translate/budget.js'
import { corpus, runCorpus } from '../test/support/corpus.js'
import { detectLanguage, MIN_PROSE } from '../src/core/language.js'
import { join } from 'node:path'
import {
  addCheckRun,
  addLabel,
  addComment,
  addStatus,
  createIssue,
  createPull,
  pushCommit,
  setFile,
} from '../test/emulator/state.js'
import {
  checkPayload,
  issueCommentPayload,
  issuesPayload,
  pullRequestPayload,
} from '../test/support/payloads.js'
import { OpenAiEmulator } from '../test/emulator/openai.js'
import { githubSchema } from '../test/emulator/graphql.js'
import { allOperations } from '../test/emulator/openapi.js'
import { NODE24, ROOT, runAction } from '../test/support/run-action.js'
import { BOT_TOKEN, markReviewed, Scenario } from '../test/support/scenario.js'
import { BUILTIN_LABELS } from '../src/core/label-definitions.js'

interface Case {
  name: string
  what: string
  /** Builds the repository state and returns the event to send. */
  setup(s: Scenario): { action: string; event: string; payload: object }
  /** Runs against the OpenAI emulator too (model calls are counted). */
  llm?: boolean
  /** Model latency for this case (ms). */
  llmLatencyMs?: number
  /** Action inputs (e.g. `dry-run`). */
  inputs?: Record<string, string>
}

const OWNERS_TREE = {
  OWNERS: 'approvers: [root-approver]\n',
  'api/OWNERS': 'approvers: [ada]\nreviewers: [rev]\n',
  'web/OWNERS': 'approvers: [ada, wes]\n',
  'db/OWNERS': 'options:\n  no_parent_owners: true\napprovers: [ada, dina]\n',
}

function commentCase(
  name: string,
  what: string,
  body: string,
  options: { author?: string; config?: string; pr?: boolean; files?: string[] } = {},
): Case {
  return {
    name,
    what,
    setup(s) {
      s.people({ colin: 'write', paula: null, ada: 'read', rev: 'read', wes: 'read' })
      for (const l of ['kind/bug', 'area/docs']) addLabel(s.repo, l)
      if (options.config) s.config(options.config)
      const target =
        options.pr === false
          ? createIssue(s.emu.state, s.repo, { author: 'paula' })
          : createPull(s.emu.state, s.repo, {
              author: 'paula',
              files: (options.files ?? ['src/app.ts']).map((filename) => ({ filename })),
            })
      const comment = addComment(s.emu.state, s.repo, target.number, options.author ?? 'colin', body)
      return {
        action: 'command-dispatch',
        event: 'issue_comment',
        payload: issueCommentPayload(s.emu, s.repo, target, comment),
      }
    },
  }
}

const CASES: Case[] = [
  commentCase(
    'comment-no-command',
    'a comment with no command',
    'Thanks, this looks great! Ship it when CI is green.',
  ),
  commentCase(
    'config-load',
    '`/hold` with a config file present (the config rides in the first request)',
    '/hold',
    {
      config: 'labels:\n  additional: [ready]\nmerge:\n  method: squash\n',
    },
  ),
  commentCase('hold', '`/hold` on a PR by a collaborator', '/hold'),
  commentCase('kind-bug', '`/kind bug` on a PR by a collaborator', '/kind bug'),
  commentCase('lgtm', '`/lgtm` by an OWNERS reviewer (3-directory OWNERS tree)', '/lgtm', {
    author: 'rev',
    files: ['api/a.go'],
  }),
  commentCase(
    'approve-3-dirs',
    '`/approve` with a 3-directory OWNERS tree, PR touching all three',
    '/approve',
    {
      author: 'ada',
      files: ['api/a.go', 'web/b.ts', 'db/c.sql'],
    },
  ),
  commentCase('assign', '`/assign @ada` by a collaborator', '/assign @ada'),
  ...labelPolicyCases(),
  ...autoMergeCases(),
  ...lifecycleCases(),
  ...translateCases(),
  commentCase(
    'five-commands',
    'a 5-command comment (`/kind`, `/area`, `/hold`, `/assign`, `/cc`)',
    '/kind bug\n/area docs\n/hold\n/assign\n/cc @colin',
  ),
]

/** label-policy on a 40-file PR with every policy configured. */
function labelPolicyCases(): Case[] {
  const rule = '^(feat|fix|docs|chore)(\\(.+\\))?!?: .+'
  const config = `rules:\n  title: '${rule}'\n  commit-message: '${rule}'\nlabels:\n  paths: {area/api: ['api/**'], area/docs: ['docs/**']}\nsize:\n  ignore: ['vendor/**']\n`
  const setup = (s: Scenario) => {
    s.people({ colin: 'write', ada: 'read', rev: 'write', wes: 'write' })
    s.config(config)
    setFile(s.repo, 'main', '.gitattributes', '*.pb.go linguist-generated=true\n')
    createPull(s.emu.state, s.repo, { author: 'colin' }) // an earlier PR: no welcome
    const files = Array.from({ length: 40 }, (_, i) => ({
      filename: `${i % 2 ? 'api' : 'web'}/file${i}.go`,
      additions: 5,
      deletions: 1,
    }))
    return createPull(s.emu.state, s.repo, {
      author: 'colin',
      title: 'feat: forty files',
      files,
      commits: ['feat: one', 'fix: two'],
    })
  }
  return [
    {
      name: 'label-policy-open-40-files',
      what: 'label-policy: PR opened with 40 files, every policy on (size, WIP, rules, paths, approval, reviewers, ok-to-test, welcome)',
      setup(s) {
        const pr = setup(s)
        return {
          action: 'label-policy',
          event: 'pull_request_target',
          payload: pullRequestPayload(s.emu, s.repo, pr),
        }
      },
    },
    {
      name: 'label-policy-push-no-change',
      what: 'label-policy: a push to that PR when nothing needs to change',
      setup(s) {
        const pr = setup(s)
        pr.labels.push('size/L', 'area/api')
        pushCommit(s.repo, pr, 'fix: three')
        return {
          action: 'label-policy',
          event: 'pull_request_target',
          payload: pullRequestPayload(s.emu, s.repo, pr, 'synchronize'),
        }
      },
    },
  ]
}

/** auto-merge: a single check_suite event, and sweeps of 1,000 open PRs. */
function autoMergeCases(): Case[] {
  /** 1,000 PRs whose bosun/merge status already says why each is blocked (a steady state). */
  const pool = (s: Scenario, readyCount: number) => {
    s.people({ paula: null })
    for (let i = 0; i < 1000; i++) {
      const ready = i % 100 === 50 && readyCount > 0
      const pr = createPull(s.emu.state, s.repo, {
        author: 'paula',
        labels: ready ? ['lgtm', 'approved'] : ['lgtm'],
      })
      addCheckRun(s.repo, pr.pull!.head.sha, 'build', 'success')
      if (ready) markReviewed(s.repo, pr.pull!.head.sha)
      if (!ready)
        addStatus(s.repo, pr.pull!.head.sha, 'bosun/merge', 'pending', 'Not mergeable. Needs approved label.')
    }
  }
  return [
    {
      name: 'auto-merge-check-suite-ready',
      what: 'auto-merge: one check_suite completed for a ready PR (status + merge)',
      setup(s) {
        const pr = createPull(s.emu.state, s.repo, { author: 'paula', labels: ['lgtm', 'approved'] })
        addCheckRun(s.repo, pr.pull!.head.sha, 'build', 'success')
        markReviewed(s.repo, pr.pull!.head.sha)
        return {
          action: 'auto-merge',
          event: 'check_suite',
          payload: checkPayload(s.emu, s.repo, 'check_suite', pr.pull!.head.sha, [pr.number]),
        }
      },
    },
    {
      name: 'auto-merge-sweep-1000-unchanged',
      what: 'auto-merge: schedule sweep of 1,000 open PRs, nothing changed since the last sweep',
      setup(s) {
        pool(s, 0)
        return { action: 'auto-merge', event: 'schedule', payload: { schedule: '*/30 * * * *' } }
      },
    },
    {
      name: 'auto-merge-sweep-1000-10-ready',
      what: 'auto-merge: schedule sweep of 1,000 open PRs of which 10 are ready (bulk writes: one a second)',
      setup(s) {
        pool(s, 10)
        return { action: 'auto-merge', event: 'schedule', payload: { schedule: '*/30 * * * *' } }
      },
    },
  ]
}

/**
 * label-policy's scheduled run with lifecycle automation over 1,000 open issues older than 200
 * days: all active (a human comment 10 days ago), 10 due for `lifecycle/stale` (real writes, one a
 * second), and all due in a dry run (the writes a real run would make, at most 100 items per run).
 */
function lifecycleCases(): Case[] {
  const DAY = 24 * 3600_000
  const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString()
  const issues = (s: Scenario, quiet: (i: number) => boolean) => {
    s.people({ paula: null, alice: 'write' })
    s.config('lifecycle: {}\n')
    for (const l of BUILTIN_LABELS) addLabel(s.repo, l.name, l.color, l.description ?? null)
    for (let i = 0; i < 1000; i++) {
      const issue = createIssue(s.emu.state, s.repo, { author: 'paula' })
      issue.createdAt = issue.updatedAt = ago(200)
      if (quiet(i)) continue
      const c = addComment(s.emu.state, s.repo, issue.number, 'alice', 'still on it')
      c.createdAt = ago(10)
    }
    return { action: 'label-policy', event: 'schedule', payload: { schedule: '23 * * * *' } }
  }
  return [
    {
      name: 'lifecycle-sweep-1000-active',
      what: 'label-policy: schedule with lifecycle over 1,000 old open issues, all active (no write)',
      setup: (s) => issues(s, () => false),
    },
    {
      name: 'lifecycle-sweep-1000-10-stale',
      what: 'label-policy: schedule with lifecycle over 1,000 old open issues, 10 due for stale (bulk writes: one a second)',
      setup: (s) => issues(s, (i) => i % 100 === 50),
    },
    {
      name: 'lifecycle-sweep-1000-all-stale-dry-run',
      what: 'label-policy: dry-run schedule with lifecycle over 1,000 old open issues, all due (planned writes; 100 items a run)',
      inputs: { 'dry-run': 'true' },
      setup: (s) => issues(s, () => true),
    },
  ]
}

/** `npm run bench -- --lifecycle`: only the lifecycle rows (requests, writes, wall). */
async function lifecycleSection(results: Record<string, unknown>): Promise<void> {
  const rows = [
    '| scenario | requests | reads | writes (planned in a dry run) | by operation | wall @0 ms |',
    '|---|---:|---:|---:|---|---:|',
  ]
  const out: Record<string, unknown> = {}
  for (const c of lifecycleCases()) {
    const m = await measure(c, 0)
    if (m.violations) throw new Error(`${c.name}: emulator violations`)
    const writes = m.writes + m.plannedWrites
    const ops = Object.entries(m.byOperation)
      .map(([op, n]) => `${op}${n > 1 ? ` ×${n}` : ''}`)
      .join(', ')
    out[c.name] = { what: c.what, requests: m.requests, writes, byOperation: m.byOperation, wallMs0: m.ms }
    rows.push(`| ${c.name} | ${m.requests} | ${m.requests - m.writes} | ${writes} | ${ops} | ${m.ms} |`)
  }
  results.lifecycle = out
  console.log('## Lifecycle sweep over 1,000 issues (Node 24 bundles, emulator on 127.0.0.1)\n')
  console.log(rows.join('\n'))
}

const ai = new OpenAiEmulator()

function translateCases(): Case[] {
  return [
    {
      name: 'gpt-translate-200kb',
      what: '`/gt` of a 200 KB Markdown file on an issue, model latency 500 ms',
      llm: true,
      llmLatencyMs: 500,
      setup(s) {
        s.people({ colin: 'write' })
        const big = Array.from(
          { length: 1400 },
          (_, i) =>
            `## Section ${i}\n\nThis paragraph explains part ${i} of the widget system, with \`code\` and a [link](https://x.test/${i}).\n\n\`\`\`\nexample ${i}\n\`\`\`\n`,
        ).join('\n')
        setFile(s.repo, 'main', 'docs/big.md', big)
        const issue = createIssue(s.emu.state, s.repo, { author: 'colin' })
        const comment = addComment(
          s.emu.state,
          s.repo,
          issue.number,
          'colin',
          '/gt docs/big.md docs/big.ja.md ja',
        )
        return {
          action: 'gpt-translate',
          event: 'issue_comment',
          payload: issueCommentPayload(s.emu, s.repo, issue, comment),
        }
      },
    },
    {
      name: 'issue-translate-chinese-issue',
      what: 'issue-translate: a new Chinese issue with code, links and a table, translated into a reply',
      llm: true,
      setup(s) {
        const issue = createIssue(s.emu.state, s.repo, {
          author: 'li',
          title: '在 Windows 上构建失败',
          body: '运行 `npm install` 之后，构建在 Windows 上失败了：\n\n```\nError: EPERM\n```\n\n请参考[文档](https://example.com/docs)。@colin 你能看一下吗？和 #12 有关。\n\n| 系统 | 版本 |\n|---|---|\n| Windows | 11 |',
        })
        return { action: 'issue-translate', event: 'issues', payload: issuesPayload(s.emu, s.repo, issue) }
      },
    },
  ]
}

interface Measure {
  /** Writes that reached the emulator, and those a dry run only planned. */
  writes: number
  plannedWrites: number
  modelCalls: number
  chunks: number
  requests: number
  byOperation: Record<string, number>
  ms: number
  violations: number
}

async function measure(c: Case, latencyMs: number): Promise<Measure> {
  const s = new Scenario()
  await s.start({ files: /^(lgtm|approve|label-policy)/.test(c.name) ? OWNERS_TREE : {} })
  try {
    const { action, event, payload } = c.setup(s)
    s.emu.resetLog()
    s.emu.latencyMs = latencyMs
    if (c.llm) {
      await ai.start()
      ai.latencyMs = c.llmLatencyMs ?? 0
    }
    const run = await runAction({
      action,
      event,
      payload,
      apiUrl: s.emu.url,
      repository: s.fullName,
      token: BOT_TOKEN,
      inputs: {
        ...(c.llm ? { 'openai-api-key': 'sk-bench', 'openai-base-url': ai.url } : {}),
        ...c.inputs,
      },
    })
    if (c.llm) await ai.stop()
    if (run.code !== 0) throw new Error(`${c.name} failed: ${run.stdout}${run.stderr}`)
    return {
      writes: s.emu.writes().length,
      plannedWrites: Array.isArray(run.result?.plannedWrites) ? run.result.plannedWrites.length : 0,
      requests: s.emu.requests.length,
      byOperation: s.emu.countBy(),
      ms: run.ms,
      violations: s.emu.violations.length,
      modelCalls: c.llm ? ai.requests.splice(0).length : 0,
      chunks: c.llm
        ? Number(/(\d+) chunk\(s\)/.exec(s.botComments([...s.repo.issues.values()][0]!).join('\n'))?.[1] ?? 0)
        : 0,
    }
  } finally {
    await s.stop()
  }
}

function median(xs: number[]): number {
  const value = [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  if (value === undefined) throw new Error('median of no samples')
  return value
}

function startupMs(args: string[], env: Record<string, string>, runs = 7): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint()
    spawnSync(NODE24, args, { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'ignore' })
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return median(times)
}

/**
 * Translation on real documents (test/support/corpus.ts): the corpus pass rate with an echo model
 * and with the pseudo-translating model, then wall time and model calls for real files of about
 * 10 KB, 100 KB and 1 MB at a fixed model latency, against ceil(tokens / chunk budget) calls and
 * the bound 1.5 × ceil(chunks / concurrency) × latency.
 */
async function translationFidelity(results: Record<string, unknown>): Promise<void> {
  const files = corpus()
  await ai.start()
  const llm = (model: string, concurrency = 8) =>
    new Llm({ apiKey: 'sk-bench', baseUrl: ai.url, model, log: memoryLogger(), concurrency })
  const budget = chunkBudget('gpt-4o-mini')
  const rates: string[] = [
    '| model | files tried | committed and intact | pass rate | model calls |',
    '|---|---:|---:|---:|---:|',
  ]
  const fidelity: Record<string, unknown> = {}
  for (const [name, model] of [
    ['echo', 'echo'],
    ['pseudo-translator', 'gpt-4o-mini'],
  ] as const) {
    const client = llm(model)
    const r = await runCorpus(client, files, { budget, echo: model === 'echo' })
    fidelity[name] = {
      tried: r.tried,
      committed: r.committed,
      failures: r.failures,
      calls: client.usage.calls,
    }
    rates.push(
      `| ${name} | ${r.tried} | ${r.committed} | ${((100 * r.committed) / r.tried).toFixed(1)}% | ${client.usage.calls} |`,
    )
    for (const f of r.failures) rates.push(`| | refused: ${f} | | | |`)
  }
  results.fidelity = fidelity
  const sizes = [...files].sort((x, y) => x.text.length - y.text.length)
  const nearest = (bytes: number) =>
    sizes.reduce((best, f) =>
      Math.abs(f.text.length - bytes) < Math.abs(best.text.length - bytes) ? f : best,
    )
  const megabyte = {
    path: `${sizes.at(-1)!.path} + ${sizes.at(-2)!.path}`,
    text: `${sizes.at(-1)!.text}\n${sizes.at(-2)!.text}`,
  }
  const latency = 1000
  const concurrency = 4
  ai.latencyMs = latency
  const scale: string[] = [
    `| file | bytes | tokens sent | chunk budget | ceil(tokens/budget) | chunks | model calls | wall | wall at 0 ms latency | bound 1.5 × ceil(chunks/${concurrency}) × ${latency} ms | |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ]
  const rows: unknown[] = []
  for (const file of [nearest(10_000), nearest(100_000), megabyte]) {
    const doc = parseDoc(file.text)
    const chunks = planChunks(doc, budget)
    const tokens =
      Math.ceil(doc.text.length / 4) - Math.ceil(doc.cumulative.at(-1)! / 4) + 2 * doc.ranges.length
    // The same file at 0 ms latency first: bosun's own CPU time (parsing, checks), for the reader.
    ai.latencyMs = 0
    let started = Date.now()
    await translateMarkdown(llm('gpt-4o-mini', concurrency), 'ja', file.text, { budget, frontMatterKeys: [] })
    const cpuMs = Date.now() - started
    ai.latencyMs = latency
    const client = llm('gpt-4o-mini', concurrency)
    started = Date.now()
    await translateMarkdown(client, 'ja', file.text, { budget, frontMatterKeys: [] })
    const ms = Date.now() - started
    const bound = 1.5 * Math.ceil(chunks.length / concurrency) * latency
    rows.push({
      file: file.path,
      bytes: file.text.length,
      tokens,
      budget,
      chunks: chunks.length,
      calls: client.usage.calls,
      ms,
      cpuMs,
      bound,
    })
    scale.push(
      `| ${file.path} | ${file.text.length} | ${tokens} | ${budget} | ${Math.ceil(tokens / budget)} | ${chunks.length} | ${client.usage.calls} | ${ms} ms | ${cpuMs} ms | ${bound} ms | ${ms <= bound ? 'within' : 'OVER'} |`,
    )
  }
  ai.latencyMs = 0
  await ai.stop()
  results.translationScale = rows
  console.log(
    `\n## Translation fidelity on ${files.length} real README/CHANGELOG files of installed packages\n`,
  )
  console.log(rates.join('\n'))
  console.log(`\n## /gt scale: real files at ${latency} ms model latency, concurrency ${concurrency}\n`)
  console.log(scale.join('\n'))
}

/**
 * Jobs a busy day starts and jobs that did work, per template, old (test/sim/fixtures) vs new, from
 * the scheduler simulator (test/sim/cost.ts says how "did work" is decided without bundles).
 */
async function simCostSection(results: Record<string, unknown>): Promise<void> {
  // GitHub's workflow parser imports its schema as JSON without an import attribute (bundlers accept
  // that, Node does not): add the attribute for .json files before loading it.
  register(
    'data:text/javascript,' +
      encodeURIComponent(
        "export async function load(url, context, next) { return next(url, url.endsWith('.json') ? { ...context, importAttributes: { ...context.importAttributes, type: 'json' } } : context) }",
      ),
  )
  const { BUSY_DAY, costOfDay, nameCiWorkflows } = await import('../test/sim/cost.js')
  const { ALL_IN_ONE, OLD_TEMPLATES, SEPARATE, TEMPLATES, loadWorkflows } =
    await import('../test/sim/world.js')
  const separate = [...SEPARATE, 'gpt-translate.yml', 'issue-translate.yml']
  const rows = [
    '| template | jobs started (old → new) | did work (old → new) | runs dropped by concurrency (old → new) | skipped by `if:` (new) |',
    '|---|---:|---:|---:|---:|',
  ]
  const table: Record<string, unknown> = {}
  for (const [label, files] of [
    ['separate templates', separate],
    ['all-in-one', ALL_IN_ONE],
  ] as const) {
    const old = await costOfDay(await loadWorkflows(OLD_TEMPLATES, [...files]), BUSY_DAY)
    const now = await costOfDay(nameCiWorkflows(await loadWorkflows(TEMPLATES, [...files])), BUSY_DAY)
    const sum = (xs: typeof old, k: 'started' | 'worked' | 'dropped' | 'skipped') =>
      xs.reduce((a, r) => a + r[k], 0)
    for (const n of now) {
      const o = old.find((r) => r.workflow === n.workflow)!
      rows.push(
        `| ${n.workflow} | ${o.started} → ${n.started} | ${o.worked} → ${n.worked} | ${o.dropped} → ${n.dropped} | ${n.skipped} |`,
      )
    }
    if (files.length > 1)
      rows.push(
        `| **${label}, total** | ${sum(old, 'started')} → ${sum(now, 'started')} | ${sum(old, 'worked')} → ${sum(now, 'worked')} | ${sum(old, 'dropped')} → ${sum(now, 'dropped')} | ${sum(now, 'skipped')} |`,
      )
    table[label] = { old, now }
  }
  results.simulatedDay = { day: BUSY_DAY, ...table }
  const d = BUSY_DAY
  console.log(
    `\n## A busy day through the scheduler simulator\n\n${d.pushes} pushes with ${d.ciPerPush} CI workflows each, ${d.comments} comments (${d.commandComments} with commands), ${d.reviews} reviews, ${d.issues} issues on ${d.prs} PRs; bot token set. New templates with \`workflow_run\` naming the ${d.ciPerPush} CI workflows.\n`,
  )
  console.log(rows.join('\n'))
}

/** Start-up: each bundle with an event it ignores at once (no request), beside a bare node. */
function startupSection(results: Record<string, unknown>): void {
  results.startup = {}
  const eventDir = join(ROOT, '.tools-build')
  const eventPath = join(eventDir, 'startup-event.json')
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'created',
      comment: { body: 'no command here' },
      issue: { number: 1 },
      sender: { login: 'x', type: 'User' },
    }),
  )
  const env = {
    GITHUB_EVENT_NAME: 'issue_comment',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/widgets',
    INPUT_TOKEN: 'x',
    GITHUB_OUTPUT: join(eventDir, 'startup-output'),
  }
  writeFileSync(env.GITHUB_OUTPUT, '')
  const bare = startupMs(['-e', '0'], {})
  const start: string[] = [
    '| bundle | start-up (median of 7) | vs bare node |',
    '|---|---:|---:|',
    `| node -e 0 | ${bare.toFixed(0)} ms | 1.00× |`,
  ]
  for (const name of BUNDLES) {
    const ms = startupMs([join(ROOT, 'dist', name, 'index.js')], env)
    ;(results.startup as Record<string, number>)[name] = Math.round(ms)
    start.push(`| ${name} | ${ms.toFixed(0)} ms | ${(ms / bare).toFixed(2)}× |`)
  }
  ;(results.startup as Record<string, number>)['node -e 0'] = Math.round(bare)
  console.log('\n## Bundle start-up\n')
  console.log(start.join('\n'))
}

async function main() {
  if (process.argv.includes('--sim-only')) {
    // The quick part: the simulator's day and the start-up table (nothing is written).
    const results: Record<string, unknown> = {}
    await simCostSection(results)
    startupSection(results)
    return
  }
  // Load GitHub's API description and schema up front so the first scenario does not pay for it.
  allOperations()
  githubSchema()
  const results: Record<string, unknown> = {
    node: spawnSync(NODE24, ['--version']).stdout.toString().trim(),
    scenarios: {},
    startup: {},
  }
  // `npm run bench -- --translation`: the translation section alone (it prints, writes no file).
  if (process.argv.includes('--translation')) return translationFidelity(results)
  if (process.argv.includes('--lifecycle')) return lifecycleSection(results)
  // `npm run bench -- --server`: the server host's section alone (it prints, writes no file).
  if (process.argv.includes('--server')) return serverSection(results)
  const rows: string[] = [
    '| scenario | requests | by operation | model calls | wall @0 ms | wall @50 ms |',
    '|---|---:|---|---:|---:|---:|',
  ]
  // `npm run bench -- --only=hold,lgtm`: the per-event rows of the named scenarios alone (no file).
  const only = process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
  for (const c of only ? CASES.filter((c) => only.includes(c.name)) : CASES) {
    const fast = await measure(c, 0)
    const slow = await measure(c, 50)
    ;(results.scenarios as Record<string, unknown>)[c.name] = {
      what: c.what,
      requests: fast.requests,
      byOperation: fast.byOperation,
      wallMs0: fast.ms,
      wallMs50: slow.ms,
      modelCalls: fast.modelCalls,
    }
    if (fast.violations || slow.violations) throw new Error(`${c.name}: emulator violations`)
    const ops =
      Object.entries(fast.byOperation)
        .map(([op, n]) => `${op}${n > 1 ? ` ×${n}` : ''}`)
        .join(', ') || '—'
    rows.push(`| ${c.name} | ${fast.requests} | ${ops} | ${fast.modelCalls} | ${fast.ms} | ${slow.ms} |`)
  }
  console.log('## API requests and wall time per event (Node 24 bundles, emulator on 127.0.0.1)\n')
  console.log(rows.join('\n'))
  if (only) return

  // gpt-translate: wall time against the ideal of ceil(chunks / concurrency) model round trips.
  const gt = CASES.find((c) => c.name === 'gpt-translate-200kb')!
  const gtRun = await measure(gt, 0)
  const concurrency = 4
  const ideal = Math.ceil(gtRun.chunks / concurrency) * 500
  const gtLine = `chunks ${gtRun.chunks}, concurrency ${concurrency}, model calls ${gtRun.modelCalls}, GitHub requests ${gtRun.requests}, wall ${gtRun.ms} ms; bound 1.5 × ceil(chunks/concurrency) × 500 ms = ${1.5 * ideal} ms: ${gtRun.ms <= 1.5 * ideal ? 'within' : 'OVER'}`
  results.gptTranslate200kb = { ...gtRun, concurrency, boundMs: 1.5 * ideal }
  console.log(`\n## /gt of a 200 KB file at 500 ms model latency\n\n${gtLine}`)

  // Language detection: accuracy per language on the labelled set, and texts per second.
  const samples = readFileSync(join(ROOT, 'test/fixtures/languages.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t') as [string, string])
  await detectLanguage('warm up the n-gram tables')
  const detectStart = process.hrtime.bigint()
  const perLanguage = new Map<string, { right: number; total: number; short: number; shortRight: number }>()
  for (const [label, text] of samples) {
    const { language } = await detectLanguage(text)
    const e = perLanguage.get(label) ?? { right: 0, total: 0, short: 0, shortRight: 0 }
    if ([...text].length >= MIN_PROSE) {
      e.total++
      if (language === label) e.right++
    } else {
      e.short++
      if (language === undefined || language === label) e.shortRight++
    }
    perLanguage.set(label, e)
  }
  const detectSeconds = Number(process.hrtime.bigint() - detectStart) / 1e9
  const lang: string[] = [
    '| language | texts ≥20 chars | correct | accuracy | shorter texts: judged correctly or left alone |',
    '|---|---:|---:|---:|---:|',
  ]
  for (const [label, e] of [...perLanguage].sort()) {
    lang.push(
      `| ${label} | ${e.total} | ${e.right} | ${((100 * e.right) / e.total).toFixed(1)}% | ${e.shortRight}/${e.short} |`,
    )
  }
  results.languageDetection = {
    texts: samples.length,
    textsPerSecond: Math.round(samples.length / detectSeconds),
    perLanguage: Object.fromEntries(perLanguage),
  }
  console.log(
    `\n## Language detection (${samples.length} labelled texts, ${Math.round(samples.length / detectSeconds)} texts/s)\n`,
  )
  console.log(lang.join('\n'))

  await translationFidelity(results)

  await lifecycleSection(results)

  await serverSection(results)

  startupSection(results)

  await simCostSection(results)

  mkdirSync(join(ROOT, 'bench'), { recursive: true })
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n')
  console.log('\nWrote bench/results.json')
}

await main()
