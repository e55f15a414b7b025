// Tide's cases bosun follows: every failing context named within the status limit, conflicting
// merge-method labels and methods the repository settings forbid refused with a reason.
import { describe, expect, it } from '@jest/globals'
import { resolveConfig } from '../../src/core/config.js'
import {
  checksNotSucceeded,
  evaluate,
  MAX_STATUS_DESCRIPTION,
  mergeMethod,
  type Context,
  type PoolPr,
} from '../../src/auto-merge/evaluate.js'
import { readyPull } from '../support/pool-fixtures.js'

const config = resolveConfig()
const check = (name: string, state: Context['state']): Context => ({ name, kind: 'check', state, raw: state })
const pr = (over: Partial<PoolPr> = {}): PoolPr =>
  readyPull({ contexts: [check('build', 'success')], ...over })
const all = { merge: true, squash: true, rebase: true }
const describe_ = (p: PoolPr, allowedMethods = all) => {
  const v = evaluate(p, config, { selfContexts: [], allowedMethods })
  return v.kind === 'pending' ? v.description : v.kind
}

describe('failing contexts', () => {
  it.each([
    [['build'], 'Not mergeable. Check build has not succeeded.'],
    [['build', 'lint'], 'Not mergeable. Checks build and lint have not succeeded.'],
    [['build', 'lint', 'e2e'], 'Not mergeable. Checks build, lint and e2e have not succeeded.'],
  ])('names %j', (names, text) => {
    expect(checksNotSucceeded(names)).toBe(text)
  })

  it('fits GitHub’s 140 characters and counts the rest', () => {
    const names = Array.from({ length: 12 }, (_, i) => `integration-tests-shard-${i + 1}`)
    const text = checksNotSucceeded(names)
    expect(text.length).toBeLessThanOrEqual(MAX_STATUS_DESCRIPTION)
    expect(text).toMatch(
      /^Not mergeable\. Checks integration-tests-shard-1, .* and \d+ more have not succeeded\.$/,
    )
    const shown = (text.split(' and ')[0] ?? '').split(', ').length
    expect(text).toContain(`and ${12 - shown} more`)
  })

  it('cuts a single name too long for the limit', () => {
    expect(checksNotSucceeded(['x'.repeat(200)]).length).toBe(MAX_STATUS_DESCRIPTION)
  })

  it('lists failures before pending contexts, each once', () => {
    const contexts = [
      check('slow', 'pending'),
      check('lint', 'failure'),
      check('build', 'success'),
      check('unit', 'failure'),
    ]
    expect(describe_(pr({ contexts }))).toBe('Not mergeable. Checks lint, unit and slow have not succeeded.')
  })
})

describe('merge method', () => {
  it('refuses conflicting merge-method labels with a reason', () => {
    expect(mergeMethod(['merge-method/squash', 'Merge-Method/rebase'], config)).toEqual({
      conflicting: ['merge-method/squash', 'merge-method/rebase'],
    })
    expect(describe_(pr({ labels: ['lgtm', 'approved', 'merge-method/squash', 'merge-method/merge'] }))).toBe(
      'Not mergeable. Conflicting merge method labels: merge-method/merge, merge-method/squash.',
    )
  })

  it.each([
    [
      [],
      { ...all, merge: false },
      'Not mergeable. Merge method merge is not allowed by the repository settings.',
    ],
    [
      ['merge-method/squash'],
      { ...all, squash: false },
      'Not mergeable. Merge method squash is not allowed by the repository settings.',
    ],
    [['merge-method/rebase'], { ...all, merge: false }, 'ready'],
  ])('labels %j with settings %j → %s', (extra, allowed, expected) => {
    expect(describe_(pr({ labels: ['lgtm', 'approved', ...extra] }), allowed)).toBe(expected)
  })
})
