// Foundation end-to-end tests: the command-dispatch bundle under Node 24 against the emulator.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { addComment, createIssue } from '../emulator/state.js'
import { issueCommentPayload } from '../support/payloads.js'
import { NODE24 } from '../support/run-action.js'
import { BOT, Scenario } from '../support/scenario.js'

const s = new Scenario()

beforeAll(async () => {
  await s.start()
  s.people({ alice: 'write', mallory: null })
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

describe('foundation through dist/command-dispatch', () => {
  it('runs the bundles under Node 24, as GitHub does (node24 actions)', () => {
    expect(execFileSync(NODE24, ['--version']).toString()).toMatch(/^v24\./)
  })

  it('makes no API request for a comment without a command', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'mallory' })
    const run = await s.comment(
      issue,
      'mallory',
      'Thanks! I think\nthis looks good, see `/lgtm` docs.\n> /hold',
    )
    expect(run.code).toBe(0)
    expect(s.emu.requests).toEqual([])
    expect(run.result.skipped).toBe('no command')
    expect(run.summary).toContain('no command')
  })

  it('runs a command with a missing config file using defaults', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'mallory' })
    const run = await s.comment(issue, 'mallory', '/hold')
    expect(run.code).toBe(0)
    expect(issue.labels).toEqual(['do-not-merge/hold'])
    expect(s.reactions(`comment:${[...s.repo.comments.values()].pop()!.id}`)).toEqual(['+1'])
    expect(run.result.labelsAdded).toEqual(['do-not-merge/hold'])
  })

  it('writes nothing in dry-run, and logs each write it would make', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'mallory' })
    const run = await s.comment(issue, 'mallory', '/hold', { 'dry-run': 'true' })
    expect(run.code).toBe(0)
    expect(s.emu.writes()).toEqual([])
    expect(issue.labels).toEqual([])
    expect(run.stdout).toMatch(
      /\[dry-run\] POST http:\/\/127\.0\.0\.1:\d+\/repos\/acme\/widgets\/issues\/\d+\/labels \{"labels":\["do-not-merge\/hold"\]\}/,
    )
    expect(run.result.plannedWrites.map((w: { method: string }) => w.method)).toEqual(['POST', 'POST'])
    expect(run.summary).toContain('dry run')
  })

  it('fails with one clear message per problem for an invalid config, and writes nothing', async () => {
    s.config(
      'merge:\n  methd: squash\n  max-per-run: zero\nlabels:\n  additional: [ok]\nrules:\n  title: "(unclosed"\n',
    )
    try {
      const issue = createIssue(s.emu.state, s.repo, { author: 'mallory' })
      const run = await s.comment(issue, 'mallory', '/hold')
      expect(run.code).toBe(1)
      expect(s.emu.writes()).toEqual([])
      const error = run.stdout + run.stderr
      expect(error).toContain('merge.methd: unknown key; did you mean "method"?')
      expect(error).toContain('merge.max-per-run: must be integer')
      expect(error).toContain('rules.title: not a valid regular expression')
      expect(error).not.toMatch(/\n\s+at /) // no stack trace
      expect(run.result.error).toContain('Invalid config .github/bosun.yml')
    } finally {
      s.config('')
    }
  })

  it('ignores events sent by a bot account without any request', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'mallory' })
    const comment = addComment(s.emu.state, s.repo, issue.number, 'dependabot[bot]', '/hold')
    s.emu.resetLog()
    const run = await s.run(
      'command-dispatch',
      'issue_comment',
      issueCommentPayload(s.emu, s.repo, issue, comment),
    )
    expect(run.code).toBe(0)
    expect(s.emu.requests).toEqual([])
    expect(run.result.skipped).toMatch(/bot account/)
  })

  it("ignores events sent by the token's own user", async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'mallory' })
    const run = await s.comment(issue, BOT, '/hold')
    expect(run.code).toBe(0)
    expect(s.emu.writes()).toEqual([])
    expect(run.result.skipped).toBe('event sent by the bot itself')
  })

  it('retries an injected 502 and completes without duplicate writes', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'mallory' })
    s.emu.inject({ match: 'issues/add-labels', status: 502 })
    const run = await s.comment(issue, 'mallory', '/hold')
    expect(run.code).toBe(0)
    expect(issue.labels).toEqual(['do-not-merge/hold'])
    const adds = s.emu.requests.filter((r) => r.operation === 'issues/add-labels')
    expect(adds.map((r) => r.status)).toEqual([502, 200])
    expect(s.emu.writes().filter((r) => r.status < 300)).toHaveLength(2) // one label write, one reaction
  })

  it('waits out an injected secondary rate limit and completes without duplicate writes', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'mallory' })
    s.emu.inject({ match: 'reactions/create-for-issue-comment', status: 403, retryAfter: 1 })
    const run = await s.comment(issue, 'mallory', '/hold')
    expect(run.code).toBe(0)
    const reactions = s.emu.requests.filter((r) => r.operation === 'reactions/create-for-issue-comment')
    expect(reactions.map((r) => r.status)).toEqual([403, 201])
    expect(
      s.repo.reactions.filter((r) => r.subject.startsWith('comment:') && r.user.login === BOT).length,
    ).toBeGreaterThan(0)
    expect(run.stdout).toContain('Secondary rate limit')
    expect(issue.labels).toEqual(['do-not-merge/hold'])
  })

  it('ignores edited comments', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'mallory' })
    const comment = addComment(s.emu.state, s.repo, issue.number, 'alice', '/hold')
    s.emu.resetLog()
    const run = await s.run(
      'command-dispatch',
      'issue_comment',
      issueCommentPayload(s.emu, s.repo, issue, comment, 'edited'),
    )
    expect(run.code).toBe(0)
    expect(s.emu.requests).toEqual([])
  })
})
