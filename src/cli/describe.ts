// One line (or a quoted block, for comments) per write the bot made, in words: the simulator's
// readable transcript, in the demo's style.
import type { LoggedRequest } from '../../test/emulator/server.js'

const REACTIONS: Record<string, string> = { '+1': '👍', '-1': '👎', confused: '😕', eyes: '👀', rocket: '🚀' }

const mentions = (logins: string[] = []) => logins.map((a) => `@${a}`).join(' ')
const lastSegment = (path: string) => decodeURIComponent(path.split('/').pop() ?? '')

/** A comment body without bosun's hidden markers, quoted line by line. */
function quoted(text: unknown): string {
  return String(text)
    .split('\n')
    .filter((l) => l.trim() && !/^<!--.*-->$/.test(l.trim()))
    .map((l) => `      │ ${l}`)
    .join('\n')
}

/** The request-body fields the lines read, by GitHub's names (the emulator validated each body). */
interface WriteBody {
  labels?: string[]
  content?: string
  body?: string
  assignees?: string[]
  state?: string
  state_reason?: string | null
  title?: string
  milestone?: number | null
  context?: string
  description?: string | null
  sha?: string
  merge_method?: string
  reviewers?: string[]
  team_reviewers?: string[]
  name?: string
  new_name?: string
  ref?: string
}

const DESCRIBE: Record<string, (body: WriteBody, write: LoggedRequest) => string> = {
  'issues/add-labels': (b) => `labels ${(b.labels ?? []).map((l) => `+${l}`).join(' ')}`,
  'issues/set-labels': (b) => `sets labels ${(b.labels ?? []).join(', ')}`,
  'issues/remove-label': (_b, w) => `label -${lastSegment(w.path)}`,
  'reactions/create-for-issue-comment': (b) => `reacts ${REACTIONS[b.content ?? ''] ?? b.content}`,
  'reactions/create-for-issue': (b) => `reacts ${REACTIONS[b.content ?? ''] ?? b.content}`,
  'issues/create-comment': (b) => `comments:\n${quoted(b.body)}`,
  'issues/update-comment': (b) => `updates its comment:\n${quoted(b.body)}`,
  'issues/add-assignees': (b) => `assigns ${mentions(b.assignees)}`,
  'issues/remove-assignees': (b) => `unassigns ${mentions(b.assignees)}`,
  'issues/update': (b) =>
    [
      b.state &&
        `${b.state === 'closed' ? 'closes' : 'reopens'} it${b.state_reason ? ` (${b.state_reason})` : ''}`,
      b.title !== undefined && `retitles it "${b.title}"`,
      b.milestone !== undefined &&
        (b.milestone === null ? 'clears the milestone' : `sets milestone #${b.milestone}`),
    ]
      .filter(Boolean)
      .join(', ') || 'updates the issue',
  'repos/create-commit-status': (b) =>
    `sets status ${b.context ?? 'default'}: ${b.state} "${b.description ?? ''}"`,
  'pulls/merge': (b) => `merges with sha ${String(b.sha).slice(0, 7)} (${b.merge_method ?? 'merge'})`,
  'pulls/update-branch': () => 'updates the branch with its base',
  'pulls/request-reviewers': (b) =>
    `requests review from ${mentions([...(b.reviewers ?? []), ...(b.team_reviewers ?? []).map((t) => `team ${t}`)])}`,
  'pulls/remove-requested-reviewers': (b) => `removes review requests for ${mentions(b.reviewers)}`,
  'issues/create-label': (b) => `creates label ${b.name}`,
  'issues/update-label': (b, w) =>
    `updates label ${lastSegment(w.path)}${b.new_name ? ` → ${b.new_name}` : ''}`,
  'issues/delete-label': (_b, w) => `deletes label ${lastSegment(w.path)}`,
  'git/delete-ref': (_b, w) => `deletes ${w.path.split('/git/refs/')[1] ?? 'a ref'}`,
  'actions/create-workflow-dispatch': (b, w) =>
    `starts workflow ${w.path.split('/workflows/')[1]?.split('/')[0]} on ${b.ref}`,
  'actions/re-run-workflow-failed-jobs': (_b, w) =>
    `re-runs the failed jobs of run ${w.path.split('/runs/')[1]?.split('/')[0]}`,
  'actions/re-run-workflow': (_b, w) => `re-runs run ${w.path.split('/runs/')[1]?.split('/')[0]}`,
}

export function describeWrite(write: LoggedRequest): string {
  const describe = DESCRIBE[write.operation]
  return describe ? describe(write.body ?? {}, write) : `${write.method} ${write.path}`
}
