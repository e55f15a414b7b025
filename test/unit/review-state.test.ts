// Head-bound review state as pure decisions: which statuses are trusted, what the pool still needs
// for a head, when a /lgtm is stale, how the approval history is read, and the merge pool's plan.
import { describe, expect, it } from '@jest/globals'
import { nextAction, withHeadReview, type RunState } from '../../src/auto-merge/run.js'
import type { PoolCandidate } from '../../src/auto-merge/pool.js'
import { reviewApprovals, type HistoryEntry } from '../../src/core/approval.js'
import { resolveConfig } from '../../src/core/config.js'
import { actorLogin } from '../../src/core/loop-guard.js'
import {
  headReviewMissing,
  headStatusFrom,
  lgtmIsStale,
  LGTM_CONTEXT,
  trustedStatus,
  type HeadStatus,
} from '../../src/core/review-state.js'
import { readyPull } from '../support/pool-fixtures.js'

const BOT = 'bosun-bot'
const st = (
  context: string,
  state: string,
  creator = BOT,
  createdAt = '2026-01-01T10:00:00Z',
): HeadStatus => ({
  context,
  state,
  description: '',
  createdAt,
  creator,
})

describe('trustedStatus', () => {
  it.each([
    ['written by the bot', [st('bosun/lgtm', 'success')], 'success'],
    ['written by the bot, other case', [st('bosun/lgtm', 'success', 'Bosun-Bot')], 'success'],
    ['written by someone else', [st('bosun/lgtm', 'success', 'mallory')], undefined],
    ['absent', [st('ci/build', 'success')], undefined],
  ])('%s', (_name, statuses, expected) => {
    expect(trustedStatus(statuses, 'bosun/lgtm', BOT)?.state).toBe(expected)
  })
})

describe('headReviewMissing', () => {
  const both = ['lgtm', 'approved']
  it.each<[string, string[], HeadStatus[], string | undefined]>([
    ['both given', both, [st('bosun/lgtm', 'success'), st('bosun/approve', 'success')], undefined],
    ['neither', both, [], 'Not mergeable. Needs lgtm and approval for this head commit.'],
    [
      'lgtm cancelled',
      both,
      [st('bosun/lgtm', 'pending'), st('bosun/approve', 'success')],
      'Not mergeable. Needs lgtm for this head commit.',
    ],
    [
      'approval forged',
      both,
      [st('bosun/lgtm', 'success'), st('bosun/approve', 'success', 'eve')],
      'Not mergeable. Needs approval for this head commit.',
    ],
    ['only lgtm required', ['lgtm'], [st('bosun/lgtm', 'success')], undefined],
    ['no review label required', ['ready-to-merge'], [], undefined],
  ])('%s', (_name, labels, statuses, expected) => {
    expect(headReviewMissing(labels, statuses, BOT)).toBe(expected)
  })
})

describe('lgtmIsStale', () => {
  const written = '2026-01-01T10:00:00Z'
  it.each<[string, { committedAt?: string; lgtm?: HeadStatus }, boolean]>([
    ['head committed before the comment', { committedAt: '2026-01-01T09:00:00Z' }, false],
    ['head committed after the comment', { committedAt: '2026-01-01T10:00:01Z' }, true],
    // One-second resolution: a push in the same second as the comment cannot have been seen.
    ['head committed in the same second', { committedAt: '2026-01-01T10:00:00Z' }, true],
    [
      'a reset on push recorded after the comment',
      { lgtm: st('bosun/lgtm', 'pending', BOT, '2026-01-01T10:05:00Z') },
      true,
    ],
    [
      'a reset recorded before the comment',
      { lgtm: st('bosun/lgtm', 'pending', BOT, '2026-01-01T09:05:00Z') },
      false,
    ],
    [
      'a newer lgtm by someone else',
      { lgtm: st('bosun/lgtm', 'success', BOT, '2026-01-01T10:05:00Z') },
      false,
    ],
    ['nothing known', {}, false],
  ])('%s', (_name, head, expected) => {
    expect(lgtmIsStale(written, head)).toBe(expected)
  })
})

describe('reviewApprovals', () => {
  const e = (login: string, body: string, at: number, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
    login,
    body,
    isBot: false,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, at)).toISOString(),
    ...extra,
  })
  it.each<[string, HistoryEntry[], string[], boolean]>([
    ['approve', [e('ada', '/approve', 1)], ['ada'], false],
    ['approve no-issue', [e('ada', '/approve no-issue', 1)], ['ada'], false],
    ['approve then cancel', [e('ada', '/approve', 1), e('ada', '/approve cancel', 2)], [], false],
    [
      'ordered by time, not by list order',
      [e('ada', '/approve cancel', 2), e('ada', '/approve', 1)],
      [],
      false,
    ],
    ['remove-approve', [e('ada', '/approve', 1), e('ada', '/remove-approve', 2)], [], false],
    ['edited by someone else: no grant', [e('ada', '/approve', 1, { editedBy: 'colin' })], [], false],
    ['edited by its author: counts', [e('ada', '/approve', 1, { editedBy: 'ADA' })], ['ada'], false],
    [
      'edited by someone else: withdrawal stands',
      [e('ada', '/approve', 1), e('ada', '/approve cancel', 2, { editedBy: 'colin' })],
      [],
      false,
    ],
    ['bot text never counts', [e('bot', '/approve', 1, { isBot: true })], [], false],
    ['the author withdraws the implicit approval', [e('paula', '/approve cancel', 1)], [], true],
    ['and gives it again', [e('paula', '/approve cancel', 1), e('paula', '/approve', 2)], ['paula'], false],
    [
      'entry without a time comes last',
      [{ login: 'ada', body: '/approve cancel', isBot: false }, e('ada', '/approve', 1)],
      [],
      false,
    ],
  ])('%s', (_name, entries, approvers, authorWithdrew) => {
    const result = reviewApprovals(entries, 'paula')
    expect([...result.approvers]).toEqual(approvers)
    expect(result.authorWithdrew).toBe(authorWithdrew)
  })
})

describe('the merge pool plan', () => {
  const config = resolveConfig()
  const candidate = (over: Partial<PoolCandidate> = {}): PoolCandidate => ({
    ...readyPull(),
    headStatuses: [st('bosun/lgtm', 'success'), st('bosun/approve', 'success')],
    ...over,
  })
  const fresh = (): RunState => ({ merges: 0, movedBases: new Set() })
  const ready = { kind: 'ready', method: 'merge' } as const

  it('keeps a ready verdict only when the head carries the review statuses', () => {
    expect(withHeadReview(candidate(), ready, config, BOT)).toEqual(ready)
    expect(withHeadReview(candidate({ headStatuses: [] }), ready, config, BOT)).toEqual({
      kind: 'pending',
      description: 'Not mergeable. Needs lgtm and approval for this head commit.',
    })
  })

  it.each<[string, Partial<PoolCandidate>, RunState, Partial<typeof config.merge>, string]>([
    ['ready: merge', {}, fresh(), {}, 'merge'],
    [
      'behind with update-branch: update',
      { mergeStateStatus: 'BEHIND' },
      fresh(),
      { updateBranch: true },
      'update-branch',
    ],
    [
      'base moved in this run: update',
      {},
      { merges: 1, movedBases: new Set(['main']) },
      { updateBranch: true },
      'update-branch',
    ],
    [
      'behind without update-branch: merge (GitHub decides)',
      { mergeStateStatus: 'BEHIND' },
      fresh(),
      {},
      'merge',
    ],
    ['max merges reached: status only', {}, { merges: 10, movedBases: new Set() }, {}, 'status'],
  ])('%s', (_name, over, runState, merge, kind) => {
    const c = { ...config, merge: { ...config.merge, ...merge } }
    expect(nextAction(candidate(over), ready, runState, c).kind).toBe(kind)
  })

  it('writes a pending status once, then nothing while it stands', () => {
    const verdict = { kind: 'pending', description: 'Not mergeable. Needs lgtm label.' } as const
    expect(nextAction(candidate(), verdict, fresh(), config)).toEqual({
      kind: 'status',
      state: 'pending',
      description: verdict.description,
    })
    const written = candidate({
      contexts: [
        {
          name: 'bosun/merge',
          kind: 'status',
          state: 'pending',
          raw: 'PENDING',
          description: verdict.description,
        },
      ],
    })
    expect(nextAction(written, verdict, fresh(), config)).toEqual({ kind: 'nothing' })
  })
})

describe('actorLogin', () => {
  it.each([
    [{ __typename: 'Bot', login: 'bosun' }, 'bosun[bot]'],
    [{ __typename: 'Bot', login: 'github-actions[bot]' }, 'github-actions[bot]'],
    [{ __typename: 'User', login: 'bosun' }, 'bosun'],
    [{ login: 'bosun' }, 'bosun'],
    [null, ''],
  ])('%j is %j as REST and viewer spell it', (node, login) => {
    expect(actorLogin(node)).toBe(login)
  })

  it("trusts the App's own status, never a user who shares its name", () => {
    const status = (login: string, __typename: string) =>
      headStatusFrom({
        context: LGTM_CONTEXT,
        state: 'SUCCESS',
        description: 'LGTM by ann.',
        createdAt: '2026-01-01T00:00:00Z',
        creator: { __typename, login },
      })
    expect(trustedStatus([status('bosun', 'Bot')], LGTM_CONTEXT, 'bosun[bot]')).toBeDefined()
    expect(trustedStatus([status('bosun', 'User')], LGTM_CONTEXT, 'bosun[bot]')).toBeUndefined()
  })
})
