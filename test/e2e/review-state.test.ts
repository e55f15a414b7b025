// Review state bound to the head, through dist/: /lgtm and /approve record bosun/lgtm and
// bosun/approve on the head they were given for; auto-merge trusts only those (written by the
// token's own user) on the current head; a push recomputes approval and resets lgtm, whoever pushed.
// Each case here merged, approved or kept lgtm wrongly on the bundles before head-bound review.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  addCheckRun,
  addComment,
  addStatus,
  createPull,
  latestStatuses,
  pushCommit,
  type Issue,
} from '../emulator/state.js'
import { issueCommentPayload, pullRequestPayload, reviewPayload } from '../support/payloads.js'
import { BOT, Scenario } from '../support/scenario.js'

const s = new Scenario('acme/heads')

beforeAll(async () => {
  await s.start({
    files: {
      OWNERS: 'approvers: [root-approver]\nreviewers: [rev]\n',
      'docs/OWNERS': 'approvers: [dora]\n',
    },
  })
  s.people({ paula: null, rev: 'read', dora: 'read', 'root-approver': 'write', colin: 'write' })
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

const pr = (files: string[], author = 'paula') => {
  const p = createPull(s.emu.state, s.repo, { author, files: files.map((filename) => ({ filename })) })
  addCheckRun(s.repo, p.pull!.head.sha, 'build', 'success')
  return p
}
const status = (p: Issue, context: string) =>
  latestStatuses(s.repo, p.pull!.head.sha).find((x) => x.context === context)
const evaluate = (p: Issue) =>
  s.run('auto-merge', 'pull_request_target', pullRequestPayload(s.emu, s.repo, p, 'labeled', 'colin'))
const push = async (p: Issue, sender = 'paula') => {
  pushCommit(s.repo, p)
  addCheckRun(s.repo, p.pull!.head.sha, 'build', 'success')
  s.emu.resetLog()
  return s.run(
    'label-policy',
    'pull_request_target',
    pullRequestPayload(s.emu, s.repo, p, 'synchronize', sender),
  )
}
const notification = (p: Issue) => s.botComments(p).find((b) => b.includes('<!-- bosun:approve -->'))

describe('lgtm and approval are recorded on the head', () => {
  it('writes bosun/lgtm and bosun/approve on the head, and the pool merges that head', async () => {
    const p = pr(['docs/guide.md'])
    await s.comment(p, 'rev', '/lgtm')
    await s.comment(p, 'dora', '/approve')
    expect(status(p, 'bosun/lgtm')).toMatchObject({
      state: 'success',
      description: 'LGTM by rev.',
      creator: BOT,
    })
    expect(status(p, 'bosun/approve')).toMatchObject({ state: 'success', creator: BOT })
    await evaluate(p)
    expect(p.pull!.merged).toBe(true)
  })

  it('does not merge a pushed head that still shows the old lgtm and approved labels', async () => {
    const p = pr(['docs/guide.md'])
    await s.comment(p, 'rev', '/lgtm')
    await s.comment(p, 'dora', '/approve')
    // The push lands and CI goes green before label-policy ran: the labels are stale.
    pushCommit(s.repo, p)
    addCheckRun(s.repo, p.pull!.head.sha, 'build', 'success')
    expect(p.labels).toEqual(expect.arrayContaining(['lgtm', 'approved']))
    await evaluate(p)
    expect(p.pull!.merged).toBe(false)
    expect(status(p, 'bosun/merge')!.description).toBe(
      'Not mergeable. Needs lgtm and approval for this head commit.',
    )
  })

  it('does not trust a bosun/lgtm status that someone else wrote', async () => {
    const p = pr(['docs/guide.md'], 'dora')
    p.labels.push('lgtm', 'approved')
    addStatus(s.repo, p.pull!.head.sha, 'bosun/lgtm', 'success', 'LGTM by rev.', 'colin')
    addStatus(s.repo, p.pull!.head.sha, 'bosun/approve', 'success', 'Approved by dora.', BOT)
    await evaluate(p)
    expect(p.pull!.merged).toBe(false)
    expect(status(p, 'bosun/merge')!.description).toBe('Not mergeable. Needs lgtm for this head commit.')
  })

  it('refuses a /lgtm written before the head moved', async () => {
    const p = pr(['docs/guide.md'])
    const comment = addComment(s.emu.state, s.repo, p.number, 'rev', '/lgtm')
    comment.createdAt = new Date(Date.now() - 60_000).toISOString()
    pushCommit(s.repo, p)
    const run = await s.run(
      'command-dispatch',
      'issue_comment',
      issueCommentPayload(s.emu, s.repo, p, comment),
    )
    expect(run.result.commands[0].ok).toBe(false)
    expect(p.labels).not.toContain('lgtm')
    expect(status(p, 'bosun/lgtm')).toBeUndefined()
    expect(s.botComments(p).pop()).toContain('after you wrote this')
  })

  it('refuses an approving review of a commit that is no longer the head', async () => {
    s.config('lgtm:\n  review-acts-as-lgtm: true\n')
    try {
      const p = pr(['docs/guide.md'])
      const payload = reviewPayload(s.emu, s.repo, p, 'rev', 'Looks good', 'approved')
      pushCommit(s.repo, p)
      const run = await s.run('command-dispatch', 'pull_request_review', payload)
      expect(run.result.commands[0].ok).toBe(false)
      expect(p.labels).not.toContain('lgtm')
    } finally {
      s.config('')
    }
  })

  it('/lgtm cancel turns the head status to pending; /lgtm no-issue is accepted', async () => {
    const p = pr(['docs/guide.md'])
    const run = await s.comment(p, 'rev', '/lgtm no-issue')
    expect(run.result.commands[0].ok).toBe(true)
    expect(status(p, 'bosun/lgtm')!.state).toBe('success')
    await s.comment(p, 'rev', '/lgtm cancel')
    expect(status(p, 'bosun/lgtm')).toMatchObject({ state: 'pending', description: 'LGTM cancelled by rev.' })
    expect(p.labels).not.toContain('lgtm')
  })
})

describe('a push recomputes review state', () => {
  it('removes approved when the push adds a file the approvers do not cover, and updates the notification', async () => {
    const p = pr(['docs/guide.md'])
    await s.comment(p, 'dora', '/approve')
    expect(p.labels).toContain('approved')
    p.pull!.files.push({ filename: 'src/main.go', status: 'added', additions: 3, deletions: 0 })
    const run = await push(p)
    expect(run.code).toBe(0)
    expect(p.labels).not.toContain('approved')
    expect(notification(p)).toContain('**NOT APPROVED**')
    expect(status(p, 'bosun/approve')).toBeUndefined()
  })

  it('adds approved (and bosun/approve on the new head) when the push removes the only unapproved file', async () => {
    const p = pr(['docs/guide.md', 'src/main.go'])
    await s.comment(p, 'dora', '/approve')
    expect(p.labels).not.toContain('approved')
    p.pull!.files = p.pull!.files.filter((f) => f.filename !== 'src/main.go')
    await push(p)
    expect(p.labels).toContain('approved')
    expect(status(p, 'bosun/approve')).toMatchObject({ state: 'success', description: 'Approved by dora.' })
    expect(notification(p)).toContain('**APPROVED**')
  })

  it("resets lgtm on the bot's own push too (a /gt commit needs review like any other)", async () => {
    const p = pr(['docs/guide.md'])
    await s.comment(p, 'rev', '/lgtm')
    expect(p.labels).toContain('lgtm')
    const run = await push(p, BOT)
    expect(run.code).toBe(0)
    expect(p.labels).not.toContain('lgtm')
    expect(status(p, 'bosun/lgtm')).toMatchObject({ state: 'pending', creator: BOT })
  })

  it('keeps lgtm across a push that leaves the tree as reviewed, with lgtm.keep-on-same-tree', async () => {
    s.config('lgtm:\n  keep-on-same-tree: true\n')
    try {
      const p = pr(['docs/guide.md'])
      await s.comment(p, 'rev', '/lgtm')
      const sync = (sameTree: boolean) => {
        const before = p.pull!.head.sha
        pushCommit(s.repo, p, 'rebase', { sameTree })
        const payload = pullRequestPayload(s.emu, s.repo, p, 'synchronize')
        Object.assign(payload, { before, after: p.pull!.head.sha })
        return s.run('label-policy', 'pull_request_target', payload)
      }
      await sync(true)
      expect(p.labels).toContain('lgtm')
      expect(status(p, 'bosun/lgtm')).toMatchObject({ state: 'success', creator: BOT })
      expect(status(p, 'bosun/lgtm')!.description).toMatch(/^LGTM by rev kept: same tree as [0-9a-f]{7}\.$/)
      await sync(false)
      expect(p.labels).not.toContain('lgtm')
      expect(status(p, 'bosun/lgtm')!.state).toBe('pending')
    } finally {
      s.config('')
    }
  })

  it('writes nothing when the same push is delivered again', async () => {
    const p = pr(['docs/guide.md'])
    await s.comment(p, 'rev', '/lgtm')
    await s.comment(p, 'dora', '/approve')
    pushCommit(s.repo, p)
    const payload = pullRequestPayload(s.emu, s.repo, p, 'synchronize')
    await s.run('label-policy', 'pull_request_target', payload)
    const comments = s.botComments(p).length
    s.emu.resetLog()
    const again = await s.run('label-policy', 'pull_request_target', payload)
    expect(again.code).toBe(0)
    expect(s.emu.writes()).toEqual([])
    expect(s.botComments(p)).toHaveLength(comments)
  })
})

describe('the approval history cannot be forged', () => {
  it("ignores /approve added to an approver's comment by someone else's edit", async () => {
    const p = pr(['docs/guide.md'])
    const old = addComment(s.emu.state, s.repo, p.number, 'dora', 'I will look at this later.')
    // colin (write access) edits dora's comment, then forces a recount with a withdrawal of his own.
    old.body = '/approve'
    old.lastEditedAt = new Date().toISOString()
    old.editor = 'colin'
    await s.comment(p, 'colin', '/approve cancel')
    expect(p.labels).not.toContain('approved')
    expect(notification(p)).toContain('**NOT APPROVED**')
  })

  it('keeps a withdrawal written in a review body', async () => {
    const p = pr(['docs/guide.md'])
    await s.comment(p, 'dora', '/approve')
    expect(p.labels).toContain('approved')
    await s.run(
      'command-dispatch',
      'pull_request_review',
      reviewPayload(s.emu, s.repo, p, 'dora', '/approve cancel'),
    )
    expect(p.labels).not.toContain('approved')
    // Another recount (root-approver withdraws nothing of dora's) must not bring dora's approval back.
    await s.comment(p, 'root-approver', '/approve cancel')
    expect(p.labels).not.toContain('approved')
  })

  it("never overwrites a user's comment that carries bosun's approve marker", async () => {
    const p = pr(['docs/guide.md'])
    const forged = addComment(s.emu.state, s.repo, p.number, 'paula', '<!-- bosun:approve -->\n**APPROVED**')
    await s.comment(p, 'dora', '/approve')
    expect(forged.body).toBe('<!-- bosun:approve -->\n**APPROVED**')
    expect(s.botComments(p).filter((b) => b.includes('<!-- bosun:approve -->'))).toHaveLength(1)
  })

  it('lets the author withdraw their implicit approval', async () => {
    const p = pr(['docs/guide.md'], 'dora')
    await s.run('label-policy', 'pull_request_target', pullRequestPayload(s.emu, s.repo, p, 'opened'))
    expect(p.labels).toContain('approved')
    await s.comment(p, 'dora', '/approve cancel')
    expect(p.labels).not.toContain('approved')
    expect(notification(p)).toContain('**NOT APPROVED**')
    expect(status(p, 'bosun/approve')!.state).toBe('pending')
  })
})

describe('re-delivery', () => {
  it.each([
    ['/lgtm', 'rev'],
    ['/approve', 'dora'],
    ['/hold\n/kind bug', 'rev'],
  ])('writes nothing when the comment %j is delivered again', async (body, author) => {
    const p = pr(['docs/guide.md'])
    const comment = addComment(s.emu.state, s.repo, p.number, author, body)
    const payload = issueCommentPayload(s.emu, s.repo, p, comment)
    const first = await s.run('command-dispatch', 'issue_comment', payload)
    expect(first.result.commands.length).toBeGreaterThan(0)
    s.emu.resetLog()
    const again = await s.run('command-dispatch', 'issue_comment', payload)
    expect(again.code).toBe(0)
    expect(s.emu.writes()).toEqual([])
    expect(s.emu.requests).toHaveLength(1) // the preflight that found bosun's reaction
    expect(s.reactions(`comment:${comment.id}`)).toHaveLength(1)
  })

  it('writes nothing when `opened` of a self-approved PR is delivered again', async () => {
    const p = pr(['docs/guide.md'], 'dora')
    const payload = pullRequestPayload(s.emu, s.repo, p, 'opened')
    await s.run('label-policy', 'pull_request_target', payload)
    expect(p.labels).toContain('approved')
    expect(p.pull!.requestedReviewers.length).toBeGreaterThan(0)
    s.emu.resetLog()
    const again = await s.run('label-policy', 'pull_request_target', payload)
    expect(again.code).toBe(0)
    expect(s.emu.writes()).toEqual([])
  })

  it('welcomes a first-time contributor once, however often `opened` is delivered', async () => {
    const t = new Scenario('acme/welcome')
    await t.start()
    try {
      t.people({ newbie: null })
      t.config('welcome:\n  pr: "Welcome {author}!"\n')
      const p = createPull(t.emu.state, t.repo, { author: 'newbie' })
      const payload = pullRequestPayload(t.emu, t.repo, p, 'opened')
      await t.run('label-policy', 'pull_request_target', payload)
      t.emu.resetLog()
      await t.run('label-policy', 'pull_request_target', payload)
      expect(t.botComments(p).filter((b) => b.includes('Welcome @newbie!'))).toHaveLength(1)
      expect(t.emu.writes()).toEqual([])
      expect(t.emu.violations).toEqual([])
    } finally {
      await t.stop()
    }
  }, 20_000)
})

describe('a /lgtm writes its assignment, status and label together', () => {
  it('tells the reviewer when GitHub refuses the status, reacts last, and a second /lgtm completes it', async () => {
    const p = pr(['docs/guide.md'])
    await s.comment(p, 'dora', '/approve')
    s.emu.inject({ match: 'repos/create-commit-status', status: 422 })
    // When the reaction arrives, every other write must have been answered already.
    let unansweredAtReaction: string[] = []
    s.emu.before('reactions/create-for-issue-comment', () => {
      unansweredAtReaction = s.emu
        .writes()
        .filter((w) => w.operation !== 'reactions/create-for-issue-comment' && w.status === 0)
        .map((w) => w.operation)
    })
    const run = await s.comment(p, 'rev', '/lgtm')
    expect(run.code).toBe(0)
    expect(run.result.commands[0].ok).toBe(false)
    expect(s.botComments(p).pop()).toContain('> /lgtm\n\nGitHub refused the change (422')
    expect(status(p, 'bosun/lgtm')).toBeUndefined()
    // The reaction, confused, is the last write, sent once every other was answered.
    const writes = s.emu.writes()
    expect(writes.map((w) => w.operation).sort()).toEqual([
      'issues/add-assignees',
      'issues/add-labels',
      'issues/create-comment',
      'reactions/create-for-issue-comment',
      'repos/create-commit-status',
    ])
    expect(writes.at(-1)).toMatchObject({
      operation: 'reactions/create-for-issue-comment',
      body: { content: 'confused' },
    })
    expect(unansweredAtReaction).toEqual([])
    // The label landed, but the pool does not merge without bosun's status on the head.
    expect(p.labels).toEqual(expect.arrayContaining(['lgtm', 'approved']))
    await evaluate(p)
    expect(p.pull!.merged).toBe(false)
    const again = await s.comment(p, 'rev', '/lgtm')
    expect(again.result.commands[0].ok).toBe(true)
    expect(status(p, 'bosun/lgtm')).toMatchObject({ state: 'success', description: 'LGTM by rev.' })
    await evaluate(p)
    expect(p.pull!.merged).toBe(true)
  })
})
