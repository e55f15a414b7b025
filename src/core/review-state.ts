// Review state bound to the head: bosun records lgtm and approval as commit statuses on the exact
// head SHA they were given for (`bosun/lgtm`, `bosun/approve`), so a push (a new SHA, no statuses)
// can never inherit them, whatever order events are processed in. Only statuses written by the
// token's own user count: anyone with write access can write a status with any context.
import { actorLogin } from './loop-guard.js'
import { sameLogin } from './permissions.js'

export const LGTM_CONTEXT = 'bosun/lgtm'
export const APPROVE_CONTEXT = 'bosun/approve'
export const REVIEW_CONTEXTS = [LGTM_CONTEXT, APPROVE_CONTEXT]

export interface HeadStatus {
  context: string
  /** Lower case: success, pending, failure, error. */
  state: string
  description: string
  createdAt: string
  creator: string
}

/** GraphQL selection for the statuses of a commit's rollup that this module reads. */
export const STATUS_FIELDS = 'context state description createdAt creator { __typename login }'

/** A commit status as STATUS_FIELDS reads it. */
export interface StatusContextNode {
  context?: string
  state?: string
  description?: string | null
  createdAt?: string
  creator?: { __typename?: string; login?: string } | null
}

export function headStatusFrom(node: StatusContextNode): HeadStatus {
  return {
    context: String(node.context ?? ''),
    state: String(node.state ?? '').toLowerCase(),
    description: String(node.description ?? ''),
    createdAt: String(node.createdAt ?? ''),
    creator: actorLogin(node.creator),
  }
}

/** The head's status for `context` when bosun wrote it; a status anyone else wrote is ignored. */
export function trustedStatus(
  statuses: HeadStatus[],
  context: string,
  viewer: string,
): HeadStatus | undefined {
  const found = statuses.find((s) => s.context.toLowerCase() === context.toLowerCase())
  return found && sameLogin(found.creator, viewer) ? found : undefined
}

/**
 * What the merge pool still needs from review for this head, or undefined when nothing: each of
 * `lgtm` and `approved` that `merge.require-labels` names must be backed by a bosun status with
 * state success on the head itself.
 */
export function headReviewMissing(
  requireLabels: string[],
  statuses: HeadStatus[],
  viewer: string,
): string | undefined {
  const needs = (label: string) => requireLabels.some((l) => l.toLowerCase() === label)
  const given = (context: string) => trustedStatus(statuses, context, viewer)?.state === 'success'
  const missing = [
    needs('lgtm') && !given(LGTM_CONTEXT) ? 'lgtm' : undefined,
    needs('approved') && !given(APPROVE_CONTEXT) ? 'approval' : undefined,
  ].filter(Boolean)
  if (!missing.length) return undefined
  return `Not mergeable. Needs ${missing.join(' and ')} for this head commit.`
}

/**
 * Whether a `/lgtm` written at `writtenAt` is older than what bosun knows about the head it would
 * apply to: the head was committed after it, or bosun recorded a newer lgtm decision (a reset on
 * push, a cancel) on that head after it. Either way the reviewer cannot have seen this head.
 */
export function lgtmIsStale(writtenAt: string, head: { committedAt?: string; lgtm?: HeadStatus }): boolean {
  const written = Date.parse(writtenAt)
  if (Number.isNaN(written)) return false
  // A tie counts as stale: GitHub's times have one-second resolution, so a comment and a push in
  // the same second cannot be ordered, and the reviewer cannot have seen a head pushed that second.
  const after = (at: string | undefined) => !!at && Date.parse(at) >= written
  return after(head.committedAt) || (head.lgtm?.state !== 'success' && after(head.lgtm?.createdAt))
}
