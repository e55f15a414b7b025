// The emulator's in-memory GitHub: repositories with files on branches, issues and PRs sharing one
// number space, labels, comments, reactions, reviews, collaborators, statuses, checks and workflow
// runs. Tests build scenarios with the helpers here and assert on the resulting state.
import { createHash } from 'node:crypto'

export interface User {
  login: string
  id: number
  type: 'User' | 'Bot' | 'Organization'
}

export interface Label {
  id: number
  name: string
  color: string
  description: string | null
}

export interface Comment {
  id: number
  issueNumber: number
  user: User
  body: string
  createdAt: string
  updatedAt: string
  /** Set by an edit through the API, as GraphQL's `lastEditedAt` and `editor`. */
  lastEditedAt?: string
  editor?: string
}

export interface Reaction {
  id: number
  subject: string
  user: User
  content: string
}

export interface PullFile {
  filename: string
  status: 'added' | 'modified' | 'removed' | 'renamed'
  additions: number
  deletions: number
  previous_filename?: string
  binary?: boolean
}

export interface PullData {
  head: { ref: string; sha: string; repo: string; user: string }
  base: { ref: string; sha: string }
  draft: boolean
  merged: boolean
  mergedSha?: string
  /** When the PR was merged (merged_at); later edits move updated_at but not this. */
  mergedAt?: string
  mergeMethod?: string
  mergeTitle?: string
  /** How many times the branch was updated with its base through the API. */
  updatedBranch?: number
  mergeable: boolean | null
  mergeableState: string
  /** The base branch's files when the PR was opened: the merge base of its 3-way merge. */
  forkFiles?: Map<string, string>
  maintainerCanModify: boolean
  files: PullFile[]
  commits: Array<{
    sha: string
    message: string
    author: string
    merge?: boolean
    committedAt?: string
    /** Tree oid; absent means a tree of its own (`tree-<sha>`). */
    tree?: string
  }>
  requestedReviewers: string[]
  /** Team slugs (of the repository owner's organization) asked to review. */
  requestedTeams: string[]
  reviews: Array<{
    id: number
    user: string
    state: string
    body: string
    commitId: string
    submittedAt?: string
  }>
}

export interface Issue {
  number: number
  id: number
  title: string
  body: string
  user: User
  state: 'open' | 'closed'
  stateReason: string | null
  labels: string[]
  assignees: string[]
  milestone: number | null
  createdAt: string
  updatedAt: string
  pull?: PullData
}

/** An issue event the timeline shows (GraphQL `timelineItems`): who labelled, closed, reopened. */
export interface IssueEvent {
  issueNumber: number
  kind: 'labeled' | 'unlabeled' | 'closed' | 'reopened'
  label?: string
  actor: string
  createdAt: string
}

export interface Milestone {
  number: number
  id: number
  title: string
  state: 'open' | 'closed'
  dueOn?: string | null
}

export interface CommitStatus {
  id: number
  sha: string
  context: string
  state: string
  description: string | null
  targetUrl: string | null
  createdAt: string
  /** Login of whoever wrote the status (GraphQL `StatusContext.creator`). */
  creator: string
}

export interface CheckRun {
  id: number
  sha: string
  name: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: string | null
}

export interface Workflow {
  id: number
  name: string
  path: string
  inputs: string[]
}

export interface WorkflowRun {
  id: number
  workflowId: number
  name: string
  headSha: string
  headBranch: string
  event: string
  status: string
  conclusion: string | null
  reruns: Array<'all' | 'failed'>
  createdAt?: string
  /** Run of a PR from a fork: only those can be approved through the API (others answer 403). */
  fromFork?: boolean
  /** Set when approved through the API after waiting (`conclusion: action_required`). */
  approved?: boolean
}

export interface Branch {
  sha: string
  files: Map<string, string>
}

export interface Repository {
  id: number
  owner: string
  name: string
  private: boolean
  defaultBranch: string
  branches: Map<string, Branch>
  labels: Map<string, Label>
  issues: Map<number, Issue>
  comments: Map<number, Comment>
  reactions: Reaction[]
  collaborators: Map<string, string>
  milestones: Map<number, Milestone>
  statuses: CommitStatus[]
  checkRuns: CheckRun[]
  workflows: Workflow[]
  workflowRuns: WorkflowRun[]
  dispatches: Array<{ workflow: string; ref: string; inputs: Record<string, unknown> }>
  /** Team memberships, `org/team` → logins. */
  teams: Map<string, string[]>
  /** Branch protection on the default branch: require PR heads to be up to date before merging. */
  requireUpToDate: boolean
  /** Repository settings: which merge methods the merge button allows (all by default). */
  mergeMethods: { merge: boolean; squash: boolean; rebase: boolean }
  deletedRefs: string[]
  /** Pinned issue numbers in the order they were pinned (GitHub allows three). */
  pinnedIssues: number[]
  discussions: Map<string, Discussion>
  /** Label, close and reopen events of issues and PRs, oldest first. */
  issueEvents: IssueEvent[]
  /** Tags: name → commit SHA (lightweight, as the Git Data API creates them). */
  tags: Map<string, string>
  /** Committer dates of the commits that have one (merge commits, tagged commits). */
  commitDates: Map<string, string>
  releases: Array<{ id: number; tagName: string; name: string; body: string; author: string }>
  /** Tree modes other than a regular file: `120000` (symlink) or `160000` (submodule), by path. */
  modes?: Map<string, '120000' | '160000'>
  /** Files of each commit pushed to a PR head, by SHA: GitHub keeps every commit readable by SHA. */
  commitFiles: Map<string, Map<string, string>>
  /** Git data: blobs, trees (path → content) and commits created through the API. */
  git: {
    blobs: Map<string, string>
    trees: Map<string, Map<string, string>>
    commits: Map<string, GitCommit>
  }
}

export interface GitCommit {
  tree: string
  parents: string[]
  message: string
  author?: { name: string; email: string; date: string }
}

export interface Discussion {
  id: string
  number: number
  title: string
  body: string
  author: string
  comments: Array<{ id: string; body: string; author: string; replyTo?: string }>
}

let counter = 1000
export const nextId = () => ++counter
const now = () => new Date().toISOString()

export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).update(String(nextId())).digest('hex')
}

export const DEFAULT_LABEL_COLOR = 'ededed'

export class GitHubState {
  readonly users = new Map<string, User>()
  readonly repos = new Map<string, Repository>()
  /** Token → login. */
  readonly tokens = new Map<string, string>()

  user(login: string, type: User['type'] = /\[bot\]$/.test(login) ? 'Bot' : 'User'): User {
    const key = login.toLowerCase()
    let user = this.users.get(key)
    if (!user) {
      user = { login, id: nextId(), type }
      this.users.set(key, user)
    }
    return user
  }

  addToken(token: string, login: string): void {
    this.user(login)
    this.tokens.set(token, login)
  }

  createRepo(
    fullName: string,
    options: { defaultBranch?: string; files?: Record<string, string> } = {},
  ): Repository {
    const [owner = '', name = ''] = fullName.split('/')
    this.user(owner)
    const defaultBranch = options.defaultBranch ?? 'main'
    const repo: Repository = {
      id: nextId(),
      owner,
      name,
      private: false,
      defaultBranch,
      branches: new Map(),
      labels: new Map(),
      issues: new Map(),
      comments: new Map(),
      reactions: [],
      collaborators: new Map([[owner.toLowerCase(), 'admin']]),
      milestones: new Map(),
      statuses: [],
      checkRuns: [],
      workflows: [],
      workflowRuns: [],
      dispatches: [],
      teams: new Map(),
      requireUpToDate: false,
      mergeMethods: { merge: true, squash: true, rebase: true },
      deletedRefs: [],
      pinnedIssues: [],
      discussions: new Map(),
      issueEvents: [],
      git: { blobs: new Map(), trees: new Map(), commits: new Map() },
      commitFiles: new Map(),
      tags: new Map(),
      commitDates: new Map(),
      releases: [],
    }
    repo.branches.set(defaultBranch, {
      sha: fakeSha(fullName),
      files: new Map(Object.entries(options.files ?? {})),
    })
    this.repos.set(fullName.toLowerCase(), repo)
    return repo
  }

  repo(fullName: string): Repository {
    const repo = this.repos.get(fullName.toLowerCase())
    if (!repo) throw new Error(`no repository ${fullName} in the emulator`)
    return repo
  }
}

// ---- scenario helpers -------------------------------------------------------------------------

export function setFile(repo: Repository, branch: string, path: string, content: string | null): string {
  const b = repo.branches.get(branch)
  if (!b) throw new Error(`no branch ${branch}`)
  if (content === null) b.files.delete(path)
  else b.files.set(path, content)
  b.sha = fakeSha(`${branch}:${path}`)
  return b.sha
}

export function addLabel(
  repo: Repository,
  name: string,
  color = DEFAULT_LABEL_COLOR,
  description: string | null = null,
): Label {
  const label = { id: nextId(), name, color, description }
  repo.labels.set(name.toLowerCase(), label)
  return label
}

export function addCollaborator(
  state: GitHubState,
  repo: Repository,
  login: string,
  permission: string,
): void {
  state.user(login)
  repo.collaborators.set(login.toLowerCase(), permission)
}

function nextNumber(repo: Repository): number {
  return repo.issues.size + 1
}

export function createIssue(
  state: GitHubState,
  repo: Repository,
  options: { title?: string; body?: string; author: string; labels?: string[] },
): Issue {
  const number = nextNumber(repo)
  for (const l of options.labels ?? []) if (!repo.labels.has(l.toLowerCase())) addLabel(repo, l)
  const issue: Issue = {
    number,
    id: nextId(),
    title: options.title ?? `Issue ${number}`,
    body: options.body ?? '',
    user: state.user(options.author),
    state: 'open',
    stateReason: null,
    labels: [...(options.labels ?? [])],
    assignees: [],
    milestone: null,
    createdAt: now(),
    updatedAt: now(),
  }
  repo.issues.set(number, issue)
  return issue
}

export function createPull(
  state: GitHubState,
  repo: Repository,
  options: {
    title?: string
    body?: string
    author: string
    labels?: string[]
    files?: Array<Partial<PullFile> & { filename: string }>
    draft?: boolean
    headRef?: string
    /** A fork's full name, when the PR comes from one. */
    headRepo?: string
    commits?: string[]
    mergeable?: boolean | null
    maintainerCanModify?: boolean
    /** Contents the head changes (null deletes); `files` defaults to these paths. */
    headFiles?: Record<string, string | null>
  },
): Issue {
  const issue = createIssue(state, repo, options)
  const headRef = options.headRef ?? `feature-${issue.number}`
  const base = repo.branches.get(repo.defaultBranch)!
  const headSha = fakeSha(`head-${issue.number}`)
  const headFiles = withChanges(base.files, options.headFiles ?? {})
  repo.commitFiles.set(headSha, headFiles)
  if (!options.headRepo) repo.branches.set(headRef, { sha: headSha, files: new Map(headFiles) })
  issue.pull = {
    head: {
      ref: headRef,
      sha: headSha,
      repo: options.headRepo ?? `${repo.owner}/${repo.name}`,
      user: options.author,
    },
    base: { ref: repo.defaultBranch, sha: base.sha },
    draft: options.draft ?? false,
    merged: false,
    mergeable: options.mergeable === undefined ? true : options.mergeable,
    mergeableState: options.mergeable === false ? 'dirty' : 'clean',
    forkFiles: new Map(base.files),
    maintainerCanModify: options.maintainerCanModify ?? false,
    files: (
      options.files ??
      (options.headFiles ? changedFiles(base.files, options.headFiles) : [{ filename: 'README.md' }])
    ).map((f) => ({
      status: 'modified',
      additions: 1,
      deletions: 0,
      ...f,
    })),
    commits: (options.commits ?? [options.title ?? 'change']).map((message, i) => ({
      sha: i === (options.commits?.length ?? 1) - 1 ? headSha : fakeSha(message),
      message,
      author: options.author,
    })),
    requestedReviewers: [],
    requestedTeams: [],
    reviews: [],
  }
  return issue
}

export function addComment(
  state: GitHubState,
  repo: Repository,
  issueNumber: number,
  author: string,
  body: string,
): Comment {
  const comment: Comment = {
    id: nextId(),
    issueNumber,
    user: state.user(author),
    body,
    createdAt: now(),
    updatedAt: now(),
  }
  repo.comments.set(comment.id, comment)
  return comment
}

export function recordIssueEvent(
  repo: Repository,
  issueNumber: number,
  kind: IssueEvent['kind'],
  actor: string,
  label?: string,
): IssueEvent {
  const event: IssueEvent = { issueNumber, kind, actor, createdAt: now(), ...(label ? { label } : {}) }
  repo.issueEvents.push(event)
  return event
}

export const treeOf = (commit: { sha: string; tree?: string }) => commit.tree ?? `tree-${commit.sha}`

/** A push to a PR's head; `sameTree` models a rebase or amend that leaves the files as they were. */
export function pushCommit(
  repo: Repository,
  issue: Issue,
  message = 'more work',
  options: { sameTree?: boolean; files?: Record<string, string | null> } = {},
): string {
  const pull = issue.pull!
  const sha = fakeSha(`push-${issue.number}`)
  const previous = pull.commits[pull.commits.length - 1]
  const tree = options.sameTree && previous ? treeOf(previous) : undefined
  const sameRepo = pull.head.repo.toLowerCase() === `${repo.owner}/${repo.name}`.toLowerCase()
  const branch = sameRepo ? repo.branches.get(pull.head.ref) : undefined
  const before =
    repo.commitFiles.get(pull.head.sha) ??
    branch?.files ??
    repo.branches.get(pull.base.ref)?.files ??
    new Map()
  const after = withChanges(before, options.files ?? {})
  repo.commitFiles.set(sha, after)
  if (options.files) {
    const base = repo.branches.get(pull.base.ref)?.files ?? new Map<string, string>()
    const changed = changedFiles(base, options.files)
    pull.files = [
      ...pull.files.filter((f) => !changed.some((c) => c.filename === f.filename)),
      ...changed.map((f) => ({ ...f, deletions: 0 })),
    ]
  }
  pull.head.sha = sha
  pull.commits.push({ sha, message, author: pull.head.user, committedAt: now(), ...(tree ? { tree } : {}) })
  if (branch) {
    branch.sha = sha
    if (options.files) branch.files = new Map(after)
  }
  return sha
}

function withChanges(
  files: Map<string, string>,
  changes: Record<string, string | null>,
): Map<string, string> {
  const result = new Map(files)
  for (const [path, content] of Object.entries(changes))
    if (content === null) result.delete(path)
    else result.set(path, content)
  return result
}

/** The PR file entries for changes against the base: added, modified or removed. */
function changedFiles(
  base: Map<string, string>,
  changes: Record<string, string | null>,
): Array<Pick<PullFile, 'filename' | 'status' | 'additions' | 'deletions'>> {
  const lines = (text: string | undefined) => (text ? text.split('\n').filter(Boolean).length : 0)
  return Object.entries(changes).map(([filename, content]) => ({
    filename,
    status: content === null ? 'removed' : base.has(filename) ? 'modified' : 'added',
    additions: lines(content ?? undefined),
    deletions: content === null ? lines(base.get(filename)) : 0,
  }))
}

/**
 * The files at a revision, as `git rev-parse` finds it: a branch name (`HEAD` is the default
 * branch), a branch tip's SHA, a pushed commit's SHA, or a tree or commit made through the API.
 */
export function filesAt(repo: Repository, rev: string): Map<string, string> | undefined {
  const name = rev.replace(/^(refs\/)?heads\//, '')
  const branch =
    repo.branches.get(name === 'HEAD' ? repo.defaultBranch : name) ??
    [...repo.branches.values()].find((b) => b.sha === rev)
  if (branch) return branch.files
  const pushed = repo.commitFiles.get(rev)
  if (pushed) return pushed
  if (repo.git.trees.has(rev)) return repo.git.trees.get(rev)
  const commit = repo.git.commits.get(rev)
  return commit ? repo.git.trees.get(commit.tree) : undefined
}

export function addMilestone(
  repo: Repository,
  title: string,
  state: 'open' | 'closed' = 'open',
  dueOn: string | null = null,
): Milestone {
  const milestone = { number: repo.milestones.size + 1, id: nextId(), title, state, dueOn }
  repo.milestones.set(milestone.number, milestone)
  return milestone
}

/** A workflow file on the default branch plus its registration (id, name, dispatch inputs). */
export function addWorkflow(repo: Repository, file: string, name: string, inputs: string[] = []): Workflow {
  const path = `.github/workflows/${file}`
  const inputYaml = inputs.map((i) => `      ${i}:\n        required: false\n`).join('')
  setFile(
    repo,
    repo.defaultBranch,
    path,
    `name: ${name}\non:\n  push:\n  workflow_dispatch:\n${inputs.length ? `    inputs:\n${inputYaml}` : ''}jobs: {}\n`,
  )
  const workflow = { id: nextId(), name, path, inputs }
  repo.workflows.push(workflow)
  return workflow
}

export function addWorkflowRun(
  repo: Repository,
  workflow: Workflow,
  headSha: string,
  conclusion: string | null,
  options: { event?: string; branch?: string; fromFork?: boolean } = {},
): WorkflowRun {
  const run: WorkflowRun = {
    id: nextId(),
    workflowId: workflow.id,
    name: workflow.name,
    headSha,
    headBranch: options.branch ?? 'feature',
    event: options.event ?? 'pull_request',
    status: conclusion === null ? 'in_progress' : 'completed',
    conclusion,
    reruns: [],
    ...(options.fromFork ? { fromFork: true } : {}),
  }
  repo.workflowRuns.push(run)
  return run
}

export function addCheckRun(
  repo: Repository,
  sha: string,
  name: string,
  conclusion: string | null,
  status?: CheckRun['status'],
): CheckRun {
  const run: CheckRun = {
    id: nextId(),
    sha,
    name,
    status: status ?? (conclusion === null ? 'in_progress' : 'completed'),
    conclusion,
  }
  repo.checkRuns.push(run)
  return run
}

export function addStatus(
  repo: Repository,
  sha: string,
  context: string,
  state: string,
  description: string | null = null,
  creator = 'ci-bot',
): CommitStatus {
  const status: CommitStatus = {
    id: nextId(),
    sha,
    context,
    state,
    description,
    targetUrl: null,
    createdAt: new Date().toISOString(),
    creator,
  }
  repo.statuses.push(status)
  return status
}

/** The newest status per context for a commit, as GitHub's combined status shows. */
export function latestStatuses(repo: Repository, sha: string): CommitStatus[] {
  const latest = new Map<string, CommitStatus>()
  for (const s of repo.statuses) if (s.sha === sha) latest.set(s.context, s)
  return [...latest.values()]
}

/** Whether a PR's base has moved since its head was based on it. */
export function isBehind(repo: Repository, issue: Issue): boolean {
  const base = repo.branches.get(issue.pull!.base.ref)
  return !!base && base.sha !== issue.pull!.base.sha
}

export function createDiscussion(repo: Repository, author: string, title: string, body: string): Discussion {
  const d: Discussion = {
    id: `D_${nextId()}`,
    number: repo.discussions.size + 1,
    title,
    body,
    author,
    comments: [],
  }
  repo.discussions.set(d.id, d)
  return d
}

/** A lightweight tag on a commit dated `date` (the previous release, for release notes). */
export function addTag(repo: Repository, name: string, sha: string, date: string): void {
  repo.tags.set(name, sha)
  repo.commitDates.set(sha, date)
}

/** Marks a PR merged into its base at `mergedAt`, as the merge button would. */
export function markMerged(repo: Repository, pr: Issue, mergedAt: string): void {
  const p = pr.pull!
  p.merged = true
  p.mergedAt = mergedAt
  p.mergedSha = fakeSha(`merge-${pr.number}`)
  repo.commitDates.set(p.mergedSha, mergedAt)
  pr.state = 'closed'
  pr.updatedAt = mergedAt
}

// ---- git history: commit objects, merge bases, 3-way merges (merges API, cherry-picks) ----------

/** Records a commit object with its own tree (a snapshot of `files`). */
export function recordCommit(
  repo: Repository,
  sha: string,
  files: Map<string, string>,
  parents: string[],
  message: string,
  author?: GitCommit['author'],
): GitCommit {
  // Content-addressed, as git's trees are: the same files give the same tree SHA.
  const tree = createHash('sha1')
    .update(JSON.stringify([...files].sort(([a], [b]) => (a < b ? -1 : 1))))
    .digest('hex')
  repo.git.trees.set(tree, new Map(files))
  const commit: GitCommit = { tree, parents, message, ...(author ? { author } : {}) }
  repo.git.commits.set(sha, commit)
  return commit
}

/**
 * The commit object for a SHA. Branch heads the scenario helpers set have none until asked: then
 * one is recorded with the branch's files and no known parents (history before it is not modelled).
 */
export function commitObject(repo: Repository, sha: string): GitCommit | undefined {
  const known = repo.git.commits.get(sha)
  if (known) return known
  const branch = [...repo.branches.values()].find((b) => b.sha === sha)
  return branch ? recordCommit(repo, sha, branch.files, [], 'commit') : undefined
}

export function commitFilesOf(repo: Repository, sha: string): Map<string, string> | undefined {
  const commit = commitObject(repo, sha)
  return commit ? repo.git.trees.get(commit.tree) : undefined
}

/** The nearest common ancestor, breadth first over the recorded parents (enough for test histories). */
export function mergeBase(repo: Repository, a: string, b: string): string | undefined {
  const ancestorsOfA = new Set<string>()
  for (let queue = [a]; queue.length;) {
    const sha = queue.shift()!
    if (ancestorsOfA.has(sha)) continue
    ancestorsOfA.add(sha)
    queue.push(...(commitObject(repo, sha)?.parents ?? []))
  }
  const seen = new Set<string>()
  for (let queue = [b]; queue.length;) {
    const sha = queue.shift()!
    if (ancestorsOfA.has(sha)) return sha
    if (seen.has(sha)) continue
    seen.add(sha)
    queue.push(...(commitObject(repo, sha)?.parents ?? []))
  }
  return undefined
}

/**
 * A 3-way merge of file maps. Simplified to whole files where git merges lines: a file both sides
 * changed (or deleted) differently is a conflict even when git could merge its hunks. On a conflict
 * `files` keeps our side.
 */
export function threeWayMerge(
  base: Map<string, string>,
  ours: Map<string, string>,
  theirs: Map<string, string>,
): { files: Map<string, string>; conflicts: string[] } {
  const files = new Map(ours)
  const conflicts: string[] = []
  for (const path of new Set([...base.keys(), ...ours.keys(), ...theirs.keys()])) {
    const [b, o, t] = [base.get(path), ours.get(path), theirs.get(path)]
    if (o === t || t === b) continue
    if (o !== b) {
      conflicts.push(path)
      continue
    }
    if (t === undefined) files.delete(path)
    else files.set(path, t)
  }
  return { files, conflicts: conflicts.sort() }
}

const personOf = (login: string, date = new Date().toISOString()) => ({
  name: login,
  email: `${login}@example.com`,
  date,
})

/**
 * Merges a PR into its base as the merge button does: the base gets the head branch's changes since
 * the PR was opened (on a clash the head wins: whether the button works is the scenario's
 * `mergeable`). `merge` makes a commit with parents [base, head], `squash` one with parent [base],
 * `rebase` one commit per PR commit on top of the base (each carrying the final tree: the PR's
 * intermediate trees are not modelled). A fork's head has no files here, so it changes nothing.
 */
export function mergePull(
  repo: Repository,
  pr: Issue,
  method: 'merge' | 'squash' | 'rebase' = 'merge',
  title?: string,
): string {
  const p = pr.pull!
  const base = repo.branches.get(p.base.ref)!
  const before = base.sha
  commitObject(repo, before)
  const sameRepo = p.head.repo.toLowerCase() === `${repo.owner}/${repo.name}`.toLowerCase()
  const headFiles = (sameRepo && repo.branches.get(p.head.ref)?.files) || base.files
  if (!repo.git.commits.has(p.head.sha))
    recordCommit(repo, p.head.sha, headFiles, [p.base.sha], p.commits.at(-1)?.message ?? pr.title)
  const { files, conflicts } = threeWayMerge(p.forkFiles ?? base.files, base.files, headFiles)
  for (const path of conflicts) {
    const content = headFiles.get(path)
    if (content === undefined) files.delete(path)
    else files.set(path, content)
  }
  const at = new Date().toISOString()
  let sha = before
  if (method === 'rebase') {
    for (const c of p.commits) {
      const parent = sha
      sha = fakeSha(`rebase-${pr.number}`)
      recordCommit(repo, sha, files, [parent], c.message, personOf(c.author, c.committedAt))
    }
  } else {
    sha = fakeSha(`merge-${pr.number}`)
    const message =
      method === 'merge'
        ? `Merge pull request #${pr.number} from ${p.head.repo.split('/')[0]}/${p.head.ref}\n\n${pr.title}`
        : `${title ?? `${pr.title} (#${pr.number})`}\n\n${p.commits.map((c) => `* ${c.message}`).join('\n')}`
    recordCommit(
      repo,
      sha,
      files,
      method === 'merge' ? [before, p.head.sha] : [before],
      message,
      personOf(pr.user.login, at),
    )
  }
  base.sha = sha
  base.files = new Map(files)
  p.merged = true
  p.mergedSha = sha
  p.mergedAt = at
  p.mergeMethod = method
  p.mergeTitle = title
  repo.commitDates.set(sha, at)
  pr.state = 'closed'
  pr.updatedAt = at
  return sha
}

/** A branch `name` at `from`'s head, with its files (a release branch cut from main). */
export function createBranch(repo: Repository, name: string, from = repo.defaultBranch): Branch {
  const source = repo.branches.get(from)
  if (!source) throw new Error(`no branch ${from}`)
  commitObject(repo, source.sha)
  const branch = { sha: source.sha, files: new Map(source.files) }
  repo.branches.set(name, branch)
  return branch
}
