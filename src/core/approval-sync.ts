// Recounting a PR's approvals from GitHub and writing the result: the `approved` label, the
// `bosun/approve` status on the head the recount read, and the one notification comment. One
// GraphQL request reads the head, its bosun statuses, the comment history (with who edited what)
// and the review bodies; command-dispatch (/approve) and label-policy (open, push) both call this.
import type { Repo } from './context.js'
import type { GitHub } from './github.js'
import {
  evaluateApproval,
  renderApprovalComment,
  reviewApprovals,
  type ApprovalState,
  type HistoryEntry,
} from './approval.js'
import { actorLogin, isBosunText, isBotAccount } from './loop-guard.js'
import type { OwnersTree } from './owners.js'
import { sameLogin, type PermissionResolver } from './permissions.js'
import {
  APPROVE_CONTEXT,
  LGTM_CONTEXT,
  headStatusFrom,
  STATUS_FIELDS,
  trustedStatus,
  type HeadStatus,
} from './review-state.js'
import { marker, setCommitStatus, statusDescription } from './writes.js'

export const APPROVE_PURPOSE = 'approve'

/** The GraphQL nodes these queries read; a field is absent when the query did not ask for it. */
interface ActorNode {
  __typename?: string
  login: string
}
interface HistoryNode {
  body?: string | null
  state?: string
  createdAt?: string
  submittedAt?: string | null
  lastEditedAt?: string | null
  author?: ActorNode | null
  editor?: ActorNode | null
}
type StatusNode = { __typename?: string } & Parameters<typeof headStatusFrom>[0]
interface CommitNode {
  oid?: string
  committedDate?: string
  tree?: { oid?: string }
  statusCheckRollup?: { contexts?: { nodes?: StatusNode[] } } | null
}
/** A pull request as HEAD_FIELDS and `reviewFactsFields` read it. */
export interface PullFactsNode {
  headRefOid?: string
  commits?: { nodes?: Array<{ commit?: CommitNode | null }> }
  comments: {
    pageInfo: { hasNextPage: boolean; endCursor?: string }
    nodes: Array<HistoryNode & { databaseId: number }>
  }
  reviews?: { nodes?: HistoryNode[] }
}
type PullAnswer = { repository?: { pullRequest?: PullFactsNode | null } | null }

export interface ReviewFacts extends HeadFacts {
  history: HistoryEntry[]
  /** The bot's notification comment, found only among comments the token's own user wrote. */
  notification?: { id: number; body: string }
}

const HEAD_FIELDS = `headRefOid
      commits(last: 1) { nodes { commit { oid committedDate
        statusCheckRollup { contexts(first: 100) { nodes { __typename ... on StatusContext { ${STATUS_FIELDS} } } } } } } }`
const ACTOR = 'author { __typename login } editor { __typename login }'

/** The PR fields of the first page of review facts; also rides in a preflight request. */
export function reviewFactsFields(after?: string, withHead = true): string {
  const cursor = after ? `, after: ${JSON.stringify(after)}` : ''
  return `${withHead ? HEAD_FIELDS : ''}
      comments(first: 100${cursor}) {
        pageInfo { hasNextPage endCursor }
        nodes { databaseId body createdAt lastEditedAt ${ACTOR} }
      }
      ${withHead ? `reviews(first: 100) { nodes { body state submittedAt lastEditedAt ${ACTOR} } }` : ''}`
}

const isBotNode = (node: HistoryNode, viewer: string) =>
  isBotAccount(node.author ? { login: node.author.login, type: node.author.__typename } : undefined) ||
  sameLogin(actorLogin(node.author), viewer)

function entryOf(node: HistoryNode, viewer: string, createdAt: string): HistoryEntry {
  return {
    login: actorLogin(node.author),
    body: String(node.body ?? ''),
    isBot: isBotNode(node, viewer) || isBosunText(node.body),
    createdAt,
    editedBy: node.lastEditedAt ? actorLogin(node.editor) || '(unknown)' : undefined,
  }
}

export interface HeadFacts {
  headSha: string
  headCommittedAt?: string
  statuses: HeadStatus[]
}

export function headFactsOf(pr: Omit<PullFactsNode, 'comments'>): HeadFacts {
  const commit = pr.commits?.nodes?.[0]?.commit
  return {
    headSha: String(pr.headRefOid),
    headCommittedAt: commit?.oid === pr.headRefOid ? commit?.committedDate : undefined,
    statuses: (commit?.statusCheckRollup?.contexts?.nodes ?? [])
      .filter((c) => c.__typename === 'StatusContext')
      .map(headStatusFrom),
  }
}

/** The PR's current head, when it was committed and the statuses on it: one request. */
export async function readHead(github: GitHub, repo: Repo, number: number): Promise<HeadFacts> {
  const data = await github.graphql<PullAnswer>(
    `query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) { pullRequest(number: $number) { ${HEAD_FIELDS} } }
}`,
    { owner: repo.owner, name: repo.repo, number },
  )
  const pr = data.repository?.pullRequest
  if (!pr) throw new Error(`Pull request #${number} is not visible to the token.`)
  return headFactsOf(pr)
}

/**
 * Head, statuses, comment history and review bodies of a PR: one request per 100 comments, or one
 * fewer when the first page (`reviewFactsFields()` on the pull request) was read already.
 */
export async function readReviewFacts(
  github: GitHub,
  repo: Repo,
  number: number,
  viewer: string,
  firstPage?: PullFactsNode,
): Promise<ReviewFacts> {
  const facts: ReviewFacts = { headSha: '', statuses: [], history: [] }
  const tag = marker(APPROVE_PURPOSE)
  const page = async (after?: string): Promise<PullFactsNode> => {
    const data = await github.graphql<PullAnswer>(
      `query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) { pullRequest(number: $number) { ${reviewFactsFields(after, !after)} } }
}`,
      { owner: repo.owner, name: repo.repo, number },
    )
    const pr = data.repository?.pullRequest
    if (!pr) throw new Error(`Pull request #${number} is not visible to the token.`)
    return pr
  }
  let pr = firstPage ?? (await page())
  Object.assign(facts, headFactsOf(pr))
  for (const review of pr.reviews?.nodes ?? []) {
    if (String(review.state).toUpperCase() === 'PENDING') continue // a draft nobody else sees
    facts.history.push(entryOf(review, viewer, String(review.submittedAt ?? '')))
  }
  for (;;) {
    for (const comment of pr.comments.nodes) {
      facts.history.push(entryOf(comment, viewer, String(comment.createdAt)))
      if (!facts.notification && sameLogin(actorLogin(comment.author), viewer) && comment.body?.includes(tag))
        facts.notification = { id: comment.databaseId, body: comment.body }
    }
    if (!pr.comments.pageInfo.hasNextPage) return facts
    pr = await page(pr.comments.pageInfo.endCursor)
  }
}

export interface ApprovalSyncInput {
  github: GitHub
  repo: Repo
  number: number
  author: string
  viewer: string
  files: string[]
  owners: OwnersTree
  requireSelfApproval: boolean
  permissions: PermissionResolver
  facts: ReviewFacts
  /** Text not in the history GitHub lists (a review comment's body), counted last. */
  extra?: HistoryEntry
  /** Whether the notification comment is wanted when none exists yet (not on a plain push). */
  postNotification: boolean
  /**
   * Count only the history up to this time and only ever add approval. An event that describes a
   * moment (a PR being opened) may run late or be re-delivered after later commands were handled;
   * it must neither pull a later `/approve` ahead of a `/hold` nor undo it.
   */
  asOf?: string
}

export interface ApprovalSyncResult {
  state: ApprovalState
  statusWritten: boolean
  notification: 'created' | 'updated' | 'unchanged' | 'skipped'
}

/** The approval state the given history gives (the author's own approval unless withdrawn or required). */
async function approvalFrom(input: ApprovalSyncInput, history: HistoryEntry[]): Promise<ApprovalState> {
  const { approvers, authorWithdrew } = reviewApprovals(history, input.author)
  let collaboratorApproved: boolean | undefined
  if (input.owners.isEmpty) {
    const candidates = [...approvers]
    if (!input.requireSelfApproval && !authorWithdrew) candidates.push(input.author)
    const checks = await Promise.all(candidates.map((login) => input.permissions.isCollaborator(login)))
    collaboratorApproved = checks.some(Boolean)
  }
  return evaluateApproval({
    files: input.files,
    owners: input.owners,
    approvers,
    author: input.author,
    requireSelfApproval: input.requireSelfApproval,
    collaboratorApproved,
    authorWithdrew,
  })
}

/** Recounts and writes the status and comment; the caller applies the `approved` label it returns. */
export async function syncApproval(input: ApprovalSyncInput): Promise<ApprovalSyncResult> {
  const { github, repo, facts } = input
  const history = input.extra ? [...facts.history, input.extra] : facts.history
  if (input.asOf) {
    // Approved as of that moment and still approved now; otherwise a later command decided it.
    const asOf = Date.parse(input.asOf)
    const then = await approvalFrom(
      input,
      history.filter((e) => Date.parse(e.createdAt ?? '') <= asOf),
    )
    if (!then.approved) return { state: then, statusWritten: false, notification: 'skipped' }
  }
  const state = await approvalFrom(input, history)
  if (input.asOf && !state.approved) return { state, statusWritten: false, notification: 'skipped' }
  const statusWritten = await writeApprovalStatus(input, state)
  const body = `${marker(APPROVE_PURPOSE)}\n${renderApprovalComment(state, { noOwners: input.owners.isEmpty })}`
  const existing = facts.notification
  let notification: ApprovalSyncResult['notification'] = 'unchanged'
  if (existing?.body === body) notification = 'unchanged'
  else if (existing) {
    await github.rest.issues.updateComment({ ...repo, comment_id: existing.id, body })
    notification = 'updated'
  } else if (input.postNotification) {
    await github.rest.issues.createComment({ ...repo, issue_number: input.number, body })
    notification = 'created'
  } else notification = 'skipped'
  return { state, statusWritten, notification }
}

/**
 * `bosun/approve` on the head: success while approvals cover its files; a success that no longer
 * holds is turned to pending. A head without one needs nothing written.
 */
async function writeApprovalStatus(input: ApprovalSyncInput, state: ApprovalState): Promise<boolean> {
  const current = trustedStatus(input.facts.statuses, APPROVE_CONTEXT, input.viewer)
  const wanted = state.approved
    ? { state: 'success' as const, description: approvalDescription(state) }
    : current?.state === 'success'
      ? { state: 'pending' as const, description: 'Approval withdrawn or no longer covers every file.' }
      : undefined
  if (!wanted || !input.facts.headSha) return false
  if (current?.state === wanted.state && current.description === statusDescription(wanted.description))
    return false
  await setCommitStatus(
    input.github,
    input.repo,
    input.facts.headSha,
    APPROVE_CONTEXT,
    wanted.state,
    wanted.description,
  )
  return true
}

export function approvalDescription(state: ApprovalState): string {
  return state.approvedBy.length ? `Approved by ${state.approvedBy.join(', ')}.` : 'Approved.'
}

/**
 * `lgtm.keep-on-same-tree`: the lgtm of the previous head, when bosun gave it there and the new head
 * has the same tree (a rebase or an amend that changed nothing). One request.
 */
export async function lgtmKeptOnSameTree(
  github: GitHub,
  repo: Repo,
  before: string,
  after: string,
  viewer: string,
): Promise<HeadStatus | undefined> {
  const data = await github.graphql<{
    repository?: { before?: CommitNode | null; after?: CommitNode | null } | null
  }>(
    `query($owner: String!, $name: String!, $before: GitObjectID!, $after: GitObjectID!) {
  repository(owner: $owner, name: $name) {
    before: object(oid: $before) { ... on Commit { tree { oid }
      statusCheckRollup { contexts(first: 100) { nodes { __typename ... on StatusContext { ${STATUS_FIELDS} } } } } } }
    after: object(oid: $after) { ... on Commit { tree { oid } } }
  }
}`,
    { owner: repo.owner, name: repo.repo, before, after },
  )
  const b = data.repository?.before
  const a = data.repository?.after
  if (!b?.tree?.oid || b.tree.oid !== a?.tree?.oid) return undefined
  const statuses = (b.statusCheckRollup?.contexts?.nodes ?? [])
    .filter((c) => c.__typename === 'StatusContext')
    .map(headStatusFrom)
  const lgtm = trustedStatus(statuses, LGTM_CONTEXT, viewer)
  return lgtm?.state === 'success' ? lgtm : undefined
}
