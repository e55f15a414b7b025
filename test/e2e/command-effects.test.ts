// What each command does, end to end through dist/command-dispatch: labels, people, state, CI
// control, custom commands, feedback, the other events that carry commands, and bad input.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  addLabel,
  addMilestone,
  addWorkflow,
  addWorkflowRun,
  createIssue,
  createPull,
  nextId,
  type Issue,
} from '../emulator/state.js'
import {
  issuesPayload,
  pullRequestPayload,
  reviewCommentPayload,
  reviewPayload,
} from '../support/payloads.js'
import { BOT, Scenario } from '../support/scenario.js'
import { expectSkipped } from '../support/e2e-host.js'

const s = new Scenario()

beforeAll(async () => {
  await s.start()
  s.people({ paula: null, colin: 'write', rhea: 'read', wanda: 'write', stranger: null })
  for (const l of [
    'kind/bug',
    'kind/feature',
    'area/docs',
    'triage/accepted',
    'ready to ship 🚀',
    'language/zh',
  ])
    addLabel(s.repo, l)
  addMilestone(s.repo, 'v1.0')
  addMilestone(s.repo, 'v0.9', 'closed')
  s.config(`labels:
  additional: ['ready to ship 🚀', 'needs docs']
commands:
  disabled: [retitle]
  custom:
    invite:
      permission: anyone
      reply: "Welcome! Join us on Slack: https://example.invalid/slack"
      close: true
      labels: [triage/accepted]
    deploy:
      permission: collaborator
      dispatch: { workflow: deploy.yml, ref: main }
`)
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

const pr = (
  author = 'paula',
  extra: Parameters<typeof createPull>[2] extends infer T ? Partial<T> : never = {},
) => createPull(s.emu.state, s.repo, { author, files: [{ filename: 'src/a.ts' }], ...extra })
const issue = (author = 'paula') => createIssue(s.emu.state, s.repo, { author })
const lastComment = (i: Issue) =>
  [...s.repo.comments.values()].filter((c) => c.issueNumber === i.number).pop()!

describe('labels', () => {
  it('adds several prefixed labels and removes them; idempotent changes make no request', async () => {
    const i = issue()
    await s.comment(i, 'stranger', '/kind bug feature\n/area docs')
    expect(i.labels).toEqual(['kind/bug', 'kind/feature', 'area/docs'])
    const again = await s.comment(i, 'stranger', '/kind bug')
    expect(again.code).toBe(0)
    expect(s.emu.requests.filter((r) => r.operation === 'issues/add-labels')).toEqual([])
    expect(s.reactions(`comment:${lastComment(i).id}`)).toEqual(['+1'])
    await s.comment(i, 'stranger', '/remove-kind feature\n/remove-area docs\n/remove-area never-there')
    expect(i.labels).toEqual(['kind/bug'])
  })

  it('applies the labels that exist and replies with the valid ones for the rest', async () => {
    const i = issue()
    const run = await s.comment(i, 'stranger', '/kind bug nonsense')
    expect(i.labels).toEqual(['kind/bug'])
    const reply = s.botComments(i).pop()!
    expect(reply).toContain('> /kind bug nonsense')
    expect(reply).toContain(
      'The label `kind/nonsense` does not exist. Valid kind labels: `kind/bug`, `kind/feature`.',
    )
    expect(run.result.commands[0].ok).toBe(false)
  })

  it('keeps lifecycle labels mutually exclusive', async () => {
    const i = issue()
    await s.comment(i, 'stranger', '/lifecycle stale')
    await s.comment(i, 'stranger', '/lifecycle frozen')
    expect(i.labels).toEqual(['lifecycle/frozen'])
    await s.comment(i, 'stranger', '/remove-lifecycle frozen')
    expect(i.labels).toEqual([])
  })

  it('handles help and good-first-issue', async () => {
    const i = issue()
    await s.comment(i, 'stranger', '/good-first-issue')
    expect(i.labels.sort()).toEqual(['good first issue', 'help wanted'])
    await s.comment(i, 'stranger', '/remove-help')
    expect(i.labels).toEqual([])
  })

  it('lets anyone /label a configured label with spaces and emoji, and refuses others', async () => {
    const i = issue()
    await s.comment(i, 'stranger', '/label ready to ship 🚀')
    expect(i.labels).toEqual(['ready to ship 🚀'])
    await s.comment(i, 'stranger', '/label lgtm\n/label kind/bug\n/label needs docs')
    expect(i.labels).toEqual(['ready to ship 🚀', 'needs docs'])
    const reply = s.botComments(i).pop()!
    expect(reply).toContain('`lgtm` is managed by `/lgtm`')
    expect(reply).toContain(
      '`kind/bug` cannot be set with /label. Anyone may use: `ready to ship 🚀`, `needs docs`.',
    )
    await s.comment(i, 'stranger', '/remove-label needs docs')
    expect(i.labels).toEqual(['ready to ship 🚀'])
  })
})

describe('people', () => {
  it('assigns the commenter, and others only for collaborators', async () => {
    const i = issue()
    await s.comment(i, 'rhea', '/assign')
    expect(i.assignees).toEqual(['rhea'])
    await s.comment(i, 'colin', '/assign @wanda @rhea\n/unassign @rhea')
    expect(i.assignees).toEqual(['wanda'])
  })

  it('reports assignees GitHub would not assign instead of crashing', async () => {
    const i = issue()
    const run = await s.comment(i, 'colin', '/assign @ghost-who-does-not-exist')
    expect(run.code).toBe(0)
    expect(s.reactions(`comment:${lastComment(i).id}`)).toEqual([])
    expect(s.botComments(i).pop()).toContain('GitHub did not assign @ghost-who-does-not-exist')
    const bad = await s.comment(i, 'colin', '/assign @not_a_valid--login!')
    expect(bad.result.commands[0].message).toContain('Not GitHub user names')
  })

  it('requests and withdraws reviews, reporting refusals from GitHub', async () => {
    const p = pr()
    await s.comment(p, 'stranger', '/cc @colin @wanda')
    expect(p.pull!.requestedReviewers).toEqual(['colin', 'wanda'])
    await s.comment(p, 'stranger', '/uncc @colin')
    expect(p.pull!.requestedReviewers).toEqual(['wanda'])
    const run = await s.comment(p, 'stranger', '/cc @stranger')
    expect(run.result.commands[0]).toMatchObject({ ok: false })
    expect(s.botComments(p).pop()).toContain('GitHub refused to request a review from @stranger')
    const self = await s.comment(p, 'colin', '/cc @paula')
    expect(self.result.commands[0].message).toBe(
      'The author of a pull request cannot be requested as its reviewer.',
    )
  })
})

describe('issue and PR state', () => {
  it('closes as not planned and reopens', async () => {
    const i = issue()
    await s.comment(i, 'paula', '/close not-planned')
    expect([i.state, i.stateReason]).toEqual(['closed', 'not_planned'])
    await s.comment(i, 'paula', '/reopen')
    expect(i.state).toBe('open')
    const run = await s.comment(i, 'paula', '/close later')
    expect(run.result.commands[0].message).toBe('Use `/close` or `/close not-planned`.')
  })

  it('sets and clears milestones, and lists the open ones for an unknown name', async () => {
    const i = issue()
    await s.comment(i, 'colin', '/milestone v1.0')
    expect(i.milestone).toBe(1)
    await s.comment(i, 'colin', '/milestone v0.9')
    expect(i.milestone).toBe(1)
    expect(s.botComments(i).pop()).toContain('There is no open milestone `v0.9`. Open milestones: `v1.0`.')
    await s.comment(i, 'colin', '/milestone clear')
    expect(i.milestone).toBeNull()
  })

  it('says a disabled command is disabled', async () => {
    const i = issue()
    await s.comment(i, 'paula', '/retitle New')
    expect(i.title).not.toBe('New')
    expect(s.botComments(i).pop()).toContain('`/retitle` is disabled in this repository.')
  })

  it('refuses PR-only commands on issues', async () => {
    const i = issue()
    await s.comment(i, 'colin', '/lgtm')
    expect(s.botComments(i).pop()).toContain('`/lgtm` only works on pull requests.')
  })
})

describe('CI control', () => {
  it('/ok-to-test swaps the gate labels; /retest and /test are refused until then', async () => {
    const build = addWorkflow(s.repo, 'ci.yml', 'ci')
    const p = pr('stranger', { labels: ['needs-ok-to-test'] })
    const failed = addWorkflowRun(s.repo, build, p.pull!.head.sha, 'failure')
    const passed = addWorkflowRun(s.repo, addWorkflow(s.repo, 'e2e.yml', 'e2e'), p.pull!.head.sha, 'success')
    await s.comment(p, 'stranger', '/retest')
    expect(failed.reruns).toEqual([])
    expect(s.botComments(p).pop()).toContain('needs `/ok-to-test` from a collaborator')
    await s.comment(p, 'colin', '/ok-to-test')
    expect(p.labels).toEqual(['ok-to-test'])
    await s.comment(p, 'stranger', '/retest')
    expect(failed.reruns).toEqual(['failed'])
    expect(passed.reruns).toEqual([])
    expect(s.botComments(p).pop()).toContain('Re-running failed jobs of `ci`.')
    await s.comment(p, 'stranger', '/test e2e')
    expect(passed.reruns).toEqual(['all'])
    const unknown = await s.comment(p, 'stranger', '/test nope')
    expect(unknown.result.commands[0].message).toMatch(/No workflow run named `nope`.*Available: `ci`, `e2e`/)
  })
})

describe('custom commands', () => {
  it('runs the /invite example of docs/contract.md as written', async () => {
    const i = issue('stranger')
    await s.comment(i, 'stranger', '/invite')
    expect(i.state).toBe('closed')
    expect(i.labels).toEqual(['triage/accepted'])
    expect(s.botComments(i).pop()).toContain('Welcome! Join us on Slack: https://example.invalid/slack')
    expect(s.reactions(`comment:${lastComment(i).id - 1}`)).toBeDefined()
  })

  it('dispatches a workflow with declared inputs only', async () => {
    addWorkflow(s.repo, 'deploy.yml', 'deploy', ['env', 'version'])
    const i = issue()
    await s.comment(i, 'colin', '/deploy env=staging version=1.2')
    expect(s.repo.dispatches.pop()).toEqual({
      workflow: '.github/workflows/deploy.yml',
      ref: 'main',
      inputs: { env: 'staging', version: '1.2' },
    })
    const run = await s.comment(i, 'colin', '/deploy env=prod force=true')
    expect(run.result.commands[0].message).toContain('does not declare the input `force`')
    expect(s.repo.dispatches).toHaveLength(0)
    const garbage = await s.comment(i, 'colin', '/deploy now')
    expect(garbage.result.commands[0].message).toContain('Arguments must be `key=value`')
  })
})

describe('feedback', () => {
  it('gives one reaction and one reply for a comment with good and refused commands', async () => {
    const i = issue()
    const before = s.botComments(i).length
    await s.comment(i, 'stranger', '/kind bug\n/milestone v1.0\n/triage accepted\n/hold')
    expect(i.labels).toEqual(['kind/bug', 'do-not-merge/hold'])
    expect(s.reactions(`comment:${lastComment(i).id}`)).toEqual([])
    const replies = s.botComments(i).slice(before)
    expect(replies).toHaveLength(1)
    expect(replies[0]).toContain('@stranger')
    expect(replies[0]).toContain(
      '> /milestone v1.0\n\n`/milestone` is for collaborators (write access or above).',
    )
    expect(replies[0]).toContain('> /triage accepted\n\nOnly collaborators may accept an issue')
    const comment = [...s.repo.comments.values()]
      .filter((c) => c.issueNumber === i.number && c.user.login === 'stranger')
      .pop()!
    expect(s.reactions(`comment:${comment.id}`)).toEqual(['confused'])
  })

  it('/commands lists the enabled commands, custom ones included and disabled ones left out', async () => {
    const i = issue()
    await s.comment(i, 'stranger', '/commands')
    const reply = s.botComments(i).pop()!
    expect(reply).toContain('| `/lgtm [no-issue\\|cancel]`')
    expect(reply).toContain('| `/invite` | anyone |')
    expect(reply).toContain('| `/deploy [key=value…]` | collaborators')
    expect(reply).not.toContain('/retitle')
  })

  it('never reacts to its own replies', async () => {
    const i = issue()
    await s.comment(i, 'stranger', '/milestone v1.0')
    const reply = [...s.repo.comments.values()].filter((c) => c.user.login === BOT).pop()!
    expect(reply.body).toContain('> /milestone v1.0')
    const run = await s.comment(i, 'rhea', reply.body)
    expectSkipped(run, 'text written by bosun', 'comment written by bosun')
    expect(s.emu.requests).toEqual([])
  })
})

describe('other events carrying commands', () => {
  it('reads the body of a newly opened issue (a /kind in a template)', async () => {
    const i = createIssue(s.emu.state, s.repo, {
      author: 'stranger',
      body: '### What happened\nIt broke.\n\n/kind bug\n',
    })
    const run = await s.run('command-dispatch', 'issues', issuesPayload(s.emu, s.repo, i))
    expect(run.code).toBe(0)
    expect(i.labels).toEqual(['kind/bug'])
    expect(s.repo.reactions.filter((r) => r.subject === `issue:${i.number}`).map((r) => r.content)).toEqual([
      '+1',
    ])
  })

  it('reads the body of a newly opened PR from pull_request_target', async () => {
    const p = createPull(s.emu.state, s.repo, {
      author: 'stranger',
      body: 'Fixes things.\n/kind feature\n/cc @colin',
    })
    const run = await s.run('command-dispatch', 'pull_request_target', pullRequestPayload(s.emu, s.repo, p))
    expect(run.code).toBe(0)
    expect(p.labels).toEqual(['kind/feature'])
    expect(p.pull!.requestedReviewers).toEqual(['colin'])
  })

  it('reads review bodies (no reaction exists for them, so a refusal is replied to)', async () => {
    const p = pr()
    const run = await s.run(
      'command-dispatch',
      'pull_request_review',
      reviewPayload(s.emu, s.repo, p, 'colin', 'Nice.\n/hold\n/lgtm'),
    )
    expect(run.code).toBe(0)
    expect(p.labels).toContain('do-not-merge/hold')
  })

  it('reads review comments and reacts to them', async () => {
    const p = pr()
    const id = nextId()
    const run = await s.run(
      'command-dispatch',
      'pull_request_review_comment',
      reviewCommentPayload(s.emu, s.repo, p, 'colin', '/hold', id),
    )
    expect(run.code).toBe(0)
    expect(p.labels).toEqual(['do-not-merge/hold'])
    expect(s.reactions(`review-comment:${id}`)).toEqual(['+1'])
  })

  it('ignores an edited issue body', async () => {
    const i = issue()
    s.emu.resetLog()
    const run = await s.run('command-dispatch', 'issues', issuesPayload(s.emu, s.repo, i, 'edited'))
    expect(run.code).toBe(0)
    expect(s.emu.requests).toEqual([])
  })
})

describe('config that names commands', () => {
  it('fails on a permissions or disabled entry naming no command, suggesting the closest', async () => {
    const t = new Scenario('acme/typos')
    await t.start()
    try {
      t.config(
        'permissions:\n  milstone: anyone\ncommands:\n  disabled: [retitel]\n  custom:\n    hold:\n      reply: hi\n',
      )
      const i = createIssue(t.emu.state, t.repo, { author: 'paula' })
      const run = await t.comment(i, 'paula', '/hold')
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(
        'permissions.milstone: no built-in command "/milstone"; did you mean "milestone"?',
      )
      expect(run.stdout).toContain(
        'commands.disabled[0]: no built-in command "/retitel"; did you mean "retitle"?',
      )
      expect(run.stdout).toContain('commands.custom.hold: "/hold" is a built-in command')
      expect(t.emu.writes()).toEqual([])
    } finally {
      await t.stop()
    }
  })
})

describe('lgtm.review-acts-as-lgtm', () => {
  it('treats an approving review as /lgtm and a changes-requested review as /lgtm cancel, only when configured', async () => {
    const t = new Scenario('acme/reviews')
    await t.start()
    try {
      t.people({ paula: null, colin: 'write' })
      const p = createPull(t.emu.state, t.repo, { author: 'paula' })
      t.emu.resetLog()
      const off = await t.run(
        'command-dispatch',
        'pull_request_review',
        reviewPayload(t.emu, t.repo, p, 'colin', '', 'approved'),
      )
      expect(off.code).toBe(0)
      expect(p.labels).toEqual([])
      t.config('lgtm:\n  review-acts-as-lgtm: true\n')
      await t.run(
        'command-dispatch',
        'pull_request_review',
        reviewPayload(t.emu, t.repo, p, 'colin', 'LGTM, thanks', 'approved'),
      )
      expect(p.labels).toEqual(['lgtm'])
      await t.run(
        'command-dispatch',
        'pull_request_review',
        reviewPayload(t.emu, t.repo, p, 'colin', 'One more thing', 'changes_requested'),
      )
      expect(p.labels).toEqual([])
      t.emu.resetLog()
      const plain = await t.run(
        'command-dispatch',
        'pull_request_review',
        reviewPayload(t.emu, t.repo, p, 'colin', 'a remark', 'commented'),
      )
      expectSkipped(plain, 'no command', 'a review comment without a command')
      expect(t.emu.requests).toEqual([])
      expect(t.emu.violations).toEqual([])
    } finally {
      await t.stop()
    }
  })
})

describe('bad input', () => {
  it('handles a 64 KiB comment of hundreds of lines with commands in code, quotes and prose', async () => {
    const i = issue()
    const filler = Array.from(
      { length: 800 },
      (_, n) => `line ${n} with some text to make it longer — عربي עברית 中文`,
    ).join('\n')
    const body =
      `${filler}\n\`\`\`\n/lgtm\n/close\n\`\`\`\n> /close\n<!-- /close -->\nsee /close\n/lgtmfoo\n/kind bug\n`.slice(
        -65536,
      )
    const run = await s.comment(i, 'stranger', body)
    expect(run.code).toBe(0)
    expect(i.state).toBe('open')
    expect(i.labels).toEqual(['kind/bug'])
  })

  it('runs at most 20 commands of one comment and says the rest were skipped', async () => {
    const i = issue()
    const run = await s.comment(i, 'stranger', Array.from({ length: 25 }, () => '/hold').join('\n'))
    expect(run.result.commands).toHaveLength(20)
    expect(s.botComments(i).pop()).toContain('5 more were skipped')
  })

  it('ignores unknown words like paths without a request', async () => {
    const i = issue()
    const paths = await s.comment(i, 'stranger', '/usr/bin/env is missing\n/etc/hosts')
    expect(paths.code).toBe(0)
    expect(paths.result.skipped).toBe('no command')
    expect(s.emu.requests).toEqual([])
    // A word that could be a custom command costs the config read, then is ignored silently.
    const word = await s.comment(i, 'stranger', '/frobnicate the widget')
    expect(word.result.skipped).toBe('no known command')
    expect(s.emu.writes()).toEqual([])
  })

  it('counts a change GitHub rejects as a failed command, and goes on with the others', async () => {
    const i = issue()
    s.emu.inject({ match: 'issues/update', status: 422 })
    const run = await s.comment(i, 'paula', '/close\n/hold')
    expect(run.code).toBe(0)
    expect(i.state).toBe('open')
    expect(i.labels).toEqual(['do-not-merge/hold'])
    expect(s.botComments(i).pop()).toContain('> /close\n\nGitHub refused the change (422')
  })

  it('fails the step after bounded retries of a GitHub outage, telling the user, without a stack trace', async () => {
    const i = issue()
    s.emu.inject({ match: 'issues/add-labels', status: 502, times: 4 })
    const run = await s.comment(i, 'stranger', '/hold')
    expect(s.emu.requests.filter((r) => r.operation === 'issues/add-labels').map((r) => r.status)).toEqual([
      502, 502, 502, 502,
    ])
    expect(run.code).toBe(1)
    expect(s.botComments(i).pop()).toContain('GitHub refused the change (502')
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
    expect(i.labels).toEqual([])
  }, 30_000)
})
