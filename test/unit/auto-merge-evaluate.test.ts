import { describe, expect, it } from '@jest/globals'
import { resolveConfig, parseConfig } from '../../src/core/config.js'
import {
  byAge,
  commitTitle,
  evaluate,
  mergeMethod,
  normaliseCheck,
  normaliseStatus,
  statusToWrite,
  type PoolPr,
} from '../../src/auto-merge/evaluate.js'
import { readyPull } from '../support/pool-fixtures.js'

const config = resolveConfig()
const pr = (over: Partial<PoolPr> = {}): PoolPr =>
  readyPull({ contexts: [{ name: 'build', kind: 'check', state: 'success', raw: 'SUCCESS' }], ...over })
const options = { selfContexts: ['merge-job'] }

describe('evaluate', () => {
  it('accepts a ready PR with the configured method', () => {
    expect(evaluate(pr(), config, options)).toEqual({ kind: 'ready', method: 'merge' })
  })

  it('names the first missing requirement in Tide wording', () => {
    const d = (over: Partial<PoolPr>, c = config) => {
      const v = evaluate(pr(over), c, options)
      return v.kind === 'pending' ? v.description : v.kind
    }
    expect(d({ isDraft: true })).toBe('skip')
    expect(d({ open: false })).toBe('skip')
    expect(d({ labels: ['lgtm', 'approved', 'do-not-merge/hold', 'needs-rebase'] })).toBe(
      'Not mergeable. Should not have do-not-merge/hold, needs-rebase labels.',
    )
    expect(d({ labels: ['LGTM', 'Approved'] })).toEqual('ready')
    expect(d({ mergeable: 'UNKNOWN' })).toContain('still computing')
    expect(d({ mergeStateStatus: 'DIRTY' })).toBe('Not mergeable. Merge conflict.')
    expect(d({ contexts: [{ name: 'build', kind: 'status', state: 'pending', raw: 'PENDING' }] })).toBe(
      'Not mergeable. Check build has not succeeded.',
    )
    expect(
      d({ contexts: [{ name: 'merge-job', kind: 'check', state: 'pending', raw: 'IN_PROGRESS' }] }),
    ).toBe('ready')
    expect(d({ contexts: [{ name: 'bosun/merge', kind: 'status', state: 'pending', raw: 'PENDING' }] })).toBe(
      'ready',
    )
    expect(
      d(
        { labels: ['lgtm', 'approved', 'do-not-merge/x'] },
        parseConfig("merge:\n  block-labels: ['wip']\n", 'c'),
      ),
    ).toBe('ready')
    expect(d({ labels: ['approved'] }, parseConfig('merge:\n  require-labels: [approved]\n', 'c'))).toBe(
      'ready',
    )
  })

  it('normalises check and status states', () => {
    expect(
      ['SUCCESS', 'NEUTRAL', 'SKIPPED', 'FAILURE', 'CANCELLED', 'TIMED_OUT', 'ACTION_REQUIRED'].map((c) =>
        normaliseCheck('COMPLETED', c),
      ),
    ).toEqual(['success', 'success', 'success', 'failure', 'failure', 'failure', 'failure'])
    expect(normaliseCheck('IN_PROGRESS', null)).toBe('pending')
    expect(['SUCCESS', 'PENDING', 'EXPECTED', 'ERROR', 'FAILURE'].map(normaliseStatus)).toEqual([
      'success',
      'pending',
      'pending',
      'failure',
      'failure',
    ])
  })

  it('writes a status only when it differs from the one on the head', () => {
    const ready = evaluate(pr(), config, options)
    expect(statusToWrite(pr(), ready)).toEqual({ state: 'success', description: 'In merge pool.' })
    const already = pr({
      contexts: [
        {
          name: 'bosun/merge',
          kind: 'status',
          state: 'success',
          raw: 'SUCCESS',
          description: 'In merge pool.',
        },
      ],
    })
    expect(statusToWrite(already, ready)).toBeUndefined()
    expect(statusToWrite(pr({ isDraft: true }), { kind: 'skip', reason: 'draft' })).toBeUndefined()
  })

  it('picks the method from labels over config, fills the title template and orders oldest first', () => {
    expect(mergeMethod(['merge-method/squash'], config)).toBe('squash')
    expect(commitTitle('{title} (#{number})', pr())).toBe('feat: x (#1)')
    expect(commitTitle(undefined, pr())).toBeUndefined()
    const older = pr({ number: 9, createdAt: '2025-01-01T00:00:00Z' })
    expect([pr(), older].sort(byAge).map((p) => p.number)).toEqual([9, 1])
  })
})
