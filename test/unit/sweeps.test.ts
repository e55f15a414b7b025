// The pure halves of the sweeps: needs-rebase's decision, duration parsing in the config, and the
// lifecycle automation's activity rule, decisions and searches.
import { describe, expect, it } from '@jest/globals'
import { ConfigError, parseConfig } from '../../src/core/config.js'
import { parseDuration } from '../../src/core/duration.js'
import { decideNeedsRebase, type RebaseDecision } from '../../src/auto-merge/needs-rebase.js'
import {
  decideLifecycle,
  lastHumanActivity,
  stageQuery,
  toLifecycleItem,
  TIMELINE_WINDOW,
  type Activity,
  type LifecycleItem,
} from '../../src/label-policy/lifecycle-decisions.js'
import { notActivity } from '../../src/label-policy/lifecycle.js'
import type { Payload } from '../../src/core/payload.js'

const DAY = 24 * 3600_000
const NOW = Date.parse('2026-12-01T00:00:00Z')
const ago = (days: number) => new Date(NOW - days * DAY).toISOString()

describe('needs-rebase decision', () => {
  const cases: Array<[string, string | null, string[], boolean, boolean, RebaseDecision]> = [
    ['conflict, no label', 'CONFLICTING', [], true, true, 'add'],
    ['conflict, labelled already', 'CONFLICTING', ['needs-rebase'], true, true, 'nothing'],
    ['conflict, label spelled differently', 'CONFLICTING', ['Needs-Rebase'], true, true, 'nothing'],
    ['resolved, labelled', 'MERGEABLE', ['needs-rebase'], true, true, 'remove'],
    ['mergeable, no label', 'MERGEABLE', [], true, true, 'nothing'],
    ['unknown, no label', 'UNKNOWN', [], true, true, 'nothing'],
    ['unknown, labelled', 'UNKNOWN', ['needs-rebase'], true, true, 'nothing'],
    ['not read at all', null, ['needs-rebase'], true, true, 'nothing'],
    ['turned off', 'CONFLICTING', [], true, false, 'nothing'],
    ['closed PR', 'CONFLICTING', [], false, true, 'nothing'],
  ]
  it.each(cases)('%s', (_name, mergeable, labels, open, enabled, expected) => {
    expect(decideNeedsRebase({ mergeable: mergeable as never, labels, open }, enabled)).toBe(expected)
  })
})

describe('durations', () => {
  it.each([
    ['90d', 90 * DAY],
    ['12h', 12 * 3600_000],
    ['2w', 14 * DAY],
    ['1d', DAY],
  ])('%s', (text, ms) => expect(parseDuration(text)).toBe(ms))
  it.each(['soon', '0d', '-1d', '1.5d', '90', 'd', '90 days', '', '090d', '1000000d'])('rejects %p', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  )

  const problems = (yaml: string) => {
    try {
      parseConfig(yaml, '.github/bosun.yml')
    } catch (error) {
      if (error instanceof ConfigError) return error.problems
      throw error
    }
    throw new Error('expected a ConfigError')
  }
  it('names each nonsense key in the config error', () => {
    expect(problems('lifecycle:\n  stale: soon\n  rotten: 0d\n  close: -1d\n')).toEqual([
      'lifecycle.stale: "soon" is not a duration: a whole number above zero and h, d or w (e.g. 12h, 90d, 2w)',
      'lifecycle.rotten: "0d" is not a duration: a whole number above zero and h, d or w (e.g. 12h, 90d, 2w)',
      'lifecycle.close: "-1d" is not a duration or false: a whole number above zero and h, d or w (e.g. 12h, 90d, 2w)',
    ])
    expect(problems('lifecycle:\n  on: [discussions]\n')).toEqual([
      'lifecycle.on[0]: must be one of "issues", "pulls"',
    ])
    expect(problems('needs-rebase: sometimes\n')).toEqual(['needs-rebase: must be boolean'])
  })
  it('is off until configured, and fills the defaults of an empty mapping', () => {
    expect(parseConfig('', 'x').lifecycle).toBeUndefined()
    expect(parseConfig('', 'x').needsRebase).toBe(true)
    expect(parseConfig('needs-rebase: false\n', 'x').needsRebase).toBe(false)
    expect(parseConfig('lifecycle: {}\n', 'x').lifecycle).toEqual({
      stale: { text: '90d', ms: 90 * DAY },
      rotten: { text: '30d', ms: 30 * DAY },
      close: { text: '30d', ms: 30 * DAY },
      exemptLabels: ['lifecycle/frozen'],
      on: ['issues', 'pulls'],
    })
    expect(parseConfig('lifecycle:\n  close: false\n  stale: 2w\n', 'x').lifecycle).toMatchObject({
      stale: { text: '2w', ms: 14 * DAY },
      close: false,
    })
  })
})

const config = parseConfig('lifecycle: {}\n', 'x').lifecycle!
const VIEWER = 'bosun-bot'
const human = (login = 'alice') => ({ login, type: 'User' })
const bot = (login = 'dependabot') => ({ login, type: 'Bot' })
const item = (over: Partial<LifecycleItem> = {}): LifecycleItem => ({
  number: 1,
  isPull: false,
  title: 't',
  createdAt: ago(200),
  author: human(),
  labels: [],
  activities: [],
  windowFull: false,
  ...over,
})
const act = (days: number, actor: Activity['actor'], kind: Activity['kind'] = 'comment', label?: string) => ({
  at: ago(days),
  actor,
  kind,
  ...(label ? { label } : {}),
})

describe('lifecycle decisions', () => {
  const cases: Array<[string, LifecycleItem, string]> = [
    ['old and quiet: stale', item(), 'stale'],
    ['a human comment 10 days ago: none', item({ activities: [act(10, human('bob'))] }), 'none'],
    ['only bots active lately: stale', item({ activities: [act(5, bot()), act(3, human(VIEWER))] }), 'stale'],
    [
      'a [bot] login is a bot',
      item({ activities: [act(5, { login: 'renovate[bot]', type: 'User' })] }),
      'stale',
    ],
    ['created 20 days ago: none', item({ createdAt: ago(20) }), 'none'],
    ['created by a bot 200 days ago: stale', item({ author: bot() }), 'stale'],
    ['exempt label: none', item({ labels: ['lifecycle/frozen'] }), 'none'],
    ['issues only configured, a PR: none', item({ isPull: true }), 'pulls-only'],
    [
      'stale 31 days, no human since: rotten',
      item({
        labels: ['lifecycle/stale'],
        activities: [act(31, human(VIEWER), 'labeled', 'lifecycle/stale')],
      }),
      'rotten',
    ],
    [
      'stale 10 days: none',
      item({
        labels: ['lifecycle/stale'],
        activities: [act(10, human(VIEWER), 'labeled', 'lifecycle/stale')],
      }),
      'none',
    ],
    [
      'a human commented after stale: unmark',
      item({
        labels: ['lifecycle/stale'],
        activities: [act(40, human(VIEWER), 'labeled', 'lifecycle/stale'), act(2, human('carol'))],
      }),
      'unmark:lifecycle/stale',
    ],
    [
      'a human set stale by hand: that is no activity',
      item({
        labels: ['lifecycle/stale'],
        activities: [act(35, human('carol'), 'labeled', 'lifecycle/stale')],
      }),
      'rotten',
    ],
    [
      'rotten 31 days: close',
      item({
        labels: ['lifecycle/rotten'],
        activities: [act(31, human(VIEWER), 'labeled', 'lifecycle/rotten')],
      }),
      'close',
    ],
    [
      'rotten, a human label change since: unmark',
      item({
        labels: ['lifecycle/rotten'],
        activities: [
          act(31, human(VIEWER), 'labeled', 'lifecycle/rotten'),
          act(1, human('dan'), 'labeled', 'kind/bug'),
        ],
      }),
      'unmark:lifecycle/rotten',
    ],
    [
      'a full window of bot items: human activity assumed just before it',
      item({
        windowFull: true,
        activities: Array.from({ length: TIMELINE_WINDOW }, (_, i) => act(10 - i * 0.1, bot())),
      }),
      'none',
    ],
  ]
  it.each(cases)('%s', (name, it0, expected) => {
    const cfg = expected === 'pulls-only' ? { ...config, on: ['issues' as const] } : config
    const action = decideLifecycle(it0, cfg, NOW, VIEWER)
    const got = action.kind === 'unmark' ? `unmark:${action.labels.join(',')}` : action.kind
    expect(got).toBe(expected === 'pulls-only' ? 'none' : expected)
  })

  it('never closes with close: false', () => {
    const rotten = item({
      labels: ['lifecycle/rotten'],
      activities: [act(150, human(VIEWER), 'labeled', 'lifecycle/rotten')],
    })
    expect(decideLifecycle(rotten, { ...config, close: false }, NOW, VIEWER).kind).toBe('none')
  })

  it('reads the last human activity from a search node, the bot token user excluded', () => {
    const node = {
      __typename: 'PullRequest',
      number: 7,
      title: 'x',
      createdAt: ago(100),
      author: { __typename: 'User', login: 'alice' },
      labels: { nodes: [{ name: 'lifecycle/stale' }] },
      timelineItems: {
        nodes: [
          {
            __typename: 'PullRequestCommit',
            commit: { committedDate: ago(50), author: { user: { login: 'alice' } } },
          },
          { __typename: 'IssueComment', createdAt: ago(5), author: { __typename: 'User', login: VIEWER } },
          {
            __typename: 'LabeledEvent',
            createdAt: ago(5),
            actor: { __typename: 'User', login: VIEWER },
            label: { name: 'lifecycle/stale' },
          },
        ],
      },
    }
    const parsed = toLifecycleItem(node)!
    expect(parsed).toMatchObject({ number: 7, isPull: true, labels: ['lifecycle/stale'], windowFull: false })
    expect(lastHumanActivity(parsed, VIEWER)).toBe(NOW - 50 * DAY)
    expect(toLifecycleItem({ __typename: 'Discussion' })).toBeUndefined()
  })
})

describe('lifecycle searches', () => {
  const repo = { owner: 'o', repo: 'r' }
  it.each([
    [
      'stale',
      'repo:o/r is:open -label:lifecycle/stale -label:lifecycle/rotten -label:"lifecycle/frozen" created:<2026-09-02T00:00:00Z sort:updated-asc',
    ],
    [
      'rotten',
      'repo:o/r is:open label:lifecycle/stale -label:lifecycle/rotten -label:"lifecycle/frozen" created:<2026-08-03T00:00:00Z sort:updated-asc',
    ],
    [
      'close',
      'repo:o/r is:open label:lifecycle/rotten -label:"lifecycle/frozen" created:<2026-07-04T00:00:00Z sort:updated-asc',
    ],
  ] as const)('%s', (stage, query) => expect(stageQuery(stage, repo, config, NOW)).toBe(query))
  it('narrows to one kind and quotes exempt labels', () => {
    const q = stageQuery(
      'stale',
      repo,
      { ...config, on: ['pulls'], exemptLabels: ['help wanted', 'x"y'] },
      NOW,
    )
    expect(q).toContain(' is:pr ')
    expect(q).toContain('-label:"help wanted" -label:"xy"')
  })
})

describe('what counts as activity on an event', () => {
  const comment = (body: string, sender = { login: 'alice', type: 'User' }) => ({
    action: 'created',
    sender,
    comment: { body },
  })
  it.each([
    ['a human comment', 'issue_comment', comment('still happening'), undefined],
    ['a bot comment', 'issue_comment', comment('hi', { login: 'ci[bot]', type: 'Bot' }), 'sent by a bot'],
    ['bosun text', 'issue_comment', comment('<!-- bosun:x -->\nhi'), 'text written by bosun'],
    ['/lifecycle frozen', 'issue_comment', comment('/lifecycle frozen'), 'a lifecycle command'],
    ['/remove-lifecycle stale', 'issue_comment', comment('/remove-lifecycle stale'), 'a lifecycle command'],
    [
      'a human label',
      'issues',
      { action: 'labeled', sender: { login: 'a', type: 'User' }, label: { name: 'kind/bug' } },
      undefined,
    ],
    [
      'the stale label itself',
      'issues',
      { action: 'labeled', sender: { login: 'a', type: 'User' }, label: { name: 'lifecycle/stale' } },
      'a lifecycle label change',
    ],
    [
      'a push',
      'pull_request_target',
      { action: 'synchronize', sender: { login: 'a', type: 'User' } },
      undefined,
    ],
    ['a close', 'issues', { action: 'closed', sender: { login: 'a', type: 'User' } }, 'issues closed'],
  ])('%s', (_name, event, payload, expected) => expect(notActivity(event, payload as Payload)).toBe(expected))
})
