// `bosun check` on checkouts, and the pure pieces of `bosun simulate` (arguments, PR files,
// annotations, the transcript's coalescing, the origin remote).
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { main, parseArgs } from '../../src/cli/main.js'
import { repoNameOf } from '../../src/cli/checkout.js'
import { annotations, coalesce, parsePullFiles } from '../../src/cli/simulate.js'
import { writeCheckout } from '../support/checkout-fixture.js'

const temp: string[] = []
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })))

/** The fixture checkout with some files replaced. */
function checkout(files: Record<string, string> = {}): string {
  const dir = writeCheckout(files)
  temp.push(dir)
  return dir
}

async function run(argv: string[]) {
  const lines: string[] = []
  const code = await main(argv, (l) => lines.push(l))
  return { code, out: lines.join('\n') }
}

describe('bosun check', () => {
  it('accepts the fixture checkout', async () => {
    const { code, out } = await run(['check', '--repo', checkout()])
    expect(code).toBe(0)
    expect(out).toContain('ok    .github/bosun.yml: valid')
    expect(out).toContain('ok    2 OWNERS files, 1 aliases')
  })

  it.each([
    [
      'a misspelt key, with the closest valid one',
      { '.github/bosun.yml': 'lgtm:\n  reset-on-psh: false\n' },
      'lgtm.reset-on-psh: unknown key; did you mean "reset-on-push"?',
    ],
    ['invalid YAML', { '.github/bosun.yml': 'merge: [\n' }, 'Invalid config .github/bosun.yml:'],
    [
      'a custom command named like a built-in',
      { '.github/bosun.yml': 'commands:\n  custom:\n    lgtm: { reply: hi }\n' },
      'commands.custom.lgtm',
    ],
    [
      'an OWNERS file that is not YAML',
      { 'api/OWNERS': 'approvers: [ada\n' },
      'api/OWNERS is not valid YAML',
    ],
    [
      'an OWNERS filter that is no regex',
      { 'docs/OWNERS': "filters:\n  '(':\n    approvers: [maya]\n" },
      'docs/OWNERS has an invalid filter regex "(" (RE2 syntax): missing closing )',
    ],
  ])('reports %s and exits 1', async (_name, files, message) => {
    const { code, out } = await run(['check', '--repo', checkout(files)])
    expect(code).toBe(1)
    expect(out).toContain(message)
    expect(out).toContain('every bosun run would fail')
  })

  it('says what defaults mean when there is no config and no OWNERS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bosun-empty-'))
    temp.push(dir)
    const { code, out } = await run(['check', '--repo', dir])
    expect(code).toBe(0)
    expect(out).toContain('.github/bosun.yml: absent, bosun uses the defaults')
    expect(out).toContain('no OWNERS files: reviewer and approver both mean collaborator')
  })

  it('refuses a path that is no directory, without a stack trace', async () => {
    const { code, out } = await run(['check', '--repo', join(checkout(), 'nope')])
    expect(code).toBe(1)
    expect(out).toMatch(/^bosun: --repo .*nope: not a directory$/)
  })
})

describe('command line', () => {
  it('reads events in order, --as applying to the comments after it', () => {
    const parsed = parseArgs([
      'simulate',
      '--repo',
      '.',
      '--as',
      '@ada',
      '--comment',
      '/lgtm',
      '--push',
      '--comment',
      '/approve',
      '--ci',
      'build=failure',
      '--sweep',
    ])
    expect(parsed.events).toEqual([
      { kind: 'comment', as: 'ada', body: '/lgtm' },
      { kind: 'push' },
      { kind: 'comment', as: 'ada', body: '/approve' },
      { kind: 'ci', name: 'build', conclusion: 'failure' },
      { kind: 'sweep' },
    ])
  })

  it.each([
    [['simulate', '--repo', '.', '--comment', '/lgtm'], '--comment needs --as LOGIN before it'],
    [['simulate', '--comment'], '--comment needs a value'],
    [['simulate', '--as', 'x'], '--repo PATH is required'],
    [['deploy'], 'unknown command "deploy"'],
    [['check', '--repo', '.', '--frobnicate', 'x'], 'unknown option --frobnicate'],
    [['check', '--repo', '.', '--push'], 'bosun check takes no events'],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const { code, out } = await run(argv)
    expect(code).toBe(2)
    expect(out).toContain(`bosun: ${message}`)
    expect(out).toContain('usage:')
  })
})

describe('bosun serve --setup', () => {
  it.each([
    [['serve', '--setup'], '--webhook-url is required'],
    [['serve', '--setup', '--webhook-url', 'ftp://x'], 'is not an http(s) URL'],
    [['serve', '--setup', '--webhook-url', 'https://bot.example/hooks', '--bogus'], 'unknown option --bogus'],
  ])('%j refuses with a message (exit 2) and writes nothing', async (argv, message) => {
    const { code, out } = await run(argv)
    expect(code).toBe(2)
    expect(out).toContain(message)
  })
})

describe('simulate helpers', () => {
  it.each([
    [
      'a.go\nb/c.md\n',
      [
        { filename: 'a.go', additions: 10, deletions: 0 },
        { filename: 'b/c.md', additions: 10, deletions: 0 },
      ],
    ],
    [
      '40\t3\tapi/list.go\n-\t-\tlogo.png',
      [
        { filename: 'api/list.go', additions: 40, deletions: 3 },
        { filename: 'logo.png', additions: 0, deletions: 0 },
      ],
    ],
    [
      'a.go, b.go',
      [
        { filename: 'a.go', additions: 10, deletions: 0 },
        { filename: 'b.go', additions: 10, deletions: 0 },
      ],
    ],
  ])('PR files from %j', (text, files) => expect(parsePullFiles(text)).toEqual(files))

  it('decodes the workflow commands a bundle prints', () => {
    expect(annotations('plain\n::error::Invalid config x:%0A  - a: bad\n::notice title=t::hi\n')).toEqual([
      'error: Invalid config x:\n  - a: bad',
      'notice: hi',
    ])
  })

  it('folds runs of label-sync lines', () => {
    expect(
      coalesce(['creates label a', 'creates label b', 'updates label c', 'labels +x', 'creates label d']),
    ).toEqual(['creates labels a, b', 'updates label c', 'labels +x', 'creates label d'])
  })

  it.each([
    ['[remote "origin"]\n\turl = git@github.com:acme/widgets.git\n', 'acme/widgets'],
    ['[remote "origin"]\n\turl = https://github.com/acme/wid.gets\n', 'acme/wid.gets'],
    ['[remote "origin"]\n\turl = https://gitlab.com/acme/widgets.git\n', undefined],
    ['[core]\n\tbare = false\n', undefined],
  ])('origin %j → %s', (config, name) => {
    const dir = mkdtempSync(join(tmpdir(), 'bosun-git-'))
    temp.push(dir)
    writeFileSync(join(dir, 'config'), config)
    expect(repoNameOf(dir, join(dir, 'config'))).toBe(name)
  })
})
