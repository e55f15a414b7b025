import { describe, expect, it } from '@jest/globals'
import { approvalsFromHistory, evaluateApproval, renderApprovalComment } from '../../src/core/approval.js'
import { ancestorDirs, OwnersTree, parseAliases, parseOwners } from '../../src/core/owners.js'

const aliases = parseAliases('aliases:\n  docs-team: [Dora, dan]\n')
const tree = new OwnersTree(
  new Map([
    ['', parseOwners('approvers: [root-admin]\nreviewers: [rita]\n', '', aliases)],
    ['docs', parseOwners('approvers: [docs-team]\nreviewers: [rob]\nlabels: [area/docs]\n', 'docs', aliases)],
    [
      'pkg/secure',
      parseOwners(
        'options:\n  no_parent_owners: true\napprovers: [sec]\nfilters:\n  "\\\\.go$":\n    reviewers: [gopher]\n    labels: [lang/go]\n',
        'pkg/secure',
        aliases,
      ),
    ],
  ]),
)

describe('OWNERS', () => {
  it('lists ancestor directories from the nearest up to the root', () => {
    expect(ancestorDirs('a/b/c.go')).toEqual(['a/b', 'a', ''])
    expect(ancestorDirs('README.md')).toEqual([''])
  })

  it('resolves approvers through parents, aliases and case', () => {
    expect([...tree.approversOf('docs/guide/intro.md')].sort()).toEqual(['dan', 'dora', 'root-admin'])
    expect(tree.isApproverOf('DORA', 'docs/x.md')).toBe(true)
    expect(tree.isApproverOf('dora', 'src/x.ts')).toBe(false)
  })

  it('stops at no_parent_owners', () => {
    expect([...tree.approversOf('pkg/secure/key.go')]).toEqual(['sec'])
    expect(tree.isApproverOf('root-admin', 'pkg/secure/key.go')).toBe(false)
  })

  it('applies filters relative to the OWNERS directory', () => {
    expect(tree.isReviewerOf('gopher', 'pkg/secure/key.go')).toBe(true)
    expect(tree.isReviewerOf('gopher', 'pkg/secure/README.md')).toBe(false)
    expect(tree.labelsOf('pkg/secure/key.go')).toEqual(['lang/go'])
  })

  it('counts approvers as reviewers', () => {
    expect(tree.isReviewerOf('sec', 'pkg/secure/a.txt')).toBe(true)
    expect(tree.isReviewerOf('rob', 'docs/a.md')).toBe(true)
    expect(tree.isReviewerOf('rob', 'src/a.ts')).toBe(false)
  })

  it('names the OWNERS file a file waits on', () => {
    expect(tree.ownersFileOf('docs/a.md')).toBe('docs/OWNERS')
    expect(tree.ownersFileOf('src/a.ts')).toBe('OWNERS')
  })

  it('rejects invalid filter regexes with the file name', () => {
    expect(() => parseOwners('filters:\n  "([":\n    approvers: [x]\n', 'lib')).toThrow(
      'lib/OWNERS has an invalid filter regex',
    )
  })
})

describe('approval', () => {
  const files = ['docs/a.md', 'pkg/secure/key.go', 'main.go']

  it('is approved only when every file is covered', () => {
    const partial = evaluateApproval({
      files,
      owners: tree,
      approvers: new Set(['dora']),
      author: 'zed',
      requireSelfApproval: false,
    })
    expect(partial.approved).toBe(false)
    expect([...partial.missing.keys()]).toEqual(['pkg/secure/OWNERS', 'OWNERS'])
    expect(partial.suggestions.get('pkg/secure/OWNERS')).toEqual(['sec'])
    const full = evaluateApproval({
      files,
      owners: tree,
      approvers: new Set(['sec', 'root-admin']),
      author: 'zed',
      requireSelfApproval: false,
    })
    expect(full.approved).toBe(true)
  })

  it('counts the author as an approver of what they own unless self-approval is required', () => {
    const input = { files: ['docs/a.md'], owners: tree, approvers: new Set<string>(), author: 'Dora' }
    expect(evaluateApproval({ ...input, requireSelfApproval: false }).approved).toBe(true)
    expect(evaluateApproval({ ...input, requireSelfApproval: true }).approved).toBe(false)
  })

  it('reads standing approvals from comment history, in order', () => {
    const approvals = approvalsFromHistory([
      { login: 'Sec', body: '/approve', isBot: false },
      { login: 'dora', body: '/approve no-issue', isBot: false },
      { login: 'sec', body: 'oops\n/approve cancel', isBot: false },
      { login: 'root-admin', body: '> /approve', isBot: false },
      { login: 'bosun-bot', body: '/approve', isBot: true },
      { login: 'dan', body: '/approve\n/remove-approve', isBot: false },
    ])
    expect([...approvals]).toEqual(['dora'])
  })

  it('renders the notification with missing OWNERS files and suggestions', () => {
    const state = evaluateApproval({
      files,
      owners: tree,
      approvers: new Set(['dora']),
      author: 'zed',
      requireSelfApproval: false,
    })
    const text = renderApprovalComment(state, { noOwners: false })
    expect(text).toContain('**NOT APPROVED**')
    expect(text).toContain('@dora')
    expect(text).toContain('**pkg/secure/OWNERS** (`pkg/secure/key.go`) — suggested: `/assign @sec`')
  })

  it('without OWNERS, one collaborator approval covers everything', () => {
    const empty = new OwnersTree(new Map())
    const base = {
      files,
      owners: empty,
      approvers: new Set(['x']),
      author: 'zed',
      requireSelfApproval: false,
    }
    expect(evaluateApproval({ ...base, collaboratorApproved: true }).approved).toBe(true)
    expect(evaluateApproval({ ...base, collaboratorApproved: false }).approved).toBe(false)
  })
})
