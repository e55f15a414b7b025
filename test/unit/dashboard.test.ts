// The dashboard renderer: history kept across sweeps, stable text for an unchanged pool, and no
// text from PRs that pings people or forges the hidden data.
import { describe, expect, it } from '@jest/globals'
import {
  BODY_LIMIT,
  DASHBOARD_MARKER,
  HISTORY_LIMIT,
  inert,
  nextDashboardData,
  parseDashboardData,
  renderDashboard,
  type DashboardData,
  type DashboardRow,
} from '../../src/auto-merge/dashboard.js'

const T1 = '2026-12-01T10:00:00.000Z'
const T2 = '2026-12-01T10:15:00.000Z'
const row = (
  number: number,
  state: string,
  missing = '',
  extra: Partial<DashboardRow> = {},
): DashboardRow => ({
  number,
  title: `PR ${number}`,
  author: 'paula',
  headSha: `${number}`.padEnd(40, 'a'),
  state,
  missing,
  ...extra,
})
const EMPTY: DashboardData = { since: {}, recent: [] }

describe('nextDashboardData', () => {
  it.each<[string, DashboardData, DashboardRow[], DashboardData]>([
    [
      'a first sweep dates every open PR and records merges',
      EMPTY,
      [row(1, 'pending', 'Needs lgtm label.'), row(2, 'merged')],
      {
        since: { '1': { state: 'pending', at: T2 } },
        recent: [{ number: 2, kind: 'merged', sha: row(2, '').headSha, at: T2 }],
      },
    ],
    [
      'a PR in the same state keeps its date; a changed state is dated anew; a closed PR is dropped',
      {
        since: {
          '1': { state: 'pending', at: T1 },
          '3': { state: 'pending', at: T1 },
          '9': { state: 'ready', at: T1 },
        },
        recent: [],
      },
      [row(1, 'pending', 'Needs approved label.'), row(3, 'ready')],
      { since: { '1': { state: 'pending', at: T1 }, '3': { state: 'ready', at: T2 } }, recent: [] },
    ],
    [
      'a refusal already recorded for the same head and reason is not repeated',
      {
        since: { '4': { state: 'refused', at: T1 } },
        recent: [
          { number: 4, kind: 'refused', sha: row(4, '').headSha, at: T1, note: 'Base branch was modified.' },
        ],
      },
      [row(4, 'refused', 'Base branch was modified.')],
      {
        since: { '4': { state: 'refused', at: T1 } },
        recent: [
          { number: 4, kind: 'refused', sha: row(4, '').headSha, at: T1, note: 'Base branch was modified.' },
        ],
      },
    ],
    [
      'a new refusal reason is recorded, newest first',
      {
        since: { '4': { state: 'refused', at: T1 } },
        recent: [{ number: 4, kind: 'refused', sha: row(4, '').headSha, at: T1, note: 'old' }],
      },
      [row(4, 'refused', 'new')],
      {
        since: { '4': { state: 'refused', at: T1 } },
        recent: [
          { number: 4, kind: 'refused', sha: row(4, '').headSha, at: T2, note: 'new' },
          { number: 4, kind: 'refused', sha: row(4, '').headSha, at: T1, note: 'old' },
        ],
      },
    ],
  ])('%s', (_name, previous, rows, expected) => {
    expect(nextDashboardData(previous, rows, T2)).toEqual(expected)
  })

  it(`keeps the last ${HISTORY_LIMIT} merges and refusals`, () => {
    const merges = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => row(i + 1, 'merged'))
    const data = nextDashboardData(EMPTY, merges, T2)
    expect(data.recent).toHaveLength(HISTORY_LIMIT)
    expect(data.recent[0]?.number).toBe(1)
  })
})

describe('parseDashboardData', () => {
  const rendered = (data: DashboardData) => renderDashboard([], data)
  const data: DashboardData = {
    since: { '7': { state: 'ready', at: T1 } },
    recent: [{ number: 7, kind: 'refused', sha: 'abc', at: T1, note: 'a --> b <!-- c @alice' }],
  }
  it.each<[string, string, DashboardData]>([
    ['reads back what was rendered, even a note with comment syntax', rendered(data), data],
    ['an empty body', '', EMPTY],
    ['a hand-broken JSON', `${DASHBOARD_MARKER}\n<!-- bosun:dashboard-data {"since": -->`, EMPTY],
    ['no end of the comment', '<!-- bosun:dashboard-data {}', EMPTY],
    [
      'wrongly shaped entries are dropped',
      '<!-- bosun:dashboard-data {"since":{"x":{"state":"a","at":"b"},"2":5},"recent":[{"number":"1"},{"number":3,"kind":"merged","sha":"s","at":"t"}]} -->',
      { since: {}, recent: [{ number: 3, kind: 'merged', sha: 's', at: 't' }] },
    ],
    ['a JSON that is not an object', '<!-- bosun:dashboard-data [1] -->', EMPTY],
  ])('%s', (_name, body, expected) => {
    expect(parseDashboardData(body)).toEqual(expected)
  })
  it('hides comment syntax and mentions in the data', () => {
    const body = rendered(data)
    expect(body).not.toMatch(/@\w/)
    expect(body.match(/-->/g)).toHaveLength(2) // the marker's and the data's own
  })
})

describe('inert', () => {
  it.each([
    ['@alice please', '@&#8203;alice please'],
    ['a | b', 'a \\| b'],
    ['<!-- bosun:dashboard-data {} -->', '&lt;!-- bosun:dashboard-data {} --&gt;'],
    ['line\r\nbreak', 'line break'],
    ['`code`', '\\`code\\`'],
    ['&#64;x', '&amp;#64;x'],
  ])('%s', (input, expected) => {
    expect(inert(input)).toBe(expected)
  })
})

describe('renderDashboard', () => {
  const rows = [
    row(1, 'ready', '', { title: 'feat: ping @team | now', author: 'paula' }),
    row(2, 'pending', 'Not mergeable. Needs approved label.'),
    row(3, 'merged'),
  ]
  const data = nextDashboardData(EMPTY, rows, T1)
  const body = renderDashboard(rows, data)

  it('starts with the marker and lists open PRs with state, what is missing and since when', () => {
    expect(body.startsWith(DASHBOARD_MARKER)).toBe(true)
    expect(body).toContain(
      '| #1 feat: ping @&#8203;team \\| now | paula | in pool |  | 2026-12-01 10:00 UTC |',
    )
    expect(body).toContain(
      '| #2 PR 2 | paula | waiting | Not mergeable. Needs approved label. | 2026-12-01 10:00 UTC |',
    )
    expect(body).not.toMatch(/\| #3 /)
    expect(body).toContain(`- 2026-12-01 10:00 UTC: #3 (\`${rows[2]!.headSha.slice(0, 7)}\`) merged`)
    expect(body).toContain('lifecycle queue: not configured')
  })

  it('never writes a mention', () => {
    expect(body).not.toMatch(/@\w/)
  })

  it('is the same text for the same sweep outcome a second time', () => {
    const again = nextDashboardData(parseDashboardData(body), rows.slice(0, 2), T2)
    expect(renderDashboard(rows.slice(0, 2), again)).toBe(body)
  })

  it.each<[string, DashboardRow[], string]>([
    ['an empty pool', [], 'No open pull request.'],
    ['no history', [row(5, 'pending', 'x')], 'None yet.'],
  ])('%s', (_name, rs, text) => {
    expect(renderDashboard(rs, nextDashboardData(EMPTY, rs, T1))).toContain(text)
  })
})

describe('size', () => {
  it('summarises a large pool and stays under GitHub’s body limit even with long titles', () => {
    const rows = Array.from({ length: 300 }, (_, i) =>
      row(i + 1, 'pending', '@'.repeat(200), { title: '@'.repeat(80) }),
    )
    const body = renderDashboard(rows, nextDashboardData(EMPTY, rows, T1))
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT)
    expect(body).toMatch(/…and \d+ more open pull requests\./)
    expect(parseDashboardData(body).since['1']).toEqual({ state: 'pending', at: T1 })
  })
})
