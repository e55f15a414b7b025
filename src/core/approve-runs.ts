// Workflow runs that wait for a maintainer (GitHub holds fork PRs' runs of first-time or outside
// contributors as `action_required`) are approved once the PR is ok-to-test, for its head SHA only,
// the way Prow's trigger starts the jobs of a trusted PR. Used by /ok-to-test and on every push to
// a PR that stays ok-to-test.
import type { ActionRun } from './action.js'
import type { Repo } from './context.js'
import { httpStatus, type GitHub } from './github.js'

/** Waiting runs show as completed with conclusion `action_required`; the status filter matches it. */
export const WAITING = 'action_required'

export interface WaitingRun {
  id: number
  name: string
  headSha: string
  conclusion: string | null
}

/** The runs to approve: waiting ones of exactly this head (a filter GitHub ignores must not widen it). */
export function runsToApprove(runs: WaitingRun[], headSha: string): WaitingRun[] {
  return runs.filter((r) => r.headSha === headSha && r.conclusion === WAITING)
}

export interface ApprovedRuns {
  approved: string[]
  /** Runs GitHub would not approve (not from a fork): re-run instead, which starts them as the bot. */
  rerun: string[]
}

/**
 * Approves the head's waiting runs. GitHub's approve endpoint only takes runs of fork PRs and answers
 * 403 for others (e.g. a same-repository PR opened by an app), so those are re-run, which GitHub
 * starts as the token's user without the approval gate.
 */
export async function approveWaitingRuns(github: GitHub, repo: Repo, headSha: string): Promise<ApprovedRuns> {
  const runs = await github.paginate(github.rest.actions.listWorkflowRunsForRepo, {
    ...repo,
    head_sha: headSha,
    status: WAITING,
    per_page: 100,
  })
  const waiting = runsToApprove(
    runs.map((r) => ({
      id: r.id,
      name: String(r.name ?? r.id),
      headSha: r.head_sha,
      conclusion: r.conclusion,
    })),
    headSha,
  )
  const result: ApprovedRuns = { approved: [], rerun: [] }
  for (const run of waiting) {
    try {
      await github.rest.actions.approveWorkflowRun({ ...repo, run_id: run.id })
      result.approved.push(run.name)
    } catch (error) {
      if (httpStatus(error) !== 403) throw error
      await github.rest.actions.reRunWorkflow({ ...repo, run_id: run.id })
      result.rerun.push(run.name)
    }
  }
  return result
}

/**
 * label-policy on a push to a PR that stays ok-to-test: approves the new head's waiting runs. A
 * refusal (a token without `actions: write`) is a warning, never a failed policy run.
 */
export async function approveOnPush(run: ActionRun, headSha: string): Promise<void> {
  try {
    const { approved, rerun } = await approveWaitingRuns(run.github, run.repo, headSha)
    const names = [...approved, ...rerun]
    if (names.length)
      run.report.sections.push(
        `Approved workflow runs waiting on ${headSha.slice(0, 7)}: ${names.join(', ')}.`,
      )
  } catch (error) {
    const status = httpStatus(error)
    if (!status || status >= 500) throw error
    run.log.warning(
      `Could not approve the workflow runs waiting on ${headSha.slice(0, 7)} (${status}): the token needs \`actions: write\`.`,
    )
  }
}
