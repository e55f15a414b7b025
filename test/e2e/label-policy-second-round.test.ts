// label-policy's second-round policies end to end through dist/label-policy against the emulator:
// OWNERS `labels:`, labels.require (Prow's require-matching-label) and merge.milestones (Prow's
// milestone-applier), each with its bad input.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  addLabel,
  addMilestone,
  createIssue,
  createPull,
  markMerged,
  pushCommit,
  type Issue,
} from '../emulator/state.js'
import { issuesPayload, labeledPayload, pullRequestPayload } from '../support/payloads.js'
import { BOT, Scenario } from '../support/scenario.js'
import { expectSkipped } from '../support/e2e-host.js'

const s = new Scenario('acme/gadgets')

beforeAll(async () => {
  await s.start({
    files: {
      OWNERS: 'approvers: [maya]\nlabels: [area/root]\n',
      'api/OWNERS':
        "approvers: [ada]\nlabels: [area/api]\nfilters:\n  '\\.proto$':\n    labels: [kind/api-change]\n",
    },
  })
  s.people({ paula: null, maya: 'admin', ada: 'write', colin: 'write' })
  for (const label of ['kind/bug', 'kind/feature', 'priority/low']) addLabel(s.repo, label, 'ededed')
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

const send = (item: Issue, action = 'opened', sender = item.user.login) => {
  s.emu.resetLog()
  return item.pull
    ? s.run('label-policy', 'pull_request_target', pullRequestPayload(s.emu, s.repo, item, action, sender))
    : s.run('label-policy', 'issues', issuesPayload(s.emu, s.repo, item, action, sender))
}
/** A label change by `sender`, as GitHub delivers it (the label already added or removed). */
const relabel = (item: Issue, action: 'labeled' | 'unlabeled', label: string, sender = 'colin') => {
  if (action === 'labeled') item.labels.push(label)
  else item.labels = item.labels.filter((l) => l !== label)
  const payload = labeledPayload(s.emu, s.repo, item, label, sender)
  payload.action = action
  s.emu.resetLog()
  return s.run('label-policy', item.pull ? 'pull_request_target' : 'issues', payload)
}

describe('owners-label', () => {
  it('adds the labels of the OWNERS files (and filters) covering the changed files', async () => {
    const p = createPull(s.emu.state, s.repo, {
      author: 'colin',
      files: [{ filename: 'api/v1/types.proto' }, { filename: 'api/handler.go' }],
    })
    expect((await send(p)).code).toBe(0)
    expect(p.labels).toEqual(expect.arrayContaining(['area/api', 'kind/api-change', 'area/root']))
  })

  it('only adds: a push away from a directory keeps its label, and costs no extra request', async () => {
    const p = createPull(s.emu.state, s.repo, { author: 'colin', files: [{ filename: 'api/a.go' }] })
    await send(p)
    expect(p.labels).toEqual(expect.arrayContaining(['area/api', 'area/root']))
    p.pull!.files = [{ filename: 'README.md', status: 'modified', additions: 1, deletions: 0 }]
    pushCommit(s.repo, p)
    const run = await send(p, 'synchronize')
    expect(run.code).toBe(0)
    expect(p.labels).toContain('area/api')
    // The same reads a push made before OWNERS labels were applied (they share the approval's OWNERS).
    expect(s.emu.writes()).toEqual([])
    expect(s.emu.requests.length).toBeLessThanOrEqual(5)
  })
})

describe('require-matching-label', () => {
  beforeAll(() =>
    s.config(
      "labels:\n  require:\n    - { match: '^kind/', missing: needs-kind, comment: 'Please add a /kind label.' }\n    - { match: '^sig/', missing: needs-sig, on: [issues] }\n",
    ),
  )
  afterAll(() => s.config(''))
  const notes = (i: Issue) => s.botComments(i).filter((c) => c.includes('bosun:require-label:needs-kind'))

  it('marks an issue without kind/* and sig/*, comments once, and follows label changes', async () => {
    const i = createIssue(s.emu.state, s.repo, { author: 'colin', body: 'It broke.' })
    expect((await send(i)).code).toBe(0)
    expect(i.labels).toEqual(expect.arrayContaining(['needs-kind', 'needs-sig']))
    expect(notes(i)).toEqual([expect.stringContaining('Please add a /kind label.')])
    expect((await relabel(i, 'labeled', 'kind/bug')).code).toBe(0)
    expect(i.labels).not.toContain('needs-kind')
    expect(i.labels).toContain('needs-sig')
    await relabel(i, 'unlabeled', 'kind/bug')
    expect(i.labels).toContain('needs-kind')
    expect(notes(i)).toHaveLength(1)
    // A re-delivered `opened` says nothing twice.
    await send(i)
    expect(notes(i)).toHaveLength(1)
  })

  it('applies a rule to PRs only when it says so, and ignores label changes by bots', async () => {
    const p = createPull(s.emu.state, s.repo, { author: 'colin', labels: ['kind/feature'] })
    await send(p)
    expect(p.labels).not.toContain('needs-kind')
    expect(p.labels).not.toContain('needs-sig') // the sig rule is for issues
    const run = await relabel(p, 'unlabeled', 'kind/feature', BOT)
    expect(run.result.skipped).toBe('event sent by the bot itself')
    expect(p.labels).not.toContain('needs-kind')
    await relabel(p, 'labeled', 'priority/low')
    expect(p.labels).toContain('needs-kind')
    expect(notes(p)).toHaveLength(1)
  })

  // label-policy never sees bosun's own label writes, so command-dispatch applies the rules itself.
  it('takes needs-kind off when /kind bug adds a match, in the same label write', async () => {
    const i = createIssue(s.emu.state, s.repo, { author: 'colin', body: 'It broke.' })
    await send(i)
    expect(i.labels).toContain('needs-kind')
    const run = await s.comment(i, 'colin', '/kind bug')
    expect(run.code).toBe(0)
    expect(i.labels).toContain('kind/bug')
    expect(i.labels).not.toContain('needs-kind')
    expect(notes(i)).toHaveLength(1)
    await s.comment(i, 'colin', '/remove-kind bug')
    expect(i.labels).toContain('needs-kind')
    expect(notes(i)).toHaveLength(1) // said once, when the label first went on
  })

  it('fails clearly on a regex that is not RE2, naming the key, and writes nothing', async () => {
    s.config("labels:\n  require:\n    - { match: '^(?!kind/)', missing: needs-kind }\n")
    try {
      const i = createIssue(s.emu.state, s.repo, { author: 'colin' })
      const run = await send(i)
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('labels.require[0].match: not a valid regular expression')
      expect(run.stdout).not.toMatch(/\n\s+at /) // no stack trace
      expect(s.emu.writes()).toEqual([])
    } finally {
      s.config(
        "labels:\n  require:\n    - { match: '^kind/', missing: needs-kind, comment: 'Please add a /kind label.' }\n",
      )
    }
  })
})

describe('milestone-applier', () => {
  beforeAll(() => {
    addMilestone(s.repo, 'v1.2', 'closed')
    addMilestone(s.repo, 'v1.2')
    s.config('merge:\n  milestones: { release-1.2: v1.2, release-9: v9.0 }\n')
  })
  afterAll(() => s.config(''))
  const mergedInto = (base: string) => {
    const p = createPull(s.emu.state, s.repo, { author: 'colin' })
    p.pull!.base.ref = base
    markMerged(s.repo, p, new Date().toISOString())
    p.state = 'closed'
    return p
  }
  const titleOf = (p: Issue) => (p.milestone ? s.repo.milestones.get(p.milestone)?.title : undefined)

  it('sets the open milestone of a configured branch on merge, also when the merge pool merged it', async () => {
    const p = mergedInto('release-1.2')
    const run = await send(p, 'closed', BOT)
    expect(run.code).toBe(0)
    expect(titleOf(p)).toBe('v1.2')
    expect(s.repo.milestones.get(p.milestone!)?.state).toBe('open')
    // Once set, a re-delivered event reads nothing but the preflight.
    await send(p, 'closed', 'maya')
    expect(s.emu.writes()).toEqual([])
    expect(s.emu.requests).toHaveLength(1)
  })

  it('leaves other branches and unmerged PRs alone (the latter without a request)', async () => {
    const other = mergedInto('main')
    await send(other, 'closed', 'maya')
    expect(other.milestone).toBeNull()
    const closed = createPull(s.emu.state, s.repo, { author: 'colin' })
    closed.pull!.base.ref = 'release-1.2'
    closed.state = 'closed'
    const run = await send(closed, 'closed', 'maya')
    expectSkipped(run, 'closed without merging', 'a PR closed without merging')
    expect(s.emu.requests).toEqual([])
  })

  it('warns in the log and the report when the milestone does not exist, and writes nothing', async () => {
    const p = mergedInto('release-9')
    const run = await send(p, 'closed', 'maya')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('merge.milestones: no milestone titled "v9.0" in this repository')
    expect(run.summary).toContain('no milestone titled "v9.0"')
    expect(p.milestone).toBeNull()
    expect(s.emu.writes()).toEqual([])
  })
})
