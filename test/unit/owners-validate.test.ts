import { describe, expect, it } from '@jest/globals'
import {
  MAX_OWNERS_FILES,
  MAX_OWNERS_PEOPLE,
  ownersLogins,
  renderOwnersComment,
  validateOwners,
  type FileText,
  type OwnersFilesInput,
} from '../../src/core/owners-validate.js'
import { changedPathsOf, ownersChanges, ownersChangesOf } from '../../src/label-policy/owners-check.js'
import { verifyOwners } from '../../src/label-policy/policies/verify-owners.js'
import { policyFacts } from '../support/policy-facts.js'

/** People with access in every case below. */
const ACCESS = new Set(['alice', 'bob', 'carol', 'dan'])

interface Case {
  name: string
  files: Record<string, FileText>
  baseAliases?: string
  /** [file, line, a phrase of the message]; [] means valid. */
  problems: Array<[string, number | undefined, string]>
}

const cases: Case[] = [
  // ---- valid files ----
  { name: 'a plain root OWNERS', files: { OWNERS: 'approvers: [alice]\nreviewers: [bob]\n' }, problems: [] },
  {
    name: 'every key of Prow’s format',
    files: {
      'a/OWNERS': [
        'approvers: ["@Alice"]',
        'reviewers: [bob]',
        'required_reviewers: [carol]',
        'emeritus_approvers: [long-gone]',
        'emeritus_reviewers: [also-gone]',
        'labels: [area/a]',
        'options:',
        '  no_parent_owners: true',
        '  auto_approve_unowned_subfolders: false',
        'filters:',
        '  ".*":',
        '    labels: [lang/go]',
        "  '\\.md$':",
        '    approvers: [dan]',
        '    emeritus_approvers: [gone]',
      ].join('\n'),
    },
    problems: [],
  },
  { name: 'an empty OWNERS below the root', files: { 'docs/OWNERS': '' }, problems: [] },
  { name: 'null lists', files: { 'a/OWNERS': 'approvers:\nreviewers: ~\n' }, problems: [] },
  {
    name: 'an alias from the base branch’s OWNERS_ALIASES',
    files: { 'a/OWNERS': 'approvers: [sig-a]\n' },
    baseAliases: 'aliases:\n  sig-a: [alice]\n',
    problems: [],
  },
  {
    name: 'an alias from the PR’s own OWNERS_ALIASES, which wins over the base’s',
    files: { 'a/OWNERS': 'approvers: [sig-new]\n', OWNERS_ALIASES: 'aliases:\n  sig-new: [bob]\n' },
    baseAliases: 'aliases:\n  sig-old: [alice]\n',
    problems: [],
  },
  {
    name: 'root OWNERS whose approvers are in a filter',
    files: { OWNERS: 'filters:\n  ".*":\n    approvers: [alice]\n' },
    problems: [],
  },
  {
    name: 'YAML anchors and aliases',
    files: { OWNERS: 'approvers: &a [alice]\nreviewers: *a\n' },
    problems: [],
  },

  // ---- YAML ----
  {
    name: 'an unclosed flow list',
    files: { OWNERS: 'approvers: [alice\n' },
    problems: [['OWNERS', 2, 'not valid YAML']],
  },
  {
    name: 'a duplicated key',
    files: { OWNERS: 'approvers: [alice]\napprovers: [bob]\n' },
    problems: [['OWNERS', 2, 'Map keys must be unique']],
  },
  {
    name: 'tabs as indentation',
    files: { 'a/OWNERS': 'approvers:\n\t- alice\n' },
    problems: [['a/OWNERS', 2, 'not valid YAML']],
  },
  {
    name: 'two YAML documents',
    files: { 'a/OWNERS': 'approvers: [alice]\n---\nreviewers: [bob]\n' },
    problems: [['a/OWNERS', 2, 'multiple documents']],
  },
  {
    name: 'a regex with a backslash in double quotes (an invalid YAML escape)',
    files: { 'a/OWNERS': 'filters:\n  "\\.md$":\n    approvers: [alice]\n' },
    problems: [['a/OWNERS', 2, 'not valid YAML']],
  },
  {
    name: 'a list at the top',
    files: { 'a/OWNERS': '- alice\n' },
    problems: [['a/OWNERS', 1, 'the file must be a mapping']],
  },
  {
    name: 'a scalar at the top',
    files: { OWNERS: 'alice\n' },
    problems: [['OWNERS', 1, 'the file must be a mapping']],
  },
  {
    name: 'binary content',
    files: { 'a/OWNERS': null },
    problems: [['a/OWNERS', undefined, 'not a text file']],
  },
  {
    name: 'a file GitHub reports as too large to give whole',
    files: { 'a/OWNERS': { byteSize: 3_000_000 } },
    problems: [['a/OWNERS', undefined, 'too large (2930 KiB)']],
  },
  {
    name: 'a file over 64 KiB',
    files: { 'a/OWNERS': `approvers: [alice]\n# ${'x'.repeat(70_000)}\n` },
    problems: [['a/OWNERS', undefined, 'too large (69 KiB)']],
  },

  // ---- keys and types ----
  {
    name: 'a misspelt key, with the hint',
    files: { 'a/OWNERS': 'aprovers: [alice]\n' },
    problems: [['a/OWNERS', 1, 'unknown key `aprovers` (did you mean `approvers`?)']],
  },
  {
    name: 'an unknown key without a near one',
    files: { 'a/OWNERS': 'maintainers: [alice]\n' },
    problems: [['a/OWNERS', 1, 'unknown key `maintainers`']],
  },
  {
    name: 'a list given as a string',
    files: { 'a/OWNERS': 'approvers: alice\n' },
    problems: [['a/OWNERS', 1, '`approvers` must be a list']],
  },
  {
    name: 'a number as a login',
    files: { 'a/OWNERS': 'reviewers:\n  - 1234\n' },
    problems: [['a/OWNERS', 2, 'found `1234`: quote it']],
  },
  {
    name: 'a mapping in a list',
    files: { 'a/OWNERS': 'approvers: [{alice: 1}]\n' },
    problems: [['a/OWNERS', 1, 'found a mapping']],
  },
  {
    name: 'an empty entry',
    files: { 'a/OWNERS': 'approvers: [alice, ""]\n' },
    problems: [['a/OWNERS', 1, 'has an empty entry']],
  },
  {
    name: 'labels as a mapping',
    files: { 'a/OWNERS': 'labels: {a: b}\n' },
    problems: [['a/OWNERS', 1, '`labels` must be a list']],
  },
  {
    name: 'a label longer than GitHub allows',
    files: { 'a/OWNERS': `labels: [${'l'.repeat(51)}]\n` },
    problems: [['a/OWNERS', 1, "longer than GitHub's 50 characters"]],
  },
  {
    name: 'no_parent_owners as a string (bosun would read it as false)',
    files: { 'a/OWNERS': 'approvers: [alice]\noptions:\n  no_parent_owners: "true"\n' },
    problems: [['a/OWNERS', 3, '`options.no_parent_owners` must be true or false']],
  },
  {
    name: 'YAML 1.1 yes for a boolean',
    files: { 'a/OWNERS': 'options:\n  no_parent_owners: yes\n' },
    problems: [['a/OWNERS', 2, 'must be true or false']],
  },
  {
    name: 'an unknown option',
    files: { 'a/OWNERS': 'options:\n  no_parents: true\n' },
    problems: [['a/OWNERS', 2, 'unknown key `no_parents` in `options` (did you mean `no_parent_owners`?)']],
  },
  {
    name: 'options as a list',
    files: { 'a/OWNERS': 'options: [no_parent_owners]\n' },
    problems: [['a/OWNERS', 1, '`options` must be a mapping']],
  },
  {
    name: 'the root OWNERS without approvers',
    files: { OWNERS: 'reviewers: [bob]\n' },
    problems: [['OWNERS', undefined, 'the root OWNERS file names no approvers']],
  },

  // ---- filters ----
  {
    name: 'a lookahead, which RE2 refuses',
    files: { 'a/OWNERS': 'filters:\n  "(?=x).*":\n    approvers: [alice]\n' },
    problems: [['a/OWNERS', 2, 'filter `(?=x).*` is not an RE2 regular expression']],
  },
  {
    name: 'an unbalanced bracket',
    files: { 'a/OWNERS': 'filters:\n  "[a-z":\n    approvers: [alice]\n' },
    problems: [['a/OWNERS', 2, 'not an RE2 regular expression: missing closing ]']],
  },
  {
    name: 'a backreference',
    files: { 'a/OWNERS': 'filters:\n  "(a)\\\\1":\n    approvers: [alice]\n' },
    problems: [['a/OWNERS', 2, 'not an RE2 regular expression']],
  },
  {
    name: 'options inside a filter',
    files: { 'a/OWNERS': 'filters:\n  ".*":\n    options: {no_parent_owners: true}\n' },
    problems: [['a/OWNERS', 3, 'unknown key `options` in filter `.*`']],
  },
  {
    name: 'a filter that is a list',
    files: { 'a/OWNERS': 'filters:\n  ".*": [alice]\n' },
    problems: [['a/OWNERS', 2, 'filter `.*` must be a mapping']],
  },
  {
    name: 'filters as a list',
    files: { 'a/OWNERS': 'filters:\n  - ".*"\n' },
    problems: [['a/OWNERS', 2, '`filters` must be a mapping']],
  },
  {
    name: 'a filter reviewer without access',
    files: { 'a/OWNERS': 'filters:\n  ".*":\n    reviewers: [mallory]\n' },
    problems: [['a/OWNERS', 3, '`mallory` has no access to this repository']],
  },

  // ---- people and aliases ----
  {
    name: 'a user without access',
    files: { 'a/OWNERS': 'approvers:\n  - alice\n  - mallory\n' },
    problems: [['a/OWNERS', 3, '`mallory` has no access']],
  },
  {
    name: 'the same user twice in a file is reported once',
    files: { 'a/OWNERS': 'approvers: [mallory]\nreviewers: [Mallory]\n' },
    problems: [['a/OWNERS', 1, '`mallory` has no access']],
  },
  {
    name: 'emeritus people need no access',
    files: { 'a/OWNERS': 'emeritus_approvers: [mallory]\n' },
    problems: [],
  },
  {
    name: 'an alias missing from OWNERS_ALIASES',
    files: { 'a/OWNERS': 'approvers: [sig-typo]\n' },
    baseAliases: 'aliases:\n  sig-a: [alice]\n',
    problems: [['a/OWNERS', 1, '`sig-typo` is neither an alias in OWNERS_ALIASES nor a user with access']],
  },
  {
    name: 'an alias the PR removes from OWNERS_ALIASES',
    files: { 'a/OWNERS': 'approvers: [sig-a]\n', OWNERS_ALIASES: 'aliases:\n  sig-b: [bob]\n' },
    baseAliases: 'aliases:\n  sig-a: [alice]\n',
    problems: [['a/OWNERS', 1, '`sig-a` is neither an alias']],
  },
  {
    name: 'a team',
    files: { 'a/OWNERS': 'approvers: ["@acme/core"]\n' },
    problems: [['a/OWNERS', 1, '`@acme/core` looks like a team']],
  },
  {
    name: 'a name no GitHub user can have',
    files: { 'a/OWNERS': 'approvers: [sig_a]\n' },
    problems: [['a/OWNERS', 1, '`sig_a` is neither an alias in OWNERS_ALIASES nor a valid GitHub user name']],
  },
  {
    name: 'names inside backticks cannot break out of the code span',
    files: { 'a/OWNERS': 'approvers: ["`@everyone`"]\n' },
    problems: [['a/OWNERS', 1, "`'@everyone'` is neither an alias"]],
  },
  {
    name: 'an alias member without access',
    files: { OWNERS_ALIASES: 'aliases:\n  sig-a:\n    - alice\n    - mallory\n' },
    problems: [['OWNERS_ALIASES', 4, '`mallory` has no access']],
  },
  {
    name: 'an empty alias',
    files: { OWNERS_ALIASES: 'aliases:\n  sig-a: []\n  sig-b:\n' },
    problems: [
      ['OWNERS_ALIASES', 2, 'alias `sig-a` has no members'],
      ['OWNERS_ALIASES', 3, 'alias `sig-b` has no members'],
    ],
  },
  {
    name: 'a nested alias',
    files: { OWNERS_ALIASES: 'aliases:\n  sig-a: [alice]\n  sig-b: [sig-a, bob]\n' },
    problems: [['OWNERS_ALIASES', 3, 'alias `sig-b` lists the alias `sig-a`: aliases do not nest']],
  },
  {
    name: 'an alias defined twice, in different case',
    files: { OWNERS_ALIASES: 'aliases:\n  sig-a: [alice]\n  SIG-A: [bob]\n' },
    problems: [['OWNERS_ALIASES', 3, 'alias `SIG-A` is defined twice']],
  },
  {
    name: 'an unknown key in OWNERS_ALIASES',
    files: { OWNERS_ALIASES: 'alias:\n  sig-a: [alice]\n' },
    problems: [['OWNERS_ALIASES', 1, 'unknown key `alias` (did you mean `aliases`?)']],
  },
  {
    name: 'OWNERS_ALIASES with bad YAML',
    files: { OWNERS_ALIASES: 'aliases:\n  sig-a: [alice\n' },
    problems: [['OWNERS_ALIASES', 3, 'not valid YAML']],
  },
  {
    name: 'an OWNERS_ALIASES below the root',
    files: { 'docs/OWNERS_ALIASES': 'aliases:\n  sig-a: [alice]\n' },
    problems: [['docs/OWNERS_ALIASES', undefined, 'read only at the root of the repository']],
  },
  {
    name: 'names are not judged while the PR’s OWNERS_ALIASES does not parse',
    files: { 'a/OWNERS': 'approvers: [sig-a]\n', OWNERS_ALIASES: 'aliases: [\n' },
    problems: [['OWNERS_ALIASES', 2, 'not valid YAML']],
  },
  {
    name: 'several files: sorted by file and line',
    files: {
      'b/OWNERS': 'reviewers: [mallory]\naprovers: [alice]\n',
      'a/OWNERS': 'approvers: alice\n',
    },
    problems: [
      ['a/OWNERS', 1, '`approvers` must be a list'],
      ['b/OWNERS', 1, '`mallory` has no access'],
      ['b/OWNERS', 2, 'unknown key `aprovers`'],
    ],
  },
]

const input = (c: Case): OwnersFilesInput => ({
  files: new Map(Object.entries(c.files)),
  ...(c.baseAliases !== undefined ? { baseAliases: c.baseAliases } : {}),
})

describe('validateOwners', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const problems = validateOwners({ ...input(c), access: ACCESS })
    expect(problems.map((p) => [p.file, p.line])).toEqual(c.problems.map(([file, line]) => [file, line]))
    problems.forEach((p, i) => expect(p.message).toContain(c.problems[i]?.[2]))
  })

  it('asks about each person once, and never about aliases, emeritus people or impossible names', () => {
    const logins = ownersLogins({
      files: new Map([
        [
          'a/OWNERS',
          'approvers: [Alice, sig-a, bad_name]\nreviewers: ["@alice", mallory]\nemeritus_approvers: [gone]\n',
        ],
        ['b/OWNERS', 'filters:\n  ".*":\n    required_reviewers: [carol]\n'],
      ]),
      baseAliases: 'aliases:\n  sig-a: [bob]\n',
    })
    expect(logins.sort()).toEqual(['alice', 'carol', 'mallory'])
  })

  it('asks about the members of the PR’s OWNERS_ALIASES, not of the base’s', () => {
    const files = new Map([['a/OWNERS', 'approvers: [sig-a]\n']])
    expect(ownersLogins({ files, baseAliases: 'aliases:\n  sig-a: [bob]\n' })).toEqual([])
    files.set('OWNERS_ALIASES', 'aliases:\n  sig-a: [bob, carol]\n')
    expect(ownersLogins({ files }).sort()).toEqual(['bob', 'carol'])
  })

  it('reports no access problems until access is known', () => {
    expect(validateOwners({ files: new Map([['a/OWNERS', 'approvers: [mallory]\n']]) })).toEqual([])
  })

  it('refuses more files than it checks, without parsing any', () => {
    const files = new Map(
      Array.from({ length: MAX_OWNERS_FILES + 1 }, (_v, i) => [
        `d${i}/OWNERS`,
        'approvers: [' as string | null,
      ]),
    )
    const problems = validateOwners({ files, access: ACCESS })
    expect(problems).toHaveLength(1)
    expect(problems[0]?.message).toContain(`changes ${MAX_OWNERS_FILES + 1} OWNERS/OWNERS_ALIASES files`)
  })

  it('refuses more people than it checks, and asks about no more than the cap', () => {
    const people = Array.from({ length: MAX_OWNERS_PEOPLE + 1 }, (_v, i) => `user${i}`)
    const files = new Map([['a/OWNERS', `approvers: [${people.join(', ')}]\n`]])
    expect(ownersLogins({ files })).toHaveLength(MAX_OWNERS_PEOPLE)
    const problems = validateOwners({ files, access: new Set(people) })
    expect(problems.map((p) => p.message)).toEqual([
      `the changed files name ${MAX_OWNERS_PEOPLE + 1} people; bosun checks at most ${MAX_OWNERS_PEOPLE} in one PR, so split it`,
    ])
  })

  it('stays fast on a file built to be slow', () => {
    const nested = `approvers: ${'['.repeat(2000)}${']'.repeat(2000)}\n`
    const laughs = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 9 },
        (_v, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
      'approvers: *j',
    ].join('\n')
    const start = Date.now()
    const problems = validateOwners({
      files: new Map([
        ['a/OWNERS', nested],
        ['b/OWNERS', laughs],
        ['c/OWNERS', `filters:\n  "${'(a*)*'.repeat(200)}b":\n    approvers: [alice]\n`],
      ]),
      access: ACCESS,
    })
    expect(Date.now() - start).toBeLessThan(2000)
    expect(problems.map((p) => p.file)).toEqual(expect.arrayContaining(['a/OWNERS', 'b/OWNERS']))
  })
})

describe('renderOwnersComment', () => {
  it('names each problem with file and line, in code spans', () => {
    const text = renderOwnersComment([
      { file: 'a/OWNERS', line: 3, message: '`mallory` has no access to this repository' },
      { file: 'OWNERS', message: 'the root OWNERS file names no approvers' },
    ])
    expect(text).toContain('`do-not-merge/invalid-owners-file`')
    expect(text).toContain('- `a/OWNERS` line 3: `mallory` has no access to this repository')
    expect(text).toContain('- `OWNERS`: the root OWNERS file names no approvers')
  })

  it('says the files are valid once there are no problems', () => {
    expect(renderOwnersComment([])).toMatch(/valid now.*was removed/)
  })

  it('lists at most 50 problems', () => {
    const problems = Array.from({ length: 60 }, (_v, i) => ({ file: 'a/OWNERS', line: i + 1, message: 'x' }))
    const text = renderOwnersComment(problems)
    expect(text.split('\n').filter((l) => l.startsWith('- `a/OWNERS`'))).toHaveLength(50)
    expect(text).toContain('… and 10 more')
  })
})

describe('the verify-owners policy', () => {
  const LABEL = 'do-not-merge/invalid-owners-file'
  const problem = { file: 'a/OWNERS', line: 1, message: '`mallory` has no access to this repository' }

  it.each([
    ['valid, never labelled: the label stays off, no comment', [], [], [[LABEL, false]], undefined],
    ['invalid: label and the problems', [problem], [], [[LABEL, true]], '`a/OWNERS` line 1: `mallory`'],
    ['still invalid: the comment is upserted', [problem], [LABEL], [[LABEL, true]], '`a/OWNERS` line 1'],
    ['fixed: label off, the comment says valid', [], [LABEL], [[LABEL, false]], 'valid now'],
  ] as const)('%s', (_name, ownersProblems, labels, expected, comment) => {
    const d = verifyOwners.decide(policyFacts({ ownersProblems: [...ownersProblems], labels: [...labels] }))
    expect(d.labels?.map((l) => [l.name, l.on])).toEqual(expected)
    if (!comment) expect(d.comments).toBeUndefined()
    else {
      expect(d.comments).toEqual([
        { purpose: 'invalid-owners', how: 'upsert', text: expect.stringContaining(comment) },
      ])
    }
  })

  it('changes nothing when the files could not be checked (a PR past 3,000 files)', () => {
    expect(verifyOwners.decide(policyFacts({ labels: [LABEL], tooManyFiles: true }))).toEqual({})
  })

  it('needs the full file list only when the preflight’s paths are not all of them', () => {
    expect(verifyOwners.needs!(policyFacts({ changedPaths: [] }))).toEqual(['ownersCheck'])
    expect(verifyOwners.needs!(policyFacts({}))).toEqual(['files', 'ownersCheck'])
  })

  it('finds OWNERS changes in any directory, from the full list or the preflight’s', () => {
    const live = (totalCount: number) => ({
      files: {
        totalCount,
        nodes: [
          { path: 'OWNERS', changeType: 'MODIFIED' },
          { path: 'a/OWNERS', changeType: 'DELETED' },
          { path: 'b/OWNERS_ALIASES', changeType: 'ADDED' },
          { path: 'c/NOT_OWNERS', changeType: 'ADDED' },
        ],
      },
    })
    expect(changedPathsOf(live(101))).toBeUndefined()
    const preflight = changedPathsOf(live(4))!
    expect(ownersChanges(preflight)).toEqual([
      { path: 'OWNERS', removed: false },
      { path: 'a/OWNERS', removed: true },
      { path: 'b/OWNERS_ALIASES', removed: false },
    ])
    const rest = [
      { filename: 'x/OWNERS', status: 'renamed' },
      { filename: 'y/OWNERS', status: 'removed' },
    ]
    expect(ownersChangesOf(rest, preflight)).toEqual([
      { path: 'x/OWNERS', removed: false },
      { path: 'y/OWNERS', removed: true },
    ])
    expect(ownersChangesOf(undefined, preflight)).toBe(preflight)
  })
})
