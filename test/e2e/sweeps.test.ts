// The sweeps end to end through dist/: needs-rebase in auto-merge's sweep and on a push to a base
// branch, and lifecycle automation (stale, rotten, close) in label-policy's scheduled run, with the
// removal of stale/rotten when a human is active again.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { BUILTIN_LABELS } from '../../src/core/label-definitions.js'
import { addComment, addLabel, createIssue, createPull, type Issue } from '../emulator/state.js'
import { example } from '../support/payloads.js'
import { BOT, Scenario } from '../support/scenario.js'
import { expectSkipped } from '../support/e2e-host.js'

const s = new Scenario()
const DAY = 24 * 3600_000
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString()

beforeAll(async () => {
  await s.start()
  s.people({ paula: null, alice: 'write', 'dependabot[bot]': null })
  // Label sync finds every label as declared, so the scheduled runs only do lifecycle work.
  for (const l of BUILTIN_LABELS) addLabel(s.repo, l.name, l.color, l.description ?? null)
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

const issueWrites = () => s.emu.writes().filter((w) => w.operation.startsWith('issues/'))
const ops = () => s.emu.writes().map((w) => w.operation)

describe('needs-rebase', () => {
  let conflicting: Issue
  let clean: Issue
  const sweep = () => {
    s.emu.resetLog()
    return s.run('auto-merge', 'schedule', { schedule: '*/30 * * * *' })
  }
  const rebaseComments = (pr: Issue) =>
    s.botComments(pr).filter((b) => b.includes('<!-- bosun:needs-rebase -->'))

  it('labels a conflicting PR once, with one comment, and leaves a clean one alone', async () => {
    conflicting = createPull(s.emu.state, s.repo, { author: 'paula', mergeable: false })
    clean = createPull(s.emu.state, s.repo, { author: 'paula' })
    const run = await sweep()
    expect(run.code).toBe(0)
    expect(conflicting.labels).toEqual(['needs-rebase'])
    expect(clean.labels).toEqual([])
    expect(rebaseComments(conflicting)).toHaveLength(1)
    expect(rebaseComments(conflicting)[0]).toContain('conflicts with `main`')
    expect(issueWrites().map((w) => w.operation)).toEqual(['issues/create-comment', 'issues/add-labels'])
    expect(run.summary).toContain(`#${conflicting.number}: conflicts, labelled`)
  })

  it('writes nothing on the next sweep while nothing changed', async () => {
    const run = await sweep()
    expect(run.code).toBe(0)
    expect(ops()).toEqual([])
    expect(conflicting.labels).toEqual(['needs-rebase'])
  })

  it('does nothing while GitHub has not computed mergeability (UNKNOWN)', async () => {
    conflicting.pull!.mergeable = null
    const run = await sweep()
    expect(run.code).toBe(0)
    expect(issueWrites()).toEqual([])
    expect(conflicting.labels).toEqual(['needs-rebase'])
  })

  it('removes the label once the conflict is resolved and edits the same comment to say so', async () => {
    conflicting.pull!.mergeable = true
    const run = await sweep()
    expect(run.code).toBe(0)
    expect(conflicting.labels).toEqual([])
    expect(rebaseComments(conflicting)).toHaveLength(1)
    expect(rebaseComments(conflicting)[0]).toContain('The conflict with `main` is resolved')
    expect(issueWrites().map((w) => w.operation)).toEqual(['issues/update-comment', 'issues/remove-label'])
  })

  it('on a push to a base branch, labels the PRs based on it that conflict now', async () => {
    conflicting.pull!.mergeable = false
    const other = createPull(s.emu.state, s.repo, { author: 'paula', mergeable: false })
    other.pull!.base.ref = 'release-1'
    s.repo.branches.set('release-1', { sha: 'abc', files: new Map() })
    const push = (ref: string) => ({
      ...example('push'),
      ref,
      deleted: false,
      repository: { ...example('push').repository, full_name: s.fullName, default_branch: 'main' },
      sender: { login: 'alice', type: 'User' },
    })
    s.emu.resetLog()
    const run = await s.run('auto-merge', 'push', push('refs/heads/main'))
    expect(run.code).toBe(0)
    expect(conflicting.labels).toEqual(['needs-rebase'])
    expect(other.labels).toEqual([]) // based on release-1: not this push's business
    expect(rebaseComments(conflicting)).toHaveLength(1)
    expect(rebaseComments(conflicting)[0]).toContain('conflicts with `main`')
    expect(ops()).toEqual(['issues/update-comment', 'issues/add-labels'])
    const tag = await s.run('auto-merge', 'push', push('refs/tags/v1'))
    expectSkipped(tag, 'push to refs/tags/v1, not a branch', 'push to a branch other than the default')
    // The all-in-one routes a push to auto-merge too (label-policy skips: the config did not change).
    conflicting.labels = []
    const all = await s.run('all-in-one', 'push', { ...push('refs/heads/main'), commits: [] })
    expect(all.code).toBe(0)
    expect(conflicting.labels).toEqual(['needs-rebase'])
    expect(rebaseComments(conflicting)).toHaveLength(1)
    other.pull!.base.ref = 'main' // back on main for the tests below
    other.state = 'closed'
  })

  it('is off with needs-rebase: false', async () => {
    s.config('needs-rebase: false\n')
    try {
      conflicting.pull!.mergeable = true
      const run = await sweep()
      expect(run.code).toBe(0)
      expect(issueWrites()).toEqual([])
      expect(conflicting.labels).toEqual(['needs-rebase'])
    } finally {
      s.config('')
      for (const pr of [conflicting, clean]) pr.state = 'closed'
    }
  })
})

describe('lifecycle', () => {
  const CONFIG = 'lifecycle:\n  stale: 90d\n  rotten: 30d\n  close: 30d\n'
  let quiet: Issue
  let discussed: Issue
  let botsOnly: Issue
  let frozen: Issue
  let quietPr: Issue
  let young: Issue
  const old = (item: Issue, days = 200) => {
    item.createdAt = ago(days)
    item.updatedAt = ago(days)
    return item
  }
  const comment = (item: Issue, author: string, days: number, body = 'any news?') => {
    const c = addComment(s.emu.state, s.repo, item.number, author, body)
    c.createdAt = c.updatedAt = ago(days)
    return c
  }
  /** Moves everything bosun did on an item `days` into the past, as if that much time went by. */
  const age = (item: Issue, days: number) => {
    for (const e of s.repo.issueEvents) if (e.issueNumber === item.number) e.createdAt = ago(days)
    for (const c of s.repo.comments.values())
      if (c.issueNumber === item.number && c.user.login === BOT) c.createdAt = ago(days)
  }
  const sweep = (inputs: Record<string, string> = {}) => {
    s.emu.resetLog()
    return s.run('label-policy', 'schedule', { schedule: '23 * * * *' }, inputs)
  }
  const lifecycleComments = (item: Issue) =>
    s.botComments(item).filter((b) => b.includes('<!-- bosun:lifecycle-'))

  beforeAll(() => {
    s.config(CONFIG)
    quiet = old(createIssue(s.emu.state, s.repo, { author: 'paula', title: 'quiet issue' }))
    discussed = old(createIssue(s.emu.state, s.repo, { author: 'paula', title: 'discussed' }))
    comment(discussed, 'alice', 10)
    botsOnly = old(createIssue(s.emu.state, s.repo, { author: 'paula', title: 'bots only' }))
    comment(botsOnly, 'dependabot[bot]', 5, 'Bumps x from 1 to 2.')
    comment(botsOnly, BOT, 3, '<!-- bosun:reply -->\nsomething bosun said')
    botsOnly.updatedAt = ago(3) // GitHub moves updatedAt for every comment, a bot's too
    frozen = old(createIssue(s.emu.state, s.repo, { author: 'paula', labels: ['lifecycle/frozen'] }))
    quietPr = old(createPull(s.emu.state, s.repo, { author: 'paula', title: 'quiet PR' }))
    quietPr.pull!.commits.forEach((c) => (c.committedAt = ago(200)))
    young = old(createIssue(s.emu.state, s.repo, { author: 'paula' }), 20)
  })

  it('rejects nonsense durations as a config error naming the key, writing nothing', async () => {
    s.config('lifecycle:\n  stale: soon\n  close: -1d\n')
    try {
      const run = await sweep()
      expect(run.code).not.toBe(0)
      expect(run.result.error).toContain('lifecycle.stale: "soon" is not a duration')
      expect(run.result.error).toContain('lifecycle.close: "-1d" is not a duration or false')
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /) // no stack trace
      expect(ops()).toEqual([])
    } finally {
      s.config(CONFIG)
    }
  })

  it('a dry run lists what it would mark and changes nothing', async () => {
    const run = await sweep({ 'dry-run': 'true' })
    expect(run.code).toBe(0)
    expect(ops()).toEqual([])
    for (const item of [quiet, botsOnly, quietPr]) {
      expect(run.summary).toContain(`#${item.number} (`)
      expect(item.labels).toEqual([])
    }
    expect(run.summary).toContain('`lifecycle/stale` added')
    for (const item of [discussed, frozen, young]) expect(run.summary).not.toContain(`#${item.number} (`)
  })

  it('marks what had no human activity for 90 days stale, bot activity not counting', async () => {
    const run = await sweep()
    expect(run.code).toBe(0)
    for (const item of [quiet, botsOnly, quietPr]) {
      expect(item.labels).toEqual(['lifecycle/stale'])
      expect(lifecycleComments(item)).toHaveLength(1)
      expect(lifecycleComments(item)[0]).toContain('no activity for 90d')
    }
    for (const item of [discussed, frozen, young]) expect(item.labels).not.toContain('lifecycle/stale')
    expect(frozen.labels).toEqual(['lifecycle/frozen'])
    expect(ops().sort()).toEqual([
      ...Array(3).fill('issues/add-labels'),
      ...Array(3).fill('issues/create-comment'),
    ])
  })

  it('writes nothing on the next sweep: its own label and comment are no activity and no age', async () => {
    const run = await sweep()
    expect(run.code).toBe(0)
    expect(ops()).toEqual([])
    expect(run.summary).toContain('Lifecycle sweep: nothing is due.')
  })

  it('stale for 30 days more: rotten; a human comment the sweep sees takes stale off', async () => {
    age(quiet, 31)
    age(botsOnly, 31)
    comment(botsOnly, 'alice', 0, 'still relevant') // seen by the sweep, no event run
    const run = await sweep()
    expect(run.code).toBe(0)
    expect(quiet.labels).toEqual(['lifecycle/rotten'])
    expect(lifecycleComments(quiet).at(-1)).toContain('now `lifecycle/rotten`')
    expect(botsOnly.labels).toEqual([])
    expect(quietPr.labels).toEqual(['lifecycle/stale'])
  })

  it('rotten for 30 days more: closed with a comment', async () => {
    age(quiet, 31)
    const run = await sweep()
    expect(run.code).toBe(0)
    expect(quiet.state).toBe('closed')
    expect(quiet.stateReason).toBe('not_planned')
    expect(lifecycleComments(quiet).at(-1)).toContain('Closing this issue')
    expect(lifecycleComments(quiet)).toHaveLength(3)
  })

  it("a bot's comment leaves stale on; a human's comment takes it off at once", async () => {
    const fromBot = await s.comment(quietPr, 'dependabot[bot]', 'Rebased.')
    expect(fromBot.code).toBe(0)
    expect(quietPr.labels).toEqual(['lifecycle/stale'])
    const fromHuman = await s.comment(quietPr, 'paula', 'Still working on it.')
    expect(fromHuman.code).toBe(0)
    expect(quietPr.labels).toEqual([])
    expect(ops()).toEqual(['issues/remove-label'])
  })
})
