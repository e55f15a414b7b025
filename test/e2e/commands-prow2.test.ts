// Prow plugins of the second round, end to end through dist/ against the emulator: /ok-to-test that
// approves the head's waiting workflow runs (and again on each push while ok-to-test), /override,
// /cc @org/team and /test ?, each with its bad inputs and a re-delivered comment.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  addCheckRun,
  addComment,
  addStatus,
  addWorkflow,
  addWorkflowRun,
  createPull,
  latestStatuses,
  pushCommit,
  type Comment,
  type Issue,
  type Workflow,
} from '../emulator/state.js'
import { issueCommentPayload, pullRequestPayload, reviewPayload } from '../support/payloads.js'
import { BOT, markReviewed, Scenario } from '../support/scenario.js'

const s = new Scenario()
let ci: Workflow
let e2e: Workflow

beforeAll(async () => {
  await s.start()
  s.people({ stranger: null, colin: 'write', rita: 'write', mallory: 'write', 'app-bot[bot]': null })
  s.repo.teams.set('acme/reviewers', ['rita'])
  s.config('merge:\n  required-contexts: [e2e-required]\n')
  ci = addWorkflow(s.repo, 'ci.yml', 'ci')
  e2e = addWorkflow(s.repo, 'e2e.yml', 'e2e')
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

const writes = () =>
  s.emu.requests.filter((r) => r.method !== 'GET' && r.operation !== 'graphql').map((r) => r.operation)
const lastReply = (p: Issue) => s.botComments(p).pop() ?? ''
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const forkPr = (labels = ['needs-ok-to-test']) =>
  createPull(s.emu.state, s.repo, { author: 'stranger', headRepo: 'stranger/widgets', labels })
/** Runs command-dispatch on a comment already in the emulator (a re-delivery, or one written earlier). */
const deliver = (p: Issue, c: Comment) => {
  s.emu.resetLog()
  return s.run('command-dispatch', 'issue_comment', issueCommentPayload(s.emu, s.repo, p, c))
}

describe('/ok-to-test approves the workflow runs waiting for approval', () => {
  it('approves the head’s waiting fork runs, not other heads’ or finished ones; a re-delivery writes nothing', async () => {
    const p = forkPr()
    const head = p.pull!.head.sha
    const waiting = addWorkflowRun(s.repo, ci, head, 'action_required', { fromFork: true })
    const otherHead = addWorkflowRun(s.repo, e2e, 'f'.repeat(40), 'action_required', { fromFork: true })
    const finished = addWorkflowRun(s.repo, e2e, head, 'success', { fromFork: true })
    const run = await s.comment(p, 'colin', '/ok-to-test')
    expect(run.code).toBe(0)
    expect(p.labels).toEqual(['ok-to-test'])
    expect(waiting).toMatchObject({ approved: true, status: 'queued', conclusion: null })
    expect(otherHead).toMatchObject({ conclusion: 'action_required' })
    expect(otherHead.approved).toBeUndefined()
    expect(finished).toMatchObject({ conclusion: 'success', reruns: [] })
    expect(lastReply(p)).toContain('Approved the workflow runs waiting for a maintainer: `ci`.')
    const comment = [...s.repo.comments.values()].filter((c) => c.user.login === 'colin').pop()!
    const before = s.botComments(p).length
    await deliver(p, comment)
    expect(writes()).toEqual([])
    expect(s.botComments(p)).toHaveLength(before)
  })

  it('is refused to someone who is not a collaborator, and approves nothing', async () => {
    const p = forkPr()
    const waiting = addWorkflowRun(s.repo, ci, p.pull!.head.sha, 'action_required', { fromFork: true })
    const run = await s.comment(p, 'stranger', '/ok-to-test')
    expect(run.result.commands[0]).toMatchObject({
      ok: false,
      message: expect.stringContaining('collaborators'),
    })
    expect(p.labels).toEqual(['needs-ok-to-test'])
    expect(waiting).toMatchObject({ conclusion: 'action_required' })
    expect(writes()).not.toContain('actions/approve-workflow-run')
  })

  it('re-runs a waiting run GitHub will not approve (not from a fork: 403), which starts it', async () => {
    const p = createPull(s.emu.state, s.repo, { author: 'app-bot[bot]', labels: ['needs-ok-to-test'] })
    const waiting = addWorkflowRun(s.repo, ci, p.pull!.head.sha, 'action_required')
    const run = await s.comment(p, 'colin', '/ok-to-test')
    expect(run.code).toBe(0)
    expect(
      s.emu.requests.filter((r) => r.operation === 'actions/approve-workflow-run').map((r) => r.status),
    ).toEqual([403])
    expect(waiting).toMatchObject({ reruns: ['all'], status: 'queued' })
    expect(run.result.commands[0].ok).toBe(true)
  })

  it('approves the new head’s waiting runs on each push while the PR stays ok-to-test, and only then', async () => {
    const trusted = forkPr(['ok-to-test'])
    const untrusted = forkPr()
    for (const p of [trusted, untrusted]) {
      pushCommit(s.repo, p)
      addWorkflowRun(s.repo, ci, p.pull!.head.sha, 'action_required', { fromFork: true })
      s.emu.resetLog()
      const run = await s.run(
        'label-policy',
        'pull_request_target',
        pullRequestPayload(s.emu, s.repo, p, 'synchronize'),
      )
      expect(run.code).toBe(0)
    }
    const runOf = (p: Issue) => s.repo.workflowRuns.find((w) => w.headSha === p.pull!.head.sha)!
    expect(runOf(trusted)).toMatchObject({ approved: true, status: 'queued' })
    expect(runOf(untrusted)).toMatchObject({ conclusion: 'action_required' })
    expect(runOf(untrusted).approved).toBeUndefined()
  })
})

describe('/override', () => {
  /** Reviewed, mergeable, but `ci/unit` (a status) and `build` (a check) fail and a required context never reported. */
  const blocked = () => {
    const p = createPull(s.emu.state, s.repo, { author: 'stranger', labels: ['lgtm', 'approved'] })
    const head = p.pull!.head.sha
    addStatus(s.repo, head, 'ci/unit', 'failure', 'tests failed')
    addCheckRun(s.repo, head, 'build', 'failure')
    addCheckRun(s.repo, head, 'lint', 'success')
    markReviewed(s.repo, head)
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
  const statusOf = (sha: string, context: string) =>
    latestStatuses(s.repo, sha).find((x) => x.context === context)

  it('lets the pool merge the head once its failing and missing contexts are overridden, recorded by bosun', async () => {
    const p = blocked()
    const head = p.pull!.head.sha
    await evaluate(p)
    expect(p.pull!.merged).toBe(false)
    const run = await s.comment(p, 'colin', '/override ci/unit build e2e-required')
    expect(run.code).toBe(0)
    expect(statusOf(head, 'ci/unit')).toMatchObject({
      state: 'success',
      description: 'Overridden by colin.',
      creator: BOT,
    })
    for (const name of ['ci/unit', 'build', 'e2e-required'])
      expect(statusOf(head, `bosun/override/${name}`)).toMatchObject({ state: 'success', creator: BOT })
    // A check run cannot be overwritten by a status: it still fails, and only the override counts.
    expect(statusOf(head, 'build')).toBeUndefined()
    expect(lastReply(p)).toContain('Overrode `ci/unit`, `build`, `e2e-required`')
    await evaluate(p)
    expect(p.pull!.merged).toBe(true)
    expect(s.emu.requests.find((r) => r.operation === 'pulls/merge')?.body).toMatchObject({ sha: head })
  })

  it('in the all-in-one job, the pool merges right after the /override (no label changed to trigger it)', async () => {
    const p = blocked()
    const comment = addComment(s.emu.state, s.repo, p.number, 'colin', '/override ci/unit build e2e-required')
    s.emu.resetLog()
    const run = await s.run('all-in-one', 'issue_comment', issueCommentPayload(s.emu, s.repo, p, comment))
    expect(run.code).toBe(0)
    expect(run.result.parts.map((r: { action: string }) => r.action)).toEqual([
      'command-dispatch',
      'issue-translate',
      'gpt-translate',
      'auto-merge',
    ])
    expect(p.pull!.merged).toBe(true)
  })

  it('refuses a context that is neither on the head nor required, and changes nothing', async () => {
    const p = blocked()
    const statuses = s.repo.statuses.length
    const run = await s.comment(p, 'colin', '/override ci/unit no-such-check')
    expect(run.result.commands[0]).toMatchObject({ ok: false })
    expect(run.result.commands[0].message).toMatch(
      /No check named `no-such-check`.*none is required; nothing was overridden/,
    )
    expect(run.result.commands[0].message).toContain('Checks on this head: `build`, `lint`, `ci/unit`')
    expect(s.repo.statuses.length).toBe(statuses)
    expect(writes().filter((w) => w !== 'issues/create-comment' && !w.startsWith('reactions/'))).toEqual([])
  })

  it('is refused to someone who is not a collaborator, and for bosun’s own review state', async () => {
    const p = blocked()
    const statuses = s.repo.statuses.length
    const byStranger = await s.comment(p, 'stranger', '/override build')
    expect(byStranger.result.commands[0].message).toContain('is for collaborators')
    const own = await s.comment(p, 'colin', '/override bosun/lgtm')
    expect(own.result.commands[0].message).toContain("bosun's own review and merge state")
    expect(s.repo.statuses.length).toBe(statuses)
  })

  it('no longer applies after a push; a comment written before the push is refused', async () => {
    const p = blocked()
    await s.comment(p, 'colin', '/override ci/unit build e2e-required')
    await sleep(5)
    const newHead = pushCommit(s.repo, p)
    addCheckRun(s.repo, newHead, 'build', 'failure')
    markReviewed(s.repo, newHead)
    await evaluate(p)
    expect(p.pull!.merged).toBe(false)
    expect(statusOf(newHead, 'bosun/merge')?.description).toContain('not reported yet')
    expect(latestStatuses(s.repo, newHead).filter((x) => x.context.startsWith('bosun/override/'))).toEqual([])
    // Written before a second push, handled after it: it was about a head that is gone.
    const early = addComment(s.emu.state, s.repo, p.number, 'colin', '/override build e2e-required')
    await sleep(5)
    pushCommit(s.repo, p)
    const run = await deliver(p, early)
    expect(run.result.commands[0].message).toMatch(/The head moved to `[0-9a-f]{7}` after you wrote this/)
    expect(latestStatuses(s.repo, p.pull!.head.sha)).toEqual([])
  })

  it('ignores an override status someone else wrote; a re-delivered /override writes nothing new', async () => {
    const p = blocked()
    const head = p.pull!.head.sha
    addStatus(s.repo, head, 'bosun/override/build', 'success', 'Overridden by mallory.', 'mallory')
    addStatus(s.repo, head, 'bosun/override/ci/unit', 'success', 'Overridden by mallory.', 'mallory')
    addStatus(s.repo, head, 'bosun/override/e2e-required', 'success', 'Overridden by mallory.', 'mallory')
    await evaluate(p)
    expect(p.pull!.merged).toBe(false)
    const first = await s.comment(p, 'colin', '/override build')
    expect(first.code).toBe(0)
    expect(statusOf(head, 'bosun/override/build')).toMatchObject({ creator: BOT })
    const comment = [...s.repo.comments.values()].filter((c) => c.user.login === 'colin').pop()!
    const statuses = s.repo.statuses.length
    await deliver(p, comment)
    expect(writes()).toEqual([])
    // Said again in a new comment: already recorded, so nothing is written but the reply.
    const again = await s.comment(p, 'colin', '/override build')
    expect(again.result.commands[0].ok).toBe(true)
    expect(s.repo.statuses.length).toBe(statuses)
    expect(lastReply(p)).toContain('Already overridden')
  })
})

describe('/cc and /uncc with teams', () => {
  const pr = () => createPull(s.emu.state, s.repo, { author: 'stranger' })

  it('requests and withdraws a review from a team of the organization', async () => {
    const p = pr()
    const run = await s.comment(p, 'colin', '/cc @acme/reviewers')
    expect(run.result.commands[0].ok).toBe(true)
    expect(p.pull!.requestedTeams).toEqual(['reviewers'])
    await s.comment(p, 'colin', '/uncc @acme/reviewers')
    expect(p.pull!.requestedTeams).toEqual([])
  })

  it('names a team GitHub refuses without mentioning it, and still requests the users it accepts', async () => {
    const p = pr()
    const run = await s.comment(p, 'colin', '/cc @rita @acme/nonexistent-team')
    expect(p.pull!.requestedReviewers).toEqual(['rita'])
    expect(p.pull!.requestedTeams).toEqual([])
    expect(run.result.commands[0].message).toContain(
      'GitHub refused to request a review from `@acme/nonexistent-team`',
    )
    // The reason names the team only in a code span (the quoted command is the commenter's own text).
    expect(run.result.commands[0].message).not.toMatch(/(^|[^`])@acme\//)
  })

  it('refuses teams of another organization and team requests by non-collaborators, requesting nothing', async () => {
    const p = pr()
    const foreign = await s.comment(p, 'colin', '/cc @other/reviewers')
    expect(foreign.result.commands[0].message).toContain('Only teams of acme can review here')
    const stranger = await s.comment(p, 'stranger', '/cc @acme/reviewers')
    expect(stranger.result.commands[0].message).toContain('collaborators (teams)')
    expect(p.pull!.requestedTeams).toEqual([])
    expect(s.emu.requests.filter((r) => r.operation === 'pulls/request-reviewers')).toEqual([])
  })
})

describe('/test ? and a bare /test', () => {
  it('lists the workflows /test can re-run for the head, to anyone, re-running nothing', async () => {
    const p = createPull(s.emu.state, s.repo, { author: 'stranger' })
    const runs = [ci, e2e, ci].map((w) => addWorkflowRun(s.repo, w, p.pull!.head.sha, 'failure'))
    for (const body of ['/test ?', '/test']) {
      const run = await s.comment(p, 'rita', body)
      expect(run.result.commands[0].ok).toBe(true)
      expect(lastReply(p)).toContain(
        `Workflows \`/test\` can re-run for ${p.pull!.head.sha.slice(0, 7)} (or \`/test all\`):\n\n- \`ci\` (\`ci.yml\`)\n- \`e2e\` (\`e2e.yml\`)`,
      )
    }
    const outsider = await s.comment(p, 'mallory', '/test ?')
    expect(outsider.result.commands[0].ok).toBe(true)
    expect(runs.every((r) => r.reruns.length === 0)).toBe(true)
  })

  it('says when nothing has run, and that a gated PR needs /ok-to-test first', async () => {
    const p = forkPr()
    const run = await s.comment(p, 'stranger', '/test ?')
    expect(run.result.commands[0].ok).toBe(true)
    expect(lastReply(p)).toContain('No workflow has run for')
    expect(lastReply(p)).toContain('needs `/ok-to-test` from a collaborator first')
  })
})
