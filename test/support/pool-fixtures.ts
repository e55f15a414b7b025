// A PR the merge pool would merge as far as GitHub's own state goes (open, mergeable, clean, lgtm and
// approved labels): the shared starting point of the pool's table tests, each overriding what it tests.
import type { PoolPr } from '../../src/auto-merge/evaluate.js'

export const readyPull = (over: Partial<PoolPr> = {}): PoolPr => ({
  number: 1,
  title: 'feat: x',
  open: true,
  author: 'a',
  createdAt: '2026-01-01T00:00:00Z',
  isDraft: false,
  headSha: 'abc1234',
  headRef: 'f',
  baseRef: 'main',
  isCrossRepository: false,
  mergeable: 'MERGEABLE',
  mergeStateStatus: 'CLEAN',
  labels: ['lgtm', 'approved'],
  contexts: [],
  ...over,
})
