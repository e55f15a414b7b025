// Release notes grouped by kind/* labels, CHANGELOG insertion and version arithmetic.
import { describe, expect, it } from '@jest/globals'
import {
  groupByKind,
  nextVersion,
  prependToChangelog,
  renderNotes,
  type MergedPull,
} from '../../src/core/release-notes.js'

const pr = (number: number, labels: string[], title = `PR ${number}`): MergedPull => ({
  number,
  title,
  labels,
  author: 'ada',
})

describe('groupByKind', () => {
  it.each([
    [
      'known kinds in reading order',
      [pr(1, ['kind/bug']), pr(2, ['kind/feature'])],
      ['Features', 'Bug fixes'],
    ],
    ['the first listed kind wins', [pr(1, ['kind/cleanup', 'Kind/API-Change'])], ['Breaking changes']],
    ['regressions are bug fixes', [pr(1, ['kind/regression']), pr(2, ['kind/bug'])], ['Bug fixes']],
    [
      'unknown kinds are spelled out before Other',
      [pr(1, []), pr(2, ['kind/support-request'])],
      ['Support request', 'Other changes'],
    ],
    ['no PRs, no sections', [], []],
  ])('%s', (_name, pulls, titles) => {
    expect(groupByKind(pulls).map((s) => s.title)).toEqual(titles)
  })

  it('lists each PR once, by number', () => {
    const sections = groupByKind([pr(3, ['kind/bug']), pr(1, ['kind/bug', 'kind/regression'])])
    expect(sections).toEqual([
      { title: 'Bug fixes', pulls: [pr(1, ['kind/bug', 'kind/regression']), pr(3, ['kind/bug'])] },
    ])
  })
})

describe('renderNotes', () => {
  it('keeps each PR on one line and never pings people named in titles', () => {
    expect(renderNotes([pr(4, ['kind/feature'], 'Thanks @octocat\nfor /lgtm')])).toBe(
      '### Features\n\n- Thanks @\u200boctocat for /lgtm (#4, @ada)\n',
    )
  })
  it('says so when nothing was merged', () => {
    expect(renderNotes([])).toMatch(/No pull requests/)
  })
})

describe('prependToChangelog', () => {
  it.each([
    ['', '# Changelog\n\n## v1.0.0\n'],
    ['# Changelog\n\nIntro.\n', '# Changelog\n\nIntro.\n\n## v1.0.0\n'],
    ['# Changelog\n\n## v0.9.0\n- a\n', '# Changelog\n\n## v1.0.0\n\n## v0.9.0\n- a\n'],
  ])('%j', (before, after) => expect(prependToChangelog(before, '## v1.0.0\n')).toBe(after))
})

describe('nextVersion', () => {
  it.each([
    ['1.2.3', 'patch', true, '1.2.4'],
    ['1.2.3', 'minor', true, '1.3.0'],
    ['1.2.3', 'major', true, '2.0.0'],
    ['1.2.3', 'v1.10.0', true, '1.10.0'],
    ['0.1.0', '0.1.0', false, '0.1.0'],
  ])('%s + %s → %s', (current, request, released, expected) =>
    expect(nextVersion(current, request, released)).toBe(expected),
  )
  it.each([
    ['1.2.3', '1.2.3', /not above/],
    ['1.2.3', '1.1.9', /not above/],
    ['1.2.3', 'next', /not major, minor, patch or X.Y.Z/],
    ['1.2', 'patch', /not X.Y.Z/],
  ])('%s + %s is refused', (current, request, message) =>
    expect(() => nextVersion(current, request)).toThrow(message),
  )
})
