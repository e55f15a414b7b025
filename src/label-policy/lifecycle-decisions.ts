// Lifecycle automation decided without GitHub (Prow's periodic stale/rotten/close jobs): the search
// each stage runs, an item's last human activity read from what the search returned, and what the
// sweep does to it. The rule for activity: the item's creation, comments, reviews, pushed commits,
// reopening, title and label changes count when a human made them; anything by a bot account
// (`Bot` type or a `[bot]` login) or by bosun's own token does not, nor does anyone setting or
// removing `lifecycle/stale` or `lifecycle/rotten` (that is the lifecycle itself, not activity).
// `updatedAt` is never used: bosun's own labels and comments move it.
import type { LifecycleConfig } from '../core/config.js'
import type { Repo } from '../core/context.js'

export const STALE = 'lifecycle/stale'
export const ROTTEN = 'lifecycle/rotten'
const MARKS = [STALE, ROTTEN]

/** Timeline items read per candidate; when all of them are bots', older human activity is assumed. */
export const TIMELINE_WINDOW = 20

export type Stage = 'stale' | 'rotten' | 'close'

export interface Actor {
  login: string
  /** GraphQL `__typename`: `User`, `Bot`, `Mannequin`… */
  type: string
}

export interface Activity {
  at: string
  /** Who did it; undefined when GitHub does not say (a deleted account, an unlinked commit). */
  actor?: Actor
  kind: 'comment' | 'labeled' | 'unlabeled' | 'reopened' | 'renamed' | 'commit' | 'review' | 'edited'
  label?: string
}

export interface LifecycleItem {
  number: number
  isPull: boolean
  title: string
  createdAt: string
  author?: Actor
  labels: string[]
  /** Timeline items, any order. */
  activities: Activity[]
  /** Whether the timeline window was full, so older items may exist. */
  windowFull: boolean
}

export type LifecycleAction =
  | { kind: 'stale' }
  | { kind: 'rotten' }
  | { kind: 'close' }
  | { kind: 'unmark'; labels: string[] }
  | { kind: 'none' }

const lower = (s: string) => s.toLowerCase()
const hasLabel = (item: LifecycleItem, name: string) => item.labels.some((l) => lower(l) === lower(name))

/** Bot accounts and bosun's own token user never count as activity. */
export function isBotActor(actor: Actor | undefined, viewer: string): boolean {
  if (!actor) return false
  return actor.type === 'Bot' || /\[bot\]$/i.test(actor.login) || lower(actor.login) === lower(viewer)
}

const isLifecycleLabelEvent = (a: Activity) =>
  (a.kind === 'labeled' || a.kind === 'unlabeled') && !!a.label && MARKS.includes(lower(a.label))

/**
 * When a human last did something to the item (ms). An unknown actor counts as human, and a full
 * window of bots' items is taken to hide human activity just before it: both err towards "active".
 */
export function lastHumanActivity(item: LifecycleItem, viewer: string): number {
  const times = item.activities
    .filter((a) => !isLifecycleLabelEvent(a) && !isBotActor(a.actor, viewer))
    .map((a) => Date.parse(a.at))
  if (!isBotActor(item.author, viewer)) times.push(Date.parse(item.createdAt))
  if (item.windowFull) times.push(oldest(item))
  return times.length ? Math.max(...times) : Date.parse(item.createdAt)
}

/** The oldest timeline item (a body edit is not one: it comes from the item itself). */
const oldest = (item: LifecycleItem) =>
  Math.min(...item.activities.filter((a) => a.kind !== 'edited').map((a) => Date.parse(a.at)))

/** When `label` was last set; when the window does not show it, as late as it can have been. */
export function markedAt(item: LifecycleItem, label: string): number {
  const set = item.activities
    .filter((a) => a.kind === 'labeled' && lower(a.label ?? '') === label)
    .map((a) => Date.parse(a.at))
  if (set.length) return Math.max(...set)
  return item.windowFull ? oldest(item) : Date.parse(item.createdAt)
}

/** What the sweep does to one item now. */
export function decideLifecycle(
  item: LifecycleItem,
  config: LifecycleConfig,
  now: number,
  viewer: string,
): LifecycleAction {
  if (!config.on.includes(item.isPull ? 'pulls' : 'issues')) return { kind: 'none' }
  if (config.exemptLabels.some((l) => hasLabel(item, l))) return { kind: 'none' }
  const human = lastHumanActivity(item, viewer)
  if (hasLabel(item, ROTTEN)) {
    const since = markedAt(item, ROTTEN)
    if (human > since) return { kind: 'unmark', labels: item.labels.filter((l) => MARKS.includes(lower(l))) }
    return config.close && now - since >= config.close.ms ? { kind: 'close' } : { kind: 'none' }
  }
  if (hasLabel(item, STALE)) {
    const since = markedAt(item, STALE)
    if (human > since) return { kind: 'unmark', labels: item.labels.filter((l) => lower(l) === STALE) }
    return now - since >= config.rotten.ms ? { kind: 'rotten' } : { kind: 'none' }
  }
  return now - human >= config.stale.ms ? { kind: 'stale' } : { kind: 'none' }
}

/** GitHub search dates: whole seconds, UTC. */
const searchDate = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const quoted = (label: string) => `"${label.replace(/"/g, '')}"`

/**
 * The one search of a stage. `created:<` is a bound every candidate meets (an item cannot have been
 * inactive for longer than it exists), so the search stays small without trusting `updatedAt` to
 * filter. Least recently updated first: a search yields at most 1,000 items, and everything inactive
 * by `updatedAt` comes before anything a recent update hides.
 */
export function stageQuery(stage: Stage, repo: Repo, config: LifecycleConfig, now: number): string {
  const kinds = config.on.length === 1 ? [config.on[0] === 'issues' ? 'is:issue' : 'is:pr'] : []
  const exempt = config.exemptLabels.map((l) => `-label:${quoted(l)}`)
  const close = config.close ? config.close.ms : 0
  const [labels, age] =
    stage === 'stale'
      ? [[`-label:${STALE}`, `-label:${ROTTEN}`], config.stale.ms]
      : stage === 'rotten'
        ? [[`label:${STALE}`, `-label:${ROTTEN}`], config.stale.ms + config.rotten.ms]
        : [[`label:${ROTTEN}`], config.stale.ms + config.rotten.ms + close]
  return [
    `repo:${repo.owner}/${repo.repo}`,
    'is:open',
    ...kinds,
    ...labels,
    ...exempt,
    `created:<${searchDate(now - age)}`,
    'sort:updated-asc',
  ].join(' ')
}

/** The stages a config runs, in order (no close stage with `close: false`). */
export const stagesOf = (config: LifecycleConfig): Stage[] =>
  config.close ? ['stale', 'rotten', 'close'] : ['stale', 'rotten']

const kindName = (item: Pick<LifecycleItem, 'isPull'>) => (item.isPull ? 'pull request' : 'issue')

/** The comment of each step; fixed text, nothing from the item itself. */
export function lifecycleComment(
  step: 'stale' | 'rotten' | 'close',
  item: Pick<LifecycleItem, 'isPull'>,
  config: LifecycleConfig,
): string {
  const what = kindName(item)
  const keep = 'Comment or update it to keep it open, or mark it `/lifecycle frozen` to exempt it.'
  const closing = config.close ? ` and is closed after ${config.close.text} more` : ''
  switch (step) {
    case 'stale':
      return `This ${what} has had no activity for ${config.stale.text}, so it is now \`${STALE}\`. Without activity it becomes \`${ROTTEN}\` after ${config.rotten.text}${closing}. ${keep}`
    case 'rotten':
      return `This ${what} has stayed \`${STALE}\` for ${config.rotten.text}, so it is now \`${ROTTEN}\`${config.close ? `. Without activity it is closed after ${config.close.text}` : ''}. ${keep}`
    case 'close':
      return `Closing this ${what}: it stayed \`${ROTTEN}\` for ${config.close ? config.close.text : ''} without activity. Reopen it if it is still relevant.`
  }
}

// ---- reading the search answer ------------------------------------------------------------------

const ITEM_FIELDS = `number title createdAt author { __typename login } lastEditedAt editor { __typename login }
        labels(first: 100) { nodes { name } }`
const ACTOR = 'actor { __typename login }'
const SHARED_TIMELINE = `__typename
            ... on IssueComment { createdAt author { __typename login } }
            ... on LabeledEvent { createdAt ${ACTOR} label { name } }
            ... on UnlabeledEvent { createdAt ${ACTOR} label { name } }
            ... on ReopenedEvent { createdAt ${ACTOR} }
            ... on RenamedTitleEvent { createdAt ${ACTOR} }`
const SHARED_TYPES = 'ISSUE_COMMENT, LABELED_EVENT, UNLABELED_EVENT, REOPENED_EVENT, RENAMED_TITLE_EVENT'

/** One page of a stage's search, with each candidate's recent timeline. */
export const SEARCH_PAGE_SIZE = 100
export const LIFECYCLE_SEARCH = `query($q: String!, $after: String) {
  search(query: $q, type: ISSUE, first: ${SEARCH_PAGE_SIZE}, after: $after) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes {
      __typename
      ... on Issue {
        ${ITEM_FIELDS}
        timelineItems(last: ${TIMELINE_WINDOW}, itemTypes: [${SHARED_TYPES}]) {
          nodes {
            ${SHARED_TIMELINE}
          }
        }
      }
      ... on PullRequest {
        ${ITEM_FIELDS}
        timelineItems(last: ${TIMELINE_WINDOW}, itemTypes: [${SHARED_TYPES}, PULL_REQUEST_COMMIT, PULL_REQUEST_REVIEW]) {
          nodes {
            ${SHARED_TIMELINE}
            ... on PullRequestCommit { commit { committedDate author { user { login } } } }
            ... on PullRequestReview { createdAt author { __typename login } }
          }
        }
      }
    }
  }
}`

/** The GraphQL nodes the sweep's search reads; a field is absent when its fragment does not apply. */
interface ActorNode {
  __typename?: string
  login?: string
}
interface TimelineNode {
  __typename?: string
  createdAt?: string
  author?: ActorNode | null
  actor?: ActorNode | null
  label?: { name?: string } | null
  commit?: { committedDate?: string; author?: { user?: { login?: string } | null } | null } | null
}
/** An issue or PR of the search, with its recent timeline. */
export interface LifecycleNode {
  __typename?: string
  number?: number
  title?: string
  createdAt?: string
  lastEditedAt?: string | null
  author?: ActorNode | null
  editor?: ActorNode | null
  labels?: { nodes?: Array<{ name?: string }> }
  timelineItems?: { nodes?: TimelineNode[] }
}

const actorOf = (node: ActorNode | null | undefined): Actor | undefined =>
  node?.login ? { login: String(node.login), type: String(node.__typename ?? 'User') } : undefined

const KINDS: Record<string, Activity['kind']> = {
  IssueComment: 'comment',
  LabeledEvent: 'labeled',
  UnlabeledEvent: 'unlabeled',
  ReopenedEvent: 'reopened',
  RenamedTitleEvent: 'renamed',
  PullRequestReview: 'review',
}

function activityOf(node: TimelineNode): Activity | undefined {
  if (node.__typename === 'PullRequestCommit') {
    const login = node.commit?.author?.user?.login
    const committedDate = node.commit?.committedDate
    if (!committedDate) return undefined
    return { at: committedDate, kind: 'commit', actor: login ? { login, type: 'User' } : undefined }
  }
  const kind = KINDS[node.__typename ?? '']
  if (!kind || !node.createdAt) return undefined
  return {
    at: node.createdAt,
    kind,
    actor: actorOf(node.author ?? node.actor),
    ...(node.label?.name ? { label: String(node.label.name) } : {}),
  }
}

/** A search result node as the decisions read it; undefined for anything that is not an issue or PR. */
export function toLifecycleItem(node: LifecycleNode | null | undefined): LifecycleItem | undefined {
  if (node?.__typename !== 'Issue' && node?.__typename !== 'PullRequest') return undefined
  const timeline: TimelineNode[] = node.timelineItems?.nodes ?? []
  const activities = timeline.map(activityOf).filter((a): a is Activity => !!a)
  if (node.lastEditedAt)
    activities.push({ at: node.lastEditedAt, kind: 'edited', actor: actorOf(node.editor) })
  return {
    number: Number(node.number),
    isPull: node.__typename === 'PullRequest',
    title: String(node.title ?? ''),
    createdAt: String(node.createdAt),
    author: actorOf(node.author),
    labels: (node.labels?.nodes ?? []).map((l) => String(l.name)),
    activities,
    windowFull: timeline.length >= TIMELINE_WINDOW,
  }
}
