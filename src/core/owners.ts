// OWNERS and OWNERS_ALIASES in Prow's format, resolved per changed file.
// A user is a reviewer (approver) of a file when listed as reviewer or approver (approver) in the
// OWNERS file of the file's directory or of any parent, up to the first `no_parent_owners`.
// `no_parent_owners` stops the walk only once some OWNERS file on the way named someone of the kind
// asked for (approvers, reviewers, labels): a filtered OWNERS whose filters miss a file falls back to
// the parents, as Prow does. `filters` are RE2 patterns matched against the file's path relative to
// the OWNERS file's directory. Logins are compared case-insensitively with a leading `@` dropped.
import { parse } from 'yaml'
import type { Repo } from './context.js'
import type { GitHub } from './github.js'
import { linearRegex, RegexError, type LinearRegex } from './regex.js'
import { member } from './unknown.js'

export interface OwnersEntry {
  approvers: string[]
  reviewers: string[]
  labels: string[]
}

export interface OwnersFile extends OwnersEntry {
  /** Directory holding the file, '' for the repository root. */
  dir: string
  noParentOwners: boolean
  filters: Array<OwnersEntry & { pattern: LinearRegex }>
}

export class OwnersError extends Error {}

/** What the YAML parser made of a file: narrowed field by field, anything unexpected reading as absent. */
type Raw = unknown

/** Prow's login normalisation: lower case, without a leading `@`. */
export const normLogin = (login: string): string => login.trim().toLowerCase().replace(/^@/, '')

const lowerList = (value: unknown): string[] =>
  Array.isArray(value)
    ? value
        .filter((v) => typeof v === 'string')
        .map(normLogin)
        .filter(Boolean)
    : []

function expand(list: string[], aliases: Map<string, string[]>): string[] {
  return [...new Set(list.flatMap((name) => aliases.get(name) ?? [name]))]
}

export function parseAliases(text: string): Map<string, string[]> {
  const raw: Raw = parse(text) ?? {}
  const aliases = new Map<string, string[]>()
  for (const [name, members] of Object.entries(member(raw, 'aliases') ?? {}))
    aliases.set(normLogin(name), lowerList(members))
  return aliases
}

export function parseOwners(text: string, dir: string, aliases = new Map<string, string[]>()): OwnersFile {
  let raw: Raw
  try {
    raw = parse(text) ?? {}
  } catch (error) {
    throw new OwnersError(`${dir ? dir + '/' : ''}OWNERS is not valid YAML: ${(error as Error).message}`)
  }
  const entry = (r: Raw): OwnersEntry => {
    const labels = member(r, 'labels')
    return {
      approvers: expand(lowerList(member(r, 'approvers')), aliases),
      reviewers: expand(lowerList(member(r, 'reviewers')), aliases),
      labels: Array.isArray(labels) ? labels.map(String) : [],
    }
  }
  const filters: OwnersFile['filters'] = []
  for (const [pattern, value] of Object.entries(member(raw, 'filters') ?? {})) {
    try {
      filters.push({ pattern: linearRegex(pattern), ...entry(value) })
    } catch (error) {
      if (!(error instanceof RegexError)) throw error
      throw new OwnersError(
        `${dir ? dir + '/' : ''}OWNERS has an invalid filter regex ${JSON.stringify(pattern)} (RE2 syntax): ${error.message}`,
      )
    }
  }
  return {
    dir,
    noParentOwners: member(member(raw, 'options'), 'no_parent_owners') === true,
    filters,
    ...entry(raw),
  }
}

/** Directories from a file's own up to the root: 'a/b/c.go' → ['a/b', 'a', '']. */
export function ancestorDirs(path: string): string[] {
  const parts = path.split('/').slice(0, -1)
  const dirs: string[] = []
  for (let i = parts.length; i >= 0; i--) dirs.push(parts.slice(0, i).join('/'))
  return dirs
}

export class OwnersTree {
  constructor(readonly files: Map<string, OwnersFile>) {}

  /** Without any OWNERS file, reviewer and approver both mean collaborator (docs/contract.md). */
  get isEmpty(): boolean {
    return this.files.size === 0
  }

  /**
   * OWNERS entries that apply to a path, nearest first. A `no_parent_owners` file ends the walk only
   * when the entries so far name someone of the kind asked for (Prow's rule).
   */
  private entriesFor(
    path: string,
    kind: (entry: OwnersEntry) => string[],
  ): Array<{ file: OwnersFile; entry: OwnersEntry }> {
    const result: Array<{ file: OwnersFile; entry: OwnersEntry }> = []
    for (const dir of ancestorDirs(path)) {
      const file = this.files.get(dir)
      if (!file) continue
      const relative = dir ? path.slice(dir.length + 1) : path
      result.push({ file, entry: file })
      for (const filter of file.filters)
        if (filter.pattern.test(relative)) result.push({ file, entry: filter })
      if (file.noParentOwners && result.some(({ entry }) => kind(entry).length > 0)) break
    }
    return result
  }

  approversOf(path: string): Set<string> {
    return new Set(this.entriesFor(path, approversKind).flatMap(({ entry }) => entry.approvers))
  }

  /** Approvers count as reviewers. */
  reviewersOf(path: string): Set<string> {
    return new Set(
      this.entriesFor(path, reviewersKind).flatMap(({ entry }) => [...entry.reviewers, ...entry.approvers]),
    )
  }

  labelsOf(path: string): string[] {
    return [...new Set(this.entriesFor(path, labelsKind).flatMap(({ entry }) => entry.labels))]
  }

  /** The nearest OWNERS file naming approvers for a path: the one whose approval the file waits on. */
  ownersFileOf(path: string): string | undefined {
    const hit = this.entriesFor(path, approversKind).find(({ entry }) => entry.approvers.length > 0)
    return hit ? (hit.file.dir ? `${hit.file.dir}/OWNERS` : 'OWNERS') : undefined
  }

  isApproverOf(login: string, path: string): boolean {
    return this.approversOf(path).has(normLogin(login))
  }

  isReviewerOf(login: string, path: string): boolean {
    return this.reviewersOf(path).has(normLogin(login))
  }

  /** Every login named as approver or reviewer anywhere in the tree. */
  people(): Set<string> {
    const entries = [...this.files.values()].flatMap((f) => [f, ...f.filters])
    return new Set(entries.flatMap((e) => [...e.approvers, ...e.reviewers]))
  }

  /** The same tree with approvers and reviewers limited to `keep` (labels and options unchanged). */
  restrictedTo(keep: Set<string>): OwnersTree {
    const limit = <T extends OwnersEntry>(e: T): T => ({
      ...e,
      approvers: e.approvers.filter((l) => keep.has(l)),
      reviewers: e.reviewers.filter((l) => keep.has(l)),
    })
    const files = new Map(
      [...this.files].map(([dir, f]) => [dir, { ...limit(f), filters: f.filters.map(limit) }]),
    )
    return new OwnersTree(files)
  }
}

const approversKind = (e: OwnersEntry) => e.approvers
const reviewersKind = (e: OwnersEntry) => [...e.reviewers, ...e.approvers]
const labelsKind = (e: OwnersEntry) => e.labels

/** Which of the logins have access to the repository (Prow keeps only collaborators in OWNERS). */
export type AccessCheck = (logins: string[]) => Promise<Set<string>>

/**
 * OWNERS entries limited to people with repository access, as Prow filters OWNERS to the
 * repository's collaborators: someone listed who lost (or never had) access cannot review or
 * approve. One batched request for the whole tree, answered from the run's cache.
 */
export async function withAccessOnly(tree: OwnersTree, hasAccess: AccessCheck): Promise<OwnersTree> {
  if (tree.isEmpty) return tree
  const people = [...tree.people()]
  const keep = await hasAccess(people)
  return people.every((login) => keep.has(login)) ? tree : tree.restrictedTo(keep)
}

/** Where OWNERS are read from: a ref (`HEAD` is the default branch) or a PR's base branch. */
export type OwnersSource = { ref: string } | { pullNumber: number }

interface BlobText {
  text?: string | null
}

/** Repository fields read in the same request as the OWNERS files (repository access, say). */
export interface RidingFields {
  /** Aliased selections on the repository; aliases must not start with `o` + digit or be `aliases`. */
  fields: string
  /** Receives the repository object the fields were answered in. */
  read(repository: Record<string, unknown>): void
}

/**
 * Reads every OWNERS file that can apply to the given paths, plus OWNERS_ALIASES, in one GraphQL
 * request: one aliased field per candidate directory. For a PR the files are read from the tip of
 * its base branch without first asking which branch that is.
 */
export async function loadOwners(
  github: GitHub,
  repo: Repo,
  source: OwnersSource,
  paths: string[],
  /** When given, people without repository access are dropped from the tree (Prow's default). */
  hasAccess?: AccessCheck,
  riding?: RidingFields,
): Promise<OwnersTree> {
  const dirs = [...new Set(paths.flatMap(ancestorDirs))].sort()
  let data: Record<string, BlobText | null>
  try {
    data = await readOwnersFiles(github, repo, source, dirs, riding)
  } catch (error) {
    // GraphQL refused the riding fields (collaborators need push access): read OWNERS alone.
    if (!riding || (error as Error)?.name !== 'GraphqlResponseError') throw error
    data = await readOwnersFiles(github, repo, source, dirs)
  }
  const aliasesText = data.aliases?.text
  const aliases = aliasesText ? parseAliases(aliasesText) : new Map<string, string[]>()
  const files = new Map<string, OwnersFile>()
  dirs.forEach((dir, i) => {
    const text = data[`o${i}`]?.text
    if (typeof text === 'string') files.set(dir, parseOwners(text, dir, aliases))
  })
  const tree = new OwnersTree(files)
  return hasAccess ? withAccessOnly(tree, hasAccess) : tree
}

/**
 * OWNERS and OWNERS_ALIASES as read at a commit, by repository, commit and path. What a commit holds
 * never changes, so an entry cannot go stale: an edited OWNERS is a new commit on the branch, and
 * its oid a new key. The server keeps this across deliveries; an Action's process has one event.
 */
const blobsAtCommit = new Map<string, BlobText | null>()
const BLOBS_KEPT = 5000
const isCommitOid = (ref: string) => /^[0-9a-f]{40}$/i.test(ref)

/**
 * The OWNERS_ALIASES (`aliases`) and OWNERS (`o<i>` for `dirs[i]`) blobs: from what was read at the
 * same commit before, else one GraphQL request.
 */
async function readOwnersFiles(
  github: GitHub,
  repo: Repo,
  source: OwnersSource,
  dirs: string[],
  riding?: RidingFields,
): Promise<Record<string, BlobText | null>> {
  if (!('ref' in source) || !isCommitOid(source.ref))
    return queryOwnersFiles(github, repo, source, dirs, riding)
  const wanted: Array<[alias: string, path: string]> = [
    ['aliases', 'OWNERS_ALIASES'],
    ...dirs.map((d, i): [string, string] => [`o${i}`, ownersPath(d)]),
  ]
  const key = (path: string) => `${repo.owner}/${repo.repo}`.toLowerCase() + `@${source.ref}:${path}`
  if (!riding && wanted.every(([, path]) => blobsAtCommit.has(key(path))))
    return Object.fromEntries(wanted.map(([alias, path]) => [alias, blobsAtCommit.get(key(path))!]))
  const data = await queryOwnersFiles(github, repo, source, dirs, riding)
  for (const [alias, path] of wanted) {
    if (blobsAtCommit.size >= BLOBS_KEPT) blobsAtCommit.delete(blobsAtCommit.keys().next().value!)
    const text = data[alias]?.text
    blobsAtCommit.set(key(path), typeof text === 'string' ? { text } : null)
  }
  return data
}

const ownersPath = (dir: string) => `${dir ? dir + '/' : ''}OWNERS`

/** The blobs `readOwnersFiles` returns, asked of GitHub. */
async function queryOwnersFiles(
  github: GitHub,
  repo: Repo,
  source: OwnersSource,
  dirs: string[],
  riding?: RidingFields,
): Promise<Record<string, BlobText | null>> {
  let data: Record<string, BlobText | null>
  if ('ref' in source) {
    const field = (alias: string, path: string) =>
      `${alias}: object(expression: ${JSON.stringify(`${source.ref}:${path}`)}) { ... on Blob { text } }`
    const query = `query($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    ${[field('aliases', 'OWNERS_ALIASES'), ...dirs.map((d, i) => field(`o${i}`, ownersPath(d)))].join('\n    ')}
    ${riding?.fields ?? ''}
  }
}`
    const res = await github.graphql<{ repository: Record<string, BlobText | null> }>(query, {
      owner: repo.owner,
      name: repo.repo,
    })
    riding?.read(res.repository)
    data = res.repository
  } else {
    const field = (alias: string, path: string) =>
      `${alias}: file(path: ${JSON.stringify(path)}) { object { ... on Blob { text } } }`
    const query = `query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      baseRef {
        target {
          ... on Commit {
            ${[field('aliases', 'OWNERS_ALIASES'), ...dirs.map((d, i) => field(`o${i}`, ownersPath(d)))].join('\n            ')}
          }
        }
      }
    }
    ${riding?.fields ?? ''}
  }
}`
    const res = await github.graphql<{
      repository: {
        pullRequest: { baseRef: { target: Record<string, { object: BlobText | null } | null> } | null } | null
      }
    }>(query, { owner: repo.owner, name: repo.repo, number: source.pullNumber })
    riding?.read(res.repository)
    const target = res.repository.pullRequest?.baseRef?.target ?? {}
    data = Object.fromEntries(Object.entries(target).map(([k, v]) => [k, v?.object ?? null]))
  }
  return data
}
