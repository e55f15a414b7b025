// Prow's approve semantics as a pure function: given the changed files, OWNERS and who has approved,
// decide whether every file is covered and what is still missing. The commands and label-policy call
// this; the GitHub calls that gather its inputs live with them.
import { parseCommands } from './commands.js'
import type { OwnersTree } from './owners.js'

export interface ApprovalInput {
  files: string[]
  owners: OwnersTree
  /** Logins whose approval stands (lower case). */
  approvers: Set<string>
  author: string
  /** When false (the default), the author implicitly approves the files they own. */
  requireSelfApproval: boolean
  /** Without OWNERS files: whether any standing approver (or the author, implicitly) is a collaborator. */
  collaboratorApproved?: boolean
}

export interface ApprovalState {
  approved: boolean
  /** Logins counted, in order, including the implicit author approval. */
  approvedBy: string[]
  /** OWNERS file → files under it that still need an approver. */
  missing: Map<string, string[]>
  /** Approvers to /assign, per OWNERS file still missing. */
  suggestions: Map<string, string[]>
}

export function evaluateApproval(input: ApprovalInput): ApprovalState {
  const author = input.author.toLowerCase()
  const effective = new Set(input.approvers)
  if (!input.requireSelfApproval) effective.add(author)
  if (input.owners.isEmpty) {
    const approved = input.collaboratorApproved === true
    return {
      approved,
      approvedBy: [...input.approvers],
      missing: approved ? new Map() : new Map([['(collaborator)', input.files]]),
      suggestions: new Map(),
    }
  }
  const missing = new Map<string, string[]>()
  const suggestions = new Map<string, string[]>()
  const counted = new Set<string>()
  for (const file of input.files) {
    const approvers = input.owners.approversOf(file)
    const by = [...effective].filter((a) => approvers.has(a))
    by.forEach((a) => counted.add(a))
    if (by.length) continue
    const ownersFile = input.owners.ownersFileOf(file) ?? '(no approvers listed)'
    missing.set(ownersFile, [...(missing.get(ownersFile) ?? []), file])
    if (!suggestions.has(ownersFile)) {
      suggestions.set(
        ownersFile,
        [...approvers]
          .filter((a) => a !== author)
          .sort()
          .slice(0, 3),
      )
    }
  }
  return {
    approved: missing.size === 0 && input.files.length > 0,
    approvedBy: [...counted],
    missing,
    suggestions,
  }
}

/**
 * Standing approvals from a PR's comment history, oldest first: `/approve` adds the commenter,
 * `/approve cancel` and `/remove-approve` withdraw them. Bot comments never count.
 */
export function approvalsFromHistory(
  comments: Array<{ login: string; body: string; isBot: boolean }>,
): Set<string> {
  const approvers = new Set<string>()
  for (const comment of comments) {
    if (comment.isBot) continue
    for (const command of parseCommands(comment.body)) {
      const login = comment.login.toLowerCase()
      if (
        command.name === 'remove-approve' ||
        (command.name === 'approve' && /^cancel\b/i.test(command.args))
      ) {
        approvers.delete(login)
      } else if (command.name === 'approve' && (command.args === '' || /^no-issue$/i.test(command.args))) {
        approvers.add(login)
      }
    }
  }
  return approvers
}

export function renderApprovalComment(state: ApprovalState, options: { noOwners: boolean }): string {
  const lines = [`**${state.approved ? 'APPROVED' : 'NOT APPROVED'}**`, '']
  lines.push(
    state.approvedBy.length
      ? `This pull request has been approved by: ${state.approvedBy.map((a) => `@${a}`).join(', ')}.`
      : 'Nobody has approved this pull request yet.',
  )
  if (options.noOwners) {
    if (!state.approved)
      lines.push(
        '',
        'This repository has no OWNERS files: an `/approve` from any collaborator approves every file.',
      )
  } else if (state.missing.size) {
    lines.push('', 'Still needs an approver from:', '')
    for (const [ownersFile, files] of state.missing) {
      const shown = files
        .slice(0, 5)
        .map((f) => `\`${f}\``)
        .join(', ')
      const more = files.length > 5 ? ` and ${files.length - 5} more` : ''
      const who = state.suggestions.get(ownersFile) ?? []
      lines.push(
        `- **${ownersFile}** (${shown}${more})${who.length ? ` — suggested: ${who.map((a) => `\`/assign @${a}\``).join(' ')}` : ''}`,
      )
    }
  }
  lines.push('', 'Approvers can approve with `/approve` and withdraw with `/approve cancel`.')
  return lines.join('\n')
}
