import { describe, expect, it } from '@jest/globals'
import { resolveConfig } from '../../src/core/config.js'
import { BUILTIN_LABELS } from '../../src/core/label-definitions.js'
import { OwnersTree, parseOwners } from '../../src/core/owners.js'
import {
  checkCommits,
  checkTitle,
  countChangedLines,
  declaredLabels,
  generatedMatcher,
  isWorkInProgress,
  missingHeadings,
  pathLabels,
  pickReviewers,
  planLabelSync,
  renderRulesComment,
  sizeLabel,
} from '../../src/label-policy/decisions.js'

const t = resolveConfig().size.thresholds

describe('size', () => {
  it('maps changed lines to the label by the default thresholds', () => {
    expect([0, 9, 10, 29, 30, 99, 100, 499, 500, 999, 1000, 50_000].map((n) => sizeLabel(n, t))).toEqual([
      'size/XS',
      'size/XS',
      'size/S',
      'size/S',
      'size/M',
      'size/M',
      'size/L',
      'size/L',
      'size/XL',
      'size/XL',
      'size/XXL',
      'size/XXL',
    ])
  })

  it('reads linguist-generated from .gitattributes, later lines winning', () => {
    const gen = generatedMatcher(
      '# comment\n*.pb.go linguist-generated=true\n/dist/** linguist-generated\ndist/keep.js -linguist-generated\napi/x.go text eol=lf\n',
    )!
    expect(gen('api/v1/types.pb.go')).toBe(true)
    expect(gen('dist/bundle.js')).toBe(true)
    expect(gen('dist/keep.js')).toBe(false)
    expect(gen('src/dist/bundle.js')).toBe(false)
    expect(gen('api/x.go')).toBe(false)
    expect(generatedMatcher('*.go text\n')).toBeUndefined()
    expect(generatedMatcher(undefined)).toBeUndefined()
  })

  it('counts additions and deletions of files not ignored', () => {
    const files = [
      { filename: 'a.pb.go', additions: 100, deletions: 50 },
      { filename: 'b.go', additions: 3, deletions: 4 },
    ]
    expect(countChangedLines(files, (p) => p.endsWith('.pb.go'))).toBe(7)
  })
})

describe('rules', () => {
  it('detects WIP titles and drafts', () => {
    expect(
      ['WIP', 'WIP: x', '[WIP] x', '[wip] x', '🚧 x', '  wip x'].map((x) => isWorkInProgress(x, false)),
    ).toEqual([true, true, true, true, true, true])
    expect(['Wipe cache', 'feat: WIP later', 'x'].map((x) => isWorkInProgress(x, false))).toEqual([
      false,
      false,
      false,
    ])
    // Prow's wip table: any one leading non-word character, any case.
    expect(
      ['(WIP) x', '<WIP> x', 'wip: x', '(wip) x', '<wip> x', 'WIP dummy', '{WIP} x', '«WIP» x'].map((x) =>
        isWorkInProgress(x, false),
      ),
    ).toEqual([true, true, true, true, true, true, true, true])
    expect(
      ['Wipe out GCP project', '[[WIP]] x', 'WIPE', 'swip: x'].map((x) => isWorkInProgress(x, false)),
    ).toEqual([false, false, false, false])
    expect(isWorkInProgress('x', true)).toBe(true)
  })

  it('checks titles and commit subjects, skipping merge commits', () => {
    const rule = '^(feat|fix): .+'
    expect(checkTitle('feat: x', rule)).toBeUndefined()
    expect(checkTitle('x', rule)).toEqual({ title: 'x', rule })
    expect(checkTitle('x', undefined)).toBeUndefined()
    const commits = [
      { sha: '1111111aaa', message: 'fix: a\n\nbody', parents: 1 },
      { sha: '2222222bbb', message: 'bad one', parents: 1 },
      { sha: '3333333ccc', message: 'Merge branch main', parents: 2 },
    ]
    expect(checkCommits(commits, rule)).toEqual({
      offending: [{ sha: '2222222bbb', subject: 'bad one' }],
      rule,
    })
    expect(renderRulesComment({ commits: checkCommits(commits, rule) })).toContain('2222222 `bad one`')
    expect(renderRulesComment({})).toContain('now follow the rules')
  })

  it('finds missing template headings', () => {
    expect(
      missingHeadings('### What happened\r\nx\n  ### How  ', ['### What happened', '### How', '### Env']),
    ).toEqual(['### Env'])
  })

  it('matches path labels by globs', () => {
    expect(
      pathLabels(['docs/a.md', 'src/x.ts'], {
        'area/docs': ['docs/**'],
        'area/api': ['api/**'],
        'area/md': ['**/*.md'],
      }),
    ).toEqual(['area/docs', 'area/md'])
  })
})

describe('reviewers', () => {
  const owners = new OwnersTree(
    new Map([['', parseOwners('reviewers: [a, b, c, author]\napprovers: [d]\n', '')]]),
  )
  const files = [{ filename: 'x.go', additions: 10, deletions: 0 }]

  it('never picks the author or excluded users, and at most count', () => {
    for (let i = 0; i < 20; i++) {
      const picked = pickReviewers(files, owners, {
        author: 'Author',
        exclude: ['b'],
        count: 2,
        seed: `#${i}`,
      })
      expect(picked).toHaveLength(2)
      expect(picked).not.toContain('author')
      expect(picked).not.toContain('b')
    }
    expect(pickReviewers(files, owners, { author: 'x', exclude: [], count: 0, seed: '' })).toEqual([])
    expect(
      pickReviewers(files, new OwnersTree(new Map()), { author: 'x', exclude: [], count: 2, seed: '' }),
    ).toEqual([])
  })

  it('is deterministic per PR and spreads across PRs', () => {
    const pick = (seed: string) => pickReviewers(files, owners, { author: 'x', exclude: [], count: 1, seed })
    expect(pick('r#1')).toEqual(pick('r#1'))
    expect(new Set(Array.from({ length: 30 }, (_, i) => pick(`r#${i}`)[0])).size).toBeGreaterThanOrEqual(3)
  })
})

describe('label sync plan', () => {
  it('creates, updates, renames and only deletes when asked', () => {
    const existing = [
      { name: 'LGTM', color: '15dd18', description: 'Looks good to a reviewer.' },
      { name: 'docs', color: 'ffffff', description: null },
      { name: 'bug', color: 'ff0000', description: null },
    ]
    const declared = declaredLabels(BUILTIN_LABELS.slice(0, 2), [
      { name: 'kind/docs', color: '#00FF00', previously: ['docs'] },
    ])
    const ops = planLabelSync(existing, declared, false)
    expect(ops).toEqual([
      {
        op: 'update',
        current: 'LGTM',
        label: { name: 'lgtm', color: '15dd18', description: 'Looks good to a reviewer.' },
      },
      { op: 'create', label: { ...BUILTIN_LABELS[1] } },
      { op: 'update', current: 'docs', label: { name: 'kind/docs', color: '00ff00', previously: ['docs'] } },
    ])
    expect(planLabelSync(existing, declared, true).filter((o) => o.op === 'delete')).toEqual([
      { op: 'delete', name: 'bug' },
    ])
  })

  it('lets config override a built-in definition', () => {
    const d = declaredLabels(BUILTIN_LABELS, [{ name: 'lgtm', color: '000000' }])
    expect(d.find((l) => l.name === 'lgtm')).toEqual({
      name: 'lgtm',
      color: '000000',
      description: 'Looks good to a reviewer.',
    })
  })
})
