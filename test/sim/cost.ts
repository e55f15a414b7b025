// A busy repository's day through the scheduler, without bundles: which jobs start (GitHub's
// triggers, the templates' `if:` and queues, evaluated as in the e2e simulator) and which of them do
// any work. "Did work" is decided from what each event is known to be (the generator writes it in:
// a comment holds a command or not, a text is English or not, a PR carries lgtm or not) by the rules
// bosun's parts follow, and the writes a working job makes are fed back as the events GitHub would
// send for them (labels, comments, statuses, runs completing). The e2e simulator checks the same
// rules against the real bundles on small scenarios.
import { Scheduler, rng, type Json, type JobOutcome, type SimEvent, type SimJobRun } from './scheduler.js'
import type { SimWorkflow } from './workflows.js'
import { ROUTES } from '../../src/parts.js'

export const BOT_LOGIN = 'bosun-bot'
export const CI_NAMES = ['CI', 'lint', 'test', 'build', 'e2e', 'docs']

export interface Day {
  pushes: number
  ciPerPush: number
  comments: number
  commandComments: number
  reviews: number
  issues: number
  prs: number
}
export const BUSY_DAY: Day = {
  pushes: 120,
  ciPerPush: 6,
  comments: 350,
  commandComments: 60,
  reviews: 60,
  issues: 30,
  prs: 40,
}

interface Facts {
  command?: string
  english?: boolean
}

const COMMANDS = [
  '/lgtm',
  '/approve',
  '/hold',
  '/hold cancel',
  '/kind bug',
  '/assign @ann',
  '/retest',
  '/gt docs/a.md docs/a.ja.md ja',
]
const human = (i: number) => ({ login: `dev${i % 25}`, type: 'User' })
const botUser = { login: BOT_LOGIN, type: 'User' }
const repository = { full_name: 'acme/widgets', name: 'widgets', owner: { login: 'acme' } }

/** The day's events, in time order over 10 hours, from a seed. */
export function dayEvents(day: Day, seed: number): Array<{ at: number; event: SimEvent }> {
  const random = rng(seed)
  const at = () => random() * 36_000
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]
  const pr = () => 1 + Math.floor(random() * day.prs)
  const out: Array<{ at: number; event: SimEvent }> = []
  const add = (time: number, name: string, payload: Json, facts: Facts = {}, extra: Partial<SimEvent> = {}) =>
    out.push({
      at: time,
      event: { name, payload: { repository, ...payload, bench: facts }, origin: 'external', ...extra },
    })
  for (let i = 0; i < day.prs; i++)
    add(
      at() / 4,
      'pull_request_target',
      {
        action: 'opened',
        pull_request: { number: i + 1, body: 'Fixes a bug.', base: { ref: 'main' } },
        sender: human(i),
      },
      { english: random() > 0.1 },
    )
  for (let i = 0; i < day.pushes; i++) {
    const t = at()
    const number = pr()
    const pull_request = { number, body: 'Fixes a bug.', base: { ref: 'main' } }
    add(t, 'pull_request_target', { action: 'synchronize', pull_request, sender: human(number) })
    add(
      t,
      'push',
      { ref: `refs/heads/feature-${number}`, sender: human(number) },
      {},
      { ref: `refs/heads/feature-${number}`, paths: ['src/a.ts'] },
    )
    for (const name of CI_NAMES.slice(0, day.ciPerPush))
      add(t + 300 + random() * 900, 'workflow_run', {
        action: 'completed',
        workflow_run: {
          name,
          conclusion: 'success',
          head_branch: `feature-${number}`,
          pull_requests: [{ number }],
        },
        sender: human(number),
      })
    add(t + 600, 'status', {
      context: 'codecov/patch',
      state: 'pending',
      sender: { login: 'codecov', type: 'User' },
    })
    add(t + 900, 'status', {
      context: 'codecov/patch',
      state: 'success',
      sender: { login: 'codecov', type: 'User' },
    })
  }
  for (let i = 0; i < day.comments; i++) {
    const command = i < day.commandComments ? pick(COMMANDS) : undefined
    const prose = random() < 0.1 ? 'see https://example.com/docs/a for why' : 'Thanks, looks good to me.'
    const english = command !== undefined || random() > 0.1
    add(
      at(),
      'issue_comment',
      { action: 'created', comment: { body: command ?? prose }, issue: { number: pr() }, sender: human(i) },
      { command, english },
    )
  }
  for (let i = 0; i < day.reviews; i++) {
    const state = i % 3 === 0 ? 'approved' : i % 6 === 1 ? 'changes_requested' : 'commented'
    add(
      at(),
      'pull_request_review',
      {
        action: 'submitted',
        review: { state, body: 'ok' },
        pull_request: { number: pr(), base: { ref: 'main' } },
        sender: human(i),
      },
      { command: state === 'commented' ? undefined : `(${state})` },
    )
  }
  for (let i = 0; i < day.issues; i++)
    add(
      at(),
      'issues',
      { action: 'opened', issue: { number: 100 + i, body: 'It breaks.' }, sender: human(i) },
      { english: random() > 0.15 },
    )
  return out.sort((a, b) => a.at - b.at)
}

/** What each bosun part does with an event, by the parts' own rules; writes become events. */
function model(job: SimJobRun, lgtm: Set<number>): JobOutcome {
  const e = job.event
  const p = e.payload
  const facts: Facts = p.bench ?? {}
  const own = e.origin !== 'external' || p.sender?.login === BOT_LOGIN || p.sender?.type === 'Bot'
  const number: number | undefined =
    p.pull_request?.number ?? p.issue?.number ?? p.workflow_run?.pull_requests?.[0]?.number
  const parts = job.job.action === 'all-in-one' ? partsFor(e.name) : [job.job.action ?? '']
  const events: SimEvent[] = []
  const bot = (name: string, payload: Json) =>
    events.push({
      name,
      origin: job.token === 'bot' ? 'bot' : 'github-token',
      payload: { repository, sender: botUser, bench: {}, ...payload },
    })
  let work = false
  for (const part of parts) {
    if (part === 'command-dispatch' && !own && facts.command && !facts.command.startsWith('/gt')) {
      work = true
      bot('issue_comment', {
        action: 'created',
        comment: { body: '<!-- bosun:reply -->\nDone.' },
        issue: { number },
      })
      if (/lgtm|approved/.test(facts.command) && number) {
        lgtm.add(number)
        bot('pull_request_target', {
          action: 'labeled',
          label: { name: 'lgtm' },
          pull_request: { number, base: { ref: 'main' } },
        })
      }
    }
    if (part === 'label-policy' && !own) {
      if (p.action === 'opened') work = true
      if (p.action === 'synchronize' && number && lgtm.delete(number)) {
        work = true
        bot('pull_request_target', {
          action: 'unlabeled',
          label: { name: 'lgtm' },
          pull_request: { number, base: { ref: 'main' } },
        })
      }
    }
    if (part === 'auto-merge') {
      const ciResult =
        (e.name === 'workflow_run' && CI_NAMES.includes(p.workflow_run?.name)) ||
        (e.name === 'status' && !String(p.context).startsWith('bosun/'))
      const labelChange =
        e.name === 'pull_request_target' &&
        ['labeled', 'unlabeled'].includes(p.action) &&
        p.label?.name === 'lgtm'
      if (ciResult || labelChange) {
        work = true
        bot('status', { context: 'bosun/merge', state: 'pending', sha: 'abc' })
      }
    }
    if (part === 'issue-translate' && !own && facts.english === false) {
      work = true
      bot('issue_comment', {
        action: 'created',
        comment: { body: '<!-- bosun:translated -->\n…' },
        issue: { number },
      })
    }
    if (part === 'gpt-translate' && !own && facts.command?.startsWith('/gt')) work = true
  }
  return { didWork: work, events }
}

const partsFor = (event: string): readonly string[] => ROUTES[event] ?? []

export interface CostRow {
  workflow: string
  started: number
  worked: number
  skipped: number
  dropped: number
}

/** Runs the day through `workflows` and counts, per workflow file. */
export async function costOfDay(workflows: SimWorkflow[], day: Day, seed = 1): Promise<CostRow[]> {
  const lgtm = new Set<number>()
  const sched = new Scheduler({
    workflows,
    seed,
    repository: 'acme/widgets',
    githubToken: 'github',
    secrets: { BOT_GITHUB_TOKEN: 'bot' },
    vars: { BOSUN_BOT_LOGIN: BOT_LOGIN },
    handler: (job) => model(job, lgtm),
  })
  for (const { at, event } of dayEvents(day, seed)) sched.at(at, () => sched.deliver(event))
  await sched.runAll(Infinity, 2_000_000)
  return workflows.map((wf) => {
    const jobs = sched.jobs.filter((j) => j.workflow === wf)
    const count = (f: (j: SimJobRun) => boolean) => jobs.filter(f).length
    return {
      workflow: wf.file,
      started: count((j) => j.state === 'done'),
      worked: count((j) => j.state === 'done' && !!j.didWork),
      skipped: count((j) => j.state === 'skipped'),
      dropped: count((j) => j.state === 'cancelled'),
    }
  })
}

/** The user's edit the templates ask for: name the repository's CI workflows under `workflow_run`. */
export function nameCiWorkflows(workflows: SimWorkflow[], names = CI_NAMES): SimWorkflow[] {
  return workflows.map((wf) => {
    const run = (wf.events as Record<string, { workflows?: string[] } | undefined>).workflow_run
    if (!run?.workflows || run.workflows.includes('*')) return wf
    return { ...wf, events: { ...wf.events, workflow_run: { ...run, workflows: names } } }
  })
}
