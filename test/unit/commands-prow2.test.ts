// The pure decisions of /ok-to-test's run approval, /override, /cc @org/team and /test ?.
import { describe, expect, it } from '@jest/globals'
import { evaluate, type PoolPr } from '../../src/auto-merge/evaluate.js'
import { runsToApprove } from '../../src/core/approve-runs.js'
import { parseConfig, resolveConfig } from '../../src/core/config.js'
import { overriddenContexts, overrideDescription } from '../../src/core/override.js'
import type { HeadStatus } from '../../src/core/review-state.js'
import { approvedNote, runnableList, testRequest } from '../../src/command-dispatch/commands/ci.js'
import { contextArgs, planOverride } from '../../src/command-dispatch/commands/override.js'
import { ccLevel, reviewTargets } from '../../src/command-dispatch/commands/people.js'
import type { HeadContext } from '../../src/command-dispatch/target.js'
import { readyPull } from '../support/pool-fixtures.js'

describe('runsToApprove', () => {
  const run = (id: number, headSha: string, conclusion: string | null) => ({
    id,
    name: `w${id}`,
    headSha,
    conclusion,
  })
  it.each([
    ['a waiting run of the head', [run(1, 'h', 'action_required')], [1]],
    ['a waiting run of another head (a filter ignored)', [run(1, 'old', 'action_required')], []],
    ['runs that do not wait', [run(1, 'h', 'failure'), run(2, 'h', null), run(3, 'h', 'success')], []],
    ['only the waiting ones of several', [run(1, 'h', 'action_required'), run(2, 'h', 'success')], [1]],
  ])('%s', (_name, runs, ids) => {
    expect(runsToApprove(runs, 'h').map((r) => r.id)).toEqual(ids)
  })

  it('says which runs it started, and nothing when none waited', () => {
    expect(approvedNote({ approved: [], rerun: [] })).toBeUndefined()
    expect(approvedNote({ approved: ['ci'], rerun: ['e2e'] })).toBe(
      'Approved the workflow runs waiting for a maintainer: `ci`, `e2e`.',
    )
  })
})

describe('/test ?', () => {
  it.each([
    ['', { list: true }],
    ['?', { list: true }],
    ['  ?  ', { list: true }],
    ['? build', { list: false, names: ['?', 'build'] }],
    ['Build e2e', { list: false, names: ['build', 'e2e'] }],
    ['all', { list: false, names: ['all'] }],
  ])('%j', (args, expected) => {
    expect(testRequest(args)).toEqual(expected)
  })

  it('lists each workflow once with its file, or says none ran', () => {
    const runs = [
      { name: 'e2e', path: '.github/workflows/e2e.yml' },
      { name: 'ci', path: '.github/workflows/ci.yml' },
      { name: 'ci', path: '.github/workflows/ci.yml' },
    ]
    expect(runnableList(runs, 'abcdef1234')).toBe(
      'Workflows `/test` can re-run for abcdef1 (or `/test all`):\n\n- `ci` (`ci.yml`)\n- `e2e` (`e2e.yml`)',
    )
    expect(runnableList([], 'abcdef1234')).toBe(
      'No workflow has run for abcdef1 yet, so `/test` has nothing to re-run.',
    )
  })
})

describe('/cc teams', () => {
  it.each([
    ['@alice @acme/reviewers', { users: ['alice'], teams: ['reviewers'], invalid: [], foreignTeams: [] }],
    ['@ACME/Core-Team', { users: [], teams: ['core-team'], invalid: [], foreignTeams: [] }],
    ['@other/reviewers', { users: [], teams: [], invalid: [], foreignTeams: ['other/reviewers'] }],
    ['@acme/', { users: [], teams: [], invalid: ['acme/'], foreignTeams: [] }],
    ['@a/b/c', { users: [], teams: [], invalid: ['a/b/c'], foreignTeams: [] }],
    ['', { users: ['me'], teams: [], invalid: [], foreignTeams: [] }],
  ])('%j', (args, expected) => {
    expect(reviewTargets(args, 'me', 'acme')).toEqual(expected)
  })

  it.each([
    ['@alice', 'anyone'],
    ['', 'anyone'],
    ['@acme/reviewers', 'collaborator'],
    ['@alice @acme/reviewers', 'collaborator'],
  ])('%j needs %s', (args, level) => {
    expect(ccLevel(args)).toBe(level)
  })
})

describe('/override', () => {
  const ctx = (name: string, kind: HeadContext['kind'], state: string): HeadContext => ({ name, kind, state })
  const head = {
    contexts: [
      ctx('ci/unit', 'status', 'failure'),
      ctx('build (ubuntu)', 'check', 'failure'),
      ctx('lint', 'check', 'success'),
      ctx('slow', 'check', 'in_progress'),
      ctx('bosun/lgtm', 'status', 'pending'),
    ],
  }

  it.each([
    ['ci/unit lint', ['ci/unit', 'lint']],
    ['"build (ubuntu)" ci/unit', ['build (ubuntu)', 'ci/unit']],
    ['build (ubuntu)', ['build (ubuntu)']],
    ['BUILD (UBUNTU)', ['build (ubuntu)']],
    ['a  a b', ['a', 'b']],
    ['"unterminated x', ['"unterminated', 'x']],
    ['""', []],
  ])('contextArgs(%j)', (args, names) => {
    expect(
      contextArgs(
        args,
        head.contexts.map((c) => c.name),
      ),
    ).toEqual(names)
  })

  it.each([
    ['a failing status', ['CI/Unit'], [], [], { write: [{ name: 'ci/unit', kind: 'status' }] }],
    ['a failing check', ['build (ubuntu)'], [], [], { write: [{ name: 'build (ubuntu)', kind: 'check' }] }],
    ['a pending check', ['slow'], [], [], { write: [{ name: 'slow', kind: 'check' }] }],
    [
      'a required context that never reported',
      ['e2e'],
      ['E2E'],
      [],
      { write: [{ name: 'E2E', kind: 'missing' }] },
    ],
    [
      'a context neither on the head nor required',
      ['nope', 'ci/unit'],
      [],
      [],
      { unknown: ['nope'], write: [{ name: 'ci/unit', kind: 'status' }] },
    ],
    ['a green context', ['lint'], [], [], { alreadyPassed: ['lint'] }],
    ['an override already on this head', ['ci/unit'], [], ['ci/unit'], { alreadyOverridden: ['ci/unit'] }],
    [
      "bosun's own review state",
      ['bosun/lgtm', 'bosun/merge'],
      [],
      [],
      { own: ['bosun/lgtm', 'bosun/merge'] },
    ],
  ])('%s', (_name, names, required, overridden, expected) => {
    expect(planOverride(names, head, required, new Set(overridden))).toEqual({
      unknown: [],
      own: [],
      alreadyPassed: [],
      alreadyOverridden: [],
      write: [],
      ...expected,
    })
  })

  const status = (context: string, state: string, creator: string): HeadStatus => ({
    context,
    state,
    creator,
    description: '',
    createdAt: '2026-01-01T00:00:00Z',
  })
  it.each([
    ['bosun wrote it', [status('bosun/override/Build', 'success', 'bot')], ['build']],
    ['someone else wrote it', [status('bosun/override/build', 'success', 'mallory')], []],
    ['not a success', [status('bosun/override/build', 'pending', 'bot')], []],
    ['another context', [status('build', 'success', 'bot')], []],
  ])('overriddenContexts: %s', (_name, statuses, names) => {
    expect([...overriddenContexts(statuses, 'bot')]).toEqual(names)
  })

  it('describes the override without mentioning anyone', () => {
    expect(overrideDescription('alice')).toBe('Overridden by alice.')
    expect(overrideDescription('@alice')).toBe('Overridden by alice.')
  })

  describe('in the merge pool', () => {
    const pr = (contexts: PoolPr['contexts']): PoolPr => readyPull({ title: 't', contexts })
    const failing = { name: 'Build', kind: 'check' as const, state: 'failure' as const, raw: 'FAILURE' }
    const green = { name: 'lint', kind: 'check' as const, state: 'success' as const, raw: 'SUCCESS' }
    const required = parseConfig('merge:\n  required-contexts: [e2e]\n', 'c')
    it.each([
      ['a failing check blocks without an override', pr([failing, green]), resolveConfig(), [], 'pending'],
      ['an overridden failing check passes', pr([failing, green]), resolveConfig(), ['build'], 'ready'],
      ['an override of another context does not help', pr([failing]), resolveConfig(), ['lint'], 'pending'],
      ['a missing required context blocks', pr([green]), required, [], 'pending'],
      ['an overridden missing required context passes', pr([green]), required, ['e2e'], 'ready'],
    ])('%s', (_name, p, config, overridden, kind) => {
      expect(evaluate(p, config, { selfContexts: [], overridden: new Set(overridden) }).kind).toBe(kind)
    })
  })
})
