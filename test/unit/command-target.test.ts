// Commands through a fake CommandTarget, as Prow tests its plugins against a fake client: no HTTP,
// no emulator. `run` and the label catalogue throw when touched, so each table also proves that the
// command needs nothing but its target.
import { describe, expect, it } from '@jest/globals'
import type { ActionRun } from '../../src/core/action.js'
import { resolveConfig, type Level } from '../../src/core/config.js'
import type { LabelCatalog } from '../../src/core/labels.js'
import type { OwnersTree } from '../../src/core/owners.js'
import { findBuiltin } from '../../src/command-dispatch/registry.js'
import type { ApprovedRuns } from '../../src/core/approve-runs.js'
import type {
  CommandTarget,
  HeadChecks,
  HeadRun,
  Milestone,
  ReviewRequest,
  TargetData,
  TargetUpdate,
} from '../../src/command-dispatch/target.js'
import type { Outcome } from '../../src/command-dispatch/types.js'

interface World {
  isPull?: boolean
  state?: string
  title?: string
  labels?: string[]
  author?: string
  milestones?: Milestone[]
  runs?: HeadRun[]
  /** Logins GitHub will not assign (dropped silently). */
  unassignable?: string[]
  /** Logins GitHub refuses as reviewers (the whole request gets a 422). */
  unreviewable?: string[]
}

/** A CommandTarget in memory that writes down every change a command asks for. */
class FakeTarget implements CommandTarget {
  readonly data: TargetData
  readonly calls: string[] = []
  private readonly current: string[]

  constructor(private readonly world: World) {
    this.data = {
      number: 7,
      isPull: world.isPull ?? true,
      author: world.author ?? 'paula',
      title: world.title ?? 'Fix the parser',
      state: world.state ?? 'open',
      labels: world.labels ?? [],
      assignees: [],
      headSha: 'abc1234def',
    }
    this.current = [...this.data.labels]
  }
  get number() {
    return this.data.number
  }
  get isPull() {
    return this.data.isPull
  }
  get author() {
    return this.data.author
  }
  get repoOwner() {
    return 'acme'
  }
  get labels() {
    return [...this.current]
  }
  hasLabel(name: string) {
    return this.current.some((l) => l.toLowerCase() === name.toLowerCase())
  }
  async addLabels(names: string[]) {
    for (const name of names) if (!this.hasLabel(name)) this.current.push(name)
  }
  async removeLabel(name: string) {
    const i = this.current.findIndex((l) => l.toLowerCase() === name.toLowerCase())
    if (i >= 0) this.current.splice(i, 1)
  }
  async headSha() {
    return this.data.headSha!
  }
  async files() {
    return []
  }
  async owners(): Promise<OwnersTree> {
    throw new Error('owners not modelled')
  }
  async addAssignees(logins: string[]) {
    this.calls.push(`assign ${logins.join(',')}`)
    return logins.filter((l) => !this.world.unassignable?.includes(l))
  }
  async removeAssignees(logins: string[]) {
    this.calls.push(`unassign ${logins.join(',')}`)
  }
  async requestReviews(request: ReviewRequest, withdraw = false) {
    const names = [...request.users, ...request.teams.map((t) => `team:${t}`)]
    this.calls.push(`${withdraw ? 'unrequest' : 'request'} ${names.join(',')}`)
    return !names.some((l) => this.world.unreviewable?.includes(l))
  }
  async approveWaitingRuns(): Promise<ApprovedRuns> {
    this.calls.push('approve waiting runs')
    return { approved: [], rerun: [] }
  }
  async headChecks(): Promise<HeadChecks> {
    throw new Error('headChecks not modelled')
  }
  async setStatus(): Promise<void> {
    throw new Error('setStatus not modelled')
  }
  async update(changes: TargetUpdate) {
    this.calls.push(`update ${JSON.stringify(changes)}`)
  }
  async openMilestones() {
    return this.world.milestones ?? []
  }
  async headRuns() {
    return { headSha: this.data.headSha!, runs: this.world.runs ?? [] }
  }
  async rerun(runId: number, only: 'failed' | 'all') {
    this.calls.push(`rerun ${runId} ${only}`)
  }
}

const untouchable = <T>(what: string) =>
  new Proxy({} as object, {
    get: (_t, key) => {
      throw new Error(`the command used ${what}.${String(key)}`)
    },
  }) as T

const ORDER: Level[] = ['anyone', 'author', 'collaborator', 'reviewer', 'approver']

interface Case {
  name: string
  command: string
  args?: string
  world?: World
  /** The highest level the actor holds. */
  level?: Level
  calls: string[]
  labels?: string[]
  outcome: Outcome | RegExp
}

async function runCase(c: Case) {
  const spec = findBuiltin(c.command)!
  const target = new FakeTarget(c.world ?? {})
  const held = ORDER.indexOf(c.level ?? 'collaborator')
  const outcome = await spec.run({
    run: untouchable<ActionRun>('run'),
    labels: untouchable<LabelCatalog>('labels'),
    config: resolveConfig({}),
    target,
    actor: 'colin',
    writtenAt: '',
    reviewedSha: '',
    args: c.args ?? '',
    can: async (level) => ORDER.indexOf(level) <= held,
  })
  return { outcome, target }
}

function check(c: Case, outcome: Outcome, target: FakeTarget) {
  if (c.outcome instanceof RegExp) {
    expect(outcome.ok).toBe(false)
    expect(outcome.ok ? '' : outcome.reason).toMatch(c.outcome)
  } else expect(outcome).toEqual(c.outcome)
  expect(target.calls).toEqual(c.calls)
  if (c.labels) expect(target.labels).toEqual(c.labels)
}

const ok: Outcome = { ok: true }
const run = (id: number, name: string, status: string, conclusion: string | null): HeadRun => ({
  id,
  name,
  path: `.github/workflows/${name.toLowerCase()}.yml`,
  status,
  conclusion,
})

const cases: Case[] = [
  // /hold and /ok-to-test: labels only, written later by the dispatcher.
  { name: 'hold adds the label', command: 'hold', calls: [], labels: ['do-not-merge/hold'], outcome: ok },
  {
    name: 'hold cancel removes it',
    command: 'hold',
    args: 'cancel',
    world: { labels: ['do-not-merge/hold', 'lgtm'] },
    calls: [],
    labels: ['lgtm'],
    outcome: ok,
  },
  {
    name: 'ok-to-test swaps the gate label and approves the runs waiting for it',
    command: 'ok-to-test',
    world: { labels: ['needs-ok-to-test'] },
    calls: ['approve waiting runs'],
    labels: ['ok-to-test'],
    outcome: ok,
  },
  // /close, /reopen, /retitle, /milestone: one update each, none when nothing changes.
  {
    name: 'close an issue as completed',
    command: 'close',
    world: { isPull: false },
    calls: ['update {"state":"closed","stateReason":"completed"}'],
    outcome: ok,
  },
  {
    name: 'close an issue as not planned',
    command: 'close',
    args: 'not-planned',
    world: { isPull: false },
    calls: ['update {"state":"closed","stateReason":"not_planned"}'],
    outcome: ok,
  },
  { name: 'close a PR has no reason', command: 'close', calls: ['update {"state":"closed"}'], outcome: ok },
  {
    name: 'close a closed PR: nothing',
    command: 'close',
    world: { state: 'closed' },
    calls: [],
    outcome: ok,
  },
  {
    name: 'close with a bad reason',
    command: 'close',
    args: 'later',
    calls: [],
    outcome: /\/close not-planned/,
  },
  {
    name: 'reopen',
    command: 'reopen',
    world: { state: 'closed' },
    calls: ['update {"state":"open"}'],
    outcome: ok,
  },
  { name: 'reopen an open PR: nothing', command: 'reopen', calls: [], outcome: ok },
  {
    name: 'retitle',
    command: 'retitle',
    args: 'Fix the lexer',
    calls: ['update {"title":"Fix the lexer"}'],
    outcome: ok,
  },
  { name: 'retitle to the same title', command: 'retitle', args: 'Fix the parser', calls: [], outcome: ok },
  { name: 'retitle with no title', command: 'retitle', calls: [], outcome: /Give the new title/ },
  {
    name: 'retitle too long',
    command: 'retitle',
    args: 'x'.repeat(257),
    calls: [],
    outcome: /256 characters/,
  },
  {
    name: 'milestone by title, any case',
    command: 'milestone',
    args: 'V1.2',
    world: { milestones: [{ number: 3, title: 'v1.2' }] },
    calls: ['update {"milestone":3}'],
    outcome: ok,
  },
  {
    name: 'milestone clear',
    command: 'milestone',
    args: 'clear',
    calls: ['update {"milestone":null}'],
    outcome: ok,
  },
  {
    name: 'milestone unknown names the open ones',
    command: 'milestone',
    args: 'v9',
    world: { milestones: [{ number: 3, title: 'v1.2' }] },
    calls: [],
    outcome: /no open milestone `v9`\. Open milestones: `v1\.2`/,
  },
  // /assign and /cc: GitHub's silent drops and 422s become refusals naming the people.
  { name: 'assign the commenter', command: 'assign', level: 'anyone', calls: ['assign colin'], outcome: ok },
  {
    name: 'assign others needs a collaborator',
    command: 'assign',
    args: '@ann',
    level: 'author',
    calls: [],
    outcome: /Only collaborators may assign/,
  },
  {
    name: 'assign names whom GitHub dropped',
    command: 'assign',
    args: '@ann @bob',
    world: { unassignable: ['bob'] },
    calls: ['assign ann,bob'],
    outcome: /did not assign @bob:/,
  },
  {
    name: 'assign a bad login',
    command: 'assign',
    args: '@-x',
    calls: [],
    outcome: /Not GitHub user names: `-x`/,
  },
  { name: 'unassign', command: 'unassign', args: '@ann', calls: ['unassign ann'], outcome: ok },
  {
    name: 'cc tries each reviewer alone after a 422',
    command: 'cc',
    args: '@ann @bob',
    world: { unreviewable: ['bob'] },
    calls: ['request ann,bob', 'request ann', 'request bob'],
    outcome: /refused to request a review from @bob:/,
  },
  { name: 'cc the author', command: 'cc', args: '@paula', calls: [], outcome: /author of a pull request/ },
  { name: 'uncc', command: 'uncc', args: '@ann', calls: ['unrequest ann'], outcome: ok },
  // /retest and /test: the head's runs, re-run through the target.
  {
    name: 'retest re-runs the failed runs only',
    command: 'retest',
    world: { runs: [run(1, 'build', 'completed', 'failure'), run(2, 'lint', 'completed', 'success')] },
    calls: ['rerun 1 failed'],
    outcome: { ok: true, note: 'Re-running failed jobs of `build`.' },
  },
  {
    name: 'retest with nothing failed',
    command: 'retest',
    world: { runs: [run(2, 'lint', 'completed', 'success')] },
    calls: [],
    outcome: { ok: true, note: 'No failed workflow run for abc1234; nothing to re-run.' },
  },
  {
    name: 'retest behind the ok-to-test gate',
    command: 'retest',
    world: { labels: ['needs-ok-to-test'] },
    calls: [],
    outcome: /needs `\/ok-to-test`/,
  },
  {
    name: 'test by file name',
    command: 'test',
    args: 'lint.yml',
    world: { runs: [run(1, 'build', 'completed', 'failure'), run(2, 'lint', 'completed', 'success')] },
    calls: ['rerun 2 all'],
    outcome: { ok: true, note: 'Re-running `lint`.' },
  },
  {
    name: 'test a workflow still running',
    command: 'test',
    args: 'all',
    world: { runs: [run(1, 'build', 'in_progress', null)] },
    calls: [],
    outcome: /`build` is still running/,
  },
  {
    name: 'test an unknown workflow names the available ones',
    command: 'test',
    args: 'e2e',
    world: { runs: [run(1, 'build', 'completed', 'success')] },
    calls: [],
    outcome: /No workflow run named `e2e`.*Available: `build`/,
  },
]

describe('commands through a fake target', () => {
  it.each(cases)('$command: $name', async (c) => {
    const { outcome, target } = await runCase(c)
    check(c, outcome, target)
  })
})
