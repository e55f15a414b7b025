// Turns the policies' decisions into writes: each decision sees the labels as the policies before
// it left them, and only the net difference is written. Statuses first (they gate merging), then
// labels, comments, review requests and the milestone.
import type { ActionRun } from '../core/action.js'
import { httpStatus } from '../core/github.js'
import { LabelChanges } from '../core/label-changes.js'
import * as writes from '../core/writes.js'
import type { CommentChange, Decision, PolicyFacts, PolicySpec } from './policy.js'

/** Each policy's decision in registry order, and the labels they add up to. */
export function decideAll(
  policies: readonly PolicySpec[],
  facts: PolicyFacts,
): { plan: LabelChanges; decisions: Decision[] } {
  const plan = new LabelChanges(facts.labels)
  const decisions = policies.map((policy) => {
    const decision = policy.decide({ ...facts, labels: plan.labels })
    for (const change of decision.labels ?? []) plan.set(change.name, change.on)
    return decision
  })
  return { plan, decisions }
}

async function applyLabels(run: ActionRun, number: number, plan: LabelChanges): Promise<void> {
  const { added, removed } = plan
  await Promise.all([
    added.length ? writes.addLabels(run.github, run.repo, number, added) : undefined,
    ...removed.map((l) => writes.removeLabel(run.github, run.repo, number, l)),
  ])
  run.report.result.labelsAdded.push(...added)
  run.report.result.labelsRemoved.push(...removed)
}

/** A bot comment for a purpose: created, updated in place, or left alone when already right. */
async function writeComment(run: ActionRun, facts: PolicyFacts, comment: CommentChange): Promise<void> {
  const { purpose, text } = comment
  if (comment.how !== 'upsert') {
    await writes.postReply(run.github, run.repo, facts.number, purpose, text)
    run.report.result.comments.push(`${purpose} ${comment.how === 'post' ? 'posted' : 'reply'}`)
    return
  }
  const outcome = await writes.upsertBotComment(
    run.github,
    run.repo,
    facts.number,
    purpose,
    text,
    facts.viewer,
  )
  if (outcome !== 'unchanged') run.report.result.comments.push(`${purpose} ${outcome}`)
}

/**
 * Requests reviews; GitHub refuses (422) anyone without access, which means the OWNERS file names
 * someone who is not a collaborator. That is the maintainers' to fix: warn, and never fail the run.
 */
async function requestReviews(run: ActionRun, number: number, reviewers: string[]): Promise<void> {
  const who = reviewers.map((r) => `@${r}`).join(', ')
  try {
    await run.github.rest.pulls.requestReviewers({ ...run.repo, pull_number: number, reviewers })
    run.report.result.comments.push(`review requested from ${who}`)
  } catch (error) {
    if (httpStatus(error) !== 422) throw error
    run.log.warning(
      `GitHub refused review requests for ${who} on #${number}: OWNERS reviewers must be collaborators with access to the repository.`,
    )
  }
}

export async function applyDecisions(
  run: ActionRun,
  facts: PolicyFacts,
  plan: LabelChanges,
  decisions: Decision[],
): Promise<void> {
  const all = <T>(pick: (d: Decision) => T[] | undefined): T[] => decisions.flatMap((d) => pick(d) ?? [])
  for (const notice of all((d) => d.notices)) run.log.notice(notice)
  for (const warning of all((d) => d.warnings)) {
    run.log.warning(warning)
    run.report.sections.push(`Warning: ${warning}`)
  }
  for (const status of all((d) => d.statuses))
    await writes.setCommitStatus(
      run.github,
      run.repo,
      facts.headSha,
      status.context,
      status.state,
      status.description,
    )
  await applyLabels(run, facts.number, plan)
  run.report.result.comments.push(...all((d) => d.report))
  for (const comment of all((d) => d.comments)) await writeComment(run, facts, comment)
  const reviewers = all((d) => d.reviewers)
  if (reviewers.length) await requestReviews(run, facts.number, reviewers)
  const milestone = decisions.find((d) => d.milestone !== undefined)?.milestone
  if (milestone !== undefined) {
    await run.github.rest.issues.update({ ...run.repo, issue_number: facts.number, milestone })
  }
}
