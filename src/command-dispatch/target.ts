// The issue or PR a command acts on, built from the event payload, and everything a command may do
// to it: CommandTarget is the whole of a command's GitHub access, so a command is unit-tested against
// a fake with no HTTP (test/unit/command-target.test.ts). Label changes are kept as a desired state
// (LabelChanges) while the comment's commands run and written once at the end (one request for all
// additions), so `/kind bug` `/area docs` `/hold` cost one write and `/hold` then `/unhold` none.
import type { ActionRun } from '../core/action.js'
import { approveWaitingRuns, type ApprovedRuns } from '../core/approve-runs.js'
import type { Payload } from '../core/context.js'
import { LabelChanges } from '../core/label-changes.js'
import { loadOwners, withAccessOnly, type OwnersTree } from '../core/owners.js'
import { headStatusFrom, STATUS_FIELDS, type HeadStatus } from '../core/review-state.js'
import { httpStatus } from '../core/github.js'
import * as writes from '../core/writes.js'

export interface TargetData {
  number: number
  isPull: boolean
  author: string
  title: string
  state: string
  labels: string[]
  assignees: string[]
  /** PR only, when the payload carries it (not on issue_comment). */
  headSha?: string
}

/** Reads the issue or PR from the payloads of the events command-dispatch handles. */
export function targetFromPayload(payload: Payload): TargetData | undefined {
  const item = payload.pull_request ?? payload.issue
  if (!item || typeof item.number !== 'number') return undefined
  return {
    number: item.number,
    isPull: !!payload.pull_request || !!payload.issue?.pull_request,
    author: String(item.user?.login ?? ''),
    title: String(item.title ?? ''),
    state: String(item.state ?? 'open'),
    labels: (item.labels ?? []).map((l: { name?: string } | string) =>
      typeof l === 'string' ? l : String(l.name),
    ),
    assignees: (item.assignees ?? []).map((a: { login: string }) => a.login),
    headSha: payload.pull_request?.head?.sha,
  }
}

/** One check run or commit status on the PR head, as the merge pool sees it. */
export interface HeadContext {
  name: string
  kind: 'check' | 'status'
  /** Lower case: success, neutral, skipped, failure, pending, … (a check's conclusion or status). */
  state: string
}

export interface HeadChecks {
  sha: string
  committedAt?: string
  contexts: HeadContext[]
  /** Commit statuses with who wrote them, for trusting bosun's own. */
  statuses: HeadStatus[]
}

export interface ReviewRequest {
  users: string[]
  /** Team slugs of the repository owner's organization. */
  teams: string[]
}

const HEAD_CHECKS_QUERY = `query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) { pullRequest(number: $number) { headRefOid
    commits(last: 1) { nodes { commit { oid committedDate statusCheckRollup { contexts(first: 100) { nodes {
      __typename ... on CheckRun { name status conclusion } ... on StatusContext { ${STATUS_FIELDS} } } } } } } } } }
}`
type HeadChecksAnswer = {
  repository?: {
    pullRequest?: {
      headRefOid: string
      commits?: {
        nodes?: Array<{
          commit?: {
            oid: string
            committedDate: string
            statusCheckRollup?: { contexts?: { nodes?: Array<Record<string, unknown>> } } | null
          }
        }>
      }
    } | null
  } | null
}
/** A workflow run of the PR's head, as /retest and /test choose among them. */
export interface HeadRun {
  id: number
  name: string
  /** The workflow file, `.github/workflows/ci.yml`. */
  path: string
  status: string
  conclusion: string | null
}

export interface Milestone {
  number: number
  title: string
  due_on?: string | null
}

/** Fields of the issue or PR a command may change. */
export interface TargetUpdate {
  state?: 'open' | 'closed'
  stateReason?: 'completed' | 'not_planned'
  title?: string
  /** A milestone's number, or null to clear it. */
  milestone?: number | null
}

/** What commands may read of and do to the issue or PR they act on. */
export interface CommandTarget {
  readonly data: TargetData
  readonly number: number
  readonly isPull: boolean
  readonly author: string
  /** The repository's owner: the organization whose teams may be asked to review. */
  readonly repoOwner: string
  /** The labels as they will be once pending changes are written. */
  readonly labels: string[]
  hasLabel(name: string): boolean
  addLabels(names: string[]): Promise<void>
  removeLabel(name: string): Promise<void>
  /** The PR's head SHA. */
  headSha(): Promise<string>
  /** Changed files of a PR (a rename counts under both names); none on an issue. */
  files(): Promise<string[]>
  owners(): Promise<OwnersTree>
  /** Assigns; returns the assignees GitHub reports afterwards (it silently drops those it cannot assign). */
  addAssignees(logins: string[]): Promise<string[]>
  removeAssignees(logins: string[]): Promise<void>
  /** Requests (or withdraws) reviews of users and teams; false when GitHub refuses the request as a whole (422). */
  requestReviews(request: ReviewRequest, withdraw?: boolean): Promise<boolean>
  /** Approves the head's workflow runs waiting for a maintainer (fork PRs of new contributors). */
  approveWaitingRuns(): Promise<ApprovedRuns>
  /** The current head with every check run and commit status on it. */
  headChecks(): Promise<HeadChecks>
  /** Writes a commit status on a head SHA. */
  setStatus(sha: string, context: string, state: 'success' | 'pending', description: string): Promise<void>
  update(changes: TargetUpdate): Promise<void>
  /** The repository's open milestones. */
  openMilestones(): Promise<Milestone[]>
  /** The newest run of each workflow (per triggering event) for the PR's head. */
  headRuns(): Promise<{ headSha: string; runs: HeadRun[] }>
  /** Re-runs a workflow run: only its failed jobs, or all of it. */
  rerun(runId: number, only: 'failed' | 'all'): Promise<void>
}

/** What an earlier request of the run (the preflight) read about the PR already. */
export interface TargetSeed {
  /** The changed files. */
  files?: string[]
  /** The commit at the tip of the base branch: OWNERS are read there. */
  baseOid?: string
}

export interface LabelFlushFailure {
  /** Lower-cased names of the labels that were not written. */
  labels: Set<string>
  error: unknown
}

/** The GitHub-backed target of one event's commands. */
export class Target implements CommandTarget {
  /** The labels as they will be once pending changes are written. */
  private readonly labelChanges: LabelChanges
  /** Every label change that took effect (lower-cased), in order: the dispatcher blames commands by it. */
  private readonly changeLog: string[] = []
  private headShaPromise?: Promise<string>
  private filesPromise?: Promise<string[]>
  private ownersPromise?: Promise<OwnersTree>
  private ownersAsWrittenPromise?: Promise<OwnersTree>

  constructor(
    private readonly run: ActionRun,
    readonly data: TargetData,
    private readonly seed: TargetSeed = {},
  ) {
    this.labelChanges = new LabelChanges(data.labels)
    if (seed.files) this.filesPromise = Promise.resolve(seed.files)
  }

  get number() {
    return this.data.number
  }
  get isPull() {
    return this.data.isPull
  }
  get author() {
    return this.data.author
  }
  get repoOwner() {
    return this.run.repo.owner
  }
  get labels(): string[] {
    return this.labelChanges.labels
  }

  hasLabel(name: string): boolean {
    return this.labelChanges.has(name)
  }

  // Label changes are batched (flushLabels writes them): these only record, but keep the async interface.
  addLabels(names: string[]): Promise<void> {
    for (const name of names) if (this.labelChanges.add(name)) this.changeLog.push(name.toLowerCase())
    return Promise.resolve()
  }

  removeLabel(name: string): Promise<void> {
    if (this.labelChanges.remove(name)) this.changeLog.push(name.toLowerCase())
    return Promise.resolve()
  }

  /** How many label changes have taken effect so far. */
  get labelChangeCount(): number {
    return this.changeLog.length
  }

  /** The labels (lower-cased) changed since `labelChangeCount` was `mark`. */
  labelsChangedSince(mark: number): string[] {
    return this.changeLog.slice(mark)
  }

  /** Writes the net label changes: one request for all additions, one per removal. */
  async flushLabels(): Promise<LabelFlushFailure | undefined> {
    const { added, removed } = this.labelChanges
    const failed = new Set<string>()
    let firstError: unknown
    const attempt = async (labels: string[], write: () => Promise<void>) => {
      try {
        await write()
      } catch (error) {
        firstError ??= error
        for (const l of labels) failed.add(l.toLowerCase())
      }
    }
    if (added.length) {
      await attempt(added, async () => {
        await writes.addLabels(this.run.github, this.run.repo, this.number, added)
        this.run.report.result.labelsAdded.push(...added)
      })
    }
    for (const label of removed) {
      await attempt([label], async () => {
        await writes.removeLabel(this.run.github, this.run.repo, this.number, label)
        this.run.report.result.labelsRemoved.push(label)
      })
    }
    return failed.size ? { labels: failed, error: firstError } : undefined
  }

  /** The PR's head SHA (issue_comment payloads lack it), fetched once. */
  headSha(): Promise<string> {
    if (!this.isPull) throw new Error('not a pull request')
    if (this.data.headSha) return Promise.resolve(this.data.headSha)
    this.headShaPromise ??= this.run.github.rest.pulls
      .get({ ...this.run.repo, pull_number: this.number })
      .then(({ data }) => data.head.sha)
    return this.headShaPromise
  }

  /** Changed files of a PR (every page; a rename counts under both names), fetched once. */
  files(): Promise<string[]> {
    if (!this.isPull) return Promise.resolve([])
    this.filesPromise ??= this.run.github
      .paginate(this.run.github.rest.pulls.listFiles, {
        ...this.run.repo,
        pull_number: this.number,
        per_page: 100,
      })
      .then((files) =>
        files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])),
      )
    return this.filesPromise
  }

  /**
   * OWNERS for the changed files, read from the PR's base branch (the default branch on issues),
   * limited to people with repository access.
   */
  owners(): Promise<OwnersTree> {
    const hasAccess = (logins: string[]) => this.run.permissions.withAccess(logins)
    this.ownersPromise ??= this.ownersAsWritten().then((tree) => withAccessOnly(tree, hasAccess))
    return this.ownersPromise
  }

  /**
   * The same OWNERS before the access filter; the first call also reads `accessOf`'s repository
   * access in that request (for a reviewer's quick yes, see meetsLevel), one round trip for both.
   */
  ownersAsWritten(accessOf?: string): Promise<OwnersTree> {
    const { github, repo, permissions } = this.run
    this.ownersAsWrittenPromise ??= (async () => {
      const riding = accessOf ? permissions.accessFields([accessOf]) : undefined
      if (!this.isPull) return loadOwners(github, repo, { ref: 'HEAD' }, ['OWNERS'], undefined, riding)
      const files = await this.files()
      const paths = files.length ? files : ['OWNERS']
      const source = this.seed.baseOid ? { ref: this.seed.baseOid } : { pullNumber: this.number }
      return loadOwners(github, repo, source, paths, undefined, riding)
    })()
    return this.ownersAsWrittenPromise
  }

  // ---- CI and review requests (/ok-to-test, /override, /cc @org/team) ----

  /** Approves the head's workflow runs waiting for a maintainer (fork PRs of new contributors). */
  async approveWaitingRuns(): Promise<ApprovedRuns> {
    return approveWaitingRuns(this.run.github, this.run.repo, await this.headSha())
  }

  /** The current head with every check run and commit status on it: one GraphQL request. */
  async headChecks(): Promise<HeadChecks> {
    const data = await this.run.github.graphql<HeadChecksAnswer>(HEAD_CHECKS_QUERY, {
      owner: this.run.repo.owner,
      name: this.run.repo.repo,
      number: this.number,
    })
    const pr = data.repository?.pullRequest
    if (!pr) throw new Error(`Pull request #${this.number} is not visible to the token.`)
    const commit = pr.commits?.nodes?.[0]?.commit
    // Contexts of an older commit (the list lags a push) are not the head's.
    const nodes: Array<Record<string, unknown>> =
      commit?.oid === pr.headRefOid ? (commit?.statusCheckRollup?.contexts?.nodes ?? []) : []
    const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : '')
    return {
      sha: String(pr.headRefOid),
      committedAt: commit?.oid === pr.headRefOid ? commit.committedDate : undefined,
      contexts: nodes.map((n) =>
        n.__typename === 'CheckRun'
          ? { name: String(n.name), kind: 'check', state: lower(n.conclusion ?? n.status) }
          : { name: String(n.context), kind: 'status', state: lower(n.state) },
      ),
      statuses: nodes.filter((n) => n.__typename === 'StatusContext').map(headStatusFrom),
    }
  }

  /** Writes a commit status on a head SHA (never by PR number: the SHA is what it is bound to). */
  async setStatus(sha: string, context: string, state: 'success' | 'pending', description: string) {
    await writes.setCommitStatus(this.run.github, this.run.repo, sha, context, state, description)
  }

  async addAssignees(logins: string[]): Promise<string[]> {
    const { github, repo } = this.run
    const { data } = await github.rest.issues.addAssignees({
      ...repo,
      issue_number: this.number,
      assignees: logins,
    })
    return (data.assignees ?? []).map((a) => a.login)
  }

  async removeAssignees(logins: string[]): Promise<void> {
    const { github, repo } = this.run
    await github.rest.issues.removeAssignees({ ...repo, issue_number: this.number, assignees: logins })
  }

  /** One request for users and teams; false when GitHub refuses it as a whole (422). */
  async requestReviews(request: ReviewRequest, withdraw = false): Promise<boolean> {
    const { github, repo } = this.run
    const params = {
      ...repo,
      pull_number: this.number,
      reviewers: request.users,
      ...(request.teams.length ? { team_reviewers: request.teams } : {}),
    }
    try {
      if (withdraw) await github.rest.pulls.removeRequestedReviewers(params)
      else await github.rest.pulls.requestReviewers(params)
      return true
    } catch (error) {
      if (httpStatus(error) === 422) return false
      throw error
    }
  }

  async update(changes: TargetUpdate): Promise<void> {
    const { github, repo } = this.run
    await github.rest.issues.update({
      ...repo,
      issue_number: this.number,
      ...(changes.state ? { state: changes.state } : {}),
      ...(changes.stateReason ? { state_reason: changes.stateReason } : {}),
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.milestone !== undefined ? { milestone: changes.milestone } : {}),
    })
  }

  async openMilestones(): Promise<Milestone[]> {
    const { github, repo } = this.run
    const open = await github.paginate(github.rest.issues.listMilestones, {
      ...repo,
      state: 'open',
      per_page: 100,
    })
    return open.map((m) => ({ number: m.number, title: m.title, due_on: m.due_on }))
  }

  async headRuns(): Promise<{ headSha: string; runs: HeadRun[] }> {
    const { github, repo } = this.run
    const headSha = await this.headSha()
    const runs = await github.paginate(github.rest.actions.listWorkflowRunsForRepo, {
      ...repo,
      head_sha: headSha,
      per_page: 100,
    })
    // A workflow can run more than once for a SHA (several events); the newest run of each counts.
    const newest = new Map<string, (typeof runs)[number]>()
    for (const run of runs) {
      const key = `${run.workflow_id}:${run.event}`
      const seen = newest.get(key)
      if (!seen || run.id > seen.id) newest.set(key, run)
    }
    return {
      headSha,
      runs: [...newest.values()].map((r) => ({
        id: r.id,
        name: String(r.name),
        path: r.path,
        status: String(r.status),
        conclusion: r.conclusion,
      })),
    }
  }

  async rerun(runId: number, only: 'failed' | 'all'): Promise<void> {
    const { github, repo } = this.run
    if (only === 'failed') await github.rest.actions.reRunWorkflowFailedJobs({ ...repo, run_id: runId })
    else await github.rest.actions.reRunWorkflow({ ...repo, run_id: runId })
  }
}
