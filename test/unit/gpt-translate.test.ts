import { describe, expect, it } from '@jest/globals'
import {
  chunkMarkdown,
  compareStructure,
  estimateTokens,
  splitFrontMatter,
  structureOf,
} from '../../src/gpt-translate/documents.js'
import { checkPath, parseRequest, resolvePairs } from '../../src/gpt-translate/paths.js'

const files = [
  'README.md',
  'docs/a.md',
  'docs/b.md',
  'docs/deep/c.md',
  'locales/en.json',
  '.github/workflows/ci.yml',
  'logo.png',
  'conf.yaml',
]
const pairs = (inputs: string, outputs: string) => resolvePairs({ inputs, outputs, language: 'ja' }, files)

describe('gpt-translate paths', () => {
  it('parses INPUT OUTPUT LANG', () => {
    expect(parseRequest('README.md README.ja.md Japanese')).toEqual({
      inputs: 'README.md',
      outputs: 'README.ja.md',
      language: 'Japanese',
    })
    expect(parseRequest('README.md')).toHaveProperty('error')
  })

  it('maps single paths, comma lists and globs', () => {
    expect(pairs('README.md', 'README.ja.md')).toEqual([{ input: 'README.md', output: 'README.ja.md' }])
    expect(pairs('README.md,locales/en.json', 'README.ja.md,locales/ja.json')).toHaveLength(2)
    expect(pairs('docs/*.md', 'docs/*.ja.md')).toEqual([
      { input: 'docs/a.md', output: 'docs/a.ja.md' },
      { input: 'docs/b.md', output: 'docs/b.ja.md' },
    ])
    expect(pairs('docs/**/*.md', 'i18n/ja/**/*.md')).toEqual([
      { input: 'docs/a.md', output: 'i18n/ja/a.md' },
      { input: 'docs/b.md', output: 'i18n/ja/b.md' },
      { input: 'docs/deep/c.md', output: 'i18n/ja/deep/c.md' },
    ])
  })

  it('refuses paths outside the repository, under .github/, equal, missing, mistyped or mismatched', () => {
    const error = (i: string, o: string) => (pairs(i, o) as { error: string }).error
    expect(error('../x.md', 'y.md')).toContain('outside the repository')
    expect(error('/etc/passwd', 'y.md')).toContain('absolute')
    expect(error('README.md', 'docs/../../x.md')).toContain('outside the repository')
    expect(error('README.md', '.github/README.md')).toContain('.github/')
    expect(error('.github/workflows/ci.yml', 'ci.ja.yml')).toContain('.github/')
    expect(error('README.md', './README.md')).toContain('must differ')
    expect(error('nope.md', 'nope.ja.md')).toContain('does not exist')
    expect(error('logo.png', 'logo.ja.png')).toContain('only .md')
    expect(error('locales/en.json', 'locales/ja.md')).toContain('same type')
    expect(error('docs/*.md', 'docs/ja.md')).toContain('same wildcards')
    expect(error('README.md,docs/a.md', 'x.md')).toContain('one output per input')
    expect(error('docs/*.md,docs/a.md', 'x/*.md,x/a.md')).toContain('both be written')
    expect(checkPath('a//b/./c.md')).toBe('a/b/c.md')
  })
})

describe('chunking and structure checks', () => {
  const doc = [
    '# Title',
    '',
    'Intro paragraph.',
    '',
    '```js',
    'const a = 1',
    '',
    'const b = 2',
    '```',
    '',
    '- item one',
    '- item two',
    '',
    '| a | b |',
    '|---|---|',
    '| 1 | 2 |',
    '',
    '## Next',
    '',
    'More text with a [link](https://x.test).',
  ].join('\n')

  it('cuts between top-level blocks, an oversized block along its own structure, and gives the text back exactly', () => {
    const chunks = chunkMarkdown(doc, 8)
    expect(chunks.join('')).toBe(doc)
    expect(chunks.length).toBeGreaterThan(3)
    for (const c of chunks) expect((c.match(/```/g) ?? []).length % 2).toBe(0) // never inside a code block
    expect(chunkMarkdown(doc, 100_000)).toEqual([doc])
    // An oversized list is cut between its items, a table between its rows.
    const list = Array.from({ length: 40 }, (_, i) => `- item number ${i} has some words in it`).join('\n')
    const listChunks = chunkMarkdown(list, 50)
    expect(listChunks.join('')).toBe(list)
    expect(listChunks.length).toBeGreaterThan(4)
    for (const c of listChunks) expect(c).toMatch(/^- item/)
    const table = [
      '| a | b |',
      '|---|---|',
      ...Array.from({ length: 40 }, (_, i) => `| row ${i} | some text |`),
    ].join('\n')
    const rows = chunkMarkdown(table, 40)
    expect(rows.join('')).toBe(table)
    for (const c of rows.slice(1)) expect(c).toMatch(/^\| row \d+/)
  })

  it('compares code blocks, link targets and headings', () => {
    const before = structureOf(doc)
    expect(before.headings).toEqual([1, 2])
    expect(compareStructure(before, structureOf(doc))).toBeUndefined()
    expect(compareStructure(before, structureOf(doc.replace('const a = 1', 'const a = 2')))).toBe(
      'a code block changed',
    )
    expect(compareStructure(before, structureOf(doc.replace('https://x.test', 'https://evil.test')))).toBe(
      'link or image targets changed',
    )
    expect(compareStructure(before, structureOf(doc.replace('## Next', 'Next')))).toContain('headings')
  })

  const CHANGES: Array<[string, string, string, string]> = [
    ['a dropped list item', '- item two\n', '', 'block structure'],
    ['a dropped table row', '| 1 | 2 |', '', 'block structure'],
    ['a dropped paragraph', 'Intro paragraph.\n\n', '', 'block structure'],
    ['changed inline code', 'Intro paragraph.', 'Intro `x` paragraph.', 'inline code'],
    ['a turned-off task', '- item one', '- [ ] item one', 'block structure'],
    ['a lost image', 'More text', '![i](https://x.test) More text', 'targets'],
    ['changed HTML', 'Intro paragraph.', 'Intro <b>paragraph</b>.', 'HTML tags'],
  ]
  it.each(CHANGES)('catches %s', (_name, from, to, message) => {
    expect(compareStructure(structureOf(doc), structureOf(doc.replace(from, to)))).toContain(message)
  })

  it('catches a translated reference label and lost prose', () => {
    const refs = 'See [the docs][docs].\n\n[docs]: https://x.test\n'
    expect(compareStructure(structureOf(refs), structureOf(refs.replace('[docs].', '[Doku].')))).toBeDefined()
    const long = 'word '.repeat(100)
    expect(compareStructure(structureOf(long), structureOf('word '.repeat(10)))).toContain('prose went')
  })

  it('splits front matter and estimates tokens', () => {
    expect(splitFrontMatter('---\ntitle: Hi\n---\nBody')).toEqual({ front: 'title: Hi', body: 'Body' })
    expect(splitFrontMatter('No front matter')).toEqual({ body: 'No front matter' })
    expect(estimateTokens('abcdefgh')).toBe(2)
    expect(estimateTokens('中文')).toBe(2)
  })
})

describe('globs from a comment run in linear time', () => {
  // `*a*a*a…` over a long run of `a`: a backtracking engine tries every split (exponential).
  it('maps a glob of many wildcards over a long path quickly, and still maps right', () => {
    const long = `${'a'.repeat(4000)}/x.md`
    const glob = Array.from({ length: 25 }, () => '*').join('a') + '/*.md'
    const started = Date.now()
    const result = resolvePairs({ inputs: glob, outputs: glob.replace(/\.md$/, '.ja.md'), language: 'ja' }, [
      long,
      `${'a'.repeat(4000)}/y.txt`, // no match: where a backtracking engine tries every split
    ])
    expect(Date.now() - started).toBeLessThan(2000)
    expect(result).toEqual([{ input: long, output: `${'a'.repeat(4000)}/x.ja.md` }])
  })
})
