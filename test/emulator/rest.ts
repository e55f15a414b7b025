// REST handlers of the emulator, keyed by GitHub's operationId. Response bodies follow GitHub's
// shapes for the fields bosun (and Octokit) read. An operation without a handler is a violation.
import {
  addLabel,
  createIssue,
  DEFAULT_LABEL_COLOR,
  fakeSha,
  filesAt,
  nextId,
  type Comment,
  type GitHubState,
  type Issue,
  type Label,
  type Repository,
  type User,
  type WorkflowRun,
  commitFilesOf,
  commitObject,
  isBehind,
  recordIssueEvent,
  mergeBase,
  mergePull,
  recordCommit,
  threeWayMerge,
  type GitCommit,
} from './state.js'

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

export interface RestRequest {
  state: GitHubState
  params: Record<string, string>
  query: URLSearchParams
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any
  user: User
  baseUrl: string
  accept: string
}

export interface RestResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** Raw text body (e.g. `application/vnd.github.raw`). */
  text?: string
}

type Handler = (req: RestRequest) => RestResponse

// ---- serializers ------------------------------------------------------------------------------

export const userJson = (u: User, baseUrl: string) => ({
  login: u.login,
  id: u.id,
  node_id: `U_${u.id}`,
  type: u.type,
  site_admin: false,
  url: `${baseUrl}/users/${u.login}`,
  html_url: `https://github.com/${u.login}`,
})

const labelJson = (l: Label) => ({
  id: l.id,
  node_id: `LA_${l.id}`,
  name: l.name,
  color: l.color,
  description: l.description,
  default: false,
})

export function repoJson(r: Repository, req: Pick<RestRequest, 'state' | 'baseUrl'>) {
  return {
    id: r.id,
    node_id: `R_${r.id}`,
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    owner: userJson(req.state.user(r.owner), req.baseUrl),
    private: r.private,
    default_branch: r.defaultBranch,
    html_url: `https://github.com/${r.owner}/${r.name}`,
  }
}

function issueJson(r: Repository, i: Issue, req: RestRequest) {
  const base = `${req.baseUrl}/repos/${r.owner}/${r.name}`
  return {
    id: i.id,
    node_id: `I_${i.id}`,
    number: i.number,
    title: i.title,
    body: i.body,
    user: userJson(i.user, req.baseUrl),
    state: i.state,
    state_reason: i.stateReason,
    labels: i.labels.map((n) =>
      labelJson(findLabel(r, n) ?? { id: 0, name: n, color: DEFAULT_LABEL_COLOR, description: null }),
    ),
    assignees: i.assignees.map((a) => userJson(req.state.user(a), req.baseUrl)),
    assignee: i.assignees[0] ? userJson(req.state.user(i.assignees[0]), req.baseUrl) : null,
    milestone: i.milestone ? milestoneJson(r.milestones.get(i.milestone)!) : null,
    comments: [...r.comments.values()].filter((c) => c.issueNumber === i.number).length,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    html_url: `https://github.com/${r.owner}/${r.name}/${i.pull ? 'pull' : 'issues'}/${i.number}`,
    url: `${base}/issues/${i.number}`,
    author_association: 'NONE',
    ...(i.pull ? { pull_request: { url: `${base}/pulls/${i.number}` } } : {}),
  }
}

const notCollaborator = (r: Repository) =>
  new HttpError(
    422,
    `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${r.owner}/${r.name} repository.`,
  )

function teamJson(r: Repository, slug: string, baseUrl: string) {
  return {
    id: nextId(),
    node_id: `T_${slug}`,
    slug,
    name: slug,
    description: null,
    privacy: 'closed',
    permission: 'pull',
    url: `${baseUrl}/orgs/${r.owner}/teams/${slug}`,
    html_url: `https://github.com/orgs/${r.owner}/teams/${slug}`,
    members_url: `${baseUrl}/orgs/${r.owner}/teams/${slug}/members{/member}`,
    repositories_url: `${baseUrl}/orgs/${r.owner}/teams/${slug}/repos`,
    parent: null,
  }
}

function pullJson(r: Repository, i: Issue, req: RestRequest) {
  const p = i.pull!
  const additions = p.files.reduce((n, f) => n + f.additions, 0)
  const deletions = p.files.reduce((n, f) => n + f.deletions, 0)
  const [headOwner = '', headName] = p.head.repo.split('/')
  return {
    ...issueJson(r, i, req),
    node_id: `PR_${i.id}`,
    draft: p.draft,
    merged: p.merged,
    merged_at: p.merged ? (p.mergedAt ?? i.updatedAt) : null,
    merge_commit_sha: p.mergedSha ?? null,
    mergeable: p.mergeable,
    mergeable_state: p.mergeableState,
    maintainer_can_modify: p.maintainerCanModify,
    additions,
    deletions,
    changed_files: p.files.length,
    commits: p.commits.length,
    requested_reviewers: p.requestedReviewers.map((l) => userJson(req.state.user(l), req.baseUrl)),
    requested_teams: p.requestedTeams.map((slug) => teamJson(r, slug, req.baseUrl)),
    head: {
      ref: p.head.ref,
      sha: p.head.sha,
      label: `${headOwner}:${p.head.ref}`,
      user: userJson(req.state.user(headOwner), req.baseUrl),
      repo: {
        ...repoJson(r, req),
        name: headName,
        full_name: p.head.repo,
        owner: userJson(req.state.user(headOwner), req.baseUrl),
        fork: p.head.repo !== `${r.owner}/${r.name}`,
      },
    },
    base: { ref: p.base.ref, sha: p.base.sha, label: `${r.owner}:${p.base.ref}`, repo: repoJson(r, req) },
  }
}

function commentJson(r: Repository, c: Comment, req: RestRequest) {
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    user: userJson(c.user, req.baseUrl),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    html_url: `https://github.com/${r.owner}/${r.name}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${req.baseUrl}/repos/${r.owner}/${r.name}/issues/${c.issueNumber}`,
    author_association: 'NONE',
  }
}

const milestoneJson = (m: {
  number: number
  id: number
  title: string
  state: string
  dueOn?: string | null
}) => ({
  id: m.id,
  number: m.number,
  title: m.title,
  state: m.state,
  due_on: m.dueOn ?? null,
})

// ---- helpers ----------------------------------------------------------------------------------

export function findLabel(r: Repository, name: string): Label | undefined {
  return r.labels.get(name.toLowerCase())
}

/** A path parameter of the operation's route (the router matched it, so it is there). */
function param(req: RestRequest, name: string): string {
  const value = req.params[name]
  if (value === undefined) throw new Error(`emulator: route has no {${name}} parameter`)
  return value
}

function repoOf(req: RestRequest): Repository {
  const repo = req.state.repos.get(`${req.params.owner}/${req.params.repo}`.toLowerCase())
  if (!repo) throw new HttpError(404, 'Not Found')
  return repo
}

function issueOf(req: RestRequest, r = repoOf(req)): Issue {
  const n = Number(req.params.issue_number ?? req.params.pull_number)
  const issue = r.issues.get(n)
  if (!issue) throw new HttpError(404, 'Not Found')
  return issue
}

function pullOf(req: RestRequest, r = repoOf(req)): Issue {
  const issue = issueOf(req, r)
  if (!issue.pull) throw new HttpError(404, 'Not Found')
  return issue
}

function canWrite(req: RestRequest, r: Repository): boolean {
  return ['admin', 'maintain', 'write'].includes(r.collaborators.get(req.user.login.toLowerCase()) ?? '')
}

/** Writes need push access, as GitHub's would for a bot token. */
function requireWrite(req: RestRequest, r: Repository): void {
  if (!canWrite(req, r)) throw new HttpError(403, 'Resource not accessible by personal access token')
}

/** Pages a list the way GitHub does: per_page (max 100), page, and a Link header. */
function paged<T>(req: RestRequest, items: T[], path: string): RestResponse {
  const perPage = Math.min(Number(req.query.get('per_page') ?? 30) || 30, 100)
  const page = Math.max(Number(req.query.get('page') ?? 1) || 1, 1)
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const headers: Record<string, string> = {}
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  if (page < last) {
    const q = new URLSearchParams(req.query)
    q.set('per_page', String(perPage))
    q.set('page', String(page + 1))
    const next = `${req.baseUrl}${path}?${q}`
    q.set('page', String(last))
    headers.link = `<${next}>; rel="next", <${req.baseUrl}${path}?${q}>; rel="last"`
  }
  return { status: 200, body: slice, headers }
}

const touch = (i: Issue) => (i.updatedAt = new Date().toISOString())

// ---- handlers ---------------------------------------------------------------------------------

export const handlers: Record<string, Handler> = {
  'users/get-authenticated': (req) => ({ status: 200, body: userJson(req.user, req.baseUrl) }),

  'users/get-by-username': (req) => {
    const u = req.state.users.get(param(req, 'username').toLowerCase())
    if (!u) throw new HttpError(404, 'Not Found')
    return { status: 200, body: userJson(u, req.baseUrl) }
  },

  'repos/get': (req) => ({ status: 200, body: repoJson(repoOf(req), req) }),

  'repos/get-content': (req) => {
    const r = repoOf(req)
    const ref = req.query.get('ref') ?? r.defaultBranch
    const content = snapshotOf(r, ref)?.get(param(req, 'path'))
    if (content === undefined) throw new HttpError(404, 'Not Found')
    if (req.accept.includes('raw')) return { status: 200, text: content }
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: 'base64',
        size: Buffer.byteLength(content),
        name: param(req, 'path').split('/').pop(),
        path: req.params.path,
        content: Buffer.from(content).toString('base64'),
        sha: fakeSha(content),
      },
    }
  },

  // 204 for anyone with access (any role), 404 otherwise, as GitHub answers.
  'repos/check-collaborator': (req) => {
    const r = repoOf(req)
    const role = r.collaborators.get(param(req, 'username').toLowerCase())
    if (!role || role === 'none') throw new HttpError(404, 'Not Found')
    return { status: 204 }
  },

  'repos/get-collaborator-permission-level': (req) => {
    const r = repoOf(req)
    const user = req.state.users.get(param(req, 'username').toLowerCase())
    if (!user) throw new HttpError(404, 'Not Found')
    const role = r.collaborators.get(user.login.toLowerCase()) ?? 'none'
    const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role
    return {
      status: 200,
      body: { permission, role_name: role === 'none' ? 'read' : role, user: userJson(user, req.baseUrl) },
    }
  },

  // ---- issues ----
  'issues/get': (req) => {
    const r = repoOf(req)
    return { status: 200, body: issueJson(r, issueOf(req, r), req) }
  },

  'issues/update': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const issue = issueOf(req, r)
    const b = req.body ?? {}
    if (typeof b.title === 'string') issue.title = b.title
    if (typeof b.body === 'string') issue.body = b.body
    if ((b.state === 'open' || b.state === 'closed') && b.state !== issue.state)
      recordIssueEvent(r, issue.number, b.state === 'closed' ? 'closed' : 'reopened', req.user.login)
    if (b.state === 'open' || b.state === 'closed') {
      issue.state = b.state
      issue.stateReason =
        b.state === 'closed' ? (b.state_reason ?? 'completed') : (b.state_reason ?? 'reopened')
    }
    if (b.milestone !== undefined) {
      if (b.milestone !== null && !r.milestones.has(Number(b.milestone))) {
        throw new HttpError(422, 'Validation Failed', {
          errors: [{ resource: 'Issue', field: 'milestone', code: 'invalid' }],
        })
      }
      issue.milestone = b.milestone === null ? null : Number(b.milestone)
    }
    touch(issue)
    return { status: 200, body: issueJson(r, issue, req) }
  },

  'issues/list-labels-on-issue': (req) => {
    const r = repoOf(req)
    const issue = issueOf(req, r)
    return paged(
      req,
      issue.labels.map((n) => labelJson(findLabel(r, n)!)),
      `/repos/${r.owner}/${r.name}/issues/${issue.number}/labels`,
    )
  },

  'issues/add-labels': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const issue = issueOf(req, r)
    const raw = Array.isArray(req.body) ? req.body : (req.body?.labels ?? [])
    for (const item of raw) {
      const name = typeof item === 'string' ? item : item.name
      // Like GitHub: a label that does not exist yet is created with the default colour.
      const label = findLabel(r, name) ?? addLabel(r, name)
      if (!issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) {
        issue.labels.push(label.name)
        recordIssueEvent(r, issue.number, 'labeled', req.user.login, label.name)
      }
    }
    touch(issue)
    return { status: 200, body: issue.labels.map((n) => labelJson(findLabel(r, n)!)) }
  },

  'issues/remove-label': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const issue = issueOf(req, r)
    const index = issue.labels.findIndex((l) => l.toLowerCase() === param(req, 'name').toLowerCase())
    if (index < 0) throw new HttpError(404, 'Label does not exist')
    recordIssueEvent(r, issue.number, 'unlabeled', req.user.login, issue.labels[index])
    issue.labels.splice(index, 1)
    touch(issue)
    return { status: 200, body: issue.labels.map((n) => labelJson(findLabel(r, n)!)) }
  },

  'issues/get-label': (req) => {
    const label = findLabel(repoOf(req), param(req, 'name'))
    if (!label) throw new HttpError(404, 'Not Found')
    return { status: 200, body: labelJson(label) }
  },

  'issues/list-labels-for-repo': (req) => {
    const r = repoOf(req)
    return paged(req, [...r.labels.values()].map(labelJson), `/repos/${r.owner}/${r.name}/labels`)
  },

  'issues/create-label': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    if (findLabel(r, req.body.name)) {
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
      })
    }
    const label = addLabel(
      r,
      req.body.name,
      (req.body.color ?? DEFAULT_LABEL_COLOR).replace(/^#/, ''),
      req.body.description ?? null,
    )
    return { status: 201, body: labelJson(label) }
  },

  'issues/update-label': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const label = findLabel(r, param(req, 'name'))
    if (!label) throw new HttpError(404, 'Not Found')
    const oldName = label.name
    if (req.body.new_name) {
      const clash = findLabel(r, req.body.new_name)
      if (clash && clash !== label)
        throw new HttpError(422, 'Validation Failed', { errors: [{ code: 'already_exists' }] })
      r.labels.delete(oldName.toLowerCase())
      label.name = req.body.new_name
      r.labels.set(label.name.toLowerCase(), label)
      // Renaming keeps every issue labelled, as on GitHub.
      for (const issue of r.issues.values())
        issue.labels = issue.labels.map((l) => (l === oldName ? label.name : l))
    }
    if (req.body.color) label.color = req.body.color.replace(/^#/, '')
    if (req.body.description !== undefined) label.description = req.body.description
    return { status: 200, body: labelJson(label) }
  },

  'issues/delete-label': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const label = findLabel(r, param(req, 'name'))
    if (!label) throw new HttpError(404, 'Not Found')
    r.labels.delete(label.name.toLowerCase())
    for (const issue of r.issues.values()) issue.labels = issue.labels.filter((l) => l !== label.name)
    return { status: 204 }
  },

  'issues/list-comments': (req) => {
    const r = repoOf(req)
    const issue = issueOf(req, r)
    const list = [...r.comments.values()]
      .filter((c) => c.issueNumber === issue.number)
      .map((c) => commentJson(r, c, req))
    return paged(req, list, `/repos/${r.owner}/${r.name}/issues/${issue.number}/comments`)
  },

  'issues/list-for-repo': (req) => {
    const r = repoOf(req)
    const since = req.query.get('since')
    const state = req.query.get('state') ?? 'open'
    const list = [...r.issues.values()]
      .filter((i) => (state === 'all' || i.state === state) && (!since || i.updatedAt >= since))
      .map((i) => issueJson(r, i, req))
    return paged(req, list, `/repos/${r.owner}/${r.name}/issues`)
  },

  // Anyone may open an issue; labels and assignees need push access (GitHub drops them silently
  // otherwise, which bosun never relies on, so the emulator refuses to model that).
  'issues/create': (req) => {
    const r = repoOf(req)
    const b = req.body ?? {}
    if (typeof b.title !== 'string' || !b.title.trim())
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }],
      })
    if (typeof b.body === 'string' && b.body.length > 65536)
      throw new HttpError(422, 'Body is too long (maximum is 65536 characters)')
    if (b.labels !== undefined || b.assignees !== undefined || b.milestone !== undefined)
      throw new Error('emulator issues/create: labels, assignees and milestone are not modelled')
    const issue = createIssue(req.state, r, {
      author: req.user.login,
      title: b.title,
      body: typeof b.body === 'string' ? b.body : '',
    })
    return { status: 201, body: issueJson(r, issue, req) }
  },

  'issues/create-comment': (req) => {
    const r = repoOf(req)
    const issue = issueOf(req, r)
    if (req.body.body.length > 65536)
      throw new HttpError(422, 'Body is too long (maximum is 65536 characters)')
    const at = new Date().toISOString()
    const comment: Comment = {
      id: nextId(),
      issueNumber: issue.number,
      user: req.user,
      body: req.body.body,
      createdAt: at,
      updatedAt: at,
    }
    r.comments.set(comment.id, comment)
    touch(issue) // a comment moves the issue's updated_at, as on GitHub
    return { status: 201, body: commentJson(r, comment, req) }
  },

  'issues/update-comment': (req) => {
    const r = repoOf(req)
    const comment = r.comments.get(Number(req.params.comment_id))
    if (!comment) throw new HttpError(404, 'Not Found')
    if (comment.user.login !== req.user.login) requireWrite(req, r)
    comment.body = req.body.body
    comment.updatedAt = new Date().toISOString()
    comment.lastEditedAt = comment.updatedAt
    comment.editor = req.user.login
    return { status: 200, body: commentJson(r, comment, req) }
  },

  'issues/get-comment': (req) => {
    const r = repoOf(req)
    const comment = r.comments.get(Number(req.params.comment_id))
    if (!comment) throw new HttpError(404, 'Not Found')
    return { status: 200, body: commentJson(r, comment, req) }
  },

  // ---- reactions ----
  'reactions/create-for-issue-comment': (req) => react(req, `comment:${req.params.comment_id}`),
  'reactions/create-for-issue': (req) => react(req, `issue:${req.params.issue_number}`),
  'reactions/create-for-pull-request-review-comment': (req) =>
    react(req, `review-comment:${req.params.comment_id}`),

  // ---- pulls ----
  'pulls/get': (req) => {
    const r = repoOf(req)
    return { status: 200, body: pullJson(r, pullOf(req, r), req) }
  },

  'pulls/list-files': (req) => {
    const r = repoOf(req)
    const pr = pullOf(req, r)
    // Like GitHub, the list stops at 3,000 files.
    const files = pr.pull!.files.slice(0, 3000).map((f) => ({
      sha: fakeSha(f.filename),
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
      ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
      ...(f.binary ? {} : { patch: '@@ -1 +1 @@' }),
    }))
    return paged(req, files, `/repos/${r.owner}/${r.name}/pulls/${pr.number}/files`)
  },

  'pulls/list-commits': (req) => {
    const r = repoOf(req)
    const pr = pullOf(req, r)
    const commits = pr.pull!.commits.map((c, i, all) => ({
      sha: c.sha,
      commit: { message: c.message, author: { name: c.author, email: `${c.author}@example.com` } },
      author: userJson(req.state.user(c.author), req.baseUrl),
      parents: [
        { sha: all[i - 1]?.sha ?? pr.pull!.base.sha },
        ...(c.merge ? [{ sha: pr.pull!.base.sha }] : []),
      ],
    }))
    return paged(req, commits, `/repos/${r.owner}/${r.name}/pulls/${pr.number}/commits`)
  },

  // ---- people ----
  'issues/add-assignees': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const issue = issueOf(req, r)
    // Like GitHub: users who cannot be assigned (unknown, or without access) are silently dropped.
    for (const login of req.body.assignees ?? []) {
      const user = req.state.users.get(String(login).toLowerCase())
      const assignable =
        user &&
        (r.collaborators.has(user.login.toLowerCase()) ||
          issue.user.login === user.login ||
          [...r.comments.values()].some((c) => c.issueNumber === issue.number && c.user.login === user.login))
      if (assignable && !issue.assignees.includes(user.login) && issue.assignees.length < 10)
        issue.assignees.push(user.login)
    }
    touch(issue)
    return { status: 201, body: issueJson(r, issue, req) }
  },

  'issues/remove-assignees': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const issue = issueOf(req, r)
    const drop = new Set((req.body.assignees ?? []).map((l: string) => l.toLowerCase()))
    issue.assignees = issue.assignees.filter((a) => !drop.has(a.toLowerCase()))
    touch(issue)
    return { status: 200, body: issueJson(r, issue, req) }
  },

  'pulls/request-reviewers': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const pr = pullOf(req, r)
    for (const login of req.body.reviewers ?? []) {
      const user = req.state.users.get(String(login).toLowerCase())
      if (!user || !r.collaborators.has(user.login.toLowerCase())) throw notCollaborator(r)
      if (user.login.toLowerCase() === pr.user.login.toLowerCase()) {
        throw new HttpError(422, 'Review cannot be requested from pull request author.')
      }
    }
    // Team slugs name teams of the repository owner's organization; one unknown refuses them all.
    const teams = (req.body.team_reviewers ?? []).map((t: string) => String(t).toLowerCase())
    if (teams.some((t: string) => !r.teams.has(`${r.owner}/${t}`.toLowerCase()))) throw notCollaborator(r)
    for (const login of req.body.reviewers ?? []) {
      const user = req.state.users.get(String(login).toLowerCase())!
      if (!pr.pull!.requestedReviewers.includes(user.login)) pr.pull!.requestedReviewers.push(user.login)
    }
    for (const t of teams) if (!pr.pull!.requestedTeams.includes(t)) pr.pull!.requestedTeams.push(t)
    return { status: 201, body: pullJson(r, pr, req) }
  },

  'pulls/remove-requested-reviewers': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const pr = pullOf(req, r)
    const drop = new Set((req.body.reviewers ?? []).map((l: string) => l.toLowerCase()))
    const teams = new Set((req.body.team_reviewers ?? []).map((t: string) => String(t).toLowerCase()))
    if ([...teams].some((t) => !r.teams.has(`${r.owner}/${t}`.toLowerCase())))
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'PullRequest', field: 'team_reviewers', code: 'invalid' }],
      })
    pr.pull!.requestedReviewers = pr.pull!.requestedReviewers.filter((l) => !drop.has(l.toLowerCase()))
    pr.pull!.requestedTeams = pr.pull!.requestedTeams.filter((t) => !teams.has(t))
    return { status: 200, body: pullJson(r, pr, req) }
  },

  'teams/get-membership-for-user-in-org': (req) => {
    const members = [...req.state.repos.values()].flatMap(
      (r) => r.teams.get(`${req.params.org}/${req.params.team_slug}`.toLowerCase()) ?? [],
    )
    if (!members.some((m) => m.toLowerCase() === param(req, 'username').toLowerCase()))
      throw new HttpError(404, 'Not Found')
    return {
      status: 200,
      body: {
        state: 'active',
        role: 'member',
        url: `${req.baseUrl}/orgs/${req.params.org}/teams/${req.params.team_slug}/memberships/${req.params.username}`,
      },
    }
  },

  // ---- milestones ----
  'issues/list-milestones': (req) => {
    const r = repoOf(req)
    const state = req.query.get('state') ?? 'open'
    const list = [...r.milestones.values()]
      .filter((m) => state === 'all' || m.state === state)
      .map(milestoneJson)
    return paged(req, list, `/repos/${r.owner}/${r.name}/milestones`)
  },

  // ---- actions ----
  'actions/list-workflow-runs-for-repo': (req) => {
    const r = repoOf(req)
    const sha = req.query.get('head_sha')
    // `status` matches a run's status or its conclusion (`action_required` is a conclusion).
    const status = req.query.get('status')
    const runs = r.workflowRuns
      .filter((w) => !sha || w.headSha === sha)
      .filter((w) => !status || w.status === status || w.conclusion === status)
      .map((w) => workflowRunJson(r, w, req))
    const response = paged(req, runs, `/repos/${r.owner}/${r.name}/actions/runs`)
    return { ...response, body: { total_count: runs.length, workflow_runs: response.body } }
  },

  'actions/approve-workflow-run': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const run = r.workflowRuns.find((w) => w.id === Number(req.params.run_id))
    if (!run) throw new HttpError(404, 'Not Found')
    // GitHub approves only runs of fork PRs that wait for approval; anything else is a 403.
    if (run.conclusion !== 'action_required')
      throw new HttpError(403, 'This run is not waiting for approval.')
    if (!run.fromFork) throw new HttpError(403, 'This run is not from a fork pull request.')
    run.approved = true
    run.status = 'queued'
    run.conclusion = null
    return { status: 201, body: {} }
  },

  'actions/re-run-workflow-failed-jobs': (req) => rerun(req, 'failed'),
  'actions/re-run-workflow': (req) => rerun(req, 'all'),

  'actions/create-workflow-dispatch': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const id = req.params.workflow_id
    const workflow = r.workflows.find((w) => String(w.id) === id || w.path.split('/').pop() === id)
    if (!workflow) throw new HttpError(404, 'Not Found')
    const extra = Object.keys(req.body.inputs ?? {}).filter((k) => !workflow.inputs.includes(k))
    if (extra.length) throw new HttpError(422, `Unexpected inputs provided: ${JSON.stringify(extra)}`)
    if (!r.branches.has(req.body.ref)) throw new HttpError(422, `No ref found for: ${req.body.ref}`)
    r.dispatches.push({ workflow: workflow.path, ref: req.body.ref, inputs: req.body.inputs ?? {} })
    const run: WorkflowRun = {
      id: nextId(),
      workflowId: workflow.id,
      name: workflow.name,
      headSha: r.branches.get(req.body.ref)!.sha,
      headBranch: req.body.ref,
      event: 'workflow_dispatch',
      status: 'queued',
      conclusion: null,
      reruns: [],
      createdAt: new Date().toISOString(),
    }
    r.workflowRuns.push(run)
    if (!req.body.return_run_details) return { status: 204 }
    return {
      status: 200,
      body: {
        workflow_run_id: run.id,
        run_url: `${req.baseUrl}/repos/${r.owner}/${r.name}/actions/runs/${run.id}`,
        html_url: `https://github.com/${r.owner}/${r.name}/actions/runs/${run.id}`,
      },
    }
  },

  'issues/list-comments-for-repo': (req) => {
    const r = repoOf(req)
    const since = req.query.get('since')
    const list = [...r.comments.values()]
      .filter((c) => !since || c.updatedAt >= since)
      .sort((a, b) => a.id - b.id)
      .map((c) => commentJson(r, c, req))
    if ((req.query.get('direction') ?? 'asc') === 'desc') list.reverse()
    return paged(req, list, `/repos/${r.owner}/${r.name}/issues/comments`)
  },

  // ---- tags and releases ----
  'repos/list-tags': (req) => {
    const r = repoOf(req)
    const list = [...r.tags.entries()]
      .sort(([a], [b]) => b.localeCompare(a))
      .map(([name, sha]) => ({
        name,
        commit: { sha, url: `${req.baseUrl}/repos/${r.owner}/${r.name}/commits/${sha}` },
        zipball_url: `${req.baseUrl}/repos/${r.owner}/${r.name}/zipball/${name}`,
        tarball_url: `${req.baseUrl}/repos/${r.owner}/${r.name}/tarball/${name}`,
        node_id: `REF_${name}`,
      }))
    return paged(req, list, `/repos/${r.owner}/${r.name}/tags`)
  },

  'repos/get-commit': (req) => {
    const r = repoOf(req)
    const sha = r.tags.get(param(req, 'ref')) ?? r.branches.get(param(req, 'ref'))?.sha ?? param(req, 'ref')
    const date = r.commitDates.get(sha)
    // Commits the scenario gave no date are not modelled: fail loudly rather than invent one.
    if (!date) throw new HttpError(422, `No commit found for SHA: ${req.params.ref}`)
    const person = { name: 'emulator', email: 'emulator@example.invalid', date }
    return {
      status: 200,
      body: {
        sha,
        node_id: `C_${sha}`,
        url: `${req.baseUrl}/repos/${r.owner}/${r.name}/commits/${sha}`,
        html_url: `https://github.com/${r.owner}/${r.name}/commit/${sha}`,
        comments_url: `${req.baseUrl}/repos/${r.owner}/${r.name}/commits/${sha}/comments`,
        commit: {
          url: `${req.baseUrl}/repos/${r.owner}/${r.name}/git/commits/${sha}`,
          author: person,
          committer: person,
          message: 'commit',
          tree: { sha: fakeSha('tree'), url: '' },
          comment_count: 0,
        },
        author: null,
        committer: null,
        parents: [],
      },
    }
  },

  'repos/create-release': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const tagName = String(req.body.tag_name)
    if (r.releases.some((x) => x.tagName === tagName))
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      })
    // Without the tag, GitHub would create it from target_commitish; bosun always tags first.
    if (!r.tags.has(tagName)) throw new HttpError(422, `emulator: tag ${tagName} does not exist`)
    const release = {
      id: nextId(),
      tagName,
      name: String(req.body.name ?? tagName),
      body: String(req.body.body ?? ''),
      author: req.user.login,
    }
    r.releases.push(release)
    return {
      status: 201,
      body: {
        id: release.id,
        tag_name: tagName,
        name: release.name,
        body: release.body,
        draft: false,
        prerelease: false,
        html_url: `https://github.com/${r.owner}/${r.name}/releases/tag/${tagName}`,
        url: `${req.baseUrl}/repos/${r.owner}/${r.name}/releases/${release.id}`,
        author: userJson(req.user, req.baseUrl),
      },
    }
  },

  'pulls/list': (req) => {
    const r = repoOf(req)
    const state = req.query.get('state') ?? 'open'
    const baseRef = req.query.get('base')
    const head = req.query.get('head') // `owner:branch`
    const sort = req.query.get('sort') ?? 'created'
    const direction = req.query.get('direction') ?? (sort === 'created' ? 'desc' : 'asc')
    if (sort !== 'created' && sort !== 'updated') throw new HttpError(422, `emulator: sort=${sort}`)
    const key = (i: Issue) => (sort === 'updated' ? i.updatedAt : i.createdAt)
    const list = [...r.issues.values()]
      .filter((i) => i.pull && (state === 'all' || i.state === state))
      .filter((i) => !baseRef || i.pull!.base.ref === baseRef)
      .filter(
        (i) =>
          !head ||
          `${i.pull!.head.repo.split('/')[0]}:${i.pull!.head.ref}`.toLowerCase() === head.toLowerCase(),
      )
      .sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number)
    if (direction === 'desc') list.reverse()
    return paged(
      req,
      list.map((i) => pullJson(r, i, req)),
      `/repos/${r.owner}/${r.name}/pulls`,
    )
  },

  // ---- merging ----
  'pulls/merge': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const pr = pullOf(req, r)
    const p = pr.pull!
    if (pr.state !== 'open') throw new HttpError(405, 'Pull Request is not mergeable')
    if (p.draft) throw new HttpError(405, 'Pull Request is still a draft')
    if (req.body?.sha && req.body.sha !== p.head.sha)
      throw new HttpError(409, 'Head branch was modified. Review and try the merge again.')
    if (p.mergeable !== true) throw new HttpError(405, 'Pull Request is not mergeable')
    if (r.requireUpToDate && isBehind(r, pr))
      throw new HttpError(405, 'Head branch is not up to date with the base branch')
    const method = (req.body?.merge_method ?? 'merge') as 'merge' | 'squash' | 'rebase'
    if (!r.mergeMethods[method]) {
      const what = { merge: 'Merge commits', squash: 'Squash merges', rebase: 'Rebase merges' }[method]
      throw new HttpError(405, `${what} are not allowed on this repository.`)
    }
    // The merge commit carries the merged tree (state.ts mergePull), so it can be cherry-picked.
    const sha = mergePull(r, pr, method, req.body?.commit_title)
    return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } }
  },

  'pulls/update-branch': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const pr = pullOf(req, r)
    const p = pr.pull!
    if (req.body?.expected_head_sha && req.body.expected_head_sha !== p.head.sha) {
      throw new HttpError(422, 'expected head sha didn’t match current head ref.')
    }
    if (!isBehind(r, pr)) throw new HttpError(422, 'There are no new commits on the base branch.')
    p.base.sha = r.branches.get(p.base.ref)!.sha
    p.head.sha = fakeSha(`update-${pr.number}`)
    p.commits.push({
      sha: p.head.sha,
      message: `Merge branch '${p.base.ref}' into ${p.head.ref}`,
      author: req.user.login,
      merge: true,
    })
    p.updatedBranch = (p.updatedBranch ?? 0) + 1
    return {
      status: 202,
      body: {
        message: 'Updating pull request branch.',
        url: `${req.baseUrl}/repos/${r.owner}/${r.name}/pulls/${pr.number}`,
      },
    }
  },

  'git/delete-ref': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const ref = param(req, 'ref').replace(/^heads\//, '')
    if (!r.branches.delete(ref)) throw new HttpError(422, 'Reference does not exist')
    r.deletedRefs.push(ref)
    return { status: 204 }
  },

  'repos/list-pull-requests-associated-with-commit': (req) => {
    const r = repoOf(req)
    const list = [...r.issues.values()]
      .filter((i) => i.pull && i.pull.head.sha === req.params.commit_sha)
      .map((i) => pullJson(r, i, req))
    return paged(req, list, `/repos/${r.owner}/${r.name}/commits/${req.params.commit_sha}/pulls`)
  },

  // ---- git data (gpt-translate's commits) ----
  'git/get-ref': (req) => {
    const r = repoOf(req)
    if (param(req, 'ref').startsWith('tags/')) {
      const sha = r.tags.get(param(req, 'ref').slice('tags/'.length))
      if (!sha) throw new HttpError(404, 'Not Found')
      return { status: 200, body: { ref: `refs/${req.params.ref}`, object: { sha, type: 'commit' } } }
    }
    const branch = r.branches.get(param(req, 'ref').replace(/^heads\//, ''))
    if (!branch) throw new HttpError(404, 'Not Found')
    return {
      status: 200,
      body: { ref: `refs/${req.params.ref}`, object: { sha: branch.sha, type: 'commit' } },
    }
  },

  'git/get-tree': (req) => {
    const r = repoOf(req)
    const files = snapshotOf(r, param(req, 'tree_sha'))
    if (!files) throw new HttpError(404, 'Not Found')
    const sha = fakeSha(`tree-${req.params.tree_sha}`)
    r.git.trees.set(sha, new Map(files))
    const tree = [...files.entries()].map(([path, content]) => ({
      path,
      mode: r.modes?.get(path) ?? '100644',
      type: r.modes?.get(path) === '160000' ? 'commit' : 'blob',
      sha: fakeSha(content),
      size: Buffer.byteLength(content),
    }))
    return {
      status: 200,
      body: {
        sha,
        url: `${req.baseUrl}/repos/${r.owner}/${r.name}/git/trees/${sha}`,
        tree,
        truncated: false,
      },
    }
  },

  'git/create-blob': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const content =
      req.body.encoding === 'base64'
        ? Buffer.from(req.body.content, 'base64').toString('utf8')
        : req.body.content
    const sha = fakeSha(`blob-${content}`)
    r.git.blobs.set(sha, content)
    return { status: 201, body: { sha, url: `${req.baseUrl}/repos/${r.owner}/${r.name}/git/blobs/${sha}` } }
  },

  'git/create-tree': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const base = req.body.base_tree ? r.git.trees.get(req.body.base_tree) : new Map<string, string>()
    if (!base) throw new HttpError(422, 'base_tree is not a valid tree')
    const files = new Map(base)
    for (const entry of req.body.tree) {
      // GitHub refuses paths with a `.git` component (any case) or empty, `.` or `..` components.
      if (
        String(entry.path)
          .split('/')
          .some((c: string) => ['', '.', '..', '.git'].includes(c.toLowerCase()))
      )
        throw new HttpError(422, 'tree.path contains a malformed path component')
      if (entry.sha === null) files.delete(entry.path)
      else if (entry.content !== undefined) files.set(entry.path, entry.content)
      else {
        const blob = r.git.blobs.get(entry.sha)
        if (blob === undefined) throw new HttpError(422, `tree.sha ${entry.sha} is not a valid blob`)
        files.set(entry.path, blob)
      }
    }
    const sha = fakeSha('tree')
    r.git.trees.set(sha, files)
    return {
      status: 201,
      body: {
        sha,
        url: `${req.baseUrl}/repos/${r.owner}/${r.name}/git/trees/${sha}`,
        tree: [],
        truncated: false,
      },
    }
  },

  'git/create-commit': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    if (!r.git.trees.has(req.body.tree)) throw new HttpError(422, 'Tree SHA does not exist')
    for (const parent of req.body.parents ?? [])
      if (!isKnownCommit(r, parent))
        throw new HttpError(422, 'Parent SHA does not exist or is not a commit object')
    const sha = fakeSha('commit')
    r.git.commits.set(sha, {
      tree: req.body.tree,
      parents: req.body.parents ?? [],
      message: req.body.message,
      ...(req.body.author ? { author: { date: new Date().toISOString(), ...req.body.author } } : {}),
    })
    return {
      status: 201,
      body: {
        sha,
        message: req.body.message,
        tree: { sha: req.body.tree },
        parents: (req.body.parents ?? []).map((p: string) => ({ sha: p })),
      },
    }
  },

  'git/create-ref': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    if (!/^refs\/[^/]+\/./.test(String(req.body.ref)))
      throw new HttpError(422, 'Reference name must start with refs/ and have at least two slashes')
    if (String(req.body.ref).startsWith('refs/tags/')) {
      const tag = String(req.body.ref).slice('refs/tags/'.length)
      if (r.tags.has(tag)) throw new HttpError(422, 'Reference already exists')
      if (!snapshotOf(r, req.body.sha)) throw new HttpError(422, 'Object does not exist')
      r.tags.set(tag, req.body.sha)
      return { status: 201, body: { ref: req.body.ref, object: { sha: req.body.sha, type: 'commit' } } }
    }
    const name = String(req.body.ref).replace(/^refs\/heads\//, '')
    if (r.branches.has(name)) throw new HttpError(422, 'Reference already exists')
    r.branches.set(name, { sha: req.body.sha, files: commitFiles(r, req.body.sha) })
    return { status: 201, body: { ref: `refs/heads/${name}`, object: { sha: req.body.sha, type: 'commit' } } }
  },

  'git/update-ref': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const name = param(req, 'ref').replace(/^heads\//, '')
    const branch = r.branches.get(name)
    if (!branch) throw new HttpError(422, 'Reference does not exist')
    const commit = r.git.commits.get(req.body.sha)
    if (!req.body.force && !commit?.parents.includes(branch.sha))
      throw new HttpError(422, 'Update is not a fast forward')
    branch.files = commitFiles(r, req.body.sha)
    branch.sha = req.body.sha
    // A PR whose head branch moved gets the new head, as on GitHub.
    for (const repo of req.state.repos.values()) {
      for (const issue of repo.issues.values()) {
        const p = issue.pull
        if (p && p.head.ref === name && p.head.repo.toLowerCase() === `${r.owner}/${r.name}`.toLowerCase()) {
          p.head.sha = req.body.sha
          p.commits.push({ sha: req.body.sha, message: commit?.message ?? '', author: req.user.login })
        }
      }
    }
    return { status: 200, body: { ref: `refs/heads/${name}`, object: { sha: req.body.sha, type: 'commit' } } }
  },

  'pulls/create': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    if (!r.branches.has(req.body.head))
      throw new HttpError(422, 'Validation Failed', { errors: [{ field: 'head', code: 'invalid' }] })
    const number = r.issues.size + 1
    const base = r.branches.get(req.body.base)!
    const head = r.branches.get(req.body.head)!
    const files = [...head.files.keys()].filter((p) => head.files.get(p) !== base.files.get(p))
    const at = new Date().toISOString()
    const issue: Issue = {
      number,
      id: nextId(),
      title: req.body.title,
      body: req.body.body ?? '',
      user: req.user,
      state: 'open',
      stateReason: null,
      labels: [],
      assignees: [],
      milestone: null,
      createdAt: at,
      updatedAt: at,
      pull: {
        head: { ref: req.body.head, sha: head.sha, repo: `${r.owner}/${r.name}`, user: req.user.login },
        base: { ref: req.body.base, sha: base.sha },
        draft: !!req.body.draft,
        merged: false,
        mergeable: true,
        mergeableState: 'clean',
        maintainerCanModify: false,
        files: files.map((filename) => ({
          filename,
          status: base.files.has(filename) ? 'modified' : 'added',
          additions: 1,
          deletions: 0,
        })),
        commits: [
          { sha: head.sha, message: r.git.commits.get(head.sha)?.message ?? '', author: req.user.login },
        ],
        requestedReviewers: [],
        requestedTeams: [],
        reviews: [],
      },
    }
    r.issues.set(number, issue)
    return { status: 201, body: pullJson(r, issue, req) }
  },

  // ---- git history: commit objects, the merges API, compare (cherry-picks) ----
  'git/get-commit': (req) => {
    const r = repoOf(req)
    const sha = param(req, 'commit_sha')
    const commit = commitObject(r, sha)
    if (!commit) throw new HttpError(404, 'Not Found')
    return { status: 200, body: gitCommitJson(r, sha, commit, req) }
  },

  // Merges `head` (a branch or SHA) into branch `base` with a real 3-way merge of the files
  // (state.ts threeWayMerge: whole files, not lines). Like GitHub: 204 when base already has head,
  // 409 "Merge conflict" (GitHub names no files), 404 for a missing base or head.
  'repos/merge': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const base = r.branches.get(String(req.body.base))
    if (!base) throw new HttpError(404, 'Base does not exist')
    const headSha = r.branches.get(String(req.body.head))?.sha ?? String(req.body.head)
    const theirs = commitFilesOf(r, headSha)
    if (!theirs) throw new HttpError(404, 'Head does not exist')
    commitObject(r, base.sha)
    const ancestor = mergeBase(r, base.sha, headSha)
    if (ancestor === headSha) return { status: 204 }
    const ancestorFiles = (ancestor && commitFilesOf(r, ancestor)) || new Map<string, string>()
    const { files, conflicts } = threeWayMerge(ancestorFiles, base.files, theirs)
    if (conflicts.length) throw new HttpError(409, 'Merge conflict')
    const sha = fakeSha('merge')
    const message = req.body.commit_message ?? `Merge ${req.body.head} into ${req.body.base}`
    const commit = recordCommit(r, sha, files, [base.sha, headSha], message)
    base.sha = sha
    base.files = new Map(files)
    return { status: 201, body: repoCommitJson(r, sha, commit, req) }
  },

  // `BASE...HEAD` diffs HEAD against the merge base, `BASE..HEAD` against BASE. Only files are listed.
  'repos/compare-commits-with-basehead': (req) => {
    const r = repoOf(req)
    const threeDots = param(req, 'basehead').includes('...')
    const [from = '', to = ''] = param(req, 'basehead').split(threeDots ? '...' : '..')
    const resolve = (ref: string) => r.branches.get(ref)?.sha ?? ref
    const [fromSha, toSha] = [resolve(from), resolve(to)]
    const toFiles = commitFilesOf(r, toSha)
    if (!commitFilesOf(r, fromSha) || !toFiles) throw new HttpError(404, 'Not Found')
    const baseSha = threeDots ? (mergeBase(r, fromSha, toSha) ?? fromSha) : fromSha
    const baseFiles = commitFilesOf(r, baseSha) ?? new Map<string, string>()
    const files = [...new Set([...baseFiles.keys(), ...toFiles.keys()])]
      .filter((path) => baseFiles.get(path) !== toFiles.get(path))
      .sort()
      .map((filename) => ({
        sha: fakeSha(filename),
        filename,
        status: !baseFiles.has(filename) ? 'added' : !toFiles.has(filename) ? 'removed' : 'modified',
        additions: 1,
        deletions: 1,
        changes: 2,
      }))
    return {
      status: 200,
      body: {
        url: `${req.baseUrl}/repos/${r.owner}/${r.name}/compare/${req.params.basehead}`,
        html_url: `https://github.com/${r.owner}/${r.name}/compare/${req.params.basehead}`,
        status: files.length ? 'diverged' : 'identical',
        ahead_by: files.length ? 1 : 0,
        behind_by: 0,
        total_commits: files.length ? 1 : 0,
        base_commit: repoCommitJson(r, fromSha, commitObject(r, fromSha)!, req),
        merge_base_commit: repoCommitJson(r, baseSha, commitObject(r, baseSha)!, req),
        commits: [],
        files,
      },
    }
  },

  // ---- statuses ----
  'repos/create-commit-status': (req) => {
    const r = repoOf(req)
    requireWrite(req, r)
    const status = {
      id: nextId(),
      sha: param(req, 'sha'),
      context: req.body.context ?? 'default',
      state: req.body.state,
      description: req.body.description ?? null,
      targetUrl: req.body.target_url ?? null,
      createdAt: new Date().toISOString(),
      creator: req.user.login,
    }
    r.statuses.push(status)
    return {
      status: 201,
      body: {
        id: status.id,
        state: status.state,
        context: status.context,
        description: status.description,
        target_url: status.targetUrl,
      },
    }
  },
}

/** A commit create-commit may name as a parent: a commit object, a branch head, a PR's commit. */
function isKnownCommit(r: Repository, sha: string): boolean {
  if (commitObject(r, sha)) return true
  return [...r.issues.values()].some(
    (i) => i.pull?.commits.some((c) => c.sha === sha) || i.pull?.mergedSha === sha,
  )
}

function gitCommitJson(r: Repository, sha: string, c: GitCommit, req: RestRequest) {
  const person = c.author ?? {
    name: 'emulator',
    email: 'emulator@example.invalid',
    date: '2026-01-01T00:00:00Z',
  }
  return {
    sha,
    node_id: `C_${sha}`,
    url: `${req.baseUrl}/repos/${r.owner}/${r.name}/git/commits/${sha}`,
    html_url: `https://github.com/${r.owner}/${r.name}/commit/${sha}`,
    author: person,
    committer: person,
    message: c.message,
    tree: { sha: c.tree, url: `${req.baseUrl}/repos/${r.owner}/${r.name}/git/trees/${c.tree}` },
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${req.baseUrl}/repos/${r.owner}/${r.name}/git/commits/${p}`,
      html_url: `https://github.com/${r.owner}/${r.name}/commit/${p}`,
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  }
}

/** The REST `commit` shape (merges API, compare), around the git commit. */
function repoCommitJson(r: Repository, sha: string, c: GitCommit, req: RestRequest) {
  const git = gitCommitJson(r, sha, c, req)
  return {
    sha,
    node_id: git.node_id,
    url: `${req.baseUrl}/repos/${r.owner}/${r.name}/commits/${sha}`,
    html_url: git.html_url,
    comments_url: `${req.baseUrl}/repos/${r.owner}/${r.name}/commits/${sha}/comments`,
    commit: {
      url: git.url,
      author: git.author,
      committer: git.committer,
      message: git.message,
      tree: git.tree,
      comment_count: 0,
    },
    author: null,
    committer: null,
    parents: git.parents.map(({ sha: p, url, html_url }) => ({ sha: p, url, html_url })),
  }
}

/** Files of a branch (by name or head SHA) or of a commit/tree created through the API. */
function snapshotOf(r: Repository, ref: string): Map<string, string> | undefined {
  return filesAt(r, ref)
}

function commitFiles(r: Repository, sha: string): Map<string, string> {
  const files = snapshotOf(r, sha)
  if (!files) throw new HttpError(422, 'Object does not exist')
  return new Map(files)
}

function workflowRunJson(r: Repository, w: WorkflowRun, req: RestRequest) {
  const workflow = r.workflows.find((x) => x.id === w.workflowId)
  return {
    id: w.id,
    name: w.name,
    workflow_id: w.workflowId,
    path: workflow?.path ?? '',
    head_sha: w.headSha,
    head_branch: w.headBranch,
    event: w.event,
    status: w.status,
    conclusion: w.conclusion,
    html_url: `https://github.com/${r.owner}/${r.name}/actions/runs/${w.id}`,
    url: `${req.baseUrl}/repos/${r.owner}/${r.name}/actions/runs/${w.id}`,
  }
}

function rerun(req: RestRequest, kind: 'all' | 'failed'): RestResponse {
  const r = repoOf(req)
  requireWrite(req, r)
  const run = r.workflowRuns.find((w) => w.id === Number(req.params.run_id))
  if (!run) throw new HttpError(404, 'Not Found')
  if (run.status !== 'completed') throw new HttpError(403, 'This workflow is already running')
  run.reruns.push(kind)
  run.status = 'queued'
  run.conclusion = null
  return { status: 201, body: {} }
}

function react(req: RestRequest, subject: string): RestResponse {
  const r = repoOf(req)
  if (subject.startsWith('comment:') && !r.comments.has(Number(subject.slice(8))))
    throw new HttpError(404, 'Not Found')
  const existing = r.reactions.find(
    (x) => x.subject === subject && x.user.login === req.user.login && x.content === req.body.content,
  )
  // GitHub answers 200 with the existing reaction when the same user reacts the same way again.
  if (existing)
    return {
      status: 200,
      body: { id: existing.id, content: existing.content, user: userJson(existing.user, req.baseUrl) },
    }
  const reaction = { id: nextId(), subject, user: req.user, content: req.body.content }
  r.reactions.push(reaction)
  return {
    status: 201,
    body: { id: reaction.id, content: reaction.content, user: userJson(req.user, req.baseUrl) },
  }
}

/** Serializers for building webhook payloads from emulator state (same shapes as the REST answers). */
export function serializers(state: GitHubState, baseUrl: string) {
  const req = { state, baseUrl } as RestRequest
  return {
    user: (login: string) => userJson(state.user(login), baseUrl),
    repo: (r: Repository) => repoJson(r, req),
    issue: (r: Repository, i: Issue) => issueJson(r, i, req),
    pull: (r: Repository, i: Issue) => pullJson(r, i, req),
    comment: (r: Repository, c: Comment) => commentJson(r, c, req),
  }
}
