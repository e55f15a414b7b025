// `bosun simulate` end to end: a fixture checkout on disk, the real all-in-one bundle under Node 24
// against the in-process emulator, and the transcript a user reads.
import { afterAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'

import { main } from '../../src/cli/main.js'
import { writeCheckout } from '../support/checkout-fixture.js'

const temp: string[] = []
const checkout = (files: Record<string, string> = {}) => {
  const dir = writeCheckout(files)
  temp.push(dir)
  return dir
}
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })))

async function simulate(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = []
  const code = await main(['simulate', ...args], (l) => lines.push(l))
  return { code, out: lines.join('\n') }
}

const PR = [
  '--name',
  'acme/widgets',
  '--author',
  'paula',
  '--title',
  'api: add pagination',
  '--body',
  '/kind feature',
  '--pr-files',
  '40\t3\tapi/list.go\n2\t0\tdocs/index.md',
]

// Up to five bundle runs per test: more than Jest's default 5 s on a loaded machine.
describe('bosun simulate', () => {
  it('tells the story of a PR from open to merge, with the checkout’s OWNERS and config', async () => {
    const { code, out } = await simulate([
      '--repo',
      checkout(),
      ...PR,
      '--as',
      'rev',
      '--comment',
      '/lgtm',
      '--as',
      'ada',
      '--comment',
      '/approve',
      '--as',
      'maya',
      '--comment',
      '/approve\n/ok-to-test',
      '--ci',
      'build',
    ])
    expect(code).toBe(0)
    const story = [
      'bosun simulate — acme/widgets, simulated; nothing is sent to GitHub',
      '📬 @paula opens PR #1',
      'labels +kind/feature',
      'labels +size/M +needs-ok-to-test',
      'requests review from @colin @rev',
      '💬 @rev on #1:',
      'labels +lgtm',
      '💬 @ada on #1:',
      '**NOT APPROVED**',
      '- **OWNERS** (`docs/index.md`) — suggested: `/assign @maya`',
      '💬 @maya on #1:',
      'labels +approved',
      'label -needs-ok-to-test',
      '🟢 CI: check "build" success',
      'sets status bosun/merge: success "In merge pool."',
      'merges with sha',
      '(squash)',
      '✅ PR #1 merged (squash)',
    ]
    // Each line of the story appears, in this order.
    let at = 0
    for (const line of story) {
      const found = out.indexOf(line, at)
      if (found < 0) throw new Error(`missing after offset ${at}: ${line}\n\n${out}`)
      at = found + line.length
    }
    // The merge names the head that was reviewed and green, and the summary says the same.
    const sha = /merges with sha ([0-9a-f]{7})/.exec(out)![1]
    expect(out).toContain(`✅ PR #1 merged (squash): reviewed head ${sha}, merge commit `)
    expect(out).not.toMatch(/emulator refused/)
  }, 120_000)

  it('exits non-zero and shows the action’s own error for a broken config', async () => {
    const dir = checkout({ '.github/bosun.yml': 'merge:\n  methd: squash\n' })
    const { code, out } = await simulate(['--repo', dir, ...PR, '--as', 'rev', '--comment', '/lgtm'])
    expect(code).toBe(1)
    expect(out).toContain('exit 1: the workflow run would fail')
    expect(out).toContain('merge.methd: unknown key; did you mean "method"?')
    expect(out).toMatch(/💬 @rev on #1:[\s\S]*\(writes nothing\)/)
  }, 60_000)

  it('shows a push taking lgtm away and the sweep syncing labels', async () => {
    const { code, out } = await simulate([
      '--repo',
      checkout(),
      ...PR,
      '--as',
      'rev',
      '--comment',
      '/lgtm',
      '--push',
      '--sweep',
    ])
    expect(code).toBe(0)
    expect(out).toMatch(/⬆️ {2}@paula pushes a commit[\s\S]*label -lgtm[\s\S]*new commits/i)
    expect(out).toMatch(/⏰ the scheduled sweep runs[\s\S]*creates labels [^\n]*do-not-merge\/hold/)
    expect(out).toMatch(/⏸ {2}PR #1 not merged; bosun\/merge: pending/)
  }, 60_000)
})
