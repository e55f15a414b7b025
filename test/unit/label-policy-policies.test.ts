// Each label-policy policy's `decide`, table-driven: facts in, decision out (no HTTP). The registry
// tests check the order policies decide in and that each declares what it handles.
import { describe, expect, it } from '@jest/globals'
import { ConfigError, parseConfig } from '../../src/core/config.js'
import { OwnersTree, parseOwners } from '../../src/core/owners.js'
import { decideAll } from '../../src/label-policy/apply.js'
import { approval } from '../../src/label-policy/policies/approval.js'
import { issueTemplate } from '../../src/label-policy/policies/issue-template.js'
import { lgtmReset } from '../../src/label-policy/policies/lgtm-reset.js'
import { milestoneApplier } from '../../src/label-policy/policies/milestone-applier.js'
import { okToTest } from '../../src/label-policy/policies/ok-to-test.js'
import { ownersLabel } from '../../src/label-policy/policies/owners-label.js'
import { pathLabels } from '../../src/label-policy/policies/path-labels.js'
import {
  requireMatchingLabel,
  requirePurpose,
} from '../../src/label-policy/policies/require-matching-label.js'
import { restrictedLabels } from '../../src/label-policy/policies/restricted-labels.js'
import { reviewers } from '../../src/label-policy/policies/reviewers.js'
import { size } from '../../src/label-policy/policies/size.js'
import { titleCommitRules } from '../../src/label-policy/policies/title-commit-rules.js'
import { welcome } from '../../src/label-policy/policies/welcome.js'
import { workInProgress } from '../../src/label-policy/policies/work-in-progress.js'
import type { Decision, PolicyFacts, PolicySpec } from '../../src/label-policy/policy.js'
import { POLICIES, policiesFor, renderPoliciesDoc } from '../../src/label-policy/registry.js'
import { policyFacts } from '../support/policy-facts.js'

type Row = [string, Parameters<typeof policyFacts>[0], Decision]

/** Labels a decision turns on and off, in order: the shape most rows compare. */
const labelsOf = (d: Decision) => ({
  on: (d.labels ?? []).filter((l) => l.on).map((l) => l.name),
  off: (d.labels ?? []).filter((l) => !l.on).map((l) => l.name),
})
const table = (policy: PolicySpec, rows: Row[]) =>
  it.each(rows)('%s', (_name, facts, expected) => {
    expect(policy.decide(policyFacts(facts))).toEqual(expected)
  })
const offAllSizesBut = (keep: string) =>
  ['size/XS', 'size/S', 'size/M', 'size/L', 'size/XL', 'size/XXL'].map((name) => ({
    name,
    on: name === keep,
  }))
const file = (filename: string, additions = 10, deletions = 0) => ({ filename, additions, deletions })
const owners = (text: string, dir = '') => new OwnersTree(new Map([[dir, parseOwners(text, dir)]]))

describe('size', () => {
  table(size, [
    [
      'totals when no file list was needed',
      { totals: { additions: 20, deletions: 15, changedFiles: 2 } },
      { labels: offAllSizesBut('size/M'), notices: [] },
    ],
    [
      'files without the ignored ones',
      { rawConfig: { size: { ignore: ['vendor/**'] } }, files: [file('vendor/a', 900), file('a.go', 3)] },
      { labels: offAllSizesBut('size/XS'), notices: [] },
    ],
    [
      'linguist-generated files do not count',
      { gitattributes: '*.pb.go linguist-generated\n', files: [file('x.pb.go', 5000), file('x.go', 12)] },
      { labels: offAllSizesBut('size/S'), notices: [] },
    ],
    [
      'configured thresholds',
      {
        rawConfig: { size: { thresholds: { s: 2, m: 4 } } },
        totals: { additions: 3, deletions: 0, changedFiles: 1 },
      },
      { labels: offAllSizesBut('size/S'), notices: [] },
    ],
    [
      'more than 3,000 files: totals, with a notice',
      { tooManyFiles: true, totals: { additions: 3001, deletions: 0, changedFiles: 3001 } },
      {
        labels: offAllSizesBut('size/XXL'),
        notices: [
          "PR #7 changes more than 3000 files: size/* is from the PR's totals, generated files included.",
        ],
      },
    ],
    [
      'a base-branch edit resizes',
      { action: 'edited', changed: { title: false, base: true, body: false } },
      { labels: offAllSizesBut('size/XS'), notices: [] },
    ],
    ['a title edit does not', { action: 'edited', changed: { title: true, base: false, body: false } }, {}],
  ])

  it.each([
    ['no ignore config: no file list', {}, []],
    ['size.ignore: the file list', { rawConfig: { size: { ignore: ['x/**'] } } }, ['files']],
    ['.gitattributes marks generated files', { gitattributes: 'a linguist-generated\n' }, ['files']],
    ['a title edit reads nothing', { action: 'edited', gitattributes: 'a linguist-generated\n' }, []],
  ] as Array<[string, Parameters<typeof policyFacts>[0], string[]]>)('needs: %s', (_n, facts, needs) => {
    expect(size.needs!(policyFacts(facts))).toEqual(needs)
  })
})

describe('work-in-progress', () => {
  table(workInProgress, [
    ['a draft', { draft: true }, { labels: [{ name: 'do-not-merge/work-in-progress', on: true }] }],
    [
      'a WIP title',
      { title: '[WIP] later', action: 'edited' },
      { labels: [{ name: 'do-not-merge/work-in-progress', on: true }] },
    ],
    [
      'ready with a plain title',
      { action: 'ready_for_review' },
      { labels: [{ name: 'do-not-merge/work-in-progress', on: false }] },
    ],
    [
      '"Wipe" is not WIP',
      { title: 'feat: Wipe the cache' },
      { labels: [{ name: 'do-not-merge/work-in-progress', on: false }] },
    ],
    [
      'converted to draft (payload may lag)',
      { action: 'converted_to_draft', draft: false },
      { labels: [{ name: 'do-not-merge/work-in-progress', on: true }] },
    ],
  ])
})

describe('lgtm-reset', () => {
  const push = { action: 'synchronize', labels: ['lgtm'], before: 'b'.repeat(40), after: 'a'.repeat(40) }
  const reset: Decision = {
    labels: [{ name: 'lgtm', on: false }],
    statuses: [
      { context: 'bosun/lgtm', state: 'pending', description: 'New commits since lgtm: needs a new review.' },
    ],
    comments: [
      {
        purpose: 'lgtm-reset',
        text: expect.stringContaining('New commits were pushed after `lgtm`') as unknown as string,
        how: 'upsert',
      },
    ],
  }
  const keptStatus = {
    context: 'bosun/lgtm',
    state: 'success',
    description: 'LGTM by rev.',
    creator: 'bosun-bot',
    createdAt: '',
  }
  table(lgtmReset, [
    ['a push over lgtm removes it', push, reset],
    ['no lgtm, nothing to do', { ...push, labels: ['approved'] }, {}],
    ['lgtm.reset-on-push: false keeps it', { ...push, rawConfig: { lgtm: { 'reset-on-push': false } } }, {}],
    [
      'same tree, keep-on-same-tree: kept, recorded on the new head',
      { ...push, rawConfig: { lgtm: { 'keep-on-same-tree': true } }, lgtmKept: keptStatus },
      {
        statuses: [
          { context: 'bosun/lgtm', state: 'success', description: 'LGTM by rev kept: same tree as bbbbbbb.' },
        ],
      },
    ],
    [
      'kept and already recorded: no write',
      {
        ...push,
        rawConfig: { lgtm: { 'keep-on-same-tree': true } },
        lgtmKept: keptStatus,
        reviewFacts: {
          headSha: 'h',
          history: [],
          statuses: [{ ...keptStatus, description: 'LGTM by rev kept: same tree as bbbbbbb.' }],
        },
      },
      {},
    ],
    ['a different tree: reset', { ...push, rawConfig: { lgtm: { 'keep-on-same-tree': true } } }, reset],
  ])

  it('reads the previous head only when it may keep lgtm', () => {
    expect(lgtmReset.needs!(policyFacts(push))).toEqual([])
    expect(
      lgtmReset.needs!(policyFacts({ ...push, rawConfig: { lgtm: { 'keep-on-same-tree': true } } })),
    ).toEqual(['lgtmKept', 'reviewFacts'])
  })
})

describe('ok-to-test', () => {
  table(okToTest, [
    [
      'an author without write access',
      { authorIsCollaborator: false },
      { labels: [{ name: 'needs-ok-to-test', on: true }] },
    ],
    ['a collaborator', { authorIsCollaborator: true }, {}],
    ['already ok-to-test', { authorIsCollaborator: false, labels: ['ok-to-test'] }, {}],
  ])
})

describe('approval', () => {
  const state = (approved: boolean) => ({
    approved,
    approvedBy: [],
    missing: new Map(),
    suggestions: new Map(),
  })
  table(approval, [
    [
      'approved by the recount',
      { approval: { state: state(true), statusWritten: true, notification: 'skipped' } },
      { labels: [{ name: 'approved', on: true }], report: [] },
    ],
    [
      'no longer covered',
      {
        action: 'synchronize',
        labels: ['approved'],
        approval: { state: state(false), statusWritten: true, notification: 'updated' },
      },
      { labels: [{ name: 'approved', on: false }], report: ['approval notification updated'] },
    ],
    ['no recount (too many files)', {}, {}],
  ])

  it.each([
    ['opened', {}, ['approval']],
    ['opened, require-self-approval', { rawConfig: { approve: { 'require-self-approval': true } } }, []],
    ['synchronize', { action: 'synchronize' }, ['approval']],
  ] as Array<[string, Parameters<typeof policyFacts>[0], string[]]>)('needs on %s', (_n, facts, needs) => {
    expect(approval.needs!(policyFacts(facts))).toEqual(needs)
  })
})

describe('path-labels', () => {
  const rawConfig = { labels: { paths: { 'area/docs': ['docs/**', '*.md'], 'area/api': ['api/**'] } } }
  table(pathLabels, [
    [
      'matching globs add labels',
      { rawConfig, paths: ['docs/intro.md'] },
      { labels: [{ name: 'area/docs', on: true }] },
    ],
    ['never removes one', { rawConfig, paths: ['x.go'], labels: ['area/api'] }, { labels: [] }],
    ['not on a title edit', { rawConfig, action: 'edited', paths: ['api/a.go'] }, {}],
  ])
})

describe('title-commit-rules', () => {
  const rule = '^(feat|fix): .+'
  const rawConfig = { rules: { title: rule, 'commit-message': rule } }
  const bad = [{ sha: '1'.repeat(40), message: 'oops', parents: 1 }]
  const good = [{ sha: '2'.repeat(40), message: 'fix: ok', parents: 1 }]
  const rows: Row[] = [
    ['nothing configured', {}, { labels: [] }],
    [
      'all good, no comment',
      { rawConfig, commits: good },
      {
        labels: [
          { name: 'do-not-merge/invalid-title', on: false },
          { name: 'do-not-merge/invalid-commit-message', on: false },
        ],
      },
    ],
  ]
  table(titleCommitRules, rows)

  it.each([
    [
      'opened with a bad title: posted',
      { rawConfig, title: 'Update', commits: good },
      ['do-not-merge/invalid-title'],
      'post',
      'does not match',
    ],
    [
      'edited with a bad commit: upserted',
      { rawConfig, action: 'edited', commits: bad },
      ['do-not-merge/invalid-commit-message'],
      'upsert',
      '`oops`',
    ],
    [
      'fixed after a label: says so',
      { rawConfig, action: 'synchronize', commits: good, labels: ['do-not-merge/invalid-title'] },
      [],
      'upsert',
      'now follow the rules',
    ],
  ] as Array<[string, Parameters<typeof policyFacts>[0], string[], string, string]>)(
    '%s',
    (_n, facts, on, how, text) => {
      const d = titleCommitRules.decide(policyFacts(facts))
      expect(labelsOf(d).on).toEqual(on)
      expect(d.comments).toEqual([{ purpose: 'rules', how, text: expect.stringContaining(text) }])
    },
  )

  it('reads commits only with a commit rule', () => {
    expect(titleCommitRules.needs!(policyFacts({}))).toEqual([])
    expect(titleCommitRules.needs!(policyFacts({ rawConfig }))).toEqual(['commits'])
  })
})

describe('reviewers', () => {
  const tree = owners('reviewers: [rev, rita]\napprovers: [maya]\n')
  const files = [file('a.go')]
  it.each([
    [
      'opened: OWNERS reviewers, never the author or the bot',
      { owners: tree, files, author: 'rev' },
      2,
      ['rita', 'maya'],
    ],
    [
      'reviewers.count',
      { owners: tree, files, rawConfig: { reviewers: { count: 1 } } },
      1,
      ['rev', 'rita', 'maya'],
    ],
    ['a draft waits', { owners: tree, files, draft: true }, 0, []],
    ['someone requested already', { owners: tree, files, requestedReviewers: ['x'] }, 0, []],
    ['someone requested since (live)', { owners: tree, files, reviewRequestCount: 1 }, 0, []],
    ['count 0', { owners: tree, files, rawConfig: { reviewers: { count: 0 } } }, 0, []],
  ] as Array<[string, Parameters<typeof policyFacts>[0], number, string[]]>)(
    '%s',
    (_n, facts, count, pool) => {
      const picked = reviewers.decide(policyFacts(facts)).reviewers ?? []
      expect(picked).toHaveLength(count)
      for (const r of picked) expect(pool).toContain(r)
    },
  )

  it('is the same pick for the same PR (seeded), reads OWNERS only when wanted', () => {
    const f = policyFacts({ owners: tree, files })
    expect(reviewers.decide(f)).toEqual(reviewers.decide(f))
    expect(reviewers.needs!(f)).toEqual(['files', 'owners'])
    expect(reviewers.needs!(policyFacts({ draft: true }))).toEqual([])
  })
})

describe('welcome', () => {
  const text = 'Welcome {author}!'
  table(welcome, [
    [
      'a first PR',
      { authorCount: 1, rawConfig: { welcome: { pr: text } } },
      { comments: [{ purpose: 'welcome', text: 'Welcome @paula!', how: 'upsert' }] },
    ],
    [
      'a first issue',
      { kind: 'issue', authorCount: 1, rawConfig: { welcome: { issue: text } } },
      { comments: [{ purpose: 'welcome', text: 'Welcome @paula!', how: 'upsert' }] },
    ],
    ['a second PR', { authorCount: 2 }, {}],
    ['turned off', { authorCount: 1, rawConfig: { welcome: { pr: false } } }, {}],
    ['a bot author', { authorCount: 1, authorIsBot: true }, {}],
  ])
})

describe('issue-template', () => {
  const rawConfig = { rules: { 'issue-headings': ['### What happened', '### How to reproduce'] } }
  it.each([
    ['no headings configured', { kind: 'issue', body: '' }, [], [], undefined],
    [
      'missing one on open: posted',
      { kind: 'issue', rawConfig, body: '### What happened\nx' },
      ['needs-more-info'],
      [],
      'post',
    ],
    [
      'edited, still missing: upserted',
      { kind: 'issue', rawConfig, action: 'edited', body: '', labels: ['needs-more-info'] },
      ['needs-more-info'],
      [],
      'upsert',
    ],
    [
      'fixed: label off, thanks',
      {
        kind: 'issue',
        rawConfig,
        action: 'edited',
        body: '### What happened\n### How to reproduce',
        labels: ['needs-more-info'],
      },
      [],
      ['needs-more-info'],
      'upsert',
    ],
    [
      'complete from the start: nothing said',
      { kind: 'issue', rawConfig, body: '### What happened\n### How to reproduce' },
      [],
      ['needs-more-info'],
      undefined,
    ],
  ] as Array<[string, Parameters<typeof policyFacts>[0], string[], string[], string | undefined]>)(
    '%s',
    (_n, facts, on, off, how) => {
      const d = issueTemplate.decide(policyFacts(facts))
      expect(labelsOf(d)).toEqual({ on, off })
      expect(d.comments?.map((c) => c.how)).toEqual(how ? [how] : undefined)
    },
  )
})

describe('restricted-labels', () => {
  const rawConfig = {
    labels: { restricted: { 'priority/critical-urgent': { allowed: ['colin', '@acme/leads'] } } },
  }
  const labeled = { action: 'labeled', label: 'Priority/Critical-Urgent', sender: 'rosa', rawConfig }
  table(restrictedLabels, [
    [
      'added by someone not allowed: removed, with a reply',
      { ...labeled, senderMayAddLabel: false },
      {
        labels: [{ name: 'Priority/Critical-Urgent', on: false }],
        comments: [
          {
            purpose: 'restricted-label',
            how: 'reply',
            text: '@rosa: only colin, @acme/leads may add the `priority/critical-urgent` label, so it was removed.',
          },
        ],
      },
    ],
    ['added by someone allowed', { ...labeled, senderMayAddLabel: true }, {}],
    ['not a restricted label', { ...labeled, label: 'kind/bug' }, {}],
  ])

  it('checks the sender only for a restricted label', () => {
    expect(restrictedLabels.needs!(policyFacts(labeled))).toEqual(['senderMayAddLabel'])
    expect(restrictedLabels.needs!(policyFacts({ ...labeled, label: 'kind/bug' }))).toEqual([])
  })
})

describe('owners-label', () => {
  const tree = new OwnersTree(
    new Map([
      ['', parseOwners('approvers: [maya]\nlabels: [area/root]\n', '')],
      [
        'api',
        parseOwners("labels: [area/api]\nfilters:\n  '\\.proto$':\n    labels: [kind/api-change]\n", 'api'),
      ],
      ['vendor', parseOwners('options: {no_parent_owners: true}\nlabels: [area/vendor]\n', 'vendor')],
    ]),
  )
  it.each([
    ['the labels of every OWNERS file up the tree', ['api/handler.go'], ['area/api', 'area/root']],
    [
      'a matching filter adds its labels too',
      ['api/types.proto'],
      ['area/api', 'kind/api-change', 'area/root'],
    ],
    ['no_parent_owners stops the walk', ['vendor/x.go'], ['area/vendor']],
    ['each label once across files', ['api/a.go', 'api/b.go'], ['area/api', 'area/root']],
    ['no OWNERS labels', [], []],
  ] as Array<[string, string[], string[]]>)('%s', (_n, paths, labels) => {
    const d = ownersLabel.decide(policyFacts({ owners: tree, paths }))
    expect(labelsOf(d)).toEqual({ on: labels, off: [] })
  })

  it('only adds (a later push away from a directory keeps its label), and reads OWNERS only when the diff changes', () => {
    const d = ownersLabel.decide(
      policyFacts({ action: 'synchronize', owners: tree, paths: ['README.md'], labels: ['area/api'] }),
    )
    expect(labelsOf(d).off).toEqual([])
    expect(ownersLabel.needs!(policyFacts({}))).toEqual(['files', 'owners'])
    expect(
      ownersLabel.needs!(
        policyFacts({ action: 'edited', changed: { title: true, base: false, body: false } }),
      ),
    ).toEqual([])
  })
})

describe('require-matching-label', () => {
  const kind = { match: '^kind/', missing: 'needs-kind', comment: 'Please add a /kind label.' }
  const sig = { match: '^sig/', missing: 'needs-sig', on: ['issues'] }
  const rawConfig = { labels: { require: [kind, sig] } }
  const comment = {
    purpose: 'require-label:needs-kind',
    text: 'Please add a /kind label.',
    how: 'upsert' as const,
  }
  table(requireMatchingLabel, [
    [
      'a PR without kind/*: needs-kind and the comment (sig rule is issues only)',
      { rawConfig },
      { labels: [{ name: 'needs-kind', on: true }], comments: [comment] },
    ],
    [
      'an issue: both rules',
      { rawConfig, kind: 'issue' },
      {
        labels: [
          { name: 'needs-kind', on: true },
          { name: 'needs-sig', on: true },
        ],
        comments: [comment],
      },
    ],
    [
      'kind/bug added: needs-kind removed',
      { rawConfig, action: 'labeled', label: 'kind/bug', labels: ['kind/bug', 'needs-kind'] },
      { labels: [{ name: 'needs-kind', on: false }], comments: [] },
    ],
    [
      'kind/bug removed again: needs-kind back, the comment not repeated',
      { rawConfig, action: 'unlabeled', label: 'kind/bug', labels: ['needs-kind'] },
      { labels: [{ name: 'needs-kind', on: true }], comments: [] },
    ],
    [
      'a matching label in another case',
      { rawConfig, labels: ['Kind/Bug'] },
      { labels: [{ name: 'needs-kind', on: true }], comments: [comment] },
    ],
    ['no rules', {}, {}],
  ])

  it('never counts the missing label itself as a match, and names one comment per rule', () => {
    const raw = { labels: { require: [{ match: '^needs-', missing: 'needs-triage', on: ['pulls'] }] } }
    expect(
      labelsOf(requireMatchingLabel.decide(policyFacts({ rawConfig: raw, labels: ['needs-triage'] }))),
    ).toEqual({ on: ['needs-triage'], off: [] })
    expect(requirePurpose('Needs Kind -->')).toBe('require-label:needs-kind-')
  })

  it.each([
    [
      'a bad regex',
      { match: '([unclosed', missing: 'needs-kind' },
      'labels.require[0].match: not a valid regular expression',
    ],
    [
      'lookahead (not linear)',
      { match: '^(?=kind/)', missing: 'needs-kind' },
      'labels.require[0].match: not a valid regular expression',
    ],
    ['no missing label', { match: '^kind/' }, "labels.require[0]: must have required property 'missing'"],
    [
      'an unknown kind',
      { match: '^kind/', missing: 'x', on: ['discussions'] },
      'labels.require[0].on[0]: must be one of "issues", "pulls"',
    ],
  ])('config: %s is an error naming the key', (_n, rule, message) => {
    const yaml = `labels:\n  require:\n    - ${JSON.stringify(rule)}\n`
    expect(() => parseConfig(yaml, '.github/bosun.yml')).toThrow(ConfigError)
    expect(() => parseConfig(yaml, '.github/bosun.yml')).toThrow(message)
  })
})

describe('milestone-applier', () => {
  const rawConfig = { merge: { milestones: { 'release-1.2': 'v1.2' } } }
  const merged = { action: 'closed', merged: true, baseRef: 'release-1.2', rawConfig }
  const milestones = [
    { number: 1, title: 'v1.2', state: 'closed' },
    { number: 2, title: 'v1.2', state: 'open' },
    { number: 3, title: 'v1.3', state: 'open' },
  ]
  table(milestoneApplier, [
    [
      'merged into a configured branch: the open milestone of that title',
      { ...merged, milestones },
      { milestone: 2, report: ['milestone v1.2 set'] },
    ],
    [
      'only a closed one: that one',
      { ...merged, milestones: milestones.slice(0, 1) },
      { milestone: 1, report: ['milestone v1.2 set'] },
    ],
    [
      'no such milestone: a warning',
      { ...merged, milestones: milestones.slice(2) },
      {
        warnings: [
          'merge.milestones: no milestone titled "v1.2" in this repository, so #7 (merged into release-1.2) has none. Create it, or fix the title.',
        ],
      },
    ],
    ['already set', { ...merged, milestone: 'v1.2', milestones }, {}],
    ['closed without merging', { ...merged, merged: false, milestones }, {}],
    ['another branch', { ...merged, baseRef: 'main', milestones }, {}],
    ['a branch named like an object key', { ...merged, baseRef: 'constructor', milestones }, {}],
  ])

  it('lists milestones only for a merge it has a milestone for', () => {
    expect(milestoneApplier.needs!(policyFacts(merged))).toEqual(['milestones'])
    expect(milestoneApplier.needs!(policyFacts({ ...merged, baseRef: 'main' }))).toEqual([])
    expect(milestoneApplier.needs!(policyFacts({ ...merged, milestone: 'v1.2' }))).toEqual([])
  })
})

describe('the registry', () => {
  it('names each policy once, with help and the events it handles', () => {
    const names = POLICIES.map((p) => p.name)
    expect(new Set(names).size).toBe(names.length)
    for (const p of POLICIES) {
      expect([p.name, p.help.length > 20]).toEqual([p.name, true])
      expect([p.name, Object.values(p.on).flat().length > 0]).toEqual([p.name, true])
    }
  })

  it('routes an event to the policies that handle it, in registry order', () => {
    expect(policiesFor('pull', 'synchronize').map((p) => p.name)).toEqual(
      expect.arrayContaining(['size', 'lgtm-reset', 'approval', 'path-labels', 'title-commit-rules']),
    )
    expect(policiesFor('issue', 'opened').map((p) => p.name)).toEqual(
      expect.arrayContaining(['issue-template', 'welcome']),
    )
    expect(policiesFor('pull', 'assigned')).toEqual([])
  })

  it('shows each policy the labels as the policies before it left them, and nets the changes', () => {
    const seen: string[][] = []
    const first: PolicySpec = {
      name: 'a',
      help: '',
      on: { pull: ['opened'] },
      decide: () => ({
        labels: [
          { name: 'x', on: true },
          { name: 'old', on: false },
        ],
      }),
    }
    const second: PolicySpec = {
      name: 'b',
      help: '',
      on: { pull: ['opened'] },
      decide: (f: PolicyFacts) => (seen.push(f.labels), { labels: [{ name: 'X', on: false }] }),
    }
    const { plan } = decideAll([first, second], policyFacts({ labels: ['old'] }))
    expect(seen).toEqual([['x']])
    expect([plan.added, plan.removed]).toEqual([[], ['old']])
  })

  it('documents every policy in docs/policies.md', () => {
    const doc = renderPoliciesDoc()
    for (const p of POLICIES) expect(doc).toContain(`| \`${p.name}\` |`)
  })
})
