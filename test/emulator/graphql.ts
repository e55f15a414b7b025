// GraphQL of the emulator: every query is parsed and validated against GitHub's published schema
// (@octokit/graphql-schema) with graphql@16 and executed over the same in-memory state. Resolvers
// are plain objects with methods (graphql-js calls a function-valued field with its arguments).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSchema, execute, parse, validate, type GraphQLSchema } from 'graphql'
import { ROOT } from './paths.js'
import {
  filesAt,
  isBehind,
  latestStatuses,
  treeOf,
  type GitHubState,
  type Issue,
  type Repository,
  type User,
} from './state.js'

let schema: GraphQLSchema | undefined

export function githubSchema(): GraphQLSchema {
  if (!schema) {
    // The package's ESM entry cannot be required from Jest's VM; its SDL file is the same schema.
    const sdl = readFileSync(join(ROOT, 'node_modules/@octokit/graphql-schema/schema.graphql'), 'utf8')
    schema = buildSchema(sdl, { assumeValidSDL: true })
  }
  return schema
}

/** Extension point: later capabilities add fields to the repository resolver here. */
export type RepositoryResolverExtension = (repo: Repository, state: GitHubState) => Record<string, unknown>
const extensions: RepositoryResolverExtension[] = []
export function extendRepositoryResolver(extension: RepositoryResolverExtension): void {
  extensions.push(extension)
}

function blobAt(repo: Repository, expression: string) {
  const colon = expression.indexOf(':')
  if (colon < 0) return null
  const text = filesAt(repo, expression.slice(0, colon))?.get(expression.slice(colon + 1))
  if (text === undefined) return null
  return {
    __typename: 'Blob',
    text,
    byteSize: Buffer.byteLength(text),
    isBinary: false,
    isTruncated: false,
    oid: 'blob',
  }
}

const prState = (i: Issue) => (i.pull?.merged ? 'MERGED' : i.state === 'open' ? 'OPEN' : 'CLOSED')

/** A GraphQL connection over a list, with opaque cursors (base64 of the index) as GitHub's are. */
function connection<T>(all: T[], args: { first?: number; after?: string }) {
  const start = args.after ? Number(Buffer.from(args.after, 'base64').toString()) + 1 : 0
  const count = Math.min(args.first ?? 100, 100)
  const nodes = all.slice(start, start + count)
  const end = start + nodes.length - 1
  return {
    totalCount: all.length,
    nodes,
    edges: nodes.map((node, i) => ({ node, cursor: Buffer.from(String(start + i)).toString('base64') })),
    pageInfo: {
      hasNextPage: end < all.length - 1,
      endCursor: nodes.length ? Buffer.from(String(end)).toString('base64') : null,
    },
  }
}

/**
 * `timelineItems(last:, itemTypes:)` of an issue or PR: its comments, label/close/reopen events and,
 * on a PR, commits and reviews, oldest first, as the lifecycle sweep reads them. Other arguments
 * are not modelled and fail loudly.
 */
function timelineItems(repo: Repository, issue: Issue, state: GitHubState) {
  return (args: { last?: number; first?: number; after?: string; itemTypes?: string[]; since?: string }) => {
    if (args.first !== undefined || args.after !== undefined || args.since !== undefined)
      throw new Error('emulator timelineItems: only last and itemTypes are modelled')
    const items: Array<{ type: string; at: string; node: Record<string, unknown> }> = []
    for (const c of repo.comments.values())
      if (c.issueNumber === issue.number)
        items.push({
          type: 'ISSUE_COMMENT',
          at: c.createdAt,
          node: {
            __typename: 'IssueComment',
            createdAt: c.createdAt,
            author: actorNode(state, c.user.login),
          },
        })
    const eventTypes = {
      labeled: 'LabeledEvent',
      unlabeled: 'UnlabeledEvent',
      closed: 'ClosedEvent',
      reopened: 'ReopenedEvent',
    }
    for (const e of repo.issueEvents)
      if (e.issueNumber === issue.number) {
        const typename = eventTypes[e.kind]
        items.push({
          type: typename.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(),
          at: e.createdAt,
          node: {
            __typename: typename,
            createdAt: e.createdAt,
            actor: actorNode(state, e.actor),
            ...(e.label ? { label: { __typename: 'Label', name: e.label } } : {}),
          },
        })
      }
    for (const c of issue.pull?.commits ?? []) {
      const at = c.committedAt ?? new Date(Date.parse(issue.createdAt) - 1000).toISOString()
      items.push({
        type: 'PULL_REQUEST_COMMIT',
        at,
        node: {
          __typename: 'PullRequestCommit',
          commit: {
            __typename: 'Commit',
            oid: c.sha,
            committedDate: at,
            author: { __typename: 'GitActor', user: { ...actorNode(state, c.author), __typename: 'User' } },
          },
        },
      })
    }
    for (const r of issue.pull?.reviews ?? []) {
      const at = r.submittedAt ?? issue.createdAt
      items.push({
        type: 'PULL_REQUEST_REVIEW',
        at,
        node: {
          __typename: 'PullRequestReview',
          createdAt: at,
          submittedAt: at,
          author: actorNode(state, r.user),
        },
      })
    }
    const wanted = args.itemTypes ? new Set(args.itemTypes) : undefined
    const list = items
      .filter((i) => !wanted || wanted.has(i.type))
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((i) => i.node)
    const nodes = args.last !== undefined ? list.slice(-Math.min(args.last, 100)) : list.slice(0, 100)
    return {
      __typename: 'IssueTimelineItemsConnection',
      totalCount: list.length,
      filteredCount: list.length,
      nodes,
      pageInfo: { hasNextPage: false, hasPreviousPage: nodes.length < list.length },
    }
  }
}

/** A pull request with what bosun's merge pool reads: labels, mergeability and the head's checks. */
function pullNode(repo: Repository, issue: Issue, state: GitHubState) {
  const p = issue.pull!
  const base = repo.branches.get(p.base.ref)
  const contexts = [
    ...repo.checkRuns
      .filter((c) => c.sha === p.head.sha)
      .map((c) => ({
        __typename: 'CheckRun',
        name: c.name,
        status: c.status.toUpperCase(),
        conclusion: c.conclusion?.toUpperCase() ?? null,
      })),
    ...latestStatuses(repo, p.head.sha).map((s) => ({
      __typename: 'StatusContext',
      context: s.context,
      state: s.state.toUpperCase(),
      description: s.description,
      createdAt: s.createdAt,
      creator: actorNode(state, s.creator),
    })),
  ]
  const rollupState = contexts.length ? 'PENDING' : 'SUCCESS'
  const behind = isBehind(repo, issue)
  return {
    __typename: 'PullRequest',
    id: `PR_${issue.id}`,
    number: issue.number,
    title: issue.title,
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    state: prState(issue),
    isDraft: p.draft,
    author: actorNode(state, issue.user.login),
    lastEditedAt: null,
    editor: null,
    timelineItems: timelineItems(repo, issue, state),
    headRefOid: p.head.sha,
    headRefName: p.head.ref,
    baseRefName: p.base.ref,
    isCrossRepository: p.head.repo.toLowerCase() !== `${repo.owner}/${repo.name}`.toLowerCase(),
    mergeable: p.mergeable === null ? 'UNKNOWN' : p.mergeable ? 'MERGEABLE' : 'CONFLICTING',
    mergeStateStatus:
      p.mergeable === false ? 'DIRTY' : p.mergeable === null ? 'UNKNOWN' : behind ? 'BEHIND' : 'CLEAN',
    labels: (args: { first?: number; after?: string }) =>
      connection(
        issue.labels.map((name) => ({ __typename: 'Label', name })),
        args,
      ),
    commits: (args: { last?: number }) =>
      connection(
        p.commits.slice(-(args.last ?? p.commits.length)).map((c) => ({
          __typename: 'PullRequestCommit',
          commit: {
            __typename: 'Commit',
            oid: c.sha,
            message: c.message,
            // A PR's first commits were made before it was opened (a second before, here).
            committedDate: c.committedAt ?? new Date(Date.parse(issue.createdAt) - 1000).toISOString(),
            statusCheckRollup:
              c.sha === p.head.sha && contexts.length
                ? {
                    __typename: 'StatusCheckRollup',
                    state: rollupState,
                    contexts: (a: { first?: number; after?: string }) => connection(contexts, a),
                  }
                : null,
          },
        })),
        { first: 100 },
      ),
    // GitHub lists changed files up to 3,000, as REST does; changeType is git's status.
    files: (args: { first?: number; after?: string }) =>
      connection(
        p.files.slice(0, 3000).map((f) => ({
          __typename: 'PullRequestChangedFile',
          path: f.filename,
          changeType: { added: 'ADDED', modified: 'MODIFIED', removed: 'DELETED', renamed: 'RENAMED' }[
            f.status
          ],
          additions: f.additions,
          deletions: f.deletions,
        })),
        args,
      ),
    baseRef: base ? { __typename: 'Ref', name: p.base.ref, target: commitNode(base) } : null,
    comments: (args: { first?: number; after?: string }) =>
      connection(
        [...repo.comments.values()]
          .filter((c) => c.issueNumber === issue.number)
          .map((c) => ({
            __typename: 'IssueComment',
            databaseId: c.id,
            body: c.body,
            createdAt: c.createdAt,
            lastEditedAt: c.lastEditedAt ?? null,
            author: actorNode(state, c.user.login),
            editor: c.editor ? actorNode(state, c.editor) : null,
          })),
        args,
      ),
    reviewRequests: (args: { first?: number; after?: string }) =>
      connection(
        [
          ...p.requestedReviewers.map((login) => ({
            __typename: 'ReviewRequest',
            requestedReviewer: { ...actorNode(state, login) },
          })),
          ...p.requestedTeams.map((slug) => ({
            __typename: 'ReviewRequest',
            requestedReviewer: {
              __typename: 'Team',
              slug,
              name: slug,
              combinedSlug: `${repo.owner}/${slug}`,
            },
          })),
        ],
        args,
      ),
    reviews: (args: { first?: number; after?: string }) =>
      connection(
        p.reviews.map((r) => ({
          __typename: 'PullRequestReview',
          databaseId: r.id,
          body: r.body,
          state: r.state.toUpperCase(),
          createdAt: r.submittedAt ?? issue.createdAt,
          submittedAt: r.submittedAt ?? issue.createdAt,
          lastEditedAt: null,
          author: actorNode(state, r.user),
          editor: null,
          commit: { __typename: 'Commit', oid: r.commitId },
        })),
        args,
      ),
  }
}

/** A PR commit by its SHA: its tree and the statuses on it. */
function commitByOid(repo: Repository, state: GitHubState, oid: string) {
  for (const issue of repo.issues.values()) {
    const commit = issue.pull?.commits.find((c) => c.sha === oid)
    if (!commit) continue
    const contexts = latestStatuses(repo, oid).map((s) => ({
      __typename: 'StatusContext',
      context: s.context,
      state: s.state.toUpperCase(),
      description: s.description,
      createdAt: s.createdAt,
      creator: actorNode(state, s.creator),
    }))
    return {
      __typename: 'Commit',
      oid,
      tree: { __typename: 'Tree', oid: treeOf(commit) },
      statusCheckRollup: contexts.length
        ? {
            __typename: 'StatusCheckRollup',
            state: 'PENDING',
            contexts: (a: { first?: number }) => connection(contexts, a),
          }
        : null,
    }
  }
  return null
}

/** A user or bot as GraphQL's `Actor` interface. */
function actorNode(state: GitHubState, login: string) {
  const user = state.users.get(login.toLowerCase())
  // GitHub's GraphQL names a Bot without the `[bot]` suffix that REST and `viewer` carry.
  return user?.type === 'Bot'
    ? { __typename: 'Bot', login: login.replace(/\[bot\]$/i, '') }
    : { __typename: 'User', login }
}

/** A branch tip as a Commit whose `file(path:)` reads the branch's files. */
function commitNode(branch: { sha: string; files: Map<string, string> }) {
  return {
    __typename: 'Commit',
    oid: branch.sha,
    file: ({ path }: { path: string }) => {
      const text = branch.files.get(path)
      if (text === undefined) return null
      return {
        __typename: 'TreeEntry',
        path,
        name: path.split('/').pop(),
        object: {
          __typename: 'Blob',
          text,
          byteSize: Buffer.byteLength(text),
          isBinary: false,
          isTruncated: false,
          oid: 'blob',
        },
      }
    },
  }
}

/** An issue as the dashboard and the lifecycle sweep read it. */
function issueNode(repo: Repository, issue: Issue, state: GitHubState) {
  return {
    __typename: 'Issue',
    id: `I_${issue.id}`,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'open' ? 'OPEN' : 'CLOSED',
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    author: actorNode(state, issue.user.login),
    isPinned: repo.pinnedIssues.includes(issue.number),
    lastEditedAt: null,
    editor: null,
    labels: (args: { first?: number; after?: string }) =>
      connection(
        issue.labels.map((name) => ({ __typename: 'Label', name })),
        args,
      ),
    timelineItems: timelineItems(repo, issue, state),
  }
}

const ISSUE_FILTERS = new Set(['createdBy'])

function repositoryResolver(repo: Repository, state: GitHubState, viewer?: User) {
  return Object.assign(
    {
      __typename: 'Repository',
      id: `R_${repo.id}`,
      name: repo.name,
      nameWithOwner: `${repo.owner}/${repo.name}`,
      object: ({ expression, oid }: { expression?: string; oid?: string }) =>
        expression ? blobAt(repo, expression) : oid ? commitByOid(repo, state, oid) : null,
      defaultBranchRef: { name: repo.defaultBranch, __typename: 'Ref' },
      mergeCommitAllowed: repo.mergeMethods.merge,
      squashMergeAllowed: repo.mergeMethods.squash,
      rebaseMergeAllowed: repo.mergeMethods.rebase,
      // Like GitHub: only a token with push access may list collaborators.
      collaborators: (args: { login?: string; first?: number; after?: string }) => {
        const role = viewer ? repo.collaborators.get(viewer.login.toLowerCase()) : undefined
        if (!role || !['write', 'maintain', 'admin'].includes(role))
          throw new Error('Must have push access to view repository collaborators.')
        const logins = [...repo.collaborators]
          .filter(([login, r]) => r !== 'none' && (!args.login || login === args.login.toLowerCase()))
          .map(([login]) => state.users.get(login))
          .filter((u): u is User => !!u)
          .map(userNode)
        return connection(logins, args)
      },
      pullRequest: ({ number }: { number: number }) => {
        const issue = repo.issues.get(number)
        return issue?.pull ? pullNode(repo, issue, state) : null
      },
      pullRequests: (args: {
        states?: string[]
        baseRefName?: string
        first?: number
        after?: string
        orderBy?: { field: string; direction: string }
      }) => {
        let list = [...repo.issues.values()].filter(
          (i) =>
            i.pull &&
            (!args.states || args.states.includes(prState(i))) &&
            (args.baseRefName === undefined || i.pull.base.ref === args.baseRefName),
        )
        list.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.number - b.number)
        if (args.orderBy?.direction === 'DESC') list = list.reverse()
        return connection(
          list.map((i) => pullNode(repo, i, state)),
          args,
        )
      },
      // Plain issues only (GitHub's `issues` connection never lists pull requests).
      issues: (args: {
        states?: string[]
        first?: number
        after?: string
        orderBy?: { field: string; direction: string }
        filterBy?: Record<string, unknown>
      }) => {
        // `viewerSubscribed` defaults to false in the schema, so graphql-js always fills it in.
        for (const [key, value] of Object.entries(args.filterBy ?? {}))
          if (!ISSUE_FILTERS.has(key) && !(key === 'viewerSubscribed' && value === false))
            throw new Error(`emulator issues: unsupported filterBy.${key}`)
        if (args.orderBy && args.orderBy.field !== 'CREATED_AT')
          throw new Error(`emulator issues: unsupported orderBy ${args.orderBy.field}`)
        const createdBy = args.filterBy?.createdBy as string | undefined
        let list = [...repo.issues.values()]
          .filter((i) => !i.pull)
          .filter((i) => !args.states || args.states.includes(i.state === 'open' ? 'OPEN' : 'CLOSED'))
          .filter((i) => !createdBy || i.user.login.toLowerCase() === createdBy.toLowerCase())
        list.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.number - b.number)
        if (args.orderBy?.direction === 'DESC') list = list.reverse()
        return connection(
          list.map((i) => issueNode(repo, i, state)),
          args,
        )
      },
      pinnedIssues: (args: { first?: number; after?: string }) =>
        connection(
          repo.pinnedIssues.map((n) => ({
            __typename: 'PinnedIssue',
            id: `PIN_${n}`,
            issue: issueNode(repo, repo.issues.get(n)!, state),
          })),
          args,
        ),
      label: ({ name }: { name: string }) => {
        const label = repo.labels.get(name.toLowerCase())
        return label
          ? { __typename: 'Label', name: label.name, color: label.color, description: label.description }
          : null
      },
    },
    ...extensions.map((e) => e(repo, state)),
  )
}

/** A search query's terms: `key:value`, `key:"quoted value"`, `-key:value` (negated), bare words. */
function searchTerms(query: string) {
  const terms: Array<{ negated: boolean; key: string; value: string }> = []
  for (const [, sign, key = '', value = '', bare] of query.matchAll(/(-?)([a-z-]+):("[^"]*"|\S+)|(\S+)/g)) {
    if (bare !== undefined) throw new Error(`emulator search: bare words are not modelled (${bare})`)
    terms.push({ negated: sign === '-', key, value: value.replace(/^"|"$/g, '') })
  }
  return terms
}

/** `created:<2026-01-01T00:00:00Z` and the other comparisons GitHub allows on dates. */
function dateMatches(at: string, value: string): boolean {
  const [, comparison, date] = /^(<=|>=|<|>)?(\d{4}-\d\d-\d\d(?:T\d\d:\d\d:\d\dZ)?)$/.exec(value) ?? []
  if (date === undefined) throw new Error(`emulator search: unsupported date ${value}`)
  const [t, bound] = [Date.parse(at), Date.parse(date)]
  switch (comparison) {
    case '<':
      return t < bound
    case '<=':
      return t <= bound
    case '>':
      return t > bound
    case '>=':
      return t >= bound
    default:
      return at.slice(0, date.length) === date
  }
}

/**
 * Issue search over the state, as GitHub's: `repo:`, `is:pr|issue|open|closed`, `author:`,
 * `label:` (and `-label:`), `created:` and `updated:` comparisons, `sort:created|updated-asc|desc`;
 * paginated with `first`/`after`. Anything else fails the request.
 */
function searchIssues(
  state: GitHubState,
  args: { query: string; type: string; first?: number; after?: string },
  canSee: (repo: Repository) => boolean,
) {
  if (args.type !== 'ISSUE') throw new Error(`emulator search supports type ISSUE, not ${args.type}`)
  const terms = searchTerms(args.query)
  let sort: { field: 'createdAt' | 'updatedAt'; desc: boolean } | undefined
  const matches = [...state.repos.values()].filter(canSee).flatMap((repo) =>
    [...repo.issues.values()]
      .filter((issue) =>
        terms.every(({ negated, key, value }) => {
          const hit = (() => {
            switch (key) {
              case 'repo':
                return `${repo.owner}/${repo.name}`.toLowerCase() === value.toLowerCase()
              case 'is':
                if (value === 'pr') return !!issue.pull
                if (value === 'issue') return !issue.pull
                if (value === 'open' || value === 'closed') return issue.state === value
                throw new Error(`emulator search: unsupported is:${value}`)
              case 'author':
                return issue.user.login.toLowerCase() === value.toLowerCase()
              case 'label':
                return issue.labels.some((l) => l.toLowerCase() === value.toLowerCase())
              case 'created':
                return dateMatches(issue.createdAt, value)
              case 'updated':
                return dateMatches(issue.updatedAt, value)
              case 'sort': {
                const m = /^(created|updated)-(asc|desc)$/.exec(value)
                if (!m || negated) throw new Error(`emulator search: unsupported sort:${value}`)
                sort = { field: m[1] === 'created' ? 'createdAt' : 'updatedAt', desc: m[2] === 'desc' }
                return true
              }
              default:
                throw new Error(`emulator search: unsupported qualifier ${key}:${value}`)
            }
          })()
          return negated ? !hit : hit
        }),
      )
      .map((issue) => ({ repo, issue })),
  )
  // GitHub's default order is best match; newest first stands in for it.
  const order = sort ?? { field: 'createdAt', desc: true }
  matches.sort(
    (a, b) =>
      (order.desc ? -1 : 1) * a.issue[order.field].localeCompare(b.issue[order.field]) ||
      a.issue.number - b.issue.number,
  )
  // Like GitHub, a search never yields more than 1,000 results.
  const reachable = matches.slice(0, 1000)
  const page = connection(
    reachable.map(({ repo, issue }) =>
      issue.pull ? pullNode(repo, issue, state) : issueNode(repo, issue, state),
    ),
    { first: args.first ?? 0, after: args.after },
  )
  return {
    __typename: 'SearchResultItemConnection',
    issueCount: matches.length,
    nodes: page.nodes,
    edges: page.edges,
    pageInfo: page.pageInfo,
  }
}

/** Discussion mutations issue-translate uses; each checks the node exists as GitHub would. */
function discussionMutations(state: GitHubState, viewer: User) {
  const find = (id: string) => {
    for (const repo of state.repos.values()) {
      const d = repo.discussions.get(id)
      if (d) return d
    }
    throw new Error(`Could not resolve to a node with the global id of '${id}'`)
  }
  const findComment = (id: string) => {
    for (const repo of state.repos.values()) {
      for (const d of repo.discussions.values()) {
        const c = d.comments.find((x) => x.id === id)
        if (c) return c
      }
    }
    throw new Error(`Could not resolve to a node with the global id of '${id}'`)
  }
  return {
    addDiscussionComment: ({
      input,
    }: {
      input: { discussionId: string; body: string; replyToId?: string }
    }) => {
      const d = find(input.discussionId)
      if (input.replyToId) findComment(input.replyToId)
      const comment = {
        id: `DC_${d.comments.length + 1}_${d.id}`,
        body: input.body,
        author: viewer.login,
        replyTo: input.replyToId,
      }
      d.comments.push(comment)
      return { comment: { __typename: 'DiscussionComment', id: comment.id, body: comment.body } }
    },
    updateDiscussion: ({ input }: { input: { discussionId: string; body?: string; title?: string } }) => {
      const d = find(input.discussionId)
      if (input.body !== undefined) d.body = input.body
      if (input.title) d.title = input.title
      return { discussion: { __typename: 'Discussion', id: d.id, title: d.title, body: d.body } }
    },
    updateDiscussionComment: ({ input }: { input: { commentId: string; body: string } }) => {
      const c = findComment(input.commentId)
      c.body = input.body
      return { comment: { __typename: 'DiscussionComment', id: c.id, body: c.body } }
    },
  }
}

/** `pinIssue`: like GitHub, plain issues only, at most three per repository, and push access needed. */
function pinMutations(state: GitHubState, viewer: User) {
  return {
    pinIssue: ({ input }: { input: { issueId: string } }) => {
      for (const repo of state.repos.values()) {
        const issue = [...repo.issues.values()].find((i) => `I_${i.id}` === input.issueId && !i.pull)
        if (!issue) continue
        const role = repo.collaborators.get(viewer.login.toLowerCase())
        if (!role || !['write', 'maintain', 'admin'].includes(role))
          throw new Error(`${viewer.login} does not have the correct permissions to execute \`PinIssue\``)
        if (!repo.pinnedIssues.includes(issue.number)) {
          if (repo.pinnedIssues.length >= 3) throw new Error('Repository already has 3 pinned issues')
          repo.pinnedIssues.push(issue.number)
        }
        return { issue: issueNode(repo, issue, state) }
      }
      throw new Error(`Could not resolve to a node with the global id of '${input.issueId}'`)
    },
  }
}

const REACTION_CONTENT: Record<string, string> = {
  '+1': 'THUMBS_UP',
  '-1': 'THUMBS_DOWN',
  laugh: 'LAUGH',
  confused: 'CONFUSED',
  heart: 'HEART',
  hooray: 'HOORAY',
  rocket: 'ROCKET',
  eyes: 'EYES',
}

/** `node(id:)` for what bosun reacts to: issue comments (`IC_`), issues (`I_`) and PRs (`PR_`). */
function reactableNode(state: GitHubState, viewer: User, id: string) {
  for (const repo of state.repos.values()) {
    let subject: string | undefined
    let typename = 'IssueComment'
    if (id.startsWith('IC_') && repo.comments.has(Number(id.slice(3)))) subject = `comment:${id.slice(3)}`
    // Review comments are not stored apart from their reactions: any id of the form is one.
    if (/^PRRC_\d+$/.test(id)) {
      subject = `review-comment:${id.slice(5)}`
      typename = 'PullRequestReviewComment'
    }
    for (const issue of repo.issues.values()) {
      if (id === `I_${issue.id}` || id === `PR_${issue.id}`) {
        subject = `issue:${issue.number}`
        typename = issue.pull ? 'PullRequest' : 'Issue'
      }
    }
    if (!subject) continue
    const reactions = repo.reactions.filter((r) => r.subject === subject)
    const contents = [...new Set(reactions.map((r) => r.content))]
    return {
      __typename: typename,
      id,
      reactionGroups: contents.map((content) => ({
        __typename: 'ReactionGroup',
        content: REACTION_CONTENT[content] ?? content.toUpperCase(),
        viewerHasReacted: reactions.some((r) => r.content === content && r.user.login === viewer.login),
      })),
    }
  }
  throw new Error(`Could not resolve to a node with the global id of '${id}'`)
}

const userNode = (u: User) => ({ __typename: 'User', login: u.login, id: `U_${u.id}`, databaseId: u.id })

export interface GraphqlResult {
  body: { data?: unknown; errors?: Array<{ message: string }> }
  violations: string[]
}

export async function runGraphql(
  state: GitHubState,
  viewer: User,
  request: { query?: string; variables?: Record<string, unknown> },
  /** Which repositories the credential reaches (an installation token's grant); all when absent. */
  canSee: (repo: Repository) => boolean = () => true,
): Promise<GraphqlResult> {
  if (typeof request.query !== 'string') {
    return {
      body: { errors: [{ message: 'A query attribute must be specified' }] },
      violations: ['GraphQL request without a query'],
    }
  }
  let document
  try {
    document = parse(request.query)
  } catch (error) {
    const message = (error as Error).message
    return { body: { errors: [{ message }] }, violations: [`GraphQL syntax error: ${message}`] }
  }
  const problems = validate(githubSchema(), document)
  if (problems.length) {
    return {
      body: { errors: problems.map((p) => ({ message: p.message })) },
      violations: problems.map((p) => `GraphQL query rejected by GitHub's schema: ${p.message}`),
    }
  }
  const rootValue = {
    ...discussionMutations(state, viewer),
    ...pinMutations(state, viewer),
    viewer: () => userNode(viewer),
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = state.repos.get(`${owner}/${name}`.toLowerCase())
      if (repo && !canSee(repo))
        throw new Error(`Could not resolve to a Repository with the name '${owner}/${name}'.`)
      return repo ? repositoryResolver(repo, state, viewer) : null
    },
    search: (args: { query: string; type: string; first?: number; after?: string }) =>
      searchIssues(state, args, canSee),
    user: ({ login }: { login: string }) => {
      const u = state.users.get(login.toLowerCase())
      return u ? userNode(u) : null
    },
    node: ({ id }: { id: string }) => reactableNode(state, viewer, id),
  }
  const result = await execute({
    schema: githubSchema(),
    document,
    rootValue,
    variableValues: request.variables,
  })
  const errors = result.errors?.map((e) => ({ message: e.message }))
  return {
    body: { data: result.data ?? null, ...(errors?.length ? { errors } : {}) },
    // A repository the credential cannot see is GitHub's answer, not an emulator gap.
    violations: (errors ?? [])
      .filter((e) => !e.message.startsWith('Could not resolve to a Repository'))
      .map((e) => `GraphQL execution error (emulator gap or bad query): ${e.message}`),
  }
}
