// Webhook payloads typed as GitHub documents them (@octokit/webhooks-types: types only, nothing in dist).
// A payload arrives as JSON; the parsers that read it see GitHub's field types, and a field is read
// as possibly absent (one event's payload lacks another's objects, and a bad delivery may lack any).
import type {
  CheckRunCompletedEvent,
  CheckSuiteCompletedEvent,
  Commit,
  Discussion,
  DiscussionCommentCreatedEvent,
  InstallationLite,
  Issue,
  IssueComment,
  Label,
  PullRequest,
  PullRequestEditedEvent,
  PullRequestEvent,
  PullRequestReview,
  PullRequestReviewComment,
  Repository,
  User,
  WebhookEventMap,
  WorkflowRun,
} from '@octokit/webhooks-types'

/** The objects the events bosun handles carry, each as GitHub's webhook types describe it. */
export interface PayloadFields {
  action?: string
  sender?: User
  repository?: Repository
  installation?: InstallationLite
  issue?: Issue
  pull_request?: PullRequest
  comment?: IssueComment | PullRequestReviewComment | DiscussionCommentCreatedEvent['comment']
  review?: PullRequestReview
  discussion?: Discussion
  label?: Label
  /** `edited`: what changed (issues have no base). */
  changes?: Partial<PullRequestEditedEvent['changes']>
  /** push */
  ref?: string
  before?: string
  after?: string
  deleted?: boolean
  commits?: Commit[]
  /** status */
  sha?: string
  context?: string
  check_suite?: CheckSuiteCompletedEvent['check_suite']
  check_run?: CheckRunCompletedEvent['check_run']
  workflow_run?: WorkflowRun
  /** schedule (an Actions event, or `bosun serve`'s sweep) */
  schedule?: string
}

/** A payload as it arrives: the fields above where present, anything else unread. */
export interface Payload extends PayloadFields {
  [field: string]: unknown
}

/** The events bosun is run for: GitHub's webhook events and the Actions-only names. */
interface ActionsEventMap extends WebhookEventMap {
  pull_request_target: PullRequestEvent
  schedule: { schedule?: string }
}

/** An event name with its payload as GitHub sends it; `switch (event.name)` narrows it. */
export type TypedEvent = {
  [E in keyof ActionsEventMap]: { name: E; payload: ActionsEventMap[E] }
}[keyof ActionsEventMap]

/** The payload of `eventName` with GitHub's types, for the parsers that switch on the event. */
export function eventOf(eventName: string, payload: Payload): TypedEvent {
  // The runner and the webhook server hand over GitHub's payload for the event they name.
  return { name: eventName, payload } as unknown as TypedEvent
}

/** A payload object the event always carries (GitHub sends it; a malformed delivery fails clearly). */
export function carried<T>(value: T | undefined, field: string): T {
  if (value === undefined || value === null) throw new Error(`the event payload has no ${field}`)
  return value
}

/** An issue or a PR as an event carries it: the other kind's fields read as absent. */
export type IssueOrPull = Partial<PullRequest> & Partial<Issue>

/** Labels as a payload lists them (objects; older fixtures and APIs give bare names). */
export type LabelList = { labels?: Array<{ name?: string } | string> }
