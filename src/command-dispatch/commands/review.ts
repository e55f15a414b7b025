// /lgtm and /approve: the two review gates, bound to the head. /lgtm records `bosun/lgtm` on the
// head the reviewer saw (refused when that head is no longer current); /approve recomputes approvals
// from the PR's whole history (comments and review bodies, Prow's approve plugin) and records
// `bosun/approve` on the head, so the merge pool trusts statuses on the head, never a stale label.
import {
  APPROVE_PURPOSE,
  headFactsOf,
  type PullFactsNode,
  readHead,
  readReviewFacts,
  syncApproval,
  type HeadFacts,
} from '../../core/approval-sync.js'
import { sameLogin } from '../../core/permissions.js'
import { LGTM_CONTEXT, lgtmIsStale, trustedStatus } from '../../core/review-state.js'
import { setCommitStatus } from '../../core/writes.js'
import {
  done,
  refuse,
  writeAlongside,
  type CommandContext,
  type CommandSpec,
  type Outcome,
} from '../types.js'

export const LGTM_LABEL = 'lgtm'
export const APPROVED_LABEL = 'approved'

/** Why a /lgtm cannot apply to the current head, or undefined when it can. */
function staleReason(ctx: CommandContext, head: { headSha: string }): string | undefined {
  const reviewed = ctx.reviewedSha
  if (reviewed && reviewed !== head.headSha)
    return `Your review is of \`${reviewed.slice(0, 7)}\`, but the head is now \`${head.headSha.slice(0, 7)}\`: look at the new commits and \`/lgtm\` again.`
  return undefined
}

export const lgtm: CommandSpec = {
  name: 'lgtm',
  aliases: { 'remove-lgtm': 'cancel' },
  usage: '[no-issue|cancel]',
  help: `Adds \`${LGTM_LABEL}\` for the current head commit: the change looks good to a reviewer. \`/lgtm cancel\` (or \`/remove-lgtm\`) removes it.`,
  // Checked in run(): only reviewers may give it and never the author (who is told so), while the
  // author or a reviewer may cancel it; no single level says either.
  who: 'anyone',
  whoText: 'reviewers of a changed file, not the PR author; the author or a reviewer may cancel',
  on: 'pull',
  group: 'review',
  example: '/lgtm',
  async run(ctx) {
    const { target, actor, run } = ctx
    if (/^cancel\b/i.test(ctx.args)) {
      if (!sameLogin(actor, target.author) && !(await ctx.can('reviewer'))) {
        return refuse('Only the PR author or a reviewer of a changed file may cancel `lgtm`.')
      }
      await target.removeLabel(LGTM_LABEL)
      const head = await currentHead(ctx)
      if (trustedStatus(head.statuses, LGTM_CONTEXT, await viewer(ctx))?.state === 'success')
        await writeAlongside(ctx, () =>
          setCommitStatus(
            run.github,
            run.repo,
            head.headSha,
            LGTM_CONTEXT,
            'pending',
            `LGTM cancelled by ${actor}.`,
          ),
        )
      return done()
    }
    if (ctx.args && !/^no-issue$/i.test(ctx.args))
      return refuse('Use `/lgtm`, `/lgtm no-issue` or `/lgtm cancel`.')
    if (sameLogin(actor, target.author)) return refuse('You cannot LGTM your own pull request.')
    if (!(await ctx.can('reviewer'))) return refuse(`\`/lgtm\` is for ${lgtm.whoText}.`)
    const head = await currentHead(ctx)
    const reviewStale = staleReason(ctx, head)
    if (reviewStale) return refuse(reviewStale)
    const writtenAt = ctx.writtenAt
    const lgtmNow = trustedStatus(head.statuses, LGTM_CONTEXT, await viewer(ctx))
    if (writtenAt && lgtmIsStale(writtenAt, { committedAt: head.headCommittedAt, lgtm: lgtmNow }))
      return refuse(
        `The head moved to \`${head.headSha.slice(0, 7)}\` after you wrote this: look at the new commits and \`/lgtm\` again.`,
      )
    // The assignment, the status on the head and the label do not depend on one another: they go
    // out together. A failure of any fails the /lgtm in the reply; whatever part did land leaves
    // the PR unmergeable on its own (the pool needs the label and bosun's status on this head).
    if (!target.data.assignees.some((a) => sameLogin(a, actor))) {
      await writeAlongside(ctx, () =>
        run.github.rest.issues.addAssignees({ ...run.repo, issue_number: target.number, assignees: [actor] }),
      )
    }
    const description = `LGTM by ${actor}.`
    if (lgtmNow?.state !== 'success' || lgtmNow.description !== description)
      await writeAlongside(ctx, () =>
        setCommitStatus(run.github, run.repo, head.headSha, LGTM_CONTEXT, 'success', description),
      )
    await target.addLabels([LGTM_LABEL])
    return done()
  },
}

const viewer = async (ctx: CommandContext) => (await ctx.run.preflight()).viewer

/**
 * The review facts read with the preflight (the dispatcher asks for them when a review command is
 * in the comment); used once, since this run's own writes make them stale.
 */
async function preflightReview(ctx: CommandContext) {
  const repository = (await ctx.run.preflight()).repository
  const page = repository.review
  delete repository.review
  return page as PullFactsNode | undefined // read with reviewFactsFields() (preflightOptions)
}

async function currentHead(ctx: CommandContext): Promise<HeadFacts> {
  const page = await preflightReview(ctx)
  return page ? headFactsOf(page) : readHead(ctx.run.github, ctx.run.repo, ctx.target.number)
}

/**
 * Recomputes approval for the PR: `approved`, the `bosun/approve` status on the head and the
 * notification comment brought in line with the history.
 */
export async function reconcileApproval(ctx: CommandContext, extraText?: string): Promise<void> {
  const { run, target, config } = ctx
  const login = await viewer(ctx)
  const [files, owners, facts] = await Promise.all([
    target.files(),
    target.owners(),
    preflightReview(ctx).then((page) => readReviewFacts(run.github, run.repo, target.number, login, page)),
  ])
  const extra = extraText ? { login: ctx.actor, body: extraText, isBot: false } : undefined
  const result = await syncApproval({
    github: run.github,
    repo: run.repo,
    number: target.number,
    author: target.author,
    viewer: login,
    files,
    owners,
    requireSelfApproval: config.approve.requireSelfApproval,
    permissions: run.permissions,
    facts,
    extra,
    postNotification: true,
  })
  if (result.state.approved) await target.addLabels([APPROVED_LABEL])
  else await target.removeLabel(APPROVED_LABEL)
  if (result.notification === 'created' || result.notification === 'updated')
    run.report.result.comments.push(`approval notification ${result.notification}`)
}

export { APPROVE_PURPOSE }

export const approve: CommandSpec = {
  name: 'approve',
  aliases: { 'remove-approve': 'cancel' },
  usage: '[no-issue|cancel]',
  help: `Approves the files you own in OWNERS; \`${APPROVED_LABEL}\` is added once approvers cover every changed file. \`/approve cancel\` (or \`/remove-approve\`) withdraws your approval.`,
  // Anyone may withdraw their own approval; withdrawing someone else's is impossible by construction.
  who: (args) => (/^cancel\b/i.test(args) ? 'anyone' : 'approver'),
  whoText:
    'approvers in OWNERS of a changed file (without OWNERS: collaborators); anyone may withdraw their own approval',
  on: 'pull',
  group: 'review',
  example: '/approve',
  async run(ctx): Promise<Outcome> {
    const cancel = /^cancel\b/i.test(ctx.args)
    if (ctx.args && !cancel && !/^no-issue$/i.test(ctx.args))
      return refuse('Use `/approve`, `/approve no-issue` or `/approve cancel`.')
    // Issue comments and review bodies are in the history GitHub lists; review comments and a new
    // PR's body are not, so the command being handled is counted explicitly (this once).
    const listed = ['issue_comment', 'pull_request_review'].includes(ctx.run.ctx.eventName)
    await reconcileApproval(ctx, listed ? undefined : `/approve${cancel ? ' cancel' : ''}`)
    return done()
  },
}
