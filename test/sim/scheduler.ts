// GitHub Actions' scheduling, as documented: which workflows an event starts, job `if:`, concurrency
// groups (one running and one pending, a newer pending run cancels the older; `queue: max` keeps up
// to 100 pending in order; `cancel-in-progress`), which writes start workflows at all (GITHUB_TOKEN
// starts none but workflow_dispatch/repository_dispatch), `workflow_run` chains (at most 3 levels),
// a job start delay, and re-runs. Time is simulated; ties and delays come from a seeded generator,
// so one seed is one reproducible interleaving. What a job does is the handler's business.
import picomatch from 'picomatch'
import {
  evaluateCondition,
  evaluateString,
  type Concurrency,
  type SimJob,
  type SimWorkflow,
} from './workflows.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>

/** Who made the change GitHub reports: a person or CI, the bot's own token, or a run's GITHUB_TOKEN. */
export type Origin = 'external' | 'bot' | 'github-token'

export interface SimEvent {
  name: string
  payload: Json
  origin: Origin
  /** push: the ref; pull_request_target: base branch is read from the payload. */
  ref?: string
  /** Files a push or PR changes, for `paths:` filters. */
  paths?: string[]
  /** workflow_run: how many workflow_run links led here (GitHub stops after 3). */
  depth?: number
  /** A label for reports: `comment #3 by alice`. */
  label?: string
  /** Set on the copy a re-run delivers again. */
  redelivery?: boolean
}

export type JobState = 'skipped' | 'queued' | 'pending' | 'running' | 'done' | 'cancelled'

export interface SimJobRun {
  id: number
  workflow: SimWorkflow
  job: SimJob
  event: SimEvent
  group?: string
  state: JobState
  /** The token the step receives (`secrets.BOT_GITHUB_TOKEN || github.token` evaluated). */
  token: string
  queuedAt: number
  startedAt?: number
  endedAt?: number
  /** Set by the handler: whether the job wrote anything. */
  didWork?: boolean
  /** Why it was cancelled, for reports. */
  cancelledBy?: string
}

export interface JobOutcome {
  didWork: boolean
  /** Events the job's writes cause (the scheduler decides which of them start workflows). */
  events: SimEvent[]
}

export type JobHandler = (job: SimJobRun, sim: Scheduler) => Promise<JobOutcome> | JobOutcome

export interface SchedulerOptions {
  workflows: SimWorkflow[]
  seed: number
  handler: JobHandler
  repository: string
  /** Repository secrets; BOT_GITHUB_TOKEN set means the bot token is what the templates pass. */
  secrets?: Record<string, string>
  vars?: Record<string, string>
  /** The run's GITHUB_TOKEN value handed to steps. */
  githubToken: string
  /** Seconds from queued (and group free) to the job's start: [min, max]. */
  startDelay?: [number, number]
  /** Seconds a job runs: [min, max]. */
  duration?: [number, number]
  /** Seconds from a change to its webhook: [min, max]. */
  deliveryDelay?: [number, number]
  /** When set, every event GitHub delivers is delivered again this many seconds later (a re-run). */
  redeliverAfter?: number
  defaultBranch?: string
  /** Fields of bosun's own `workflow_run` payloads the handler needs (e.g. `head_sha`). */
  workflowRunFields?: () => Json
}

/** Mulberry32: small, fast, good enough to pick interleavings. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Activity types a workflow gets when `types:` is absent (GitHub's documented defaults).
const DEFAULT_TYPES: Record<string, string[]> = {
  pull_request: ['opened', 'synchronize', 'reopened'],
  pull_request_target: ['opened', 'synchronize', 'reopened'],
}
const TOKEN_TRIGGERS = new Set(['workflow_dispatch', 'repository_dispatch'])
export const MAX_WORKFLOW_RUN_DEPTH = 3
export const MAX_PENDING = 100

const glob = (patterns: string[], value: string) => picomatch(patterns, { dot: true })(value)

function branchOf(event: SimEvent): string | undefined {
  if (event.name === 'push') return event.ref?.replace(/^refs\/heads\//, '')
  if (event.name.startsWith('pull_request')) return event.payload.pull_request?.base?.ref
  if (event.name === 'workflow_run') return event.payload.workflow_run?.head_branch
  return undefined
}

interface Filters {
  types?: string[]
  branches?: string[]
  'branches-ignore'?: string[]
  paths?: string[]
  'paths-ignore'?: string[]
  workflows?: string[]
}

/** Whether GitHub starts `workflow` for `event` (before any job `if:`). */
export function triggers(workflow: SimWorkflow, event: SimEvent): boolean {
  if (event.origin === 'github-token' && !TOKEN_TRIGGERS.has(event.name)) return false
  if (!(event.name in workflow.events)) return false
  const filters = ((workflow.events as Record<string, unknown>)[event.name] ?? {}) as Filters
  const types = filters.types ?? DEFAULT_TYPES[event.name]
  if (types && event.payload.action && !types.includes(event.payload.action)) return false
  const branch = branchOf(event)
  if (branch !== undefined) {
    if (filters.branches && !glob(filters.branches, branch)) return false
    if (filters['branches-ignore'] && glob(filters['branches-ignore'], branch)) return false
  }
  if (filters.paths && !(event.paths ?? []).some((p) => glob(filters.paths!, p))) return false
  if (filters['paths-ignore'] && (event.paths ?? []).every((p) => glob(filters['paths-ignore']!, p)))
    return false
  if (event.name === 'workflow_run') {
    if ((event.depth ?? 1) > MAX_WORKFLOW_RUN_DEPTH) return false
    if (!filters.workflows || !glob(filters.workflows, event.payload.workflow_run?.name ?? '')) return false
  }
  return true
}

interface Group {
  running?: Unit
  pending: Unit[]
}

/** What holds a concurrency slot: one job (job-level group) or a whole run (workflow-level group). */
interface Unit {
  jobs: SimJobRun[]
  group?: string
  concurrency?: Concurrency
  runLevel: boolean
}

interface Run {
  workflow: SimWorkflow
  event: SimEvent
  open: number
  ran: boolean
}

interface Timed {
  at: number
  order: number
  tie: number
  fire: () => Promise<void> | void
}

export class Scheduler {
  readonly jobs: SimJobRun[] = []
  readonly delivered: SimEvent[] = []
  readonly log: string[] = []
  private readonly random: () => number
  private readonly groups = new Map<string, Group>()
  private readonly timeline: Timed[] = []
  private readonly runOf = new Map<SimJobRun, Run>()
  private order = 0
  private nextJobId = 1
  now = 0

  constructor(readonly options: SchedulerOptions) {
    this.random = rng(options.seed)
  }

  private between([min, max]: [number, number]): number {
    return min + this.random() * (max - min)
  }

  /** Schedules `fire` at simulated time `at`. */
  at(at: number, fire: () => Promise<void> | void): void {
    this.timeline.push({ at, order: this.order++, tie: this.random(), fire })
  }

  /** A change happened now; GitHub delivers its webhook after a delay (and again on a re-run). */
  emit(event: SimEvent): void {
    const when = this.now + this.between(this.options.deliveryDelay ?? [0, 2])
    this.at(when, () => this.deliver(event))
    if (this.options.redeliverAfter !== undefined && !event.redelivery)
      this.at(when + this.options.redeliverAfter, () => this.deliver({ ...event, redelivery: true }))
  }

  contexts(event: SimEvent): Json {
    return {
      github: {
        event_name: event.name,
        event: event.payload,
        repository: this.options.repository,
        repository_owner: this.options.repository.split('/')[0],
        ref: event.ref ?? `refs/heads/${this.options.defaultBranch ?? 'main'}`,
        actor: event.payload.sender?.login ?? '',
        token: this.options.githubToken,
      },
      vars: this.options.vars ?? {},
      secrets: this.options.secrets ?? {},
      inputs: {},
    }
  }

  deliver(event: SimEvent): void {
    this.delivered.push(event)
    for (const workflow of this.options.workflows) {
      if (!triggers(workflow, event)) continue
      this.startRun(workflow, event)
    }
  }

  private startRun(workflow: SimWorkflow, event: SimEvent): void {
    const ctx = this.contexts(event)
    const run: Run = { workflow, event, open: workflow.jobs.length, ran: false }
    const jobs = workflow.jobs.map((job) => {
      const token = job.with.token ? evaluateString(job.with.token, ctx) : this.options.githubToken
      const started: SimJobRun = {
        id: this.nextJobId++,
        workflow,
        job,
        event,
        state: 'queued',
        token,
        queuedAt: this.now,
      }
      this.jobs.push(started)
      this.runOf.set(started, run)
      return started
    })
    // A workflow-level group holds the whole run before any job `if:` is looked at.
    if (workflow.concurrency) {
      const group = evaluateString(workflow.concurrency.group, ctx)
      this.enqueue({ jobs, group, concurrency: workflow.concurrency, runLevel: true })
      return
    }
    for (const job of jobs) {
      if (!this.decideIf(job)) continue
      const c = job.job.concurrency
      this.enqueue({
        jobs: [job],
        group: c ? evaluateString(c.group, ctx) : undefined,
        concurrency: c,
        runLevel: false,
      })
    }
  }

  /** Evaluates the job's `if:`; a false one is skipped and never takes a runner. */
  private decideIf(job: SimJobRun): boolean {
    if (evaluateCondition(job.job.condition, this.contexts(job.event))) return true
    job.state = 'skipped'
    this.settle(job)
    return false
  }

  private enqueue(unit: Unit): void {
    for (const job of unit.jobs) job.group = unit.group
    if (!unit.group) return this.start(unit)
    const group = this.groups.get(unit.group) ?? { pending: [] }
    this.groups.set(unit.group, group)
    if (group.running && unit.concurrency?.cancelInProgress) this.cancel(group.running, 'cancel-in-progress')
    if (!group.running) {
      group.running = unit
      return this.start(unit)
    }
    const limit = unit.concurrency?.queue === 'max' ? MAX_PENDING : 1
    while (group.pending.length >= limit) this.cancel(group.pending.shift()!, 'a newer pending run')
    for (const job of unit.jobs) if (job.state === 'queued') job.state = 'pending'
    group.pending.push(unit)
  }

  private cancel(unit: Unit, why: string): void {
    for (const job of unit.jobs)
      if (job.state === 'pending' || job.state === 'queued') {
        job.state = 'cancelled'
        job.cancelledBy = why
        this.log.push(`${this.now.toFixed(1)}s cancelled ${describe(job)} (${why})`)
        this.settle(job)
      }
  }

  private start(unit: Unit): void {
    const begin = this.now + this.between(this.options.startDelay ?? [2, 20])
    this.at(begin, async () => {
      for (const job of unit.jobs) {
        if (job.state === 'cancelled') continue
        // Under a workflow-level group, `if:` is decided when the run gets to start.
        if (unit.runLevel && !this.decideIf(job)) continue
        job.state = 'running'
        job.startedAt = this.now
      }
      const end = this.now + this.between(this.options.duration ?? [5, 15])
      this.at(end, () => this.finish(unit))
    })
  }

  private async finish(unit: Unit): Promise<void> {
    for (const job of unit.jobs) {
      if (job.state !== 'running') continue
      // The job's reads and writes happen at one instant; runs interleave at job granularity.
      const outcome = await this.options.handler(job, this)
      job.state = 'done'
      job.endedAt = this.now
      job.didWork = outcome.didWork
      this.log.push(`${this.now.toFixed(1)}s ${describe(job)}${outcome.didWork ? ' wrote' : ' no-op'}`)
      for (const event of outcome.events) this.emit(event)
      this.settle(job)
    }
    if (!unit.group) return
    const group = this.groups.get(unit.group)!
    if (group.running === unit) group.running = undefined
    const next = group.pending.shift()
    if (next) {
      group.running = next
      this.start(next)
    }
  }

  /** A run whose jobs are all settled reports `workflow_run` completed, one level deeper. */
  private settle(job: SimJobRun): void {
    const run = this.runOf.get(job)!
    run.ran ||= job.state === 'done'
    if (--run.open > 0) return
    const depth = run.event.name === 'workflow_run' ? (run.event.depth ?? 1) + 1 : 1
    const conclusion = run.ran ? 'success' : job.state === 'cancelled' ? 'cancelled' : 'skipped'
    this.emit({
      name: 'workflow_run',
      origin: 'external',
      depth,
      label: `workflow_run of ${run.workflow.name} (${conclusion})`,
      payload: {
        action: 'completed',
        workflow_run: {
          name: run.workflow.name,
          conclusion,
          head_branch: 'main',
          pull_requests: [],
          ...this.options.workflowRunFields?.(),
        },
        workflow: { name: run.workflow.name },
        repository: run.event.payload.repository,
        sender: run.event.payload.sender,
      },
    })
  }

  /** Runs the timeline until nothing is left (or `until` seconds). */
  async runAll(until = Infinity, maxSteps = 20_000): Promise<void> {
    for (let step = 0; ; step++) {
      if (step > maxSteps)
        throw new Error(
          `seed ${this.options.seed}: no end after ${maxSteps} steps (a loop?)\n${this.log.slice(-20).join('\n')}`,
        )
      if (!this.timeline.length) return
      this.timeline.sort((a, b) => a.at - b.at || a.tie - b.tie || a.order - b.order)
      const next = this.timeline[0]
      if (!next || next.at > until) return
      this.timeline.shift()
      this.now = next.at
      if (process.env.SIM_TRACE) process.stderr.write(`${this.now.toFixed(1)} ${this.log.at(-1) ?? ''}\n`)
      await next.fire()
    }
  }

  /** Jobs that started (took a runner), per workflow file. */
  summary(): { started: number; worked: number; skipped: number; cancelled: number } {
    const count = (f: (j: SimJobRun) => boolean) => this.jobs.filter(f).length
    return {
      started: count((j) => j.state === 'done'),
      worked: count((j) => j.state === 'done' && !!j.didWork),
      skipped: count((j) => j.state === 'skipped'),
      cancelled: count((j) => j.state === 'cancelled'),
    }
  }
}

export function describe(job: SimJobRun): string {
  return `${job.workflow.file}/${job.job.id} on ${job.event.label ?? job.event.name}${job.event.redelivery ? ' (re-run)' : ''}`
}
