// The few writes every action makes, each idempotent: adding a label that is there or removing one
// that is absent is success; a bot comment has one hidden marker per purpose and is found and
// updated in place rather than posted again. Dry-run is enforced below this, in the client.
import type { Repo } from './context.js'
import { httpStatus, type GitHub } from './github.js'

/** Every comment bosun writes carries a marker; the loop guard ignores comments that have one. */
export const BOSUN_MARKER_PREFIX = '<!-- bosun:'
export const marker = (purpose: string) => `${BOSUN_MARKER_PREFIX}${purpose} -->`

export async function addLabels(
  github: GitHub,
  repo: Repo,
  issueNumber: number,
  labels: string[],
): Promise<void> {
  if (labels.length === 0) return
  await github.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels })
}

/** Removes a label; a label that is not on the issue is not an error. */
export async function removeLabel(
  github: GitHub,
  repo: Repo,
  issueNumber: number,
  label: string,
): Promise<void> {
  try {
    await github.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name: label })
  } catch (error) {
    if (httpStatus(error) !== 404) throw error
  }
}

export interface BotComment {
  id: number
  body: string
}

/**
 * The bot's comment for `purpose`. Only comments the token's own user (`viewer`) wrote count: anyone
 * can paste the marker into a comment of their own.
 */
export async function findBotComment(
  github: GitHub,
  repo: Repo,
  issueNumber: number,
  purpose: string,
  viewer: string,
): Promise<BotComment | undefined> {
  const tag = marker(purpose)
  const mine = (login: string | undefined) => !!login && login.toLowerCase() === viewer.toLowerCase()
  for await (const page of github.paginate.iterator(github.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  })) {
    const hit = page.data.find((c) => mine(c.user?.login) && c.body?.includes(tag))
    if (hit) return { id: hit.id, body: hit.body ?? '' }
  }
  return undefined
}

/**
 * Creates or updates the one comment for `purpose`. Writes nothing when the text is unchanged.
 * Returns what it did, for the run's report.
 */
export async function upsertBotComment(
  github: GitHub,
  repo: Repo,
  issueNumber: number,
  purpose: string,
  text: string,
  viewer: string,
): Promise<'created' | 'updated' | 'unchanged'> {
  const body = `${marker(purpose)}\n${text}`
  const existing = await findBotComment(github, repo, issueNumber, purpose, viewer)
  if (existing?.body === body) return 'unchanged'
  if (existing) {
    await github.rest.issues.updateComment({ ...repo, comment_id: existing.id, body })
    return 'updated'
  }
  await github.rest.issues.createComment({ ...repo, issue_number: issueNumber, body })
  return 'created'
}

/** A one-off reply (not updated later), still marked so the bot never reacts to it. */
export async function postReply(
  github: GitHub,
  repo: Repo,
  issueNumber: number,
  purpose: string,
  text: string,
): Promise<void> {
  await github.rest.issues.createComment({
    ...repo,
    issue_number: issueNumber,
    body: `${marker(purpose)}\n${text}`,
  })
}

export type Reaction = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes'

/** Where the text a command came from lives, since each kind has its own reactions route. */
export type CommentRef =
  | { kind: 'issue_comment'; id: number }
  | { kind: 'review_comment'; id: number }
  | { kind: 'issue'; number: number }
  | { kind: 'review' }

export async function react(
  github: GitHub,
  repo: Repo,
  target: CommentRef,
  content: Reaction,
): Promise<void> {
  switch (target.kind) {
    case 'issue_comment':
      await github.rest.reactions.createForIssueComment({ ...repo, comment_id: target.id, content })
      return
    case 'review_comment':
      await github.rest.reactions.createForPullRequestReviewComment({
        ...repo,
        comment_id: target.id,
        content,
      })
      return
    case 'issue':
      await github.rest.reactions.createForIssue({ ...repo, issue_number: target.number, content })
      return
    case 'review':
      // GitHub has no reactions on review bodies; the reply (if any) is the feedback.
      return
  }
}

/** GitHub rejects status descriptions over 140 characters: what is stored for `description`. */
export function statusDescription(description: string): string {
  return description.length > 140 ? `${description.slice(0, 139)}…` : description
}

export async function setCommitStatus(
  github: GitHub,
  repo: Repo,
  sha: string,
  context: string,
  state: 'success' | 'pending' | 'failure' | 'error',
  description: string,
  targetUrl?: string,
): Promise<void> {
  await github.rest.repos.createCommitStatus({
    ...repo,
    sha,
    context,
    state,
    description: statusDescription(description),
    ...(targetUrl ? { target_url: targetUrl } : {}),
  })
}
