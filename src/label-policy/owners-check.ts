// verify-owners' reads (policies/verify-owners.ts decides): the OWNERS and OWNERS_ALIASES files a PR changes, as they are at its head
// commit, read through the API (never by checking the PR out), and who of the people they name has
// access. One GraphQL request reads every changed file and the base's OWNERS_ALIASES; one more asks
// about everyone named (permissions.ts batches it). A PR that changes no OWNERS file reads nothing.
import type { ActionRun } from '../core/action.js'
import {
  ALIASES_FILE,
  isOwnersPath,
  MAX_OWNERS_BYTES,
  MAX_OWNERS_FILES,
  ownersLogins,
  validateOwners,
  type FileText,
  type OwnersFilesInput,
  type OwnersProblem,
} from '../core/owners-validate.js'

/** A changed file as GitHub lists it; `removed` files have no new version to check. */
export interface OwnersChange {
  path: string
  removed: boolean
}

/** The changed files riding in the preflight's pull request: enough to see whether OWNERS changed. */
export const CHANGED_PATHS_FIELD = 'files(first: 100) { totalCount nodes { path changeType } }'

/** The preflight's changed paths, when they are all of them. */
export function changedPathsOf(
  live: { files?: { totalCount: number; nodes: Array<{ path: string; changeType: string }> } } | undefined,
): OwnersChange[] | undefined {
  const files = live?.files
  if (!files || files.totalCount > files.nodes.length) return undefined
  return files.nodes.map((n) => ({ path: n.path, removed: n.changeType === 'DELETED' }))
}

/** The changes to check: from the full file list when it was read, else from the preflight's. */
export function ownersChangesOf(
  files: Array<{ filename: string; status: string }> | undefined,
  changedPaths: OwnersChange[] | undefined,
): OwnersChange[] | undefined {
  return files ? files.map((f) => ({ path: f.filename, removed: f.status === 'removed' })) : changedPaths
}

/** The OWNERS/OWNERS_ALIASES files among a PR's changes, in any directory. */
export const ownersChanges = (changes: OwnersChange[]): OwnersChange[] =>
  changes.filter((c) => isOwnersPath(c.path))

interface Blob {
  text?: string | null
  isBinary?: boolean | null
  isTruncated?: boolean | null
  byteSize?: number | null
}

/**
 * The changed files' new versions at `headSha` (a fork's head commit is readable in the base
 * repository too), and the base branch's OWNERS_ALIASES unless the PR changes it.
 */
async function readAtHead(
  run: ActionRun,
  headSha: string,
  baseRef: string,
  changes: OwnersChange[],
): Promise<Omit<OwnersFilesInput, 'access'>> {
  const kept = changes.filter((c) => !c.removed)
  const paths = kept.slice(0, MAX_OWNERS_FILES).map((c) => c.path)
  const aliasesTouched = changes.some((c) => c.path === ALIASES_FILE)
  const expressions: Record<string, string> = {}
  paths.forEach((path, i) => (expressions[`f${i}`] = `${headSha}:${path}`))
  if (!aliasesTouched) expressions.base = `${baseRef || 'HEAD'}:${ALIASES_FILE}`
  const names = Object.keys(expressions)
  const query = `query($owner: String!, $name: String!, ${names.map((n) => `$${n}: String!`).join(', ')}) {
  repository(owner: $owner, name: $name) {
    ${names.map((n) => `${n}: object(expression: $${n}) { ... on Blob { text isBinary isTruncated byteSize } }`).join('\n    ')}
  }
}`
  const res = await run.github.graphql<{ repository: Record<string, Blob | null> }>(query, {
    owner: run.repo.owner,
    name: run.repo.repo,
    ...expressions,
  })
  const files = new Map<string, FileText>()
  paths.forEach((path, i) => {
    const blob = res.repository[`f${i}`]
    // Gone at the head (a later push removed it since the event): nothing to check.
    if (!blob) return
    const byteSize = Number(blob.byteSize ?? 0)
    if (blob.isTruncated || byteSize > MAX_OWNERS_BYTES) files.set(path, { byteSize })
    else files.set(path, blob.isBinary || typeof blob.text !== 'string' ? null : blob.text)
  })
  // More files than are checked: the validator refuses the PR by the count alone.
  for (const c of kept.slice(MAX_OWNERS_FILES)) files.set(c.path, null)
  const base = res.repository.base?.text
  return { files, ...(typeof base === 'string' ? { baseAliases: base } : {}) }
}

/**
 * Every problem with the OWNERS files a PR changes ([] when they are valid), or undefined when it
 * changes none (and then nothing was read).
 */
export async function checkOwnersChanges(
  run: ActionRun,
  pr: { headSha: string; baseRef: string },
  changes: OwnersChange[],
): Promise<OwnersProblem[] | undefined> {
  const touched = ownersChanges(changes)
  if (!touched.some((c) => !c.removed)) return undefined
  const input = await readAtHead(run, pr.headSha, pr.baseRef, touched)
  if (!input.files.size) return undefined
  const logins = ownersLogins(input)
  const access = logins.length ? await run.permissions.withAccess(logins) : new Set<string>()
  return validateOwners({ ...input, access })
}
