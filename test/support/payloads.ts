// Webhook payloads for tests: each starts from a real example in @octokit/webhooks-examples and is
// adjusted to the scenario with the emulator's own serializers, so the action reads the fields it
// would read in production.
import { createRequire } from 'node:module'
import type { GitHubEmulator } from '../emulator/server.js'
import { serializers } from '../emulator/rest.js'
import { nextId, type Comment, type Discussion, type Issue, type Repository } from '../emulator/state.js'

const require = createRequire(import.meta.url)
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>
const definitions = require('@octokit/webhooks-examples') as Array<{ name: string; examples: Json[] }>

/** A deep copy of the first real example of an event (and action, when given). */
export function example(event: string, action?: string): Json {
  const def = definitions.find((d) => d.name === event)
  if (!def) throw new Error(`no webhook examples for ${event}`)
  const found = def.examples.find((e) => action === undefined || e.action === action)
  if (!found) throw new Error(`no ${event}.${action} example`)
  return structuredClone(found)
}

/** The example for an action, or (for actions the collection lacks, like pull_request.edited) a sibling's with the action set. */
function exampleOrSibling(event: string, action: string, sibling: string): Json {
  try {
    return example(event, action)
  } catch {
    return { ...example(event, sibling), action }
  }
}

function base(
  emu: GitHubEmulator,
  repo: Repository,
  event: string,
  action: string | undefined,
  sender: string,
): Json {
  const s = serializers(emu.state, emu.url)
  const payload = action === undefined ? example(event) : exampleOrSibling(event, action, 'opened')
  payload.repository = { ...payload.repository, ...s.repo(repo) }
  payload.sender = { ...payload.sender, ...s.user(sender) }
  delete payload.installation
  delete payload.organization
  return payload
}

export function issueCommentPayload(
  emu: GitHubEmulator,
  repo: Repository,
  issue: Issue,
  comment: Comment,
  action = 'created',
): Json {
  const s = serializers(emu.state, emu.url)
  const payload = base(emu, repo, 'issue_comment', action, comment.user.login)
  payload.issue = s.issue(repo, issue)
  payload.comment = { ...payload.comment, ...s.comment(repo, comment) }
  if (action === 'edited') payload.changes = { body: { from: 'before' } }
  return payload
}

export function issuesPayload(
  emu: GitHubEmulator,
  repo: Repository,
  issue: Issue,
  action = 'opened',
  sender = issue.user.login,
  changes?: Json,
): Json {
  const payload = base(emu, repo, 'issues', action, sender)
  payload.issue = serializers(emu.state, emu.url).issue(repo, issue)
  if (changes) payload.changes = changes
  else delete payload.changes
  return payload
}

/** `pull_request_target` shares its payload with `pull_request`; the examples are filed under the latter. */
export function pullRequestPayload(
  emu: GitHubEmulator,
  repo: Repository,
  pr: Issue,
  action = 'opened',
  sender = pr.user.login,
  changes?: Json,
): Json {
  const payload = base(emu, repo, 'pull_request', action, sender)
  payload.number = pr.number
  payload.pull_request = serializers(emu.state, emu.url).pull(repo, pr)
  if (changes) payload.changes = changes
  else delete payload.changes
  return payload
}

/** A `labeled` event for an issue or PR, sent by `sender`. */
export function labeledPayload(
  emu: GitHubEmulator,
  repo: Repository,
  item: Issue,
  label: string,
  sender: string,
): Json {
  const s = serializers(emu.state, emu.url)
  const payload = item.pull
    ? pullRequestPayload(emu, repo, item, 'labeled', sender)
    : issuesPayload(emu, repo, item, 'labeled', sender)
  payload.label = { id: 1, name: label, color: 'ededed', default: false, description: null }
  payload.sender = { ...payload.sender, ...s.user(sender) }
  return payload
}

export function reviewPayload(
  emu: GitHubEmulator,
  repo: Repository,
  pr: Issue,
  reviewer: string,
  body: string,
  state = 'commented',
): Json {
  const payload = base(emu, repo, 'pull_request_review', 'submitted', reviewer)
  payload.pull_request = serializers(emu.state, emu.url).pull(repo, pr)
  payload.review = {
    ...payload.review,
    id: nextId(),
    body,
    state,
    user: serializers(emu.state, emu.url).user(reviewer),
    commit_id: pr.pull!.head.sha,
    submitted_at: new Date().toISOString(),
  }
  // GitHub has the review by the time the event is delivered.
  pr.pull!.reviews.push({
    id: payload.review.id,
    user: reviewer,
    state,
    body,
    commitId: pr.pull!.head.sha,
    submittedAt: payload.review.submitted_at,
  })
  return payload
}

export function reviewCommentPayload(
  emu: GitHubEmulator,
  repo: Repository,
  pr: Issue,
  author: string,
  body: string,
  id: number,
): Json {
  const payload = base(emu, repo, 'pull_request_review_comment', 'created', author)
  payload.pull_request = serializers(emu.state, emu.url).pull(repo, pr)
  payload.comment = {
    ...payload.comment,
    id,
    node_id: `PRRC_${id}`,
    body,
    user: serializers(emu.state, emu.url).user(author),
  }
  return payload
}

/** check_suite / check_run completed for a head SHA; `numbers` are the same-repository PRs GitHub lists. */
export function checkPayload(
  emu: GitHubEmulator,
  repo: Repository,
  event: 'check_suite' | 'check_run',
  sha: string,
  numbers: number[],
): Json {
  const payload = base(emu, repo, event, 'completed', 'github-actions[bot]')
  const item = payload[event]
  item.head_sha = sha
  item.conclusion = 'success'
  item.pull_requests = numbers.map((number) => ({ number, head: { sha }, base: { ref: repo.defaultBranch } }))
  return payload
}

export function statusPayload(
  emu: GitHubEmulator,
  repo: Repository,
  sha: string,
  context: string,
  state: string,
  sender = 'ci-bot',
): Json {
  const payload = base(emu, repo, 'status', undefined, sender)
  Object.assign(payload, { sha, context, state, description: null })
  return payload
}

export function workflowRunPayload(
  emu: GitHubEmulator,
  repo: Repository,
  sha: string,
  numbers: number[],
): Json {
  const payload = base(emu, repo, 'workflow_run', 'completed', 'colin')
  payload.workflow_run.head_sha = sha
  payload.workflow_run.pull_requests = numbers.map((number) => ({ number, head: { sha } }))
  return payload
}

export function discussionPayload(emu: GitHubEmulator, repo: Repository, d: Discussion): Json {
  const payload = base(emu, repo, 'discussion', 'created', d.author)
  Object.assign(payload.discussion, {
    node_id: d.id,
    number: d.number,
    title: d.title,
    body: d.body,
    user: serializers(emu.state, emu.url).user(d.author),
  })
  return payload
}

export function discussionCommentPayload(
  emu: GitHubEmulator,
  repo: Repository,
  d: Discussion,
  commentId: string,
): Json {
  const c = d.comments.find((x) => x.id === commentId)!
  const payload = base(emu, repo, 'discussion_comment', 'created', c.author)
  Object.assign(payload.discussion, { node_id: d.id, number: d.number, title: d.title, body: d.body })
  Object.assign(payload.comment, {
    node_id: c.id,
    body: c.body,
    user: serializers(emu.state, emu.url).user(c.author),
  })
  return payload
}
