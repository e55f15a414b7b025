// Cherry-picking through the Git Data API. GitHub has no cherry-pick endpoint and bosun never checks
// out code, so the merges API does the 3-way merge: a throwaway commit with the target branch's tree
// whose parent is the picked change's base makes that base the merge base, and merging the picked
// commit into it applies exactly the change (base → picked commit) to the target's files. A new
// commit with that tree on top of the target's head is the cherry-pick.
import type { Repo } from './context.js'
import { httpStatus, type GitHub } from './github.js'

export interface Person {
  name: string
  email: string
  date?: string
}

export interface CommitInfo {
  sha: string
  tree: string
  parents: string[]
  message: string
  author?: Person
}

/** The few Git Data API calls the algorithm makes (a fake stands in for GitHub in unit tests). */
export interface GitPort {
  commit(sha: string): Promise<CommitInfo>
  createCommit(commit: { tree: string; parents: string[]; message: string; author?: Person }): Promise<string>
  /** Points branch `name` at `sha`, creating it or moving it. */
  setBranch(name: string, sha: string): Promise<void>
  deleteBranch(name: string): Promise<void>
  /** Merges `head` into branch `base`: the merge's tree, `conflict` (409) or `up-to-date` (204). */
  merge(base: string, head: string, message: string): Promise<{ tree: string } | 'conflict' | 'up-to-date'>
}

export interface PickRequest {
  /** The commit whose change is applied. */
  pick: string
  /** The commit the change is measured from: the base branch before the PR merged. */
  from: string
  /** Head of the target branch. */
  onto: string
  /** Branch created (or moved) to the cherry-pick. */
  branch: string
  /** Branch the merge is done on; deleted again whatever happens. */
  tempBranch: string
  message: string
  author?: Person
}

export type PickOutcome =
  | { picked: string }
  /** `tempCommit` has the target's tree on the change's base: diffing it names what clashed. */
  | { conflict: true; tempCommit: string }
  /** The target already has the change: a commit would be empty. */
  | { empty: true }

export async function cherryPick(git: GitPort, req: PickRequest): Promise<PickOutcome> {
  const onto = await git.commit(req.onto)
  const tempCommit = await git.createCommit({
    tree: onto.tree,
    parents: [req.from],
    message: `Temporary base for cherry-picking ${req.pick}`,
  })
  await git.setBranch(req.tempBranch, tempCommit)
  try {
    const merged = await git.merge(req.tempBranch, req.pick, `Cherry-pick ${req.pick}`)
    if (merged === 'conflict') return { conflict: true, tempCommit }
    if (merged === 'up-to-date' || merged.tree === onto.tree) return { empty: true }
    const picked = await git.createCommit({
      tree: merged.tree,
      parents: [req.onto],
      message: req.message,
      ...(req.author ? { author: req.author } : {}),
    })
    await git.setBranch(req.branch, picked)
    return { picked }
  } finally {
    await git.deleteBranch(req.tempBranch)
  }
}

/** Most first-parent steps walked back from a rebase merge (GitHub lists at most 250 PR commits). */
export const MAX_REBASED_COMMITS = 250

/**
 * Where the change of a merged PR starts, seen from its merge commit: a merge commit's first parent;
 * a squash's only parent; for a rebase merge of n commits (the tip repeats the PR's last commit's
 * message and author) n first-parent steps back. `walk` counts the steps from the merge commit.
 */
export function changeBase(
  merge: CommitInfo,
  pull: { commits: number; last?: { message: string; author?: Person } },
): { from: string } | { walk: number } | { error: string } {
  const [first] = merge.parents
  if (first === undefined) return { error: 'the merge commit has no parent' }
  if (merge.parents.length > 1 || pull.commits <= 1 || !pull.last) return { from: first }
  const rebased =
    merge.message.trim() === pull.last.message.trim() &&
    (!merge.author || !pull.last.author || merge.author.email === pull.last.author.email)
  if (!rebased) return { from: first }
  if (pull.commits > MAX_REBASED_COMMITS)
    return { error: `a rebase merge of more than ${MAX_REBASED_COMMITS} commits cannot be walked back` }
  return { walk: pull.commits }
}

/** Follows first parents `steps` times from `sha`. */
export async function firstParentAncestor(git: GitPort, sha: string, steps: number): Promise<string> {
  let current = sha
  for (let i = 0; i < steps; i++) {
    const commit = await git.commit(current)
    const [parent] = commit.parents
    if (parent === undefined) throw new Error(`${current} has no parent`)
    current = parent
  }
  return current
}

// ---- the port, on GitHub -------------------------------------------------------------------------

export function githubGit(github: GitHub, repo: Repo): GitPort {
  return {
    async commit(sha) {
      const { data } = await github.rest.git.getCommit({ ...repo, commit_sha: sha })
      return {
        sha: data.sha,
        tree: data.tree.sha,
        parents: data.parents.map((p) => p.sha),
        message: data.message,
        author: { name: data.author.name, email: data.author.email, date: data.author.date },
      }
    },
    async createCommit(commit) {
      const { data } = await github.rest.git.createCommit({ ...repo, ...commit })
      return data.sha
    },
    async setBranch(name, sha) {
      try {
        await github.rest.git.createRef({ ...repo, ref: `refs/heads/${name}`, sha })
      } catch (error) {
        // 422: the branch exists (left by an earlier attempt): move it.
        if (httpStatus(error) !== 422) throw error
        await github.rest.git.updateRef({ ...repo, ref: `heads/${name}`, sha, force: true })
      }
    },
    async deleteBranch(name) {
      try {
        await github.rest.git.deleteRef({ ...repo, ref: `heads/${name}` })
      } catch (error) {
        if (httpStatus(error) !== 422 && httpStatus(error) !== 404) throw error
      }
    },
    async merge(base, head, message) {
      try {
        const res = await github.rest.repos.merge({ ...repo, base, head, commit_message: message })
        // Octokit's types know only the 201; GitHub answers 204 when base already has head.
        if ((res.status as number) === 204) return 'up-to-date'
        return { tree: res.data.commit.tree.sha }
      } catch (error) {
        if (httpStatus(error) === 409) return 'conflict'
        throw error
      }
    },
  }
}
