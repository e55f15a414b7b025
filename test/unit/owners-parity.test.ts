// OWNERS cases from Prow's repoowners tests: `@login` entries, filters under no_parent_owners that
// miss a file, filters relative to the OWNERS directory, RE2 filters, people without access.
import { describe, expect, it } from '@jest/globals'
import { OwnersTree, parseAliases, parseOwners, withAccessOnly } from '../../src/core/owners.js'
import { linearRegex, regexProblem } from '../../src/core/regex.js'

const tree = (files: Record<string, string>, aliases = new Map<string, string[]>()) =>
  new OwnersTree(new Map(Object.entries(files).map(([dir, text]) => [dir, parseOwners(text, dir, aliases)])))

describe('OWNERS logins', () => {
  it('strips a leading @ and ignores case, in OWNERS and OWNERS_ALIASES', () => {
    const aliases = parseAliases('aliases:\n  "@Docs-Team": ["@Dora"]\n')
    const t = tree({ '': 'approvers: ["@Alice", " bob "]\nreviewers: ["@docs-team"]\n' }, aliases)
    expect([...t.approversOf('a.go')].sort()).toEqual(['alice', 'bob'])
    expect(t.isApproverOf('ALICE', 'a.go')).toBe(true)
    expect(t.isApproverOf('@alice', 'a.go')).toBe(true)
    expect(t.isReviewerOf('dora', 'a.go')).toBe(true)
  })
})

describe('filters', () => {
  const t = tree({
    '': 'approvers: [root]\nreviewers: [rita]\n',
    pkg: 'options:\n  no_parent_owners: true\nfilters:\n  "\\\\.go$":\n    approvers: [gopher]\n  "^docs/":\n    reviewers: [writer]\n',
    'pkg/api': 'filters:\n  "^v1/":\n    approvers: [api-v1]\n',
  })

  it.each([
    // [file, approvers, reviewers]
    ['pkg/main.go', ['gopher'], ['gopher']],
    ['pkg/deep/x.go', ['gopher'], ['gopher']],
    // No filter matches and the file has no approvers of its own: Prow walks on to the parents.
    ['pkg/README.md', ['root'], ['rita', 'root']],
    // A reviewer matched (docs/ relative to pkg/), so reviewers stop at no_parent_owners; approvers walk on.
    ['pkg/docs/guide.md', ['root'], ['writer']],
    // Filters match paths relative to the OWNERS directory, not the repository root.
    ['docs/guide.md', ['root'], ['rita', 'root']],
    ['pkg/api/v1/types.go', ['api-v1', 'gopher'], ['api-v1', 'gopher']],
    ['pkg/api/v2/types.txt', ['root'], ['rita', 'root']],
  ])('%s: approvers %j, reviewers %j', (file, approvers, reviewers) => {
    expect([...t.approversOf(file)].sort()).toEqual(approvers)
    expect([...t.reviewersOf(file)].sort()).toEqual(reviewers)
  })

  it('names the OWNERS file a fallen-back file waits on', () => {
    expect(t.ownersFileOf('pkg/README.md')).toBe('OWNERS')
    expect(t.ownersFileOf('pkg/main.go')).toBe('pkg/OWNERS')
  })

  it('runs filters in RE2: a pattern that backtracks in JavaScript stays linear', () => {
    const t2 = tree({ '': 'filters:\n  "^([a-z0-9]+-?)+\\\\.md$":\n    approvers: [doc]\n' })
    const name = `${'a'.repeat(50_000)}-!`
    const start = performance.now()
    expect(t2.isApproverOf('doc', name)).toBe(false)
    expect(performance.now() - start).toBeLessThan(500)
  })

  it.each([
    ['(?=x)', /lookahead|Perl syntax/i],
    ['(a)\\1', /escape/i],
    ['([', /missing closing/],
  ])('refuses %s with RE2’s reason', (pattern, reason) => {
    expect(() => parseOwners(`filters:\n  ${JSON.stringify(pattern)}:\n    approvers: [x]\n`, 'lib')).toThrow(
      reason,
    )
    expect(regexProblem(pattern)).toMatch(reason)
  })

  it('matches anywhere like RegExp#test', () => {
    expect(linearRegex('\\.go$').test('a/b.go')).toBe(true)
    expect(linearRegex('^feat').test('fix: feat')).toBe(false)
  })
})

describe('people without repository access', () => {
  const t = tree({
    '': 'approvers: [root, gone]\nreviewers: [outsider]\n',
    lib: 'options:\n  no_parent_owners: true\napprovers: [gone]\n',
  })

  it('are dropped, and a file they alone owned falls back as if they were not listed', async () => {
    const checked: string[] = []
    const filtered = await withAccessOnly(t, async (logins) => (checked.push(...logins), new Set(['root'])))
    expect(checked.sort()).toEqual(['gone', 'outsider', 'root'])
    expect([...filtered.approversOf('a.go')]).toEqual(['root'])
    expect(filtered.isReviewerOf('outsider', 'a.go')).toBe(false)
    expect([...filtered.approversOf('lib/x.go')]).toEqual(['root'])
    expect([...t.approversOf('lib/x.go')]).toEqual(['gone'])
  })
})
