// The all-in-one action routes each event to every part that handles it, through dist/all-in-one.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { addCheckRun, addComment, createPull } from '../emulator/state.js'
import { issueCommentPayload, pullRequestPayload } from '../support/payloads.js'
import { Scenario } from '../support/scenario.js'

const s = new Scenario('acme/all')

beforeAll(async () => {
  await s.start()
  s.people({ paula: null, colin: 'write' })
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

describe('dist/all-in-one', () => {
  it('runs every part that reads comments, with one result for the step', async () => {
    const p = createPull(s.emu.state, s.repo, {
      author: 'paula',
      labels: ['approved'],
      files: [{ filename: 'a.go' }],
    })
    addCheckRun(s.repo, p.pull!.head.sha, 'build', 'success')
    const comment = addComment(s.emu.state, s.repo, p.number, 'colin', '/lgtm')
    const run = await s.run('all-in-one', 'issue_comment', issueCommentPayload(s.emu, s.repo, p, comment))
    expect(run.code).toBe(0)
    expect(p.labels).toEqual(['approved', 'lgtm'])
    expect(run.result.parts.map((r: { action: string }) => r.action)).toEqual([
      'command-dispatch',
      'issue-translate',
      'gpt-translate',
      'auto-merge',
    ])
    expect(run.result.notImplemented).toEqual([])
    // No OpenAI key in this workflow: issue-translate leaves a notice and nothing else.
    expect(run.result.parts[1].skipped).toBe('no OpenAI API key')
    expect(run.result.parts[2].skipped).toBe('no /gt command')
    expect(run.result.parts[3].skipped).toBe('no /override command')
  })

  // A comment with no command line and no translation key is decided from the event file alone
  // (no part is loaded): the step's result, summary and notice are those of the full run, which a
  // comment whose only `/` line is a path (`/usr/bin`) still goes through.
  it('answers a comment without a command quickly, with what the full run would publish', async () => {
    const p = createPull(s.emu.state, s.repo, { author: 'paula', files: [{ filename: 'b.go' }] })
    const send = async (body: string) => {
      const comment = addComment(s.emu.state, s.repo, p.number, 'colin', body)
      s.emu.resetLog()
      const run = await s.run('all-in-one', 'issue_comment', issueCommentPayload(s.emu, s.repo, p, comment))
      return { run, requests: s.emu.requests.length }
    }
    const quick = await send('looks good, see https://example.com/a/b')
    const full = await send('/usr/bin is where it goes')
    // The full run loads each part (one log group each); the quick exit loads none and asks nothing.
    expect(quick.run.stdout).not.toContain('::group::')
    expect(full.run.stdout).toContain('::group::bosun command-dispatch')
    expect(quick.requests).toBe(0)
    expect(quick.run.code).toBe(0)
    expect(quick.run.result).toEqual(full.run.result)
    expect(quick.run.summary).toBe(full.run.summary)
    const notice = (out: string) => out.split('\n').filter((l) => l.startsWith('::notice::'))
    expect(notice(quick.run.stdout)).toEqual(notice(full.run.stdout))
  })

  it('runs label-policy, command-dispatch and auto-merge on an opened PR, with one result', async () => {
    const p = createPull(s.emu.state, s.repo, {
      author: 'colin',
      body: '/kind bug',
      files: [{ filename: 'a.go', additions: 3, deletions: 0 }],
    })
    const run = await s.run('all-in-one', 'pull_request_target', pullRequestPayload(s.emu, s.repo, p))
    expect(run.code).toBe(0)
    expect(run.result.parts.map((r: { action: string }) => r.action)).toEqual([
      'command-dispatch',
      'label-policy',
      'issue-translate',
      'auto-merge',
    ])
    expect(p.labels).toContain('size/XS')
    expect(run.summary).toContain('bosun label-policy')
    expect(run.summary).toContain('Merge pool')
  })
})
