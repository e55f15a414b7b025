// Which webhook deliveries the server acts on, under which event name, and in which queue. Pure:
// decided from the delivery alone. Mirrors the all-in-one workflow template (its `on:` types and
// its job condition) so an App and an Action see the same events.
import type { Payload, Repo } from '../core/context.js'

/** Webhook actions handled per event; `undefined` = every action. Events not listed are ignored. */
const HANDLED: Record<string, readonly string[] | undefined> = {
  issue_comment: ['created'],
  pull_request_review: ['submitted'],
  pull_request_review_comment: ['created'],
  issues: ['opened', 'edited', 'labeled', 'unlabeled'],
  pull_request: [
    'opened',
    'reopened',
    'edited',
    'synchronize',
    'ready_for_review',
    'converted_to_draft',
    'labeled',
    'unlabeled',
    'closed',
  ],
  check_suite: ['completed'],
  check_run: ['completed'],
  status: undefined,
  workflow_run: ['completed'],
  discussion: ['created'],
  discussion_comment: ['created'],
  push: undefined,
}

/**
 * GitHub sends `pull_request` to an App; the parts know that event as `pull_request_target`, the
 * Actions trigger that runs with the base repository's permissions (which an App always has).
 */
const PART_EVENT: Record<string, string> = { pull_request: 'pull_request_target' }

export type Route =
  { eventName: string; repo: Repo; key: string } | { skip: string; repo?: Repo; key?: string }

const COMMENT_EVENTS = new Set(['issue_comment', 'pull_request_review_comment', 'discussion_comment'])

export function repoOf(payload: Payload): Repo | undefined {
  const full = payload.repository?.full_name
  if (typeof full !== 'string') return undefined
  const [owner, repo] = full.split('/')
  return owner && repo ? { owner, repo } : undefined
}

/** One queue per issue or PR, one per repository for everything else (merging needs order). */
export function queueKey(repo: Repo, payload: Payload): string {
  const number = payload.issue?.number ?? payload.pull_request?.number ?? payload.discussion?.number
  const full = `${repo.owner}/${repo.repo}`
  return typeof number === 'number' ? `${full}#${number}` : full
}

/**
 * A human's comment on a stale or rotten item takes the label off at once, command or not. The
 * templates leave that to the next sweep to save a job; a delivery costs the server no job.
 */
const onStaleItem = (payload: Payload) =>
  (payload.issue?.labels ?? []).some((l) =>
    ['lifecycle/stale', 'lifecycle/rotten'].includes(String(l.name).toLowerCase()),
  )

/** Why the template's job condition would start no job for this delivery, if it would not. */
function skipReason(name: string, payload: Payload, translateComments: boolean): string | undefined {
  // A merge sets the merge.milestones milestone and makes the cherry-picks of cherrypick/ labels.
  if (name === 'pull_request' && payload.action === 'closed' && !payload.pull_request?.merged)
    return 'a PR closed without merging'
  if (
    name === 'status' &&
    (String(payload.context ?? '').startsWith('bosun/') || payload.state === 'pending')
  )
    return "bosun's own or a pending status"
  if (
    name === 'pull_request_review' &&
    payload.review?.state === 'commented' &&
    !String(payload.review?.body ?? '').includes('/')
  )
    return 'a review comment without a command'
  if (COMMENT_EVENTS.has(name)) {
    const body = String(payload.comment?.body ?? '')
    if (payload.sender?.type === 'Bot') return 'comment by a bot'
    if (body.includes('<!-- bosun:')) return 'comment written by bosun'
    if (!body.includes('/') && !translateComments && !onStaleItem(payload)) return 'comment without a command'
  }
  if (name === 'push') {
    const defaultRef = `refs/heads/${payload.repository?.default_branch ?? ''}`
    // Every push to it: needs-rebase looks at the PRs based on it; label sync decides for itself
    // whether the config changed.
    if (payload.ref !== defaultRef) return 'push to a branch other than the default'
  }
  return undefined
}

/**
 * How to handle a delivery: the parts' event name, the repository and the queue key, or why it is
 * ignored. `translateComments`: comments without a `/` still matter (translation is configured).
 */
export function routeDelivery(name: string, payload: Payload, translateComments = false): Route {
  const repo = repoOf(payload)
  if (!(name in HANDLED)) return { skip: `${name} events are not handled`, repo }
  const actions = HANDLED[name]
  if (actions && !actions.includes(String(payload.action)))
    return { skip: `${name}.${payload.action} is not handled`, repo }
  if (!repo) return { skip: 'the payload names no repository' }
  const key = queueKey(repo, payload)
  const reason = skipReason(name, payload, translateComments)
  if (reason) return { skip: reason, repo, key }
  return { eventName: PART_EVENT[name] ?? name, repo, key }
}
