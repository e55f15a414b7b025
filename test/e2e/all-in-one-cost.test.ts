// The all-in-one's parts share one client, preflight and permission cache: an event costs the
// requests of the parts that work, and a part with nothing to do beyond reading the config (here
// issue-translate on an English text) rides on the preflight another part already made. Each case
// runs the separate actions on one item and the all-in-one on a twin, and compares requests.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { addComment, createPull, type Issue } from '../emulator/state.js'
import { issueCommentPayload, pullRequestPayload } from '../support/payloads.js'
import { Scenario } from '../support/scenario.js'

const s = new Scenario('acme/costs')
// With a key, issue-translate reads the config before it finds the text is English.
const inputs = { 'openai-api-key': 'sk-test' }

beforeAll(async () => {
  await s.start()
  s.people({ paula: null, colin: 'write' })
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

/** Requests each action makes on its own (in the all-in-one's order), and their total. */
async function separately(parts: readonly string[], event: string, payload: object) {
  const each: Record<string, number> = {}
  for (const part of parts) {
    s.emu.resetLog()
    const run = await s.run(part, event, payload, part.endsWith('translate') ? inputs : {})
    expect(run.code).toBe(0)
    each[part] = s.emu.requests.length
  }
  return { each, total: Object.values(each).reduce((a, b) => a + b, 0) }
}

async function allInOne(event: string, payload: object) {
  s.emu.resetLog()
  const run = await s.run('all-in-one', event, payload, inputs)
  expect(run.code).toBe(0)
  return { run, requests: s.emu.requests.length }
}

const pull = (): Issue =>
  createPull(s.emu.state, s.repo, {
    author: 'paula',
    title: 'Fix the parser',
    body: 'Fixes a crash when the file is empty.',
    files: [{ filename: 'a.go', additions: 3, deletions: 1 }],
  })

describe('all-in-one request cost', () => {
  it('a /hold comment costs what command-dispatch alone costs', async () => {
    const comment = (p: Issue) =>
      issueCommentPayload(s.emu, s.repo, p, addComment(s.emu.state, s.repo, p.number, 'colin', '/hold'))
    const [a, b] = [pull(), pull()]
    const parts = ['command-dispatch', 'issue-translate', 'gpt-translate']
    const apart = await separately(parts, 'issue_comment', comment(a))
    const together = await allInOne('issue_comment', comment(b))
    expect(a.labels).toEqual(['do-not-merge/hold'])
    expect(b.labels).toEqual(['do-not-merge/hold'])
    expect(apart.each['issue-translate']).toBe(1) // its preflight, nothing else
    expect(apart.each['gpt-translate']).toBe(0)
    expect(together.requests).toBe(apart.each['command-dispatch'])
    expect(together.requests).toBeLessThan(apart.total)
  })

  it('an opened PR costs the separate actions less the preflight issue-translate shares', async () => {
    const [a, b] = [pull(), pull()]
    const parts = ['command-dispatch', 'label-policy', 'issue-translate', 'auto-merge']
    const apart = await separately(parts, 'pull_request_target', pullRequestPayload(s.emu, s.repo, a))
    const together = await allInOne('pull_request_target', pullRequestPayload(s.emu, s.repo, b))
    expect(b.labels).toEqual(a.labels)
    expect(together.run.result.parts.map((r: { action: string }) => r.action)).toEqual(parts)
    expect(apart.each['command-dispatch']).toBe(0) // no command in the body
    expect(apart.each['issue-translate']).toBe(1)
    expect(together.requests).toBe(apart.total - apart.each['issue-translate']!)
  })
})
