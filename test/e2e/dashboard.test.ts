// The dashboard end to end through dist/auto-merge: sweeps create and pin one issue with the merge
// pool, leave it alone while nothing changes, update it in place when the pool changes, never
// trust a marker in someone else's issue, and write nothing while the dashboard is off.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { addCheckRun, createIssue, createPull, latestStatuses, type Issue } from '../emulator/state.js'
import { BOT, markReviewed, Scenario } from '../support/scenario.js'

const s = new Scenario()
const MARKER = '<!-- bosun:dashboard -->'

beforeAll(async () => {
  await s.start()
  s.people({ paula: null, mallory: null })
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

/** A PR with green checks and a reviewed head; `labels` decides whether it is ready. */
function pull(title: string, labels: string[]): Issue {
  const p = createPull(s.emu.state, s.repo, { author: 'paula', title, labels })
  addCheckRun(s.repo, p.pull!.head.sha, 'build', 'success')
  markReviewed(s.repo, p.pull!.head.sha)
  return p
}
const sweep = () => {
  s.emu.resetLog()
  return s.run('auto-merge', 'schedule', { schedule: '*/15 * * * *' })
}
const botIssues = () => [...s.repo.issues.values()].filter((i) => !i.pull && i.user.login === BOT)
const graphqlRequests = () => s.emu.requests.filter((r) => r.operation === 'graphql').length

describe('dashboard', () => {
  let ready: Issue
  let blocked: Issue
  let forged: Issue
  let dashboard: Issue

  it('is off by default: a sweep writes no issue and reads nothing more', async () => {
    blocked = pull('feat: needs approval @mallory', ['lgtm'])
    const run = await sweep()
    expect(run.code).toBe(0)
    expect(s.emu.writes().map((w) => w.operation)).toEqual(['repos/create-commit-status'])
    expect(botIssues()).toEqual([])
    expect(graphqlRequests()).toBe(1)
  })

  it('a first sweep creates and pins the issue with the pool, ignoring a forged marker', async () => {
    s.config('dashboard:\n  enabled: true\n')
    forged = createIssue(s.emu.state, s.repo, {
      author: 'mallory',
      title: 'bosun dashboard',
      body: `${MARKER}\nforged`,
    })
    // Even pinned by a maintainer, someone else's issue is not the dashboard.
    s.repo.pinnedIssues.push(forged.number)
    ready = pull('fix: ready to go', ['lgtm', 'approved'])
    const run = await sweep()
    expect(run.code).toBe(0)
    expect(ready.pull!.merged).toBe(true)
    expect(botIssues()).toHaveLength(1)
    dashboard = botIssues()[0]! // its length is 1 (above)
    expect(dashboard.title).toBe('bosun dashboard')
    expect(s.repo.pinnedIssues).toEqual([forged.number, dashboard.number])
    expect(forged.body).toBe(`${MARKER}\nforged`)
    const body = dashboard.body
    expect(body.startsWith(MARKER)).toBe(true)
    const description = latestStatuses(s.repo, blocked.pull!.head.sha).find(
      (x) => x.context === 'bosun/merge',
    )!.description!
    expect(body).toMatch(
      new RegExp(
        `\\| #${blocked.number} feat: needs approval @&#8203;mallory \\| paula \\| waiting \\| ${description.replace(/\./g, '\\.')} \\| \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC \\|`,
      ),
    )
    expect(body).toContain(`#${ready.number} (\`${ready.pull!.head.sha.slice(0, 7)}\`) merged`)
    expect(body).toContain('lifecycle queue: not configured')
    expect(body).not.toMatch(/@\w/)
    // The ready PR's "In merge pool." status and merge, then the dashboard and its pin.
    expect(s.emu.writes().map((w) => w.operation)).toEqual([
      'repos/create-commit-status',
      'pulls/merge',
      'issues/create',
      'graphql',
    ])
  })

  it('a second sweep with nothing changed writes nothing and reads nothing more', async () => {
    const before = dashboard.body
    const run = await sweep()
    expect(run.code).toBe(0)
    expect(s.emu.writes()).toEqual([])
    expect(graphqlRequests()).toBe(1) // found among the pinned issues the preflight read
    expect(dashboard.body).toBe(before)
    expect(run.summary).toContain(`Dashboard #${dashboard.number} unchanged.`)
  })

  it('a sweep after a change updates the body in place, keeping the history', async () => {
    blocked.labels.push('approved')
    const run = await sweep()
    expect(run.code).toBe(0)
    expect(blocked.pull!.merged).toBe(true)
    expect(botIssues()).toEqual([dashboard])
    const updates = s.emu.writes().filter((w) => w.operation.startsWith('issues/'))
    expect(updates.map((w) => [w.operation, w.path])).toEqual([
      ['issues/update', `/repos/${s.fullName}/issues/${dashboard.number}`],
    ])
    expect(dashboard.body).toContain('No open pull request.')
    expect(dashboard.body).toContain(`#${blocked.number} (\`${blocked.pull!.head.sha.slice(0, 7)}\`) merged`)
    expect(dashboard.body).toContain(`#${ready.number} (\`${ready.pull!.head.sha.slice(0, 7)}\`) merged`)
  })

  it('unpinned by a maintainer, the dashboard is found among its author’s issues, not duplicated', async () => {
    s.repo.pinnedIssues.splice(s.repo.pinnedIssues.indexOf(dashboard.number), 1)
    pull('docs: one more', ['lgtm'])
    const run = await sweep()
    expect(run.code).toBe(0)
    expect(botIssues()).toEqual([dashboard])
    expect(s.emu.writes().map((w) => w.operation)).toEqual(['repos/create-commit-status', 'issues/update'])
    expect(dashboard.body).toContain('docs: one more')
  })

  it('a forged marker alone, with no dashboard of its own, still gets a new issue', async () => {
    const other = new Scenario('acme/other')
    await other.start()
    try {
      other.people({ mallory: null })
      other.config('dashboard:\n  enabled: true\n  title: Merge pool\n')
      const fake = createIssue(other.emu.state, other.repo, { author: 'mallory', title: 'x', body: MARKER })
      other.emu.resetLog()
      const run = await other.run('auto-merge', 'workflow_dispatch', {})
      expect(run.code).toBe(0)
      const mine = [...other.repo.issues.values()].filter((i) => i.user.login === BOT)
      expect(mine.map((i) => i.title)).toEqual(['Merge pool'])
      expect(other.repo.pinnedIssues).toEqual([mine[0]?.number])
      expect(fake.body).toBe(MARKER)
      expect(other.emu.violations).toEqual([])
    } finally {
      await other.stop()
    }
  })
})
