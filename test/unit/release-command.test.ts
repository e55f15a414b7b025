// The pure decisions of /release and of the /accept-style custom command keys.
import { describe, expect, it } from '@jest/globals'
import { chooseMilestone } from '../../src/command-dispatch/commands/custom.js'
import {
  compareSemVer,
  conclusionReply,
  existingTag,
  markedRunId,
  parseReleaseArgs,
  parseSemVer,
  previousTag,
  releaseRunMarker,
} from '../../src/command-dispatch/commands/release.js'

describe('parseSemVer', () => {
  it.each([
    ['v1.2.3', { major: 1, minor: 2, patch: 3, prerelease: [] }],
    ['1.2.3', { major: 1, minor: 2, patch: 3, prerelease: [] }],
    ['v1.0.0-rc.1', { major: 1, minor: 0, patch: 0, prerelease: ['rc', '1'] }],
    ['v1.0.0-alpha-1+build.5', { major: 1, minor: 0, patch: 0, prerelease: ['alpha-1'] }],
    ['v0.0.0+sha.abc', { major: 0, minor: 0, patch: 0, prerelease: [] }],
  ])('%s parses', (text, expected) => expect(parseSemVer(text)).toEqual(expected))

  it.each([
    'v1.2',
    'v1.2.3.4',
    'v01.2.3',
    'v1.2.3-',
    'v1.2.3-01',
    'v1.2.3-rc..1',
    'v1.2.3+',
    'vv1.2.3',
    'V1.2.3',
    'latest',
    `v1.2.3-${'a'.repeat(200)}`,
  ])('%s does not parse', (text) => expect(parseSemVer(text)).toBeUndefined())

  it('is linear on long hostile input', () => {
    const start = Date.now()
    expect(parseSemVer(`1.2.3-${'a.'.repeat(50000)}!`)).toBeUndefined()
    expect(Date.now() - start).toBeLessThan(200)
  })
})

describe('compareSemVer', () => {
  const cmp = (a: string, b: string) => Math.sign(compareSemVer(parseSemVer(a)!, parseSemVer(b)!))
  it.each([
    ['1.0.0', '2.0.0', -1],
    ['1.10.0', '1.9.0', 1],
    ['1.0.0-rc.1', '1.0.0', -1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.2', '1.0.0-alpha.10', -1],
    ['1.0.0-1', '1.0.0-alpha', -1],
    ['1.0.0-beta', '1.0.0-alpha', 1],
    ['1.0.0+a', '1.0.0+b', 0],
  ])('%s vs %s is %i', (a, b, expected) => expect(cmp(a, b)).toBe(expected))
})

describe('parseReleaseArgs', () => {
  it.each([
    ['v1.2.3', { tag: 'v1.2.3', branch: undefined }],
    ['1.2.3', { tag: 'v1.2.3', branch: undefined }],
    ['v1.2.3 release-1.2', { tag: 'v1.2.3', branch: 'release-1.2' }],
    ['', { error: 'Usage: `/release vX.Y.Z [BRANCH]`.' }],
    ['v1.2.3 main extra', { error: 'Usage: `/release vX.Y.Z [BRANCH]`.' }],
    ['one.two', { error: '`one.two` is not a semantic version like `v1.2.3`.' }],
    ['v1.2.3 ../x', { error: '`../x` is not a branch name.' }],
    ['v1.2.3 -f', { error: '`-f` is not a branch name.' }],
    ['v1.2.3 a`b', { error: '`a`b` is not a branch name.' }],
  ])('%j', (args, expected) => expect(parseReleaseArgs(args)).toEqual(expected))
})

describe('previousTag and existingTag', () => {
  const tags = ['v1.0.0', 'v1.2.0', 'v1.10.0', 'nightly', 'v2.0.0-rc.1', '1.5.0']
  it.each([
    ['v1.11.0', 'v1.10.0'],
    ['v1.3.0', 'v1.2.0'],
    ['v1.6.0', '1.5.0'],
    ['v2.0.0', 'v2.0.0-rc.1'],
    ['v2.0.0-rc.0', 'v1.10.0'],
    ['v0.1.0', undefined],
  ])('before %s comes %s', (tag, expected) => expect(previousTag(tags, tag)).toBe(expected))

  it.each([
    ['v1.2.0', 'v1.2.0'],
    ['1.2.0', 'v1.2.0'],
    ['v1.5.0', '1.5.0'],
    ['v1.2.0+build', 'v1.2.0'],
    ['v1.3.0', undefined],
    ['v2.0.0', undefined],
  ])('%s exists as %s', (tag, expected) => expect(existingTag(tags, tag)).toBe(expected))
})

describe('the waiting reply', () => {
  it.each([
    [`done\n${releaseRunMarker(42)}`, 42],
    ['<!-- bosun:release-run 7 -->', 7],
    ['<!-- bosun:release-run x -->', undefined],
    ['release-run 42', undefined],
  ])('%j names run %s', (body, expected) => expect(markedRunId(body)).toBe(expected))

  it.each([
    ['success', 'The release workflow succeeded: [Release](u).'],
    ['failure', 'The release workflow ended with `failure`: [Release](u).'],
    [null, 'The release workflow ended with `no conclusion`: [Release](u).'],
  ])('conclusion %s', (conclusion, text) =>
    expect(conclusionReply({ conclusion, htmlUrl: 'u', name: 'Release' })).toBe(text),
  )
})

describe('chooseMilestone', () => {
  const m = (number: number, title: string, due_on: string | null = null) => ({ number, title, due_on })
  it.each([
    [
      'latest: the one due last',
      [m(1, 'a', '2026-01-01'), m(2, 'b', '2026-06-01'), m(3, 'c', '2026-03-01')],
      'latest',
      'b',
    ],
    ['latest: dated ones before undated', [m(1, 'a', '2026-01-01'), m(5, 'z')], 'latest', 'a'],
    ['latest without due dates: the highest number', [m(1, 'a'), m(4, 'd'), m(2, 'b')], 'LATEST', 'd'],
    ['latest with none open', [], 'latest', undefined],
    ['a title, exactly', [m(1, 'V1'), m(2, 'v1')], 'v1', 'v1'],
    ['a title, ignoring case', [m(1, 'Next')], 'next', 'Next'],
    ['an unknown title', [m(1, 'a')], 'b', undefined],
  ])('%s', (_, open, wanted, expected) => expect(chooseMilestone(open, wanted)?.title).toBe(expected))
})
