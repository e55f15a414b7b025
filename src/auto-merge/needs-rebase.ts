// needs-rebase (Prow's plugin of that name): while a PR conflicts with its base it carries the
// `needs-rebase` label and one bot comment saying so; once it no longer conflicts the label goes and
// the same comment is edited to say the conflict is resolved (kept, not deleted, so the thread still
// explains why the label came and went). Mergeability is read with the merge pool (`mergeable`);
// GitHub computes it lazily, so UNKNOWN is "not known yet" and never changes anything.
import type { ActionRun } from '../core/action.js'
import type { Config } from '../core/config.js'
import { httpStatus } from '../core/github.js'
import { addLabels, removeLabel, upsertBotComment } from '../core/writes.js'
import { openPrsOf, openPullRequestsPage, sweepOpenPullRequests, type PoolCandidate } from './pool.js'

export const NEEDS_REBASE = 'needs-rebase'
/** The purpose of the one comment (its hidden marker). */
export const NEEDS_REBASE_PURPOSE = 'needs-rebase'

export type RebaseDecision = 'add' | 'remove' | 'nothing'

/** What one PR needs, from what the pool read: only a known answer changes anything. */
export function decideNeedsRebase(
  pr: Pick<PoolCandidate, 'open' | 'mergeable' | 'labels'>,
  enabled: boolean,
): RebaseDecision {
  if (!enabled || !pr.open) return 'nothing'
  const labelled = pr.labels.some((l) => l.toLowerCase() === NEEDS_REBASE)
  if (pr.mergeable === 'CONFLICTING') return labelled ? 'nothing' : 'add'
  if (pr.mergeable === 'MERGEABLE') return labelled ? 'remove' : 'nothing'
  return 'nothing'
}

export function needsRebaseComment(
  decision: 'add' | 'remove',
  pr: Pick<PoolCandidate, 'baseRef' | 'headSha'>,
) {
  const base = `\`${pr.baseRef.replace(/`/g, '')}\``
  const head = `\`${pr.headSha.slice(0, 7)}\``
  return decision === 'add'
    ? `This pull request conflicts with ${base} (head ${head}), so it has the \`${NEEDS_REBASE}\` label and cannot merge. Rebase it on ${base} (or merge ${base} into it) and resolve the conflicts; the label goes away on its own once GitHub reports no conflict.`
    : `The conflict with ${base} is resolved (head ${head}): \`${NEEDS_REBASE}\` was removed.`
}

/**
 * Brings each PR's label and comment in line with its mergeability and updates `pr.labels` in
 * place, so the pool evaluating the same PRs afterwards sees what was written. The comment is
 * written before the label: a run cut short in between is finished by the next one.
 * Returns the report lines and the first error that was not GitHub's 4xx answer (a 4xx on one PR is
 * a warning), so the caller finishes its own work before failing the run.
 */
export async function syncNeedsRebase(
  run: ActionRun,
  config: Config,
  prs: PoolCandidate[],
  viewer: string,
): Promise<{ lines: string[]; error?: unknown }> {
  const lines: string[] = []
  let error: unknown
  for (const pr of prs) {
    const decision = decideNeedsRebase(pr, config.needsRebase)
    if (decision === 'nothing') continue
    try {
      const text = needsRebaseComment(decision, pr)
      await upsertBotComment(run.github, run.repo, pr.number, NEEDS_REBASE_PURPOSE, text, viewer)
      if (decision === 'add') {
        await addLabels(run.github, run.repo, pr.number, [NEEDS_REBASE])
        pr.labels = [...pr.labels, NEEDS_REBASE]
        run.report.result.labelsAdded.push(NEEDS_REBASE)
      } else {
        await removeLabel(run.github, run.repo, pr.number, NEEDS_REBASE)
        pr.labels = pr.labels.filter((l) => l.toLowerCase() !== NEEDS_REBASE)
        run.report.result.labelsRemoved.push(NEEDS_REBASE)
      }
      run.report.result.comments.push(`${NEEDS_REBASE_PURPOSE} #${pr.number}`)
      lines.push(
        `- #${pr.number}: ${decision === 'add' ? 'conflicts, labelled' : 'conflict resolved, label removed'}`,
      )
    } catch (failure) {
      const code = httpStatus(failure)
      run.log.warning(`needs-rebase on #${pr.number}: ${(failure as Error).message}`)
      if (!code || code >= 500) error ??= failure
    }
  }
  return { lines, error }
}

export const needsRebaseSection = (lines: string[]) =>
  lines.length ? `needs-rebase:\n\n${lines.join('\n')}` : ''

/**
 * A push to a branch: the open PRs based on it are read with the pool's selection and their labels
 * synced. Runs start some seconds after the push, by when GitHub has usually recomputed
 * mergeability; a PR still UNKNOWN is left to the next sweep.
 */
export async function needsRebaseOnPush(run: ActionRun): Promise<void> {
  const { payload } = run.ctx
  const ref = String(payload.ref ?? '')
  if (!ref.startsWith('refs/heads/')) return run.report.skip(`push to ${ref}, not a branch`)
  if (payload.deleted) return run.report.skip('the branch was deleted')
  const base = ref.slice('refs/heads/'.length)
  const pre = await run.preflight({ repositoryFields: openPullRequestsPage(undefined, base) })
  if (!pre.config.needsRebase) return run.report.skip('needs-rebase is off (needs-rebase: false)')
  const prs = await sweepOpenPullRequests(run.github, run.repo, openPrsOf(pre.repository), base)
  if (!prs.length) return run.report.skip(`no open pull request is based on ${base}`)
  const { lines, error } = await syncNeedsRebase(run, pre.config, prs, pre.viewer)
  run.report.sections.push(
    needsRebaseSection(lines) || `needs-rebase: ${prs.length} PR(s) based on \`${base}\`, nothing to change.`,
  )
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what a failed request threw, as caught
  if (error) throw error
}
