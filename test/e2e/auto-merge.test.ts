// auto-merge end to end through dist/auto-merge against the emulator: each condition blocking on
// its own, the happy path (right SHA and method), overrides, races, events, sweeps and faults.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  addCheckRun,
  addStatus,
  createPull,
  latestStatuses,
  pushCommit,
  setFile,
  type Issue,
} from '../emulator/state.js'
import {
  checkPayload,
  pullRequestPayload,
  reviewPayload,
  statusPayload,
  workflowRunPayload,
} from '../support/payloads.js'
import { markReviewed, Scenario } from '../support/scenario.js'
import { onActionsHost } from '../support/e2e-host.js'

const s = new Scenario()

beforeAll(async () => {
  await s.start()
  s.people({ paula: null, colin: 'write' })
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

type PullOptions = Parameters<typeof createPull>[2]
/** A PR that is ready unless the test changes something: labels, green checks, mergeable. */
function ready(options: Partial<PullOptions> = {}): Issue {
  const p = createPull(s.emu.state, s.repo, {
    author: 'paula',
    title: 'feat: ready',
    labels: ['lgtm', 'approved'],
    ...options,
  })
  addCheckRun(s.repo, p.pull!.head.sha, 'build', 'success')
  addStatus(s.repo, p.pull!.head.sha, 'ci/lint', 'success')
  markReviewed(s.repo, p.pull!.head.sha)
  return p
}
const evaluate = (p: Issue) => {
  s.emu.resetLog()
  return s.run(
    'auto-merge',
    'pull_request_review',
    reviewPayload(s.emu, s.repo, p, 'colin', 'ok', 'approved'),
  )
}
const mergeStatus = (p: Issue) =>
  latestStatuses(s.repo, p.pull!.head.sha).find((x) => x.context === 'bosun/merge')

describe('happy path', () => {
  it('merges a ready PR with the evaluated head SHA and the default method', async () => {
    const p = ready()
    const run = await evaluate(p)
    expect(run.code).toBe(0)
    expect(p.pull!.merged).toBe(true)
    expect(p.pull!.mergeMethod).toBe('merge')
    const merge = s.emu.requests.find((r) => r.operation === 'pulls/merge')!
    expect(merge.body).toMatchObject({ sha: p.pull!.head.sha, merge_method: 'merge' })
    expect(mergeStatus(p)).toMatchObject({ state: 'success', description: 'In merge pool.' })
    expect(run.result.merged).toEqual([p.number])
    expect(run.summary).toContain(`| #${p.number} |`)
  })

  it('uses the configured method and title, and a merge-method label over both', async () => {
    s.config("merge:\n  method: squash\n  commit-title: '{title} (#{number})'\n")
    try {
      const p = ready({ title: 'fix: squash me' })
      await evaluate(p)
      expect(p.pull!.mergeMethod).toBe('squash')
      expect(p.pull!.mergeTitle).toBe(`fix: squash me (#${p.number})`)
      const q = ready({ labels: ['lgtm', 'approved', 'merge-method/rebase'] })
      await evaluate(q)
      expect(q.pull!.mergeMethod).toBe('rebase')
    } finally {
      s.config('')
    }
  })

  it('deletes a same-repository branch after merging when configured, never a fork branch', async () => {
    s.config('merge:\n  delete-branch: true\n')
    try {
      const p = ready()
      await evaluate(p)
      expect(s.repo.deletedRefs).toContain(p.pull!.head.ref)
      const fork = ready({ headRepo: 'forker/widgets' })
      await evaluate(fork)
      expect(fork.pull!.merged).toBe(true)
      expect(s.emu.requests.filter((r) => r.operation === 'git/delete-ref')).toEqual([])
    } finally {
      s.config('')
    }
  })
})

describe('each condition blocks on its own, with Tide wording on bosun/merge', () => {
  const cases: Array<[string, () => Issue, string]> = [
    ['missing approved', () => ready({ labels: ['lgtm'] }), 'Not mergeable. Needs approved label.'],
    ['missing both', () => ready({ labels: [] }), 'Not mergeable. Needs lgtm, approved labels.'],
    [
      'hold',
      () => ready({ labels: ['lgtm', 'approved', 'do-not-merge/hold'] }),
      'Not mergeable. Should not have do-not-merge/hold label.',
    ],
    [
      'needs-ok-to-test',
      () => ready({ labels: ['lgtm', 'approved', 'needs-ok-to-test'] }),
      'Should not have needs-ok-to-test label.',
    ],
    ['conflict', () => ready({ mergeable: false }), 'Not mergeable. Merge conflict.'],
    ['mergeability unknown', () => ready({ mergeable: null }), 'GitHub is still computing mergeability.'],
    [
      'a failing check',
      () => {
        const p = ready()
        addCheckRun(s.repo, p.pull!.head.sha, 'e2e', 'failure')
        return p
      },
      'Not mergeable. Check e2e has not succeeded.',
    ],
    [
      'a pending check run',
      () => {
        const p = ready()
        addCheckRun(s.repo, p.pull!.head.sha, 'slow', null)
        return p
      },
      'Check slow has not succeeded.',
    ],
    [
      'a failing status',
      () => {
        const p = ready()
        addStatus(s.repo, p.pull!.head.sha, 'ci/lint', 'failure')
        return p
      },
      'Check ci/lint has not succeeded.',
    ],
  ]
  it.each(cases)('%s', async (_name, make, description) => {
    const p = make()
    const run = await evaluate(p)
    expect(run.code).toBe(0)
    expect(p.pull!.merged).toBe(false)
    expect(mergeStatus(p)).toMatchObject({ state: 'pending' })
    expect(mergeStatus(p)!.description).toContain(description)
  })

  it('skips drafts without writing a status', async () => {
    const p = ready({ draft: true })
    await evaluate(p)
    expect(p.pull!.merged).toBe(false)
    expect(mergeStatus(p)).toBeUndefined()
    expect(s.emu.writes()).toEqual([])
  })

  it('waits for a required context that has not reported, ignores configured and own contexts', async () => {
    s.config('merge:\n  required-contexts: [security-scan]\n  ignored-contexts: [flaky]\n')
    try {
      const p = ready()
      addCheckRun(s.repo, p.pull!.head.sha, 'flaky', 'failure')
      // The job running this evaluation (GITHUB_JOB); a server runs in no job.
      onActionsHost(() => addCheckRun(s.repo, p.pull!.head.sha, 'bosun', null))
      await evaluate(p)
      expect(mergeStatus(p)!.description).toBe('Not mergeable. Check security-scan has not reported yet.')
      addStatus(s.repo, p.pull!.head.sha, 'security-scan', 'success')
      await evaluate(p)
      expect(p.pull!.merged).toBe(true)
    } finally {
      s.config('')
    }
  })

  it('writes the status only when it changes', async () => {
    const p = ready({ labels: ['lgtm'] })
    await evaluate(p)
    await evaluate(p)
    expect(s.emu.writes()).toEqual([])
  })
})

describe('races and refusals', () => {
  it('never merges a head pushed after evaluation', async () => {
    const p = ready()
    s.emu.before('pulls/merge', () => pushCommit(s.repo, p, 'sneaky change'))
    const run = await evaluate(p)
    expect(run.code).toBe(0)
    expect(p.pull!.merged).toBe(false)
    const statuses = s.repo.statuses.filter((x) => x.context === 'bosun/merge' && x.state === 'pending')
    expect(statuses.pop()!.description).toContain('Merge refused by GitHub: Head branch was modified')
  })

  it('reports a PR closed meanwhile and goes on with the others', async () => {
    const t = new Scenario('acme/closing')
    await t.start()
    try {
      t.people({ paula: null })
      const [p, q] = [0, 1].map(() => {
        const pr = createPull(t.emu.state, t.repo, { author: 'paula', labels: ['lgtm', 'approved'] })
        markReviewed(t.repo, pr.pull!.head.sha)
        return pr
      })
      if (!p || !q) throw new Error('two PRs were opened')
      t.emu.before('pulls/merge', () => (p.state = 'closed'))
      const run = await t.run('auto-merge', 'workflow_dispatch', { inputs: {} })
      expect(run.code).toBe(0)
      expect(p.pull!.merged).toBe(false)
      expect(q.pull!.merged).toBe(true)
      expect(run.summary).toMatch(new RegExp(`\\| #${p.number} \\|.*\\| refused \\|`))
      expect(t.emu.violations).toEqual([])
    } finally {
      await t.stop()
    }
  }, 20_000)

  it('updates a branch that is behind when merge.update-branch is on, instead of merging it stale', async () => {
    s.config('merge:\n  update-branch: true\n')
    try {
      const p = ready()
      setFile(s.repo, 'main', 'moved.txt', 'base moved')
      await evaluate(p)
      expect(p.pull!.merged).toBe(false)
      expect(p.pull!.updatedBranch).toBe(1)
      expect(mergeStatus(p)).toBeUndefined() // the head moved: the old head got the status
    } finally {
      s.config('')
    }
  })

  it('updates, rather than merges stale, a ready PR whose base a merge in the same run moved', async () => {
    const t = new Scenario('acme/moving')
    await t.start()
    try {
      t.people({ paula: null })
      t.config('merge:\n  update-branch: true\n')
      const [first, second] = [0, 1].map(() => {
        const pr = createPull(t.emu.state, t.repo, { author: 'paula', labels: ['lgtm', 'approved'] })
        markReviewed(t.repo, pr.pull!.head.sha)
        return pr
      })
      if (!first || !second) throw new Error('two PRs were opened')
      const run = await t.run('auto-merge', 'workflow_dispatch', { inputs: {} })
      expect(run.code).toBe(0)
      expect(first.pull!.merged).toBe(true)
      expect(second.pull!.merged).toBe(false)
      expect(second.pull!.updatedBranch).toBe(1)
      expect(t.emu.violations).toEqual([])
    } finally {
      await t.stop()
    }
  }, 20_000)

  it('reports protection that requires an up-to-date branch when updating is off', async () => {
    s.repo.requireUpToDate = true
    try {
      const p = ready()
      setFile(s.repo, 'main', 'moved2.txt', 'base moved')
      const run = await evaluate(p)
      expect(run.code).toBe(0)
      expect(p.pull!.merged).toBe(false)
      expect(mergeStatus(p)!.description).toBe(
        'Merge refused by GitHub: Head branch is not up to date with the base branch',
      )
    } finally {
      s.repo.requireUpToDate = false
    }
  })

  it('merges once checks that were pending flip to green', async () => {
    const p = ready()
    const slow = addCheckRun(s.repo, p.pull!.head.sha, 'slow', null)
    await evaluate(p)
    expect(p.pull!.merged).toBe(false)
    slow.status = 'completed'
    slow.conclusion = 'success'
    s.emu.resetLog()
    const run = await s.run(
      'auto-merge',
      'check_suite',
      checkPayload(s.emu, s.repo, 'check_suite', p.pull!.head.sha, [p.number]),
    )
    expect(run.code).toBe(0)
    expect(p.pull!.merged).toBe(true)
  })
})

describe('events', () => {
  it('a check_suite completed for a ready PR costs at most 4 requests, the merge included', async () => {
    const p = ready()
    s.emu.resetLog()
    await s.run(
      'auto-merge',
      'check_suite',
      checkPayload(s.emu, s.repo, 'check_suite', p.pull!.head.sha, [p.number]),
    )
    expect(p.pull!.merged).toBe(true)
    expect(s.emu.requests.length).toBeLessThanOrEqual(4)
  })

  it('finds fork PRs (absent from check payloads) and status events by SHA', async () => {
    const fork = ready({ headRepo: 'forker/widgets' })
    await s.run('auto-merge', 'check_run', checkPayload(s.emu, s.repo, 'check_run', fork.pull!.head.sha, []))
    expect(fork.pull!.merged).toBe(true)
    const p = ready()
    await s.run('auto-merge', 'status', statusPayload(s.emu, s.repo, p.pull!.head.sha, 'ci/lint', 'success'))
    expect(p.pull!.merged).toBe(true)
    const q = ready()
    await s.run('auto-merge', 'workflow_run', workflowRunPayload(s.emu, s.repo, q.pull!.head.sha, [q.number]))
    expect(q.pull!.merged).toBe(true)
  })

  it('ignores its own bosun/merge status events without a request', async () => {
    const p = ready()
    s.emu.resetLog()
    const run = await s.run(
      'auto-merge',
      'status',
      statusPayload(s.emu, s.repo, p.pull!.head.sha, 'bosun/merge', 'success', 'bosun-bot'),
    )
    expect(run.code).toBe(0)
    expect(s.emu.requests).toEqual([])
  })

  it('after a push removed lgtm (label-policy), the PR is no longer merged', async () => {
    const p = ready()
    pushCommit(s.repo, p)
    addCheckRun(s.repo, p.pull!.head.sha, 'build', 'success')
    await s.run('label-policy', 'pull_request_target', pullRequestPayload(s.emu, s.repo, p, 'synchronize'))
    expect(p.labels).not.toContain('lgtm')
    await evaluate(p)
    expect(p.pull!.merged).toBe(false)
    // Nobody approved: the recount on push takes the hand-set `approved` away too.
    expect(mergeStatus(p)!.description).toBe('Not mergeable. Needs lgtm, approved labels.')
  })
})

describe('sweeps', () => {
  it('sweeps 250 PRs in mixed states and merges exactly the ready ones, oldest first', async () => {
    const t = new Scenario('acme/big')
    await t.start()
    try {
      t.people({ paula: null })
      const made: Array<{ pr: Issue; ready: boolean }> = []
      for (let i = 0; i < 250; i++) {
        const kind =
          i % 50 === 7 ? 'ready' : ['draft', 'nolabels', 'hold', 'conflict', 'failing', 'pending'][i % 6]
        const labels =
          kind === 'nolabels'
            ? ['lgtm']
            : kind === 'hold'
              ? ['lgtm', 'approved', 'do-not-merge/hold']
              : kind === 'conflict'
                ? ['lgtm', 'approved', 'needs-rebase'] // the previous sweep's needs-rebase
                : ['lgtm', 'approved']
        const pr = createPull(t.emu.state, t.repo, {
          author: 'paula',
          labels,
          draft: kind === 'draft',
          mergeable: kind === 'conflict' ? false : true,
        })
        const sha = pr.pull!.head.sha
        markReviewed(t.repo, sha)
        addCheckRun(
          t.repo,
          sha,
          'build',
          kind === 'failing' ? 'failure' : kind === 'pending' ? null : 'success',
        )
        // A steady state: the previous sweep already wrote every blocked PR's status.
        const description = {
          nolabels: 'Not mergeable. Needs approved label.',
          hold: 'Not mergeable. Should not have do-not-merge/hold label.',
          conflict: 'Not mergeable. Should not have needs-rebase label.',
          failing: 'Not mergeable. Check build has not succeeded.',
          pending: 'Not mergeable. Check build has not succeeded.',
        }[kind as string]
        if (description) addStatus(t.repo, sha, 'bosun/merge', 'pending', description)
        made.push({ pr, ready: kind === 'ready' })
      }
      t.config('merge:\n  max-per-run: 4\n')
      t.emu.resetLog()
      const run = await t.run('auto-merge', 'schedule', { schedule: '*/15 * * * *' })
      expect(run.code).toBe(0)
      const readyPrs = made.filter((m) => m.ready).map((m) => m.pr)
      expect(readyPrs).toHaveLength(5)
      // max-per-run 4: the four oldest ready PRs merge, the fifth waits for the next run.
      expect(readyPrs.map((p) => p.pull!.merged)).toEqual([true, true, true, true, false])
      expect(made.filter((m) => !m.ready).every((m) => !m.pr.pull!.merged)).toBe(true)
      const pages = t.emu.requests.filter((r) => r.operation === 'graphql').length
      expect(pages).toBe(Math.ceil(250 / 50)) // 5 pages; the config rides with the first
      expect(
        t.emu
          .writes()
          .map((w) => w.operation)
          .sort(),
      ).toEqual([...Array(4).fill('pulls/merge'), ...Array(5).fill('repos/create-commit-status')].sort())
      expect(run.summary).toContain('| PR | head | state | missing | merged |')
      expect(t.emu.violations).toEqual([])
    } finally {
      await t.stop()
    }
  }, 60_000)

  it('completes a sweep through a secondary rate limit without merging twice', async () => {
    const t = new Scenario('acme/limited')
    await t.start()
    try {
      t.people({ paula: null })
      const prs = Array.from({ length: 60 }, () => {
        const pr = createPull(t.emu.state, t.repo, { author: 'paula', labels: ['lgtm'] })
        addStatus(t.repo, pr.pull!.head.sha, 'bosun/merge', 'pending', 'Not mergeable. Needs approved label.')
        return pr
      })
      const lucky = prs[55]! // one of the 60 PRs just opened
      lucky.labels.push('approved')
      markReviewed(t.repo, lucky.pull!.head.sha)
      let graphqlCalls = 0
      t.emu.inject({
        match: (r) => r.operation === 'graphql' && ++graphqlCalls === 2,
        status: 403,
        retryAfter: 1,
      })
      t.emu.inject({ match: 'pulls/merge', status: 502 })
      const run = await t.run('auto-merge', 'workflow_dispatch', { inputs: {} })
      expect(run.code).toBe(0)
      expect(lucky.pull!.merged).toBe(true)
      expect(t.emu.requests.filter((r) => r.operation === 'pulls/merge' && r.status === 200)).toHaveLength(1)
      expect(t.emu.requests.filter((r) => r.status === 403)).toHaveLength(1)
      expect(t.emu.violations).toEqual([])
    } finally {
      await t.stop()
    }
  }, 60_000)

  it('handles an empty repository and no open PRs', async () => {
    const t = new Scenario('acme/empty')
    await t.start()
    try {
      const run = await t.run('auto-merge', 'schedule', { schedule: '0 * * * *' })
      expect(run.code).toBe(0)
      expect(run.summary).toContain('The merge pool is empty')
      expect(t.emu.writes()).toEqual([])
    } finally {
      await t.stop()
    }
  })
})
