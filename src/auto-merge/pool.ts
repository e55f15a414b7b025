// Reading the merge pool from GitHub: one GraphQL selection gives, per PR, everything Tide needs
// (labels, draft, mergeability, head SHA and every check and status on it). Used for the few PRs an
// event names (inside the preflight request) and for sweeps (one paginated query over open PRs).
import { actorLogin } from '../core/loop-guard.js'
import type { Repo } from '../core/context.js'
import type { GitHub } from '../core/github.js'
import { headStatusFrom, STATUS_FIELDS, type HeadStatus } from '../core/review-state.js'
import { normaliseCheck, normaliseStatus, type Context, type PoolPr } from './evaluate.js'

/** A pool PR with the statuses on its head as review state reads them (who wrote each, when). */
export interface PoolCandidate extends PoolPr {
  headStatuses: HeadStatus[]
}

export const PR_FIELDS = `number title state createdAt isDraft headRefOid headRefName baseRefName isCrossRepository mergeable mergeStateStatus
  author { __typename login }
  labels(first: 100) { nodes { name } }
  commits(last: 1) {
    nodes {
      commit {
        oid
        statusCheckRollup {
          contexts(first: 100) {
            nodes {
              __typename
              ... on CheckRun { name status conclusion }
              ... on StatusContext { ${STATUS_FIELDS} }
            }
          }
        }
      }
    }
  }`

/** Selections for specific PRs, aliased `pr<number>`, to ride in the preflight request. */
export function pullRequestFields(numbers: number[]): string {
  return numbers.map((n) => `pr${n}: pullRequest(number: ${Math.trunc(n)}) { ${PR_FIELDS} }`).join('\n')
}

/** The PRs a preflight read with pullRequestFields(numbers), in that order; those that do not exist left out. */
export function pullRequestsOf(repository: Record<string, unknown>, numbers: number[]): PoolPrNode[] {
  return numbers
    .map((n) => repository[`pr${n}`] as PoolPrNode | null | undefined) // selected by pullRequestFields
    .filter((node): node is PoolPrNode => !!node && !!node.number)
}

/** A check run or a status on the head, as PR_FIELDS reads it. */
type ContextNode =
  | { __typename: 'CheckRun'; name: string; status: string; conclusion: string | null }
  | {
      __typename: 'StatusContext'
      context: string
      state: string
      description: string | null
      createdAt: string
      creator: { __typename?: string; login: string } | null
    }

/** A pull request as PR_FIELDS reads it. */
export interface PoolPrNode {
  number: number
  title: string
  state: string
  createdAt: string
  isDraft: boolean
  headRefOid: string
  headRefName: string
  baseRefName: string
  isCrossRepository: boolean
  mergeable: string
  mergeStateStatus: string
  author: { __typename?: string; login: string } | null
  labels?: { nodes?: Array<{ name: string }> }
  commits?: {
    nodes?: Array<{
      commit?: { oid?: string; statusCheckRollup?: { contexts?: { nodes?: ContextNode[] } } | null }
    }>
  }
}

/** A page of `openPullRequestsPage`. */
export interface PoolPage {
  pageInfo: { hasNextPage: boolean; endCursor?: string }
  nodes: PoolPrNode[]
}

export function toPoolPr(node: PoolPrNode): PoolCandidate {
  const rollup = node.commits?.nodes?.[0]?.commit?.statusCheckRollup
  const contexts: Context[] = (rollup?.contexts?.nodes ?? []).map((c): Context =>
    c.__typename === 'CheckRun'
      ? {
          name: c.name,
          kind: 'check',
          state: normaliseCheck(c.status, c.conclusion),
          raw: String(c.conclusion ?? c.status),
        }
      : {
          name: c.context,
          kind: 'status',
          state: normaliseStatus(c.state),
          raw: String(c.state),
          description: c.description,
        },
  )
  return {
    number: node.number,
    title: node.title,
    open: node.state === 'OPEN',
    author: actorLogin(node.author),
    createdAt: node.createdAt,
    isDraft: node.isDraft,
    headSha: node.headRefOid,
    headRef: node.headRefName,
    baseRef: node.baseRefName,
    isCrossRepository: node.isCrossRepository,
    mergeable: node.mergeable,
    mergeStateStatus: node.mergeStateStatus,
    labels: (node.labels?.nodes ?? []).map((l) => l.name),
    contexts,
    // Review state counts only on the head itself.
    headStatuses: (node.commits?.nodes?.[0]?.commit?.oid === node.headRefOid
      ? (rollup?.contexts?.nodes ?? [])
      : []
    )
      .filter((c) => c.__typename === 'StatusContext')
      .map(headStatusFrom),
  }
}

export const SWEEP_PAGE_SIZE = 50

/**
 * A page of open PRs (those based on `base` only, when given), oldest first; the first page (no
 * cursor) rides in the preflight request.
 */
export function openPullRequestsPage(after?: string, base?: string): string {
  const cursor = after ? `, after: ${JSON.stringify(after)}` : ''
  const onBase = base ? `, baseRefName: ${JSON.stringify(base)}` : ''
  return `openPrs: pullRequests(states: [OPEN]${onBase}, first: ${SWEEP_PAGE_SIZE}${cursor}, orderBy: { field: CREATED_AT, direction: ASC }) {
    pageInfo { hasNextPage endCursor }
    nodes { ${PR_FIELDS} }
  }`
}

/** The first page a preflight read with openPullRequestsPage(). */
export const openPrsOf = (repository: Record<string, unknown>): PoolPage => repository.openPrs as PoolPage

/**
 * Every open PR of the repository given the first page already read: one more request per 50 PRs
 * (1,000 PRs: the preflight and 19 more).
 */
export async function sweepOpenPullRequests(
  github: GitHub,
  repo: Repo,
  firstPage: PoolPage,
  base?: string,
): Promise<PoolCandidate[]> {
  const prs: PoolCandidate[] = []
  let page = firstPage
  for (;;) {
    prs.push(...page.nodes.map(toPoolPr))
    if (!page.pageInfo.hasNextPage) return prs
    const query = `query($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    ${openPullRequestsPage(page.pageInfo.endCursor, base)}
  }
}`
    const data = await github.graphql<{ repository: { openPrs: PoolPage } }>(query, {
      owner: repo.owner,
      name: repo.repo,
    })
    page = data.repository.openPrs
  }
}
