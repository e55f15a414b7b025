// Cases from Kubernetes Prow's own test tables (repoowners, label, assign, size, wip, tide) and the
// hostile-input holes of command parsing and repository regexes, end to end through dist/ against
// the emulator. Each failed on the bundles before this change.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  addCheckRun,
  addLabel,
  addStatus,
  addWorkflow,
  createIssue,
  createPull,
  latestStatuses,
  type Issue,
} from '../emulator/state.js'
import { pullRequestPayload, reviewPayload } from '../support/payloads.js'
import { markReviewed, Scenario } from '../support/scenario.js'

const s = new Scenario('acme/parity')
const CRAFTED = `${'a'.repeat(40)}!.md`
const CONFIG = `labels:
  restricted:
    priority/critical-urgent: { allowed: [lead] }
    lifecycle/frozen: { allowed: [lead] }
commands:
  custom:
    deploy:
      permission: collaborator
      dispatch: { workflow: deploy.yml, ref: main }
`

beforeAll(async () => {
  await s.start({
    files: {
      OWNERS: 'approvers: [root-approver]\nreviewers: [rita]\n',
      'at/OWNERS': "approvers: ['@Alice']\nreviewers: ['@Rhea']\n",
      'filtered/OWNERS':
        "options:\n  no_parent_owners: true\nfilters:\n  '\\.go$':\n    approvers: [gopher]\n",
      'access/OWNERS': 'options:\n  no_parent_owners: true\napprovers: [gone]\nreviewers: [outsider, rita]\n',
      'redos/OWNERS': "filters:\n  '^([a-z0-9]+-?)+\\.md$':\n    approvers: [doc]\n",
    },
  })
  s.people({
    paula: null,
    stranger: null,
    outsider: null,
    gone: null,
    'root-approver': 'write',
    rita: 'write',
    alice: 'write',
    rhea: 'read',
    gopher: 'write',
    doc: 'write',
    colin: 'write',
    lead: 'write',
  })
  for (const l of [
    'area/infra',
    'committee/steering',
    'triage/needs-information',
    'triage/accepted',
    'priority/critical-urgent',
    'priority/important-soon',
    'lifecycle/frozen',
    'lifecycle/stale',
  ])
    addLabel(s.repo, l)
  addWorkflow(s.repo, 'deploy.yml', 'deploy', ['env', 'version'])
  s.config(CONFIG)
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

const pr = (files: string[], extra: Partial<Parameters<typeof createPull>[2]> = {}) =>
  createPull(s.emu.state, s.repo, {
    author: 'paula',
    files: files.map((filename) => ({ filename })),
    ...extra,
  })
const issue = () => createIssue(s.emu.state, s.repo, { author: 'paula' })
const lastReply = (i: Issue) => s.botComments(i).pop() ?? ''

describe('OWNERS as Prow reads them (pkg/repoowners)', () => {
  it('strips a leading @ from OWNERS logins and compares case-insensitively', async () => {
    const p = pr(['at/x.go'])
    await s.comment(p, 'alice', '/approve')
    expect(p.labels).toContain('approved')
    await s.comment(p, 'rhea', '/lgtm')
    expect(p.labels).toContain('lgtm')
  })

  it('falls back to the parents when no filter of a no_parent_owners OWNERS matches the file', async () => {
    const unmatched = pr(['filtered/README.md'])
    await s.comment(unmatched, 'root-approver', '/approve')
    expect(unmatched.labels).toContain('approved')
    // Where a filter matches, no_parent_owners holds: the root approver is not enough.
    const matched = pr(['filtered/main.go'])
    await s.comment(matched, 'root-approver', '/approve')
    expect(matched.labels).not.toContain('approved')
    await s.comment(matched, 'gopher', '/approve')
    expect(matched.labels).toContain('approved')
  })

  it('drops OWNERS reviewers and approvers without repository access', async () => {
    const p = pr(['access/x.go'])
    const lgtm = await s.comment(p, 'outsider', '/lgtm')
    expect(lgtm.result.commands[0].ok).toBe(false)
    // Batched access checks, each person asked once, not one request each: the commenter's own
    // rides in the run's first request, everyone else named in the OWNERS files read in one more.
    expect(s.emu.requests.filter((r) => r.operation === 'repos/check-collaborator')).toEqual([])
    const batches = s.emu.requests.filter(
      (r) => r.operation === 'graphql' && JSON.stringify(r.body).includes('collaborators(login:'),
    )
    expect(batches).toHaveLength(2)
    const asked = batches.flatMap((b) => [
      ...JSON.stringify(b.body).matchAll(/collaborators\(login: \\"([^\\]+)\\"/g),
    ])
    expect(asked.map((m) => m[1]).sort()).toEqual(['gone', 'outsider', 'rita', 'root-approver'])
    expect(p.labels).not.toContain('lgtm')
    const approve = await s.comment(p, 'gone', '/approve')
    expect(approve.result.commands[0].ok).toBe(false)
    expect(p.labels).not.toContain('approved')
    // The same OWNERS file still works for the listed reviewer who has access.
    await s.comment(p, 'rita', '/lgtm')
    expect(p.labels).toContain('lgtm')
  })

  it('runs OWNERS filters in RE2: a crafted file name cannot stall the run', async () => {
    const p = pr([`redos/${CRAFTED}`])
    const run = await s.comment(p, 'root-approver', '/approve')
    expect(run.code).toBe(0)
    expect(run.ms).toBeLessThan(15_000)
    expect(p.labels).toContain('approved')
  })
})

describe('label commands (Prow label plugin): valid values apply, the rest get a reply', () => {
  it.each([
    ['/area lgtm infra', ['area/infra'], 'The label `area/lgtm` does not exist.'],
    [
      '/committee steering calamity',
      ['committee/steering'],
      'The label `committee/calamity` does not exist.',
    ],
    [
      '/triage needs-information accepted',
      ['triage/needs-information'],
      'Only collaborators may accept an issue (`triage/accepted`).',
    ],
  ])('%s by a non-collaborator', async (command, labels, reply) => {
    const i = issue()
    const run = await s.comment(i, 'stranger', command)
    expect(i.labels).toEqual(labels)
    expect(run.result.commands[0].ok).toBe(false)
    expect(lastReply(i)).toContain(`> ${command}`)
    expect(lastReply(i)).toContain(reply)
  })

  it('lets a collaborator accept an issue', async () => {
    const i = issue()
    await s.comment(i, 'colin', '/triage needs-information accepted')
    expect(i.labels).toEqual(['triage/needs-information', 'triage/accepted'])
  })
})

describe('labels.restricted on every path', () => {
  it('refuses /priority critical-urgent to others and applies the rest of the command', async () => {
    const i = issue()
    await s.comment(i, 'stranger', '/priority critical-urgent important-soon')
    expect(i.labels).toEqual(['priority/important-soon'])
    expect(lastReply(i)).toContain('Only lead may add `priority/critical-urgent`.')
    await s.comment(i, 'lead', '/priority critical-urgent')
    expect(i.labels).toContain('priority/critical-urgent')
  })

  it('refuses /remove-priority critical-urgent to others', async () => {
    const i = issue()
    await s.comment(i, 'lead', '/priority critical-urgent')
    const run = await s.comment(i, 'stranger', '/remove-priority critical-urgent')
    expect(run.result.commands[0].ok).toBe(false)
    expect(i.labels).toEqual(['priority/critical-urgent'])
    expect(lastReply(i)).toContain('Only lead may remove `priority/critical-urgent`.')
  })

  it('keeps a restricted lifecycle label: /lifecycle stale by others changes nothing', async () => {
    const i = issue()
    await s.comment(i, 'lead', '/lifecycle frozen')
    expect(i.labels).toEqual(['lifecycle/frozen'])
    await s.comment(i, 'stranger', '/lifecycle stale\n/remove-lifecycle frozen')
    expect(i.labels).toEqual(['lifecycle/frozen'])
    expect(lastReply(i)).toContain('Only lead may remove `lifecycle/frozen`.')
  })
})

describe('/cc when GitHub refuses one reviewer (Prow assign plugin)', () => {
  it('requests the others and names exactly the refused user', async () => {
    const p = pr(['src/a.go'])
    const run = await s.comment(p, 'colin', '/cc @outsider @rita')
    expect(p.pull!.requestedReviewers).toEqual(['rita'])
    expect(run.result.commands[0].ok).toBe(false)
    const refused = /GitHub refused to request a review from ([^:]+):/.exec(lastReply(p))
    expect(refused?.[1]).toBe('@outsider')
  })
})

describe('hostile comments', () => {
  it('a 5 KB comment of nested markers breaks neither itself nor the next recount', async () => {
    const p = pr(['src/b.go'])
    // 2,500 nested list items overflowed the parser's stack, in the comment and in every recount.
    const nested = await s.comment(p, 'stranger', `${'- '.repeat(2500)}x\n\n/hold`)
    expect(nested.code).toBe(0)
    expect(p.labels).toContain('do-not-merge/hold')
    const approve = await s.comment(p, 'root-approver', '/approve')
    expect(approve.code).toBe(0)
    expect(p.labels).toContain('approved')
  })

  it('answers a 64 KB comment built to make Markdown parsing quadratic within seconds', async () => {
    const i = issue()
    // Emphasis delimiters: over 40 s in the Markdown parser alone.
    const hostile = `/hold\n${'*a'.repeat(32_000)}`.slice(0, 65_000)
    const run = await s.comment(i, 'stranger', hostile)
    expect(run.code).toBe(0)
    expect(run.ms).toBeLessThan(10_000)
    expect(i.labels).toEqual(['do-not-merge/hold'])
  })
})

describe('custom dispatch inputs are untrusted text', () => {
  it.each([
    ['a line break (NEL)', '/deploy env=prod\u0085echo'],
    ['a value over the limit', `/deploy version=${'x'.repeat(300)}`],
  ])('refuses %s and dispatches nothing', async (_what, command) => {
    const i = issue()
    const run = await s.comment(i, 'colin', command)
    expect(run.result.commands[0].ok).toBe(false)
    expect(s.repo.dispatches).toEqual([])
    expect(lastReply(i)).toContain('Input values must be one line of at most 256 characters')
  })
})

describe('label-policy (Prow size and wip plugins, RE2 rules)', () => {
  const send = (p: Issue, action = 'opened', changes?: object) => {
    s.emu.resetLog()
    return s.run(
      'label-policy',
      'pull_request_target',
      pullRequestPayload(s.emu, s.repo, p, action, p.user.login, changes),
    )
  }

  it('recomputes size when an edit changes the base branch', async () => {
    const p = pr(['src/c.go'])
    p.pull!.files = [{ filename: 'src/c.go', status: 'modified', additions: 15, deletions: 0 }]
    await send(p)
    expect(p.labels.filter((l) => l.startsWith('size/'))).toEqual(['size/S'])
    // Retargeted from a release branch to main: the diff is now much larger.
    p.pull!.files = [{ filename: 'src/c.go', status: 'modified', additions: 600, deletions: 0 }]
    const run = await send(p, 'edited', { base: { ref: { from: 'release-1.0' }, sha: { from: 'f00d' } } })
    expect(run.code).toBe(0)
    expect(p.labels.filter((l) => l.startsWith('size/'))).toEqual(['size/XL'])
    // A body-only edit still does nothing.
    const body = await send(p, 'edited', { body: { from: 'old' } })
    expect(body.result.skipped).toContain('neither the title nor the base branch')
  })

  it.each(['(WIP) fix it', '<WIP> fix it', 'wip: fix it', '[wip] fix it', 'WIP fix it'])(
    'marks %j as work in progress',
    async (title) => {
      const p = pr(['src/d.go'], { title })
      await send(p)
      expect(p.labels).toContain('do-not-merge/work-in-progress')
    },
  )

  it('does not mark "Wipe out the cache" as work in progress', async () => {
    const p = pr(['src/e.go'], { title: 'Wipe out the cache' })
    await send(p)
    expect(p.labels).not.toContain('do-not-merge/work-in-progress')
  })

  it('runs rules.title in RE2: a backtracking pattern cannot stall the run', async () => {
    s.config(`${CONFIG}rules:\n  title: '^([a-z0-9]+-?)+$'\n`)
    try {
      const p = pr(['src/f.go'], { title: `${'a'.repeat(40)}!` })
      const run = await send(p)
      expect(run.code).toBe(0)
      expect(run.ms).toBeLessThan(15_000)
      expect(p.labels).toContain('do-not-merge/invalid-title')
    } finally {
      s.config(CONFIG)
    }
  })

  it('refuses a lookahead in rules.title as a config error that says why', async () => {
    s.config(`${CONFIG}rules:\n  title: '^(?!WIP).+'\n`)
    try {
      const p = pr(['src/g.go'], { title: 'feat: x' })
      const run = await send(p)
      expect(run.code).not.toBe(0)
      expect(run.stdout + run.stderr).toContain(
        'rules.title: not a valid regular expression (RE2 syntax: no lookaround or backreferences)',
      )
      expect(p.labels).toEqual([])
    } finally {
      s.config(CONFIG)
    }
  })
})

describe('auto-merge (Prow tide)', () => {
  const ready = (labels: string[] = []) => {
    const p = pr(['src/h.go'], { labels: ['lgtm', 'approved', ...labels] })
    addCheckRun(s.repo, p.pull!.head.sha, 'build', 'success')
    markReviewed(s.repo, p.pull!.head.sha) // lgtm and approval given for this head
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
  const mergeRequests = () => s.emu.requests.filter((r) => r.operation === 'pulls/merge')

  it('refuses to merge with conflicting merge-method labels and says why', async () => {
    const p = ready(['merge-method/squash', 'merge-method/rebase'])
    const run = await evaluate(p)
    expect(run.code).toBe(0)
    expect(p.pull!.merged).toBe(false)
    expect(mergeRequests()).toEqual([])
    expect(mergeStatus(p)).toMatchObject({
      state: 'pending',
      description:
        'Not mergeable. Conflicting merge method labels: merge-method/squash, merge-method/rebase.',
    })
  })

  it('reports a merge method the repository settings forbid instead of trying it', async () => {
    s.repo.mergeMethods.merge = false
    try {
      const p = ready()
      await evaluate(p)
      expect(mergeRequests()).toEqual([])
      expect(mergeStatus(p)).toMatchObject({
        state: 'pending',
        description: 'Not mergeable. Merge method merge is not allowed by the repository settings.',
      })
      // An allowed method chosen by label still merges.
      const q = ready(['merge-method/squash'])
      await evaluate(q)
      expect(q.pull!.mergeMethod).toBe('squash')
    } finally {
      s.repo.mergeMethods.merge = true
    }
  })

  it('names every failing context on the status, within 140 characters', async () => {
    const p = ready()
    addCheckRun(s.repo, p.pull!.head.sha, 'lint', 'failure')
    addStatus(s.repo, p.pull!.head.sha, 'ci/e2e', 'failure')
    await evaluate(p)
    expect(mergeStatus(p)?.description).toBe('Not mergeable. Checks lint and ci/e2e have not succeeded.')
    const q = ready()
    for (let n = 1; n <= 9; n++) addCheckRun(s.repo, q.pull!.head.sha, `integration-shard-${n}`, 'failure')
    await evaluate(q)
    const description = mergeStatus(q)!.description!
    expect(description.length).toBeLessThanOrEqual(140)
    expect(description).toMatch(
      /^Not mergeable\. Checks integration-shard-1, .* and \d+ more have not succeeded\.$/,
    )
  })
})
