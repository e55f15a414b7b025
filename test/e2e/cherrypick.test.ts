// /cherrypick BRANCH and cherrypick/BRANCH labels end to end through dist/: the label now and the
// pick when the PR merges, the pick at once on a merged PR (merge, squash and rebase merges), the
// new PR's change equal to the original's on the target branch, an unknown branch, a conflict (a
// reply naming the file, no PR, no branch left), a non-collaborator, re-deliveries that open no
// second PR, and a hand-made label on the merge pool's merge through the all-in-one action.
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { addComment, createBranch, createPull, mergePull, setFile, type Issue } from '../emulator/state.js'
import { issueCommentPayload, pullRequestPayload } from '../support/payloads.js'
import { BOT, Scenario } from '../support/scenario.js'

jest.setTimeout(60_000)
const s = new Scenario()
const RELEASE = 'release-1.0'

beforeAll(async () => {
  await s.start({ files: { 'src/a.ts': 'a1', 'src/b.ts': 'b1', 'README.md': 'hello' } })
  s.people({ carol: 'write', paula: null, rhea: 'read' })
  createBranch(s.repo, RELEASE)
  // The release branch has moved on its own: b.ts differs from main's.
  setFile(s.repo, RELEASE, 'src/b.ts', 'b-release')
  setFile(s.repo, RELEASE, 'CHANGELOG.md', 'v1.0')
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

/** A PR by paula whose head branch changes `files` (commits: their messages). */
function pull(title: string, files: Record<string, string>, commits?: string[]): Issue {
  const pr = createPull(s.emu.state, s.repo, {
    author: 'paula',
    title,
    files: Object.keys(files).map((filename) => ({ filename })),
    commits,
  })
  for (const [path, content] of Object.entries(files)) setFile(s.repo, pr.pull!.head.ref, path, content)
  return pr
}

const closed = (pr: Issue, sender = 'carol') =>
  s.run('command-dispatch', 'pull_request_target', pullRequestPayload(s.emu, s.repo, pr, 'closed', sender))
const picks = (pr: Issue) =>
  [...s.repo.issues.values()].filter((i) => i.pull?.head.ref === `cherry-pick-${pr.number}-to-${RELEASE}`)
/** The cherry-pick PR opened for `pr`, which the test expects to exist. */
function firstPick(pr: Issue): Issue {
  const [pick] = picks(pr)
  if (!pick) throw new Error(`no cherry-pick PR for #${pr.number}`)
  return pick
}
const filesOf = (branch: string) => Object.fromEntries(s.repo.branches.get(branch)!.files)
const tempBranches = () => [...s.repo.branches.keys()].filter((b) => b.startsWith('bosun-tmp'))
const lastReply = (pr: Issue) => s.botComments(pr).at(-1) ?? ''

/** The pick's branch is the target branch plus exactly the original PR's change. */
function expectPickedChange(pr: Issue, change: Record<string, string>) {
  const pick = firstPick(pr)
  expect(filesOf(pick.pull!.head.ref)).toEqual({ ...filesOf(RELEASE), ...change })
  expect(pick.pull!.files.map((f) => f.filename).sort()).toEqual(Object.keys(change).sort())
}

describe('/cherrypick on an open PR, then the merge', () => {
  let pr: Issue
  beforeAll(() => {
    pr = pull('Fix the widget', { 'src/a.ts': 'a2', 'src/new.ts': 'n' })
  })

  it('labels the PR and promises the pick', async () => {
    const res = await s.comment(pr, 'carol', `/cherrypick ${RELEASE}`)
    expect(res.code).toBe(0)
    expect(pr.labels).toContain(`cherrypick/${RELEASE}`)
    expect(lastReply(pr)).toContain(
      `Once this PR merges I will open a cherry-pick of it onto \`${RELEASE}\`.`,
    )
    expect(picks(pr)).toEqual([])
  })

  it('opens the cherry-pick PR when the PR merges, assigned to the requester', async () => {
    mergePull(s.repo, pr, 'squash')
    s.emu.resetLog()
    const res = await closed(pr)
    expect(res.code).toBe(0)
    // Git Data API and merges API only; the temp branch is created and deleted again.
    expect(s.emu.writes().map((r) => r.operation)).toEqual([
      'git/create-commit',
      'git/create-ref',
      'repos/merge',
      'git/create-commit',
      'git/create-ref',
      'git/delete-ref',
      'pulls/create',
      'issues/add-assignees',
      'issues/create-comment',
    ])
    // And 7 reads: preflight, comments, a permission, the open-PR check, the branch head, 2 commits.
    expect(s.emu.requests.length).toBeLessThanOrEqual(16)
    const pick = firstPick(pr)
    expect(pick.title).toBe(`[${RELEASE}] Fix the widget`)
    expect(pick.pull!.base.ref).toBe(RELEASE)
    expect(pick.assignees).toEqual(['carol'])
    expect(pick.body).toContain(`Cherry-pick of #${pr.number} onto \`${RELEASE}\`.`)
    expect(pick.body).not.toContain('@')
    expectPickedChange(pr, { 'src/a.ts': 'a2', 'src/new.ts': 'n' })
    expect(lastReply(pr)).toContain(
      `@carol: Opened https://github.com/acme/widgets/pull/${pick.number}: this PR cherry-picked onto \`${RELEASE}\`.`,
    )
    expect(tempBranches()).toEqual([])
    // The pick is a commit on top of the release head, made without checking anything out.
    const commit = s.repo.git.commits.get(s.repo.branches.get(pick.pull!.head.ref)!.sha)!
    expect(commit.parents).toEqual([s.repo.branches.get(RELEASE)!.sha])
    expect(commit.message).toContain(`(cherry picked from commit ${pr.pull!.mergedSha})`)
  })

  it('opens no second PR and stays quiet when the closed event is delivered again', async () => {
    const replies = s.botComments(pr).length
    const res = await closed(pr)
    expect(res.code).toBe(0)
    expect(res.result.skipped).toMatch(/already handled/)
    expect(picks(pr)).toHaveLength(1)
    expect(s.botComments(pr)).toHaveLength(replies)
  })

  it('opens no second PR when a run crashed before its reply and the event comes again', async () => {
    const reply = [...s.repo.comments.values()]
      .filter((c) => c.issueNumber === pr.number && c.user.login === BOT)
      .at(-1)!
    s.repo.comments.delete(reply.id)
    const res = await closed(pr)
    expect(res.result.skipped).toMatch(/every cherry-pick is open already/)
    expect(picks(pr)).toHaveLength(1)
  })
})

describe('/cherrypick on a merged PR picks at once', () => {
  it.each(['merge', 'squash', 'rebase'] as const)('after a %s merge', async (method) => {
    const pr = pull(`Improve docs by ${method}`, { [`docs/${method}.md`]: method }, ['one', 'two', 'three'])
    mergePull(s.repo, pr, method)
    const res = await s.comment(pr, 'carol', `/cherry-pick ${RELEASE}`)
    expect(res.code).toBe(0)
    const pick = firstPick(pr)
    expect(pick.assignees).toEqual(['carol'])
    expectPickedChange(pr, { [`docs/${method}.md`]: method })
    expect(pr.labels).toContain(`cherrypick/${RELEASE}`)
    expect(lastReply(pr)).toContain(`Opened https://github.com/acme/widgets/pull/${pick.number}`)
  })

  it('opens no second PR for the same comment delivered again, or for a second request', async () => {
    const pr = pull('Tidy', { 'src/tidy.ts': 't' })
    mergePull(s.repo, pr, 'squash')
    const comment = addComment(s.emu.state, s.repo, pr.number, 'carol', `/cherrypick ${RELEASE}`)
    const payload = issueCommentPayload(s.emu, s.repo, pr, comment)
    await s.run('command-dispatch', 'issue_comment', payload)
    const again = await s.run('command-dispatch', 'issue_comment', payload)
    expect(again.result.skipped).toMatch(/already handled/)
    expect(picks(pr)).toHaveLength(1)
    await s.comment(pr, 'carol', `/cherrypick ${RELEASE}`)
    expect(picks(pr)).toHaveLength(1)
    expect(lastReply(pr)).toContain(`The cherry-pick onto \`${RELEASE}\` is already open`)
  })
})

describe('bad requests change nothing', () => {
  it('an unknown branch', async () => {
    const pr = pull('Unknown branch', { 'src/x.ts': 'x' })
    const branches = [...s.repo.branches.keys()]
    await s.comment(pr, 'carol', '/cherrypick release-9.9')
    expect(lastReply(pr)).toContain('There is no branch `release-9.9`; nothing was changed.')
    expect(pr.labels).toEqual([])
    expect([...s.repo.branches.keys()]).toEqual(branches)
  })

  it('a non-collaborator', async () => {
    const pr = pull('Refused', { 'src/y.ts': 'y' })
    mergePull(s.repo, pr, 'squash')
    await s.comment(pr, 'rhea', `/cherrypick ${RELEASE}`)
    expect(lastReply(pr)).toContain('`/cherrypick` is for')
    expect(pr.labels).toEqual([])
    expect(picks(pr)).toEqual([])
  })

  it('a conflict: a reply naming the file, no PR, no branch left behind', async () => {
    const pr = pull('Change b', { 'src/b.ts': 'b2', 'src/c.ts': 'c' })
    mergePull(s.repo, pr, 'merge')
    const branches = [...s.repo.branches.keys()]
    const res = await s.comment(pr, 'carol', `/cherrypick ${RELEASE}`)
    expect(res.code).toBe(0)
    const reply = lastReply(pr)
    expect(reply).toContain(
      `The cherry-pick onto \`${RELEASE}\` conflicts: these files of this PR changed on \`${RELEASE}\` too and could not be applied: \`src/b.ts\`.`,
    )
    expect(reply).toContain(`\`git cherry-pick -m 1 ${pr.pull!.mergedSha}\``)
    expect(picks(pr)).toEqual([])
    expect([...s.repo.branches.keys()]).toEqual(branches)
    expect(s.repo.deletedRefs).toContain(`bosun-tmp-cherry-pick-${pr.number}-to-${RELEASE}`)
  })
})

describe('a cherrypick/ label added by hand, merged by the merge pool (all-in-one)', () => {
  it('opens the pick with no assignee', async () => {
    const pr = pull('Hand label', { 'src/hand.ts': 'h' })
    pr.labels.push(`cherrypick/${RELEASE}`)
    mergePull(s.repo, pr, 'squash')
    const res = await s.run(
      'all-in-one',
      'pull_request_target',
      pullRequestPayload(s.emu, s.repo, pr, 'closed', BOT),
    )
    expect(res.code).toBe(0)
    const pick = firstPick(pr)
    expect(pick.assignees).toEqual([])
    expectPickedChange(pr, { 'src/hand.ts': 'h' })
    expect(lastReply(pr)).toMatch(
      /^<!-- bosun:cherry-pick [0-9a-f]{40} -->\nOpened https:\/\/github.com\/acme\/widgets\/pull\//,
    )
  })

  it('a conflict is answered once, however often the event comes', async () => {
    const pr = pull('Hand label, clashing', { 'CHANGELOG.md': 'v1.1' })
    pr.labels.push(`cherrypick/${RELEASE}`)
    mergePull(s.repo, pr, 'squash')
    for (let i = 0; i < 2; i++)
      await s.run('all-in-one', 'pull_request_target', pullRequestPayload(s.emu, s.repo, pr, 'closed', BOT))
    expect(s.botComments(pr)).toHaveLength(1)
    expect(lastReply(pr)).toContain(
      'these files of this PR changed on `release-1.0` too and could not be applied: `CHANGELOG.md`.',
    )
    expect(picks(pr)).toEqual([])
    expect(tempBranches()).toEqual([])
  })
})
