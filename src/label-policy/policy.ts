// The shape every label-policy module has, the way command-dispatch's CommandSpec works.
//
// A policy is a small module under policies/ exporting one PolicySpec:
//   - `on`: the events (`pull`, `issue`) and actions it handles;
//   - `reads` (optional): small reads that ride in the run's single preflight request;
//   - `needs(facts)` (optional): the larger reads it wants, from what the event and config say;
//   - `decide(facts)`: pure, returns label, comment, status and review-request changes.
// registry.ts lists the modules in the order they decide. run.ts asks every policy that handles the
// event what it needs, reads the union once (facts.ts), calls each `decide` with the labels as the
// policies before it left them, and writes only the net difference (apply.ts). A new policy is a
// new file here plus one line in registry.ts; it never talks to GitHub itself.
import type { ApprovalSyncResult, ReviewFacts } from '../core/approval-sync.js'
import type { Config } from '../core/config.js'
import type { OwnersTree } from '../core/owners.js'
import type { HeadStatus } from '../core/review-state.js'
import type { OwnersProblem } from '../core/owners-validate.js'
import type { ChangedFile } from './decisions.js'
import type { OwnersChange } from './owners-check.js'

export type PolicyKind = 'pull' | 'issue'

/** Reads that ride in the preflight request (they cannot depend on config, read in that request). */
export type PreflightRead =
  | 'gitattributes'
  | 'authorCount'
  | 'reviewHistory'
  | 'reviewRequests'
  /** The changed paths (up to 100), enough to see whether a PR touches OWNERS. */
  | 'changedPaths'

/** Reads made after the preflight, in as few requests as possible (facts.ts). */
export type Need =
  | 'files'
  | 'commits'
  | 'owners'
  | 'authorIsCollaborator'
  | 'reviewFacts'
  | 'approval'
  | 'lgtmKept'
  | 'senderMayAddLabel'
  | 'milestones'
  /** verify-owners: the changed OWNERS files read at the head and checked. */
  | 'ownersCheck'

/** What the event and the preflight say: known before any policy's own reads. */
export interface EventFacts {
  kind: PolicyKind
  action: string
  /** When the issue or PR was created (an `opened` event describes that moment). */
  createdAt: string
  config: Config
  /** The repository's name (seeds the reviewer spread). */
  repoName: string
  number: number
  author: string
  authorIsBot: boolean
  /** Who sent the event. */
  sender: string
  /** The token's own login. */
  viewer: string
  title: string
  body: string
  draft: boolean
  /** The labels as the policies before this one left them (at the start: as they are now). */
  labels: string[]
  /** The label a `labeled`/`unlabeled` event is about. */
  label?: string
  /** What an `edited` event changed. */
  changed: { title: boolean; base: boolean; body: boolean }
  /** Pull requests: head, push range, base branch, GitHub's totals, reviewers already requested. */
  headSha: string
  before?: string
  after?: string
  baseRef: string
  merged: boolean
  milestone?: string
  totals: { additions: number; deletions: number; changedFiles: number }
  requestedReviewers: string[]
  /** Review requests open now (live), not as the payload saw them. */
  reviewRequestCount: number
  gitattributes?: string
  /** How many PRs (on a PR) or issues (on an issue) the author has opened here, this one included. */
  authorCount?: number
  /** The changed paths from the preflight; undefined when not read or the PR changes more than 100. */
  changedPaths?: OwnersChange[]
}

/** The facts a policy's `needs` asked for; undefined when not read (or not readable). */
export interface PolicyFacts extends EventFacts {
  /** Changed files; undefined when not read or the PR lists more than GitHub returns. */
  files?: ChangedFile[]
  /** Changed paths, renamed files' old paths included. */
  paths?: string[]
  /** More files changed than GitHub lists (3,000): totals only. */
  tooManyFiles: boolean
  commits?: Array<{ sha: string; message: string; parents: number }>
  owners?: OwnersTree
  authorIsCollaborator?: boolean
  reviewFacts: ReviewFacts
  /** The recount of approvals (it records `bosun/approve` itself, as /approve does). */
  approval?: ApprovalSyncResult
  /** lgtm.keep-on-same-tree: the previous head's lgtm when the new head has the same tree. */
  lgtmKept?: HeadStatus
  /** Restricted labels: whether the sender may add the event's label. */
  senderMayAddLabel?: boolean
  /** The repository's milestones (title, number, open or closed). */
  milestones?: Array<{ number: number; title: string; state: string }>
  /** verify-owners: the problems of the changed OWNERS files ([] when valid or none changed). */
  ownersProblems?: OwnersProblem[]
}

export interface LabelChange {
  name: string
  on: boolean
}

/**
 * A bot comment by purpose: `upsert` finds the bot's comment and updates it in place; `post`
 * creates it without looking (the event is the first that can have one); `reply` is a one-off.
 */
export interface CommentChange {
  purpose: string
  text: string
  how: 'upsert' | 'post' | 'reply'
}

/** A commit status on the PR's head. */
export interface StatusChange {
  context: string
  state: 'success' | 'pending'
  description: string
}

export interface Decision {
  labels?: LabelChange[]
  comments?: CommentChange[]
  statuses?: StatusChange[]
  reviewers?: string[]
  /** Milestone number to set. */
  milestone?: number
  /** Lines for the run's report (what happened besides labels and comments). */
  report?: string[]
  notices?: string[]
  warnings?: string[]
}

export interface PolicySpec {
  name: string
  /** One or two sentences for docs/policies.md. */
  help: string
  /** Actions handled, per kind. */
  on: Partial<Record<PolicyKind, readonly string[]>>
  reads?: readonly PreflightRead[]
  needs?(facts: EventFacts): Need[]
  decide(facts: PolicyFacts): Decision
}

export const set = (name: string, on: boolean): LabelChange => ({ name, on })

export const handles = (policy: PolicySpec, kind: PolicyKind, action: string): boolean =>
  !!policy.on[kind]?.includes(action)
