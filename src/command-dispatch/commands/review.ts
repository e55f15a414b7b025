// /lgtm and /approve: the two review gates. /approve recomputes approvals from the PR's whole
// comment history on every approval command (Prow's approve plugin), so the label always matches
// what the comments say, whatever order events arrive in.
import { approvalsFromHistory, evaluateApproval, renderApprovalComment } from '../../core/approval.js'
import { isBosunText, isBotAccount } from '../../core/loop-guard.js'
import { sameLogin } from '../../core/permissions.js'
import { marker } from '../../core/writes.js'
import { done, refuse, type CommandContext, type CommandSpec, type Outcome } from '../types.js'

export const LGTM_LABEL = 'lgtm'
export const APPROVED_LABEL = 'approved'
const APPROVE_PURPOSE = 'approve'

export const lgtm: CommandSpec = {
  name: 'lgtm',
  aliases: { 'remove-lgtm': 'cancel' },
  usage: '[cancel]',
  help: `Adds \`${LGTM_LABEL}\`: the change looks good to a reviewer. \`/lgtm cancel\` (or \`/remove-lgtm\`) removes it.`,
  // Checked in run(): only reviewers may give it and never the author (who is told so), while the
  // author or a reviewer may cancel it; no single level says either.
  who: 'anyone',
  whoText: 'reviewers of a changed file, not the PR author; the author or a reviewer may cancel',
  on: 'pull',
  group: 'review',
  example: '/lgtm',
  async run(ctx) {
    const { target, actor } = ctx
    if (/^cancel\b/i.test(ctx.args)) {
      if (!sameLogin(actor, target.author) && !(await ctx.can('reviewer'))) {
        return refuse('Only the PR author or a reviewer of a changed file may cancel `lgtm`.')
      }
      await target.removeLabel(LGTM_LABEL)
      return done()
    }
    if (ctx.args) return refuse('Use `/lgtm` or `/lgtm cancel`.')
    if (sameLogin(actor, target.author)) return refuse('You cannot LGTM your own pull request.')
    if (!(await ctx.can('reviewer'))) return refuse(`\`/lgtm\` is for ${lgtm.whoText}.`)
    if (!target.data.assignees.some((a) => sameLogin(a, actor))) {
      await ctx.run.github.rest.issues.addAssignees({
        ...ctx.run.repo,
        issue_number: target.number,
        assignees: [actor],
      })
    }
    await target.addLabels([LGTM_LABEL])
    return done()
  },
}

/** Recomputes approval for the PR and brings the label and the notification comment in line. */
export async function reconcileApproval(ctx: CommandContext, extraText?: string): Promise<void> {
  const { run, target, config } = ctx
  const [files, owners, comments] = await Promise.all([
    target.files(),
    target.owners(),
    run.github.paginate(run.github.rest.issues.listComments, {
      ...run.repo,
      issue_number: target.number,
      per_page: 100,
    }),
  ])
  const history = comments.map((c) => ({
    login: c.user?.login ?? '',
    body: c.body ?? '',
    isBot:
      isBotAccount(c.user ? { login: c.user.login, type: c.user.type } : undefined) || isBosunText(c.body),
  }))
  if (extraText) history.push({ login: ctx.actor, body: extraText, isBot: false })
  const approvers = approvalsFromHistory(history)
  let collaboratorApproved: boolean | undefined
  if (owners.isEmpty) {
    const candidates = [...approvers]
    if (!config.approve.requireSelfApproval) candidates.push(target.author)
    const checks = await Promise.all(candidates.map((login) => run.permissions.isCollaborator(login)))
    collaboratorApproved = checks.some(Boolean)
  }
  const state = evaluateApproval({
    files,
    owners,
    approvers,
    author: target.author,
    requireSelfApproval: config.approve.requireSelfApproval,
    collaboratorApproved,
  })
  if (state.approved) await target.addLabels([APPROVED_LABEL])
  else await target.removeLabel(APPROVED_LABEL)

  const body = `${marker(APPROVE_PURPOSE)}\n${renderApprovalComment(state, { noOwners: owners.isEmpty })}`
  const existing = comments.find((c) => c.body?.includes(marker(APPROVE_PURPOSE)))
  if (existing?.body === body) return
  if (existing) await run.github.rest.issues.updateComment({ ...run.repo, comment_id: existing.id, body })
  else await run.github.rest.issues.createComment({ ...run.repo, issue_number: target.number, body })
  run.report.result.comments.push(`approval notification ${existing ? 'updated' : 'posted'}`)
}

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
    // Review bodies and review comments are not in the issue comment history: count them explicitly.
    const fromIssueComment = ctx.run.ctx.eventName === 'issue_comment'
    await reconcileApproval(ctx, fromIssueComment ? undefined : `/approve${cancel ? ' cancel' : ''}`)
    return done()
  },
}
