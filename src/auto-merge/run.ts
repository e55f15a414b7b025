// auto-merge (Prow's Tide): an event evaluates only the PRs it concerns; schedule and
// workflow_dispatch sweep every open PR. Each evaluated head gets a `bosun/merge` status (written
// only when it changes); ready PRs merge oldest first, always with the evaluated head SHA, so a push
// after evaluation is never merged unreviewed. A refused merge is pool work, reported on the status.
import { firstLine, httpStatus, isRefusal } from '../core/github.js'
import { runEntry, type ActionRun, type PartEntry } from '../core/action.js'
import { parseCommands } from '../core/commands.js'
import type { Config } from '../core/config.js'
import type { Payload } from '../core/context.js'
import { carried } from '../core/payload.js'
import { overriddenContexts } from '../core/override.js'
import { headReviewMissing, REVIEW_CONTEXTS } from '../core/review-state.js'
import { setCommitStatus } from '../core/writes.js'
import {
  byAge,
  commitTitle,
  evaluate,
  IN_POOL,
  MERGE_CONTEXT,
  statusToWrite,
  type EvaluateOptions,
  type PoolPr,
  type Verdict,
} from './evaluate.js'
import type { DashboardRow } from './dashboard.js'
import { PINNED_ISSUES_FIELD, syncDashboard } from './dashboard-sync.js'
import { needsRebaseOnPush, needsRebaseSection, syncNeedsRebase } from './needs-rebase.js'
import {
  openPrsOf,
  openPullRequestsPage,
  pullRequestFields,
  pullRequestsOf,
  sweepOpenPullRequests,
  toPoolPr,
  type PoolCandidate,
} from './pool.js'

export const SWEEP_EVENTS = new Set(['schedule', 'workflow_dispatch'])
export const NO_OVERRIDE = 'no /override command'

/** The repository's merge button settings, read with the pool so a forbidden method is never tried. */
const MERGE_SETTINGS = 'mergeCommitAllowed squashMergeAllowed rebaseMergeAllowed'
const allowedMethodsOf = (repository: Record<string, unknown>): EvaluateOptions['allowedMethods'] => ({
  merge: repository.mergeCommitAllowed !== false,
  squash: repository.squashMergeAllowed !== false,
  rebase: repository.rebaseMergeAllowed !== false,
})

interface Outcome {
  pr: PoolPr
  verdict: Verdict
  state: string
  merged: boolean
  note?: string
}

/** The PR numbers an event concerns, or a SHA to look them up by, or why there are none. */
export function concernedPullRequests(
  eventName: string,
  payload: Payload,
): { numbers: number[]; sha?: string } | { skip: string } {
  const numbersOf = (list: Array<{ number: number }> | undefined) => (list ?? []).map((p) => p.number)
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      if (payload.action === 'closed') return { skip: 'pull request closed' }
      return { numbers: [carried(payload.pull_request, 'pull_request').number] }
    case 'pull_request_review':
      return { numbers: [carried(payload.pull_request, 'pull_request').number] }
    case 'check_suite':
    case 'check_run': {
      const item = payload[eventName]
      if (payload.action !== 'completed') return { skip: `${eventName} ${payload.action}` }
      const numbers = numbersOf(item?.pull_requests)
      // Fork PRs are not listed in the payload: find them by the head SHA.
      return numbers.length ? { numbers } : { numbers: [], sha: item?.head_sha }
    }
    case 'workflow_run': {
      if (payload.action !== 'completed') return { skip: `workflow_run ${payload.action}` }
      const numbers = numbersOf(payload.workflow_run?.pull_requests)
      return numbers.length ? { numbers } : { numbers: [], sha: payload.workflow_run?.head_sha }
    }
    case 'issue_comment':
      // `/override` changes no label: in the all-in-one job the pool looks at the PR right after it.
      // (The reason for a comment without it is the one quick-exit.ts publishes.)
      if (!parseCommands(payload.comment?.body).some((c) => c.name === 'override'))
        return { skip: NO_OVERRIDE }
      if (payload.action !== 'created' || !payload.issue?.pull_request)
        return { skip: 'not a new comment on a pull request' }
      return { numbers: [payload.issue.number] }
    case 'status':
      // bosun's own status must not start another evaluation.
      // (bosun/lgtm and bosun/approve are followed by the label change that evaluates the PR.)
      if ([MERGE_CONTEXT, ...REVIEW_CONTEXTS].includes(String(payload.context)))
        return { skip: `status ${String(payload.context)} is bosun's own` }
      return { numbers: [], sha: payload.sha }
    default:
      return { skip: `auto-merge does not handle ${eventName}` }
  }
}

async function numbersForSha(run: ActionRun, sha: string): Promise<number[]> {
  const prs = await run.github.paginate(run.github.rest.repos.listPullRequestsAssociatedWithCommit, {
    ...run.repo,
    commit_sha: sha,
    per_page: 100,
  })
  return prs.filter((p) => p.state === 'open' && p.head.sha === sha).map((p) => p.number)
}

/** What the pool does with one PR, decided before anything is written. */
export type PoolAction =
  | { kind: 'status'; state: 'success' | 'pending'; description: string; note?: string }
  | { kind: 'nothing'; note?: string }
  | { kind: 'update-branch' }
  | { kind: 'merge'; method: 'merge' | 'squash' | 'rebase'; writeInPool: boolean }

export interface RunState {
  merges: number
  /** Bases a merge in this run moved: their other PRs are behind now. */
  movedBases: Set<string>
}

/**
 * Review bound to the head: a ready verdict stands only when the head itself carries bosun's
 * `bosun/lgtm` and `bosun/approve` (for the labels the config requires); a label alone may be stale.
 */
export function withHeadReview(pr: PoolCandidate, verdict: Verdict, config: Config, viewer: string): Verdict {
  if (verdict.kind !== 'ready') return verdict
  const missing = headReviewMissing(config.merge.requireLabels, pr.headStatuses, viewer)
  return missing ? { kind: 'pending', description: missing } : verdict
}

/** The plan for one PR: pure, from the verdict, what this run already did and the config. */
export function nextAction(pr: PoolPr, verdict: Verdict, runState: RunState, config: Config): PoolAction {
  const status = statusToWrite(pr, verdict)
  if (verdict.kind !== 'ready') return status ? { kind: 'status', ...status } : { kind: 'nothing' }
  // A branch behind its base (or whose base just moved under it) is updated, not merged stale.
  const behind = pr.mergeStateStatus === 'BEHIND' || runState.movedBases.has(pr.baseRef)
  if (behind && config.merge.updateBranch) return { kind: 'update-branch' }
  if (runState.merges >= config.merge.maxPerRun) {
    const note = `Waiting: at most ${config.merge.maxPerRun} merges per run.`
    return status ? { kind: 'status', ...status, note } : { kind: 'nothing', note }
  }
  return { kind: 'merge', method: verdict.method, writeInPool: !!status }
}

async function writeStatus(
  run: ActionRun,
  pr: PoolPr,
  state: 'success' | 'pending',
  description: string,
): Promise<void> {
  const url = `${run.ctx.serverUrl}/${run.repo.owner}/${run.repo.repo}/actions/runs/${run.ctx.runId}`
  await setCommitStatus(
    run.github,
    run.repo,
    pr.headSha,
    MERGE_CONTEXT,
    state,
    description,
    run.ctx.runId ? url : undefined,
  )
}

async function updateBranch(run: ActionRun, pr: PoolPr, outcome: Outcome): Promise<void> {
  await run.github.rest.pulls.updateBranch({
    ...run.repo,
    pull_number: pr.number,
    expected_head_sha: pr.headSha,
  })
  outcome.state = 'updating'
  outcome.note = 'Branch updated with its base; it merges once checks pass again.'
  await writeStatus(run, pr, 'pending', 'Not mergeable. Updating the branch with its base.')
}

/** Merges with the evaluated head SHA; GitHub's refusal is pool work, reported on the status. */
async function mergeOne(
  run: ActionRun,
  config: Config,
  pr: PoolPr,
  action: Extract<PoolAction, { kind: 'merge' }>,
  outcome: Outcome,
): Promise<boolean> {
  if (action.writeInPool) await writeStatus(run, pr, 'success', IN_POOL)
  try {
    const title = commitTitle(config.merge.commitTitle, pr)
    await run.github.rest.pulls.merge({
      ...run.repo,
      pull_number: pr.number,
      sha: pr.headSha,
      merge_method: action.method,
      ...(title && action.method !== 'rebase' ? { commit_title: title } : {}),
    })
  } catch (error) {
    const code = httpStatus(error)
    if (code !== 405 && code !== 409 && code !== 422) throw error
    // Protection, a head that moved since evaluation, a conflict: say so on the PR and go on.
    const message = firstLine(error)
    outcome.state = 'refused'
    outcome.note = message
    await writeStatus(run, pr, 'pending', `Merge refused by GitHub: ${message}`)
    return false
  }
  outcome.merged = true
  outcome.state = 'merged'
  run.report.result.merged.push(pr.number)
  if (config.merge.deleteBranch && !pr.isCrossRepository) {
    try {
      await run.github.rest.git.deleteRef({ ...run.repo, ref: `heads/${pr.headRef}` })
    } catch (error) {
      if (httpStatus(error) !== 422) throw error // already gone
    }
  }
  return true
}

/** Evaluates and acts on a set of PRs; returns one outcome per PR. Never throws for one PR's trouble. */
async function processPool(
  run: ActionRun,
  config: Config,
  prs: PoolCandidate[],
  viewer: string,
  allowedMethods?: EvaluateOptions['allowedMethods'],
): Promise<{ outcomes: Outcome[]; errors: unknown[] }> {
  const selfContexts = [run.ctx.job, ...REVIEW_CONTEXTS].filter(Boolean)
  const outcomes: Outcome[] = []
  const errors: unknown[] = []
  const runState: RunState = { merges: 0, movedBases: new Set() }
  for (const pr of [...prs].sort(byAge)) {
    const overridden = overriddenContexts(pr.headStatuses, viewer)
    const verdict = withHeadReview(
      pr,
      evaluate(pr, config, { selfContexts, allowedMethods, overridden }),
      config,
      viewer,
    )
    const outcome: Outcome = { pr, verdict, state: verdict.kind, merged: false }
    outcomes.push(outcome)
    try {
      const action = nextAction(pr, verdict, runState, config)
      if (action.kind === 'status' || action.kind === 'nothing') {
        if (action.note) outcome.note = action.note
        if (action.kind === 'status') await writeStatus(run, pr, action.state, action.description)
      } else if (action.kind === 'update-branch') await updateBranch(run, pr, outcome)
      else if (await mergeOne(run, config, pr, action, outcome)) {
        runState.merges++
        runState.movedBases.add(pr.baseRef)
      }
    } catch (error) {
      run.log.warning(`#${pr.number}: ${(error as Error).message}`)
      outcome.state = 'error'
      outcome.note = firstLine(error)
      if (!isRefusal(error)) errors.push(error)
    }
  }
  return { outcomes, errors }
}

/** What a PR is missing, or why the sweep left it: the verdict's words and the run's note. */
const missingOf = ({ verdict, note }: Outcome) =>
  [verdict.kind === 'pending' ? verdict.description : verdict.kind === 'skip' ? verdict.reason : '', note]
    .filter(Boolean)
    .join(' ')

const dashboardRow = (outcome: Outcome): DashboardRow => ({
  number: outcome.pr.number,
  title: outcome.pr.title,
  author: outcome.pr.author,
  headSha: outcome.pr.headSha,
  state: outcome.state,
  missing: missingOf(outcome),
})

function poolTable(outcomes: Outcome[]): string {
  if (!outcomes.length) return 'The merge pool is empty: no open pull request to evaluate.'
  const rows = outcomes.map((outcome) => {
    const { pr, state, merged } = outcome
    return `| #${pr.number} | \`${pr.headSha.slice(0, 7)}\` | ${state} | ${missingOf(outcome).replace(/\|/g, '\\|')} | ${merged ? 'yes' : 'no'} |`
  })
  return [
    'Merge pool:',
    '',
    '| PR | head | state | missing | merged |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n')
}

export async function autoMerge(run: ActionRun): Promise<void> {
  const { eventName, payload } = run.ctx
  let prs: PoolCandidate[]
  let config: Config
  let repository: Record<string, unknown>
  let viewer: string
  let rebaseError: unknown
  const sweep = SWEEP_EVENTS.has(eventName)
  if (eventName === 'push') return needsRebaseOnPush(run)
  if (sweep) {
    // The pinned issues ride along: the dashboard is normally among them.
    const pre = await run.preflight({
      repositoryFields: `${MERGE_SETTINGS}\n${openPullRequestsPage()}\n${PINNED_ISSUES_FIELD}`,
    })
    config = pre.config
    repository = pre.repository
    viewer = pre.viewer
    prs = await sweepOpenPullRequests(run.github, run.repo, openPrsOf(pre.repository))
    // Before the pool evaluates them, so its verdicts already see the label as written.
    const rebase = await syncNeedsRebase(run, config, prs, viewer)
    if (rebase.lines.length) run.report.sections.push(needsRebaseSection(rebase.lines))
    rebaseError = rebase.error
  } else {
    const concerned = concernedPullRequests(eventName, payload)
    if ('skip' in concerned) return run.report.skip(concerned.skip)
    const numbers = concerned.sha ? await numbersForSha(run, concerned.sha) : concerned.numbers
    if (!numbers.length) return run.report.skip('no open pull request concerned')
    // The PRs ride in the same request as the config.
    const pre = await run.preflight({ repositoryFields: `${MERGE_SETTINGS}\n${pullRequestFields(numbers)}` })
    config = pre.config
    repository = pre.repository
    viewer = pre.viewer
    prs = pullRequestsOf(pre.repository, numbers).map(toPoolPr)
  }
  const { outcomes, errors } = await processPool(run, config, prs, viewer, allowedMethodsOf(repository))
  run.report.sections.push(poolTable(outcomes))
  if (sweep && config.dashboard.enabled) {
    const rows = outcomes.map(dashboardRow)
    const pinned = repository.dashboardPinned
    run.report.sections.push(await syncDashboard(run, config, viewer, pinned, rows, new Date().toISOString()))
  }
  if (errors.length) throw errors[0]
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what a failed request threw, as caught
  if (rebaseError) throw rebaseError
}

/** Sweeps and a push to a base branch (needs-rebase over its PRs) write in bulk. */
export const BULK_EVENTS = new Set([...SWEEP_EVENTS, 'push'])

export const entry: PartEntry = { name: 'auto-merge', body: autoMerge, bulk: (e) => BULK_EVENTS.has(e) }
export const run = () => runEntry(entry)
