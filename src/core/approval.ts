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
  /** The author withdrew (`/approve cancel`) their implicit approval. */
  authorWithdrew?: boolean
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
  if (!input.requireSelfApproval && !input.authorWithdrew) effective.add(author)
  if (input.owners.isEmpty) {
    const approved = input.collaboratorApproved === true
    return {
      approved,
      approvedBy: [...input.approvers],
      missing: approved ? new Map<string, string[]>() : new Map([['(collaborator)', input.files]]),
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

/** One entry of a PR's review history: an issue comment or a review body. */
export interface HistoryEntry {
  login: string
  body: string
  /** Written by a bot, by the token's own user, or carrying a bosun marker: never a command. */
  isBot: boolean
  /** ISO time it was written; entries are counted oldest first. */
  createdAt?: string
  /**
   * Who last edited it, when someone did. Text edited by anyone but its author cannot grant an
   * approval (a collaborator may edit others' comments); a withdrawal still stands.
   */
  editedBy?: string
}

export interface HistoryApprovals {
  approvers: Set<string>
  /** The author's last word was a withdrawal: their implicit approval no longer counts. */
  authorWithdrew: boolean
}

const isWithdrawal = (name: string, args: string) =>
  name === 'remove-approve' || (name === 'approve' && /^cancel\b/i.test(args))
const isGrant = (name: string, args: string) =>
  name === 'approve' && (args === '' || /^no-issue$/i.test(args))

/**
 * Standing approvals from a PR's history (comments and review bodies), oldest first: `/approve`
 * adds the writer, `/approve cancel` and `/remove-approve` withdraw them; the author's withdrawal
 * also cancels their implicit approval (Prow's approve plugin). Bot entries never count.
 */
export function reviewApprovals(entries: HistoryEntry[], author = ''): HistoryApprovals {
  const approvers = new Set<string>()
  let authorWithdrew = false
  const ordered = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => timeOf(a.entry) - timeOf(b.entry) || a.index - b.index)
  for (const { entry } of ordered) {
    if (entry.isBot) continue
    const login = entry.login.toLowerCase()
    const editedByOther = !!entry.editedBy && entry.editedBy.toLowerCase() !== login
    for (const command of safeCommands(entry.body)) {
      if (isWithdrawal(command.name, command.args)) {
        approvers.delete(login)
        if (login === author.toLowerCase()) authorWithdrew = true
      } else if (isGrant(command.name, command.args) && !editedByOther) {
        approvers.add(login)
        if (login === author.toLowerCase()) authorWithdrew = false
      }
    }
  }
  return { approvers, authorWithdrew }
}

/** Entries without a time (the command being handled) come last. */
const timeOf = (entry: HistoryEntry) => (entry.createdAt ? Date.parse(entry.createdAt) : Infinity) || 0

/** One unparseable entry must never break the recount of the whole PR: it counts as no command. */
function safeCommands(body: string) {
  try {
    return parseCommands(body)
  } catch {
    return []
  }
}

export function approvalsFromHistory(entries: HistoryEntry[]): Set<string> {
  return reviewApprovals(entries).approvers
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
