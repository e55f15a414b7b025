// The release script in a throwaway git repository with a bare "origin": tags, the moved major tag,
// the CHANGELOG section grouped by kind, the stamped reusable workflow, and what it refuses.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { fileHost, release, stampSelfUses, type ReleaseHost } from '../../scripts/release.js'
import type { MergedPull } from '../../src/core/release-notes.js'

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()

const PULLS: MergedPull[] = [
  { number: 12, title: 'Merge only the reviewed head', labels: ['kind/bug'], author: 'ada' },
  { number: 10, title: 'Add /cherrypick', labels: ['kind/feature', 'area/commands'], author: 'paula' },
  { number: 11, title: 'Typos', labels: [], author: 'rev' },
]

/** A host that serves fixed PRs and records the releases it was asked to create. */
function fakeHost(pulls: MergedPull[]) {
  const calls: Array<{ base: string; since?: string }> = []
  const releases: Array<{ tag: string; body: string }> = []
  const host: ReleaseHost = {
    mergedPulls: async (base, since) => {
      calls.push({ base, since })
      return pulls
    },
    createRelease: async (tag, _name, body) => {
      releases.push({ tag, body })
      return `https://github.example/acme/bosun/releases/tag/${tag}`
    },
  }
  return { host, calls, releases }
}

let root: string
let work: string
let origin: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bosun-release-'))
  origin = join(root, 'origin.git')
  work = join(root, 'work')
  git(root, 'init', '-q', '--bare', '-b', 'main', origin)
  git(root, 'init', '-q', '-b', 'main', work)
  git(work, 'config', 'user.name', 'Release Test')
  git(work, 'config', 'user.email', 'release@example.com')
  git(work, 'config', 'commit.gpgsign', 'false')
  git(work, 'config', 'tag.gpgsign', 'false')
  git(work, 'remote', 'add', 'origin', origin)
  writeFileSync(
    join(work, 'package.json'),
    `${JSON.stringify({ name: 'bosun', version: '1.4.2' }, null, 2)}\n`,
  )
  writeFileSync(
    join(work, 'CHANGELOG.md'),
    '# Changelog\n\nAll notable changes.\n\n## v1.4.2 (2026-01-01)\n\n- old\n',
  )
  mkdirSync(join(work, '.github/workflows'), { recursive: true })
  writeFileSync(
    join(work, '.github/workflows/bosun.yml'),
    'jobs:\n  a:\n    steps:\n      - uses: $OWNER/bosun@v1 # bosun:self\n      - uses: actions/checkout@v4\n',
  )
  git(work, 'add', '-A')
  git(work, 'commit', '-q', '-m', 'first')
  git(work, 'tag', '-a', 'v1.4.2', '-m', 'v1.4.2')
  git(work, 'tag', '-a', 'v1', '-m', 'v1')
  writeFileSync(join(work, 'README.md'), 'more\n')
  git(work, 'add', '-A')
  git(work, 'commit', '-q', '-m', 'work after the release')
  git(work, 'push', '-q', 'origin', 'main', '--tags')
})

afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('release', () => {
  it('bumps, writes the CHANGELOG by kind, tags vX.Y.Z, moves vX, pushes and publishes', async () => {
    const { host, calls, releases } = fakeHost(PULLS)
    const result = await release({
      cwd: work,
      request: 'minor',
      repo: 'acme/bosun',
      date: '2026-12-01',
      host,
    })

    expect(result).toMatchObject({
      version: '1.5.0',
      tag: 'v1.5.0',
      major: 'v1',
      previousTag: 'v1.4.2',
      pulls: 3,
    })
    expect(calls).toEqual([{ base: 'main', since: git(work, 'log', '-1', '--format=%cI', 'v1.4.2') }])
    const head = git(work, 'rev-parse', 'HEAD')
    expect(git(work, 'rev-parse', 'v1.5.0^{commit}')).toBe(head)
    expect(git(work, 'rev-parse', 'v1^{commit}')).toBe(head)
    expect(git(origin, 'rev-parse', 'v1^{commit}')).toBe(head)
    expect(git(origin, 'rev-parse', 'v1.5.0^{commit}')).toBe(head)
    expect(git(origin, 'rev-parse', 'main')).toBe(head)
    expect(git(work, 'log', '-1', '--format=%s')).toBe('Release v1.5.0')
    expect(JSON.parse(readFileSync(join(work, 'package.json'), 'utf8')).version).toBe('1.5.0')

    expect(readFileSync(join(work, 'CHANGELOG.md'), 'utf8')).toBe(
      [
        '# Changelog',
        '',
        'All notable changes.',
        '',
        '## v1.5.0 (2026-12-01)',
        '',
        '### Features',
        '',
        '- Add /cherrypick (#10, @paula)',
        '',
        '### Bug fixes',
        '',
        '- Merge only the reviewed head (#12, @ada)',
        '',
        '### Other changes',
        '',
        '- Typos (#11, @rev)',
        '',
        '## v1.4.2 (2026-01-01)',
        '',
        '- old',
        '',
      ].join('\n'),
    )
    expect(readFileSync(join(work, '.github/workflows/bosun.yml'), 'utf8')).toContain(
      '- uses: acme/bosun@v1 # bosun:self\n      - uses: actions/checkout@v4',
    )
    expect(releases).toEqual([{ tag: 'v1.5.0', body: result.notes }])
    expect(result.notes).toMatch(/^### Features\n\n- Add \/cherrypick \(#10, @paula\)/)
  })

  it('a major release starts a new major tag and leaves the old one where it was', async () => {
    const oldV1 = git(work, 'rev-parse', 'v1^{commit}')
    await release({ cwd: work, request: 'major', repo: 'acme/bosun', push: false, host: fakeHost([]).host })
    expect(git(work, 'rev-parse', 'v2^{commit}')).toBe(git(work, 'rev-parse', 'HEAD'))
    expect(git(work, 'rev-parse', 'v1^{commit}')).toBe(oldV1)
    expect(readFileSync(join(work, '.github/workflows/bosun.yml'), 'utf8')).toContain(
      'acme/bosun@v2 # bosun:self',
    )
    expect(readFileSync(join(work, 'CHANGELOG.md'), 'utf8')).toContain('## v2.0.0 (')
  })

  it.each([
    [
      'an uncommitted change',
      () => writeFileSync(join(work, 'README.md'), 'dirty\n'),
      'patch',
      /uncommitted/,
    ],
    ['a version that is not above the current one', () => {}, '1.4.0', /not above/],
    ['a word that is no bump', () => {}, 'huge', /not major, minor, patch/],
    ['an existing tag', () => git(work, 'tag', 'v1.4.3'), 'patch', /already exists/],
  ])('refuses %s and changes nothing', async (_name, prepare, request, message) => {
    prepare()
    const before = git(work, 'rev-parse', 'HEAD')
    const tags = git(work, 'tag')
    await expect(release({ cwd: work, request, host: fakeHost(PULLS).host })).rejects.toThrow(message)
    expect(git(work, 'rev-parse', 'HEAD')).toBe(before)
    expect(git(work, 'tag')).toBe(tags)
  })
})

describe('release against a moved remote', () => {
  it('pushes nothing when the branch moved since the checkout', async () => {
    const other = join(root, 'other')
    git(root, 'clone', '-q', origin, other)
    git(other, 'config', 'user.name', 'Someone')
    git(other, 'config', 'user.email', 'someone@example.com')
    writeFileSync(join(other, 'NEW.md'), 'x\n')
    git(other, 'add', '-A')
    git(other, 'commit', '-q', '-m', 'meanwhile')
    git(other, 'push', '-q', 'origin', 'main')
    await expect(release({ cwd: work, request: 'patch', host: fakeHost([]).host })).rejects.toThrow()
    expect(git(origin, 'tag')).not.toContain('v1.4.3')
  })
})

describe('fileHost', () => {
  it('reads merged PRs from a JSON file and refuses to publish', async () => {
    const path = join(root, 'pulls.json')
    writeFileSync(path, JSON.stringify(PULLS))
    const host = fileHost(path)
    expect(await host.mergedPulls('main', undefined)).toEqual(PULLS)
    await expect(host.createRelease('v1.0.0', 'x', 'y')).rejects.toThrow(/--no-github-release/)
  })
})

describe('stampSelfUses', () => {
  it.each([
    ['      - uses: $OWNER/bosun@v1 # bosun:self\n', '      - uses: acme/bosun@v3 # bosun:self\n'],
    [
      '        uses: old/bosun@v2 # bosun:self (stamped)\n',
      '        uses: acme/bosun@v3 # bosun:self (stamped)\n',
    ],
    ['      - uses: actions/checkout@v4\n', '      - uses: actions/checkout@v4\n'],
  ])('%j', (input, output) => expect(stampSelfUses(input, 'acme/bosun', 'v3')).toBe(output))
})
