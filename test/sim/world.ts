// The simulator with bosun in it: an emulator repository, people doing things at fixed times, the
// scheduler starting the workflows those things trigger, and each started job running the real
// dist/ bundle against the emulator with the token the workflow passes. What a job wrote (read from
// the emulator's state before and after) becomes the events GitHub would send for those writes.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../emulator/paths.js'
import {
  addCheckRun,
  addCollaborator,
  addLabel,
  addComment,
  createPull,
  pushCommit,
  type Issue,
  type Repository,
} from '../emulator/state.js'
import {
  issueCommentPayload,
  labeledPayload,
  pullRequestPayload,
  reviewPayload,
  statusPayload,
} from '../support/payloads.js'
import { runAction } from '../support/run-action.js'
import { BOT, BOT_TOKEN, markReviewed, Scenario } from '../support/scenario.js'
import { Scheduler, type Json, type JobOutcome, type SimEvent, type SimJobRun } from './scheduler.js'
import { loadWorkflow, type SimWorkflow } from './workflows.js'

export const GITHUB_TOKEN = 'ghs_actionsruntoken0000000000000000000'
export const CI_WORKFLOWS = ['CI']

/** The workflow files of a folder (the templates, the old-template fixtures, .github/workflows). */
export async function loadWorkflows(dir: string, only?: string[]): Promise<SimWorkflow[]> {
  if (!existsSync(dir)) return []
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && (!only || only.includes(f)))
  return Promise.all(files.sort().map((f) => loadWorkflow(f, readFileSync(join(dir, f), 'utf8'))))
}
export const TEMPLATES = join(ROOT, 'workflows-templates')
export const OLD_TEMPLATES = join(ROOT, 'test/sim/fixtures/old-templates')
export const SEPARATE = ['auto-merge.yml', 'command-dispatch.yml', 'label-policy.yml']
export const ALL_IN_ONE = ['bosun.yml']

/** What bosun could see of the repository before and after a job. */
interface Snapshot {
  labels: Map<number, string[]>
  heads: Map<number, string>
  merged: Set<number>
  comments: Set<number>
  statuses: number
  issues: Set<number>
}

function snapshot(repo: Repository): Snapshot {
  const labels = new Map<number, string[]>()
  const heads = new Map<number, string>()
  const merged = new Set<number>()
  for (const issue of repo.issues.values()) {
    labels.set(issue.number, [...issue.labels])
    if (issue.pull) heads.set(issue.number, issue.pull.head.sha)
    if (issue.pull?.merged) merged.add(issue.number)
  }
  return {
    labels,
    heads,
    merged,
    comments: new Set(repo.comments.keys()),
    statuses: repo.statuses.length,
    issues: new Set(repo.issues.keys()),
  }
}

export interface MergeRecord {
  number: number
  sha: string
  at: number
}

export interface WorldOptions {
  workflows: SimWorkflow[]
  seed: number
  /** Re-deliver every event this many simulated seconds after the first delivery. */
  redeliverAfter?: number
  /** Whether the BOT_GITHUB_TOKEN secret is set (the documented setup). */
  botSecret?: boolean
  config?: string
  files?: Record<string, string>
}

export class World {
  readonly s = new Scenario()
  sched!: Scheduler
  readonly merges: MergeRecord[] = []
  /** When each head SHA of a PR became current (simulated seconds). */
  readonly heads = new Map<number, Array<{ sha: string; at: number }>>()
  /** Commands people wrote: comment id, PR, body, author, time. */
  readonly commands: Array<{ id: number; number: number; body: string; author: string; at: number }> = []
  readonly bundleRuns: number[] = []
  /** `number@sha` of PRs whose review (lgtm and approval) was given before the simulation began. */
  readonly reviewedAtStart = new Set<string>()

  constructor(readonly options: WorldOptions) {}

  async start(people: Record<string, string | null>): Promise<this> {
    await this.s.start({ files: this.options.files })
    this.s.people(people)
    this.s.emu.state.addToken(GITHUB_TOKEN, 'github-actions[bot]')
    addCollaborator(this.emu.state, this.repo, 'github-actions[bot]', 'write')
    if (this.options.config) this.s.config(this.options.config)
    this.sched = new Scheduler({
      workflows: this.options.workflows,
      seed: this.options.seed,
      repository: this.s.fullName,
      githubToken: GITHUB_TOKEN,
      secrets: this.options.botSecret === false ? {} : { BOT_GITHUB_TOKEN: BOT_TOKEN },
      // The documented setup: the bot account's login as a repository variable.
      vars: { BOSUN_BOT_LOGIN: BOT },
      redeliverAfter: this.options.redeliverAfter,
      handler: (job) => this.runJob(job),
      // bosun's own runs (pull_request_target, comments) run on the default branch's head.
      workflowRunFields: () => ({
        head_sha: this.repo.branches.get(this.repo.defaultBranch)!.sha,
        event: 'issue_comment',
      }),
    })
    return this
  }

  stop(): Promise<void> {
    return this.s.stop()
  }

  get repo(): Repository {
    return this.s.repo
  }

  private get emu() {
    return this.s.emu
  }

  /** Does `fire` at simulated second `at` (the people's side of the scenario). */
  at(at: number, fire: () => void): void {
    this.sched.at(at, fire)
  }

  private event(name: string, payload: Json, label: string, extra: Partial<SimEvent> = {}): SimEvent {
    return { name, payload, origin: 'external', label, ...extra }
  }

  openPull(author: string, files: string[], title = 'feat: a change'): Issue {
    const pr = createPull(this.emu.state, this.repo, {
      author,
      title,
      files: files.map((filename) => ({ filename, additions: 3, deletions: 1 })),
    })
    this.heads.set(pr.number, [{ sha: pr.pull!.head.sha, at: this.sched?.now ?? 0 }])
    return pr
  }

  /** Delivers `opened` for a PR created before the schedule started. */
  opened(pr: Issue): void {
    this.sched.emit(
      this.event(
        'pull_request_target',
        pullRequestPayload(this.emu, this.repo, pr, 'opened'),
        `opened #${pr.number}`,
        {
          paths: pr.pull!.files.map((f) => f.filename),
        },
      ),
    )
  }

  comment(pr: Issue, author: string, body: string): void {
    const c = addComment(this.emu.state, this.repo, pr.number, author, body)
    if (/^\/\w/m.test(body))
      this.commands.push({ id: c.id, number: pr.number, body, author, at: this.sched.now })
    this.sched.emit(
      this.event(
        'issue_comment',
        issueCommentPayload(this.emu, this.repo, pr, c),
        `comment ${c.id} "${body}" by ${author}`,
      ),
    )
  }

  push(pr: Issue): void {
    const sha = pushCommit(this.repo, pr)
    this.heads.get(pr.number)!.push({ sha, at: this.sched.now })
    const paths = pr.pull!.files.map((f) => f.filename)
    this.sched.emit(
      this.event(
        'pull_request_target',
        pullRequestPayload(this.emu, this.repo, pr, 'synchronize'),
        `push to #${pr.number}`,
        { paths },
      ),
    )
    this.sched.emit(
      this.event(
        'push',
        {
          ref: `refs/heads/${pr.pull!.head.ref}`,
          after: sha,
          repository: {},
          sender: { login: pr.user.login, type: 'User' },
        },
        `push ${sha.slice(0, 7)}`,
        { ref: `refs/heads/${pr.pull!.head.ref}`, paths },
      ),
    )
  }

  review(pr: Issue, reviewer: string, state: string, body = ''): void {
    this.sched.emit(
      this.event(
        'pull_request_review',
        reviewPayload(this.emu, this.repo, pr, reviewer, body, state),
        `review by ${reviewer}`,
      ),
    )
  }

  /**
   * Review given before the simulation: labels set and, as bosun records it, `bosun/lgtm` and
   * `bosun/approve` on the current head; counted as given for that head.
   */
  reviewed(pr: Issue): void {
    for (const name of ['lgtm', 'approved']) if (!this.repo.labels.has(name)) addLabel(this.repo, name)
    pr.labels.push('lgtm', 'approved')
    markReviewed(this.repo, pr.pull!.head.sha)
    this.reviewedAtStart.add(`${pr.number}@${pr.pull!.head.sha}`)
  }

  /** The current head's CI is already green (no event: it finished before the simulation). */
  greenChecks(pr: Issue): void {
    for (const name of CI_WORKFLOWS) addCheckRun(this.repo, pr.pull!.head.sha, name, 'success')
  }

  /** CI finishes for the head the PR had as its `index`-th head (0 = the first), e.g. after a push. */
  ciFinishesFor(pr: Issue, index: number): void {
    const current = pr.pull!.head.sha
    const head = this.heads.get(pr.number)?.[index]
    if (!head) throw new Error(`simulator: PR #${pr.number} never had head ${index}`)
    pr.pull!.head.sha = head.sha
    try {
      this.ciFinishes(pr)
    } finally {
      pr.pull!.head.sha = current
    }
  }

  /** CI of the PR's current head finishes: a green check run per workflow and its workflow_run. */
  ciFinishes(pr: Issue, workflows = CI_WORKFLOWS): void {
    const sha = pr.pull!.head.sha
    for (const name of workflows) {
      addCheckRun(this.repo, sha, name, 'success')
      const payload = {
        action: 'completed',
        workflow_run: {
          name,
          head_sha: sha,
          head_branch: pr.pull!.head.ref,
          conclusion: 'success',
          event: 'pull_request',
          pull_requests: [
            {
              number: pr.number,
              head: { sha, ref: pr.pull!.head.ref },
              base: { ref: this.repo.defaultBranch },
            },
          ],
        },
        workflow: { name },
        repository: pullRequestPayload(this.emu, this.repo, pr).repository,
        sender: { login: 'ci-runner', type: 'User', id: 4242 },
      }
      this.sched.emit(this.event('workflow_run', payload, `CI ${name} on #${pr.number}`, { depth: 1 }))
    }
  }

  private async runJob(job: SimJobRun): Promise<JobOutcome> {
    if (!job.job.action) return { didWork: false, events: [] }
    const before = snapshot(this.repo)
    this.emu.resetLog()
    const inputs: Record<string, string> = {}
    const result = await runAction({
      action: job.job.action,
      event: job.event.name,
      payload: job.event.payload,
      apiUrl: this.emu.url,
      repository: this.s.fullName,
      token: job.token,
      inputs,
    })
    this.bundleRuns.push(result.ms)
    if (result.code !== 0)
      throw new Error(`${job.job.action} failed on ${job.event.label}: ${result.stderr}${result.stdout}`)
    const writes = this.emu.requests.filter(
      (r) =>
        r.method !== 'GET' && !(r.operation === 'graphql' && !/mutation/.test(JSON.stringify(r.body ?? ''))),
    )
    const origin = job.token === BOT_TOKEN ? 'bot' : 'github-token'
    return { didWork: writes.length > 0, events: this.eventsOf(before, snapshot(this.repo), origin) }
  }

  /** The webhooks GitHub sends for what a job wrote. */
  private eventsOf(before: Snapshot, after: Snapshot, origin: 'bot' | 'github-token'): SimEvent[] {
    const events: SimEvent[] = []
    const sender = origin === 'bot' ? BOT : 'github-actions[bot]'
    const add = (name: string, payload: Json, label: string, extra: Partial<SimEvent> = {}) =>
      events.push({ name, payload, origin, label: `${label} by bosun`, ...extra })
    for (const [number, labels] of after.labels) {
      const issue = this.repo.issues.get(number)!
      const old = before.labels.get(number) ?? []
      const item = (action: string, label: string) => {
        const payload = labeledPayload(this.emu, this.repo, issue, label, sender)
        payload.action = action
        add(issue.pull ? 'pull_request_target' : 'issues', payload, `${action} ${label} on #${number}`)
      }
      for (const l of labels) if (!old.includes(l)) item('labeled', l)
      for (const l of old) if (!labels.includes(l)) item('unlabeled', l)
      if (before.issues.has(number) && issue.pull && before.heads.get(number) !== after.heads.get(number)) {
        this.heads.get(number)?.push({ sha: issue.pull.head.sha, at: this.sched.now })
        add(
          'pull_request_target',
          pullRequestPayload(this.emu, this.repo, issue, 'synchronize', sender),
          `push to #${number}`,
        )
      }
      if (issue.pull && !before.merged.has(number) && after.merged.has(number)) {
        this.merges.push({ number, sha: before.heads.get(number)!, at: this.sched.now })
        add(
          'pull_request_target',
          pullRequestPayload(this.emu, this.repo, issue, 'closed', sender),
          `merge of #${number}`,
        )
        add(
          'push',
          { ref: `refs/heads/${this.repo.defaultBranch}`, repository: {}, sender: { login: sender } },
          'push to main',
          {
            ref: `refs/heads/${this.repo.defaultBranch}`,
            paths: issue.pull.files.map((f) => f.filename),
          },
        )
      }
      if (!before.issues.has(number) && issue.pull)
        add(
          'pull_request_target',
          pullRequestPayload(this.emu, this.repo, issue, 'opened', sender),
          `PR #${number}`,
        )
    }
    for (const [id, c] of this.repo.comments)
      if (!before.comments.has(id))
        add(
          'issue_comment',
          issueCommentPayload(this.emu, this.repo, this.repo.issues.get(c.issueNumber)!, c),
          `comment ${id}`,
        )
    for (const st of this.repo.statuses.slice(before.statuses))
      add(
        'status',
        statusPayload(this.emu, this.repo, st.sha, st.context, st.state, sender),
        `status ${st.context}=${st.state}`,
      )
    return events
  }

  run(): Promise<void> {
    return this.sched.runAll()
  }
}
