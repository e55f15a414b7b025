// /cherrypick: the argument and label parsing, what the command does on a PR in each state, where a
// merged PR's change starts, and the Git Data API algorithm against an in-memory git (a fake port
// over the emulator's commit objects and 3-way merge).
import { describe, expect, it } from '@jest/globals'
import {
  changeBase,
  cherryPick,
  firstParentAncestor,
  type GitPort,
  type PickRequest,
} from '../../src/core/cherry-pick.js'
import {
  branchesFromLabels,
  decideCherrypick,
  parseCherrypickArgs,
  renderPickResult,
  requestsByBranch,
} from '../../src/command-dispatch/commands/cherrypick.js'
import {
  GitHubState,
  commitFilesOf,
  commitObject,
  fakeSha,
  mergeBase,
  recordCommit,
  threeWayMerge,
} from '../emulator/state.js'

describe('parseCherrypickArgs', () => {
  it.each([
    ['release-1.2', { branch: 'release-1.2' }],
    ['  release/v1  ', { branch: 'release/v1' }],
    ['', { error: 'Usage: `/cherrypick BRANCH`.' }],
    ['a b', { error: 'Usage: `/cherrypick BRANCH`.' }],
    ['../main', { error: '`../main` is not a branch name.' }],
    ['-f', { error: '`-f` is not a branch name.' }],
    ['a..b', { error: '`a..b` is not a branch name.' }],
    ['x.lock', { error: '`x.lock` is not a branch name.' }],
    ['rel`ease', { error: "`rel'ease` is not a branch name." }],
    ['a'.repeat(201), { error: `\`${'a'.repeat(200)}\` is not a branch name.` }],
  ])('%j → %j', (args, expected) => {
    expect(parseCherrypickArgs(args)).toEqual(expected)
  })
})

describe('decideCherrypick', () => {
  const base = { branch: 'release-1.2', branchExists: true, baseRef: 'main', state: 'open', merged: false }
  it.each([
    ['an open PR: label now, pick on merge', {}, { later: true }],
    ['a merged PR: pick at once', { state: 'closed', merged: true }, { now: true }],
    [
      'an unknown branch',
      { branchExists: false },
      { refuse: 'There is no branch `release-1.2`; nothing was changed.' },
    ],
    ['the PR’s own base', { baseRef: 'release-1.2' }, { refuse: 'This PR already targets `release-1.2`.' }],
    [
      'closed unmerged',
      { state: 'closed' },
      { refuse: 'This PR was closed without merging: there is nothing to cherry-pick.' },
    ],
  ])('%s', (_what, change, expected) => {
    expect(decideCherrypick({ ...base, ...change })).toEqual(expected)
  })
})

describe('labels and requests', () => {
  it('takes each cherrypick/ branch once, in label order, skipping names that are no branch', () => {
    expect(
      branchesFromLabels([
        'kind/bug',
        'cherrypick/release-1.2',
        'Cherrypick/v2',
        'cherrypick/../x',
        'cherrypick/release-1.2',
      ]),
    ).toEqual(['release-1.2', 'v2'])
  })

  it('lists who asked for each branch, newest first, ignoring quotes, bosun text and bad arguments', () => {
    const requests = requestsByBranch([
      { author: 'ann', body: '/cherrypick release-1.2' },
      { author: 'bob', body: '> /cherrypick release-1.2\nquoted' },
      { author: 'bosun-bot', body: '<!-- bosun:reply -->\n/cherrypick release-1.2' },
      { author: 'cy', body: 'ok\n/cherry-pick release-1.2\n/cherrypick a b' },
      { author: 'dee', body: '/cherrypick v2' },
    ])
    expect(Object.fromEntries(requests)).toEqual({ 'release-1.2': ['cy', 'ann'], v2: ['dee'] })
  })
})

describe('changeBase', () => {
  const commit = (parents: string[], message = 'Fix (#5)') => ({
    sha: 'm',
    tree: 't',
    parents,
    message,
    author: { name: 'a', email: 'a@x' },
  })
  it.each([
    ['a merge commit: its first parent', commit(['base', 'head']), 3, undefined, { from: 'base' }],
    ['a squash of one commit', commit(['base']), 1, undefined, { from: 'base' }],
    [
      'a squash of three',
      commit(['base']),
      3,
      { message: 'last', author: { name: 'a', email: 'a@x' } },
      { from: 'base' },
    ],
    [
      'a rebase of three: three steps back',
      commit(['c2'], 'last'),
      3,
      { message: 'last', author: { name: 'a', email: 'a@x' } },
      { walk: 3 },
    ],
    [
      'same message, other author: a squash',
      commit(['base'], 'last'),
      3,
      { message: 'last', author: { name: 'b', email: 'b@x' } },
      { from: 'base' },
    ],
    ['a root commit', commit([]), 1, undefined, { error: 'the merge commit has no parent' }],
  ])('%s', (_what, merge, commits, last, expected) => {
    expect(changeBase(merge, { commits, last })).toEqual(expected)
  })
})

/** An in-memory git over the emulator's commit objects: the same 3-way merge the merges API does. */
function fakeGit() {
  const state = new GitHubState()
  const repo = state.createRepo('acme/widgets', { files: { 'a.txt': 'a1', 'b.txt': 'b1' } })
  const calls: string[] = []
  const commit = (files: Record<string, string>, parents: string[], message = 'c') => {
    const sha = fakeSha(message)
    recordCommit(repo, sha, new Map(Object.entries(files)), parents, message)
    return sha
  }
  const git: GitPort = {
    async commit(sha) {
      const c = commitObject(repo, sha)!
      return { sha, tree: c.tree, parents: c.parents, message: c.message, author: c.author }
    },
    async createCommit(c) {
      calls.push(`commit ${c.parents.join(',')}`)
      if (c.parents.some((p) => !commitObject(repo, p))) throw new Error('unknown parent')
      const sha = fakeSha('created')
      repo.git.commits.set(sha, { tree: c.tree, parents: c.parents, message: c.message })
      return sha
    },
    async setBranch(name, sha) {
      calls.push(`branch ${name}`)
      repo.branches.set(name, { sha, files: new Map(commitFilesOf(repo, sha)) })
    },
    async deleteBranch(name) {
      calls.push(`delete ${name}`)
      repo.branches.delete(name)
    },
    async merge(base, head) {
      calls.push(`merge ${base}`)
      const b = repo.branches.get(base)!
      const ancestor = mergeBase(repo, b.sha, head)
      if (ancestor === head) return 'up-to-date'
      const { files, conflicts } = threeWayMerge(
        commitFilesOf(repo, ancestor!)!,
        b.files,
        commitFilesOf(repo, head)!,
      )
      if (conflicts.length) return 'conflict'
      const sha = fakeSha('merge')
      const c = recordCommit(repo, sha, files, [b.sha, head], 'merge')
      repo.branches.set(base, { sha, files })
      return { tree: c.tree }
    },
  }
  // main: base → (PR #5 squashed) pick, changing a.txt; release: cut earlier, with its own b.txt.
  const base = commit({ 'a.txt': 'a1', 'b.txt': 'b1' }, [], 'base')
  const pick = commit({ 'a.txt': 'a2', 'b.txt': 'b1', 'new.txt': 'n' }, [base], 'pick')
  const release = commit({ 'a.txt': 'a1', 'b.txt': 'b-release' }, [], 'release')
  const request = (onto: string): PickRequest => ({
    pick,
    from: base,
    onto,
    branch: 'cherry-pick-5-to-release',
    tempBranch: 'tmp',
    message: 'Fix (#5)',
  })
  return { repo, git, calls, commit, base, pick, release, request }
}

describe('cherryPick', () => {
  it("applies the change (and only it) on top of the target's head, then drops the temp branch", async () => {
    const f = fakeGit()
    const outcome = await cherryPick(f.git, f.request(f.release))
    expect('picked' in outcome).toBe(true)
    const picked = (outcome as { picked: string }).picked
    expect(Object.fromEntries(commitFilesOf(f.repo, picked)!)).toEqual({
      'a.txt': 'a2',
      'b.txt': 'b-release',
      'new.txt': 'n',
    })
    expect(commitObject(f.repo, picked)!.parents).toEqual([f.release])
    expect(f.repo.branches.get('cherry-pick-5-to-release')!.sha).toBe(picked)
    expect(f.repo.branches.has('tmp')).toBe(false)
    expect(f.calls).toEqual([
      `commit ${f.base}`,
      'branch tmp',
      'merge tmp',
      `commit ${f.release}`,
      'branch cherry-pick-5-to-release',
      'delete tmp',
    ])
  })

  it('reports a conflict, creates no branch and leaves no temp branch', async () => {
    const f = fakeGit()
    const clash = f.commit({ 'a.txt': 'a-release', 'b.txt': 'b1' }, [], 'clash')
    const outcome = await cherryPick(f.git, f.request(clash))
    expect(outcome).toEqual({ conflict: true, tempCommit: expect.any(String) })
    expect([...f.repo.branches.keys()]).toEqual(['main'])
  })

  it('makes no empty commit when the target already has the change', async () => {
    const f = fakeGit()
    const already = f.commit({ 'a.txt': 'a2', 'b.txt': 'b1', 'new.txt': 'n' }, [], 'already')
    expect(await cherryPick(f.git, f.request(already))).toEqual({ empty: true })
    expect([...f.repo.branches.keys()]).toEqual(['main'])
  })

  it('deletes the temp branch when the merge fails', async () => {
    const f = fakeGit()
    f.git.merge = async () => {
      throw new Error('GitHub is down')
    }
    await expect(cherryPick(f.git, f.request(f.release))).rejects.toThrow('GitHub is down')
    expect(f.calls.at(-1)).toBe('delete tmp')
  })

  it('walks first parents back (a rebase merge)', async () => {
    const f = fakeGit()
    const c2 = f.commit({ 'a.txt': 'x' }, [f.pick], 'c2')
    const c3 = f.commit({ 'a.txt': 'y' }, [c2], 'c3')
    expect(await firstParentAncestor(f.git, c3, 2)).toBe(f.pick)
  })
})

describe('renderPickResult', () => {
  it.each([
    [
      { opened: { number: 9, url: 'https://github.com/acme/widgets/pull/9' } },
      'Opened https://github.com/acme/widgets/pull/9: this PR cherry-picked onto `v1`.',
    ],
    [{ existing: { number: 9, url: 'u' } }, 'The cherry-pick onto `v1` is already open: u.'],
    [{ empty: true as const }, "`v1` already has this PR's changes: no cherry-pick is needed."],
    [
      { conflict: true as const, files: ['a.ts', 'b`@x.ts', 'c\n/lgtm.ts'], hint: '`git cherry-pick abc`' },
      "The cherry-pick onto `v1` conflicts: these files of this PR changed on `v1` too and could not be applied: `a.ts`, `b'@x.ts`, `c /lgtm.ts`. Pick it by hand (`git cherry-pick abc`) and open the PR yourself.",
    ],
    [
      { conflict: true as const, hint: '`git cherry-pick abc`' },
      'The cherry-pick onto `v1` conflicts: GitHub reports a merge conflict but not which files clash. Pick it by hand (`git cherry-pick abc`) and open the PR yourself.',
    ],
  ])('%j', (result, text) => {
    expect(renderPickResult('v1', result)).toBe(text)
  })
})
