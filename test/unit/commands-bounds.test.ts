// The command parser under hostile input: bounded time, no stack overflow, never a command from
// code, quotes or HTML comments, whichever path (Markdown parser or line scanner) reads the body.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  MAX_MARKDOWN_CHARS,
  MAX_MARKDOWN_CONTAINER_LINES,
  MAX_MARKDOWN_NESTING,
  parseCommands,
} from '../../src/core/commands.js'

const GITHUB_MAX_COMMENT = 65_536
const names = (body: string) => parseCommands(body).map((c) => c.name)

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now()
  const value = fn()
  return { value, ms: performance.now() - start }
}

const fill = (unit: string, size = GITHUB_MAX_COMMENT - 20) =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

describe('parseCommands under hostile input', () => {
  const shapes: Array<[string, string]> = [
    ['5 KB of nested list markers (overflowed the stack)', `${'- '.repeat(2500)}x`],
    ['5 KB of nested quotes', '> '.repeat(2500)],
    ['5 KB of quote markers (overflowed the parser’s stack)', '>'.repeat(5000)],
    ['64 KB of emphasis delimiters (over 40 s in the parser)', fill('*a')],
    ['nested ordered lists', '1. '.repeat(1700)],
    [
      'lists indented one level per line',
      Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
    ],
    ['64 KB of nested lists with quotes', fill('- a\n  - b\n    > c\n')],
    ['64 KB of emphasis runs', fill('a*')],
    ['64 KB of brackets', fill('[') + fill(']', 10)],
    ['64 KB of link openers', fill('[a](')],
    ['64 KB of HTML comment openers', fill('<!--')],
    ['64 KB of fences', fill('```\n')],
    ['64 KB of a flat list', fill('- a\n')],
    // Just inside the bounds, so the Markdown parser itself reads them.
    ['a list at the bound', fill('- a\n', MAX_MARKDOWN_CONTAINER_LINES * 4)],
    [
      'nested lists with quotes at the bound',
      fill('- a\n  - b\n    > c\n', MAX_MARKDOWN_CONTAINER_LINES * 6),
    ],
    ['16 KB of nested lists with quotes', fill('- a\n  - b\n    > c\n', MAX_MARKDOWN_CHARS - 40)],
    ['16 KB of a flat list', fill('- a\n', MAX_MARKDOWN_CHARS - 40)],
    ['16 KB of emphasis runs', fill('a*', MAX_MARKDOWN_CHARS - 40)],
    ['16 KB of link openers', fill('[a](', MAX_MARKDOWN_CHARS - 40)],
    [
      '16 KB of lists nested to the bound',
      fill(`${'- '.repeat(MAX_MARKDOWN_NESTING - 1)}x\n`, MAX_MARKDOWN_CHARS - 40),
    ],
  ]

  it.each(shapes)(
    '%s: answers within 2 s (under load) and still sees a command before it',
    (_name, hostile) => {
      const { value, ms } = timed(() => parseCommands(`/hold\n\n${hostile}\n/approve`))
      expect(ms).toBeLessThan(2000)
      expect(value[0]?.name).toBe('hold')
    },
  )

  it('reads commands after a large plain paste (line scanner path)', () => {
    const body = `/kind bug\n${fill('plain words here\n', MAX_MARKDOWN_CHARS + 100)}\n/approve`
    expect(names(body)).toEqual(['kind', 'approve'])
  })

  describe('line scanner (above the bounds)', () => {
    const big = fill('text\n', MAX_MARKDOWN_CHARS + 100)
    it.each([
      ['a closed fence', '```sh\n/approve\n```\n/lgtm', ['hold', 'lgtm']],
      ['a longer closing fence', '~~~\n/approve\n```\n~~~~\n/lgtm', ['hold', 'lgtm']],
      ['an unclosed fence', '```\n/approve\n/lgtm', ['hold']],
      ['an HTML comment over lines', 'x <!-- a\n/approve\n--> <!-- b\n/close\n-->\n/lgtm', ['hold', 'lgtm']],
      ['an HTML block up to the blank line', '<div>\n/approve\n\n/lgtm', ['hold', 'lgtm']],
      ['a one-line HTML comment block', '<!-- /approve -->\n/lgtm', ['hold', 'lgtm']],
      ['a quote', '> /approve\n/lgtm', ['hold', 'lgtm']],
      ['a fence inside a list item (stops)', '- ```\n  /approve\n  ```\n/lgtm', ['hold']],
      ['a processing instruction (stops)', 'a <?\n/approve\n?>\n/lgtm', ['hold']],
      ['a raw-text block (stops)', '<pre>\n\n/approve\n</pre>\n/lgtm', ['hold']],
      ['backticks in a fence info string (stops)', '```a`\n/approve\n```\n/lgtm', ['hold']],
    ])('%s', (_name, tail, expected) => {
      expect(names(`/hold\n${big}\n${tail}`)).toEqual(expected)
    })
  })

  it('treats a too deeply nested comment like a large one', () => {
    const deep = `${'> '.repeat(MAX_MARKDOWN_NESTING + 1)}x`
    expect(names(`/hold\n${deep}\n/unhold\n\`\`\`\n/approve\n\`\`\`\n/lgtm`)).toEqual([
      'hold',
      'unhold',
      'lgtm',
    ])
  })

  // Property: padded beyond the bounds or nested beyond them, a hidden /lgtm still never counts.
  const line = fc.oneof(
    fc.string({ maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, ' ')),
    fc.constantFrom('/hold', '- item', '  - nested', '1. step', '', '> q', '`x`', '    indented'),
  )
  const hidden = fc.oneof(
    fc
      .array(line, { maxLength: 4 })
      .map((ls) => ['```', ...ls.map((l) => l.replace(/```/g, '')), '/lgtm', '```'].join('\n')),
    fc
      .array(line, { maxLength: 4 })
      .map((ls) => ['- ```', ...ls.map((l) => `  ${l.replace(/```/g, '')}`), '  /lgtm', '  ```'].join('\n')),
    fc.array(line, { maxLength: 4 }).map((ls) => [...ls.map((l) => `> ${l}`), '> /lgtm'].join('\n')),
    fc
      .array(line, { maxLength: 4 })
      .map((ls) => ['<!--', ...ls.map((l) => l.replace(/-->/g, '')), '/lgtm', '-->'].join('\n')),
  )
  const padding = fc.constantFrom(
    '',
    fill('prose line\n', MAX_MARKDOWN_CHARS),
    `${'- '.repeat(MAX_MARKDOWN_NESTING + 2)}deep`,
  )

  it('never yields a command from code, quotes or HTML comments on either path (property)', () => {
    fc.assert(
      fc.property(padding, hidden, padding, (before, block, after) => {
        const body = [before, '', block, '', after].join('\n')
        expect(names(body).filter((n) => n === 'lgtm')).toEqual([])
      }),
      { numRuns: 150 },
    )
  })

  it('the line scanner finds no command the Markdown parser would not (property)', () => {
    const piece = fc.constantFrom(
      '/lgtm',
      '  /hold x',
      '```',
      '~~~',
      '````',
      '```js',
      '  ```',
      '    ```',
      '- ```',
      '> ```',
      '> /lgtm',
      '<!--',
      '-->',
      'a <!-- b',
      'c --> d',
      '<!-- e -->',
      '<div>',
      '</div>',
      '<pre>',
      '<?',
      '?>',
      '<!X',
      '- item',
      '1. step',
      '   /approve',
      '',
      'plain',
      '`code`',
      '> quote',
      '<a href="x">',
      '<!-->',
      '<script>',
      '</script>',
      '~~~~',
      '\t/lgtm',
      '---',
      '# h',
      ' <!-- x',
      '> - ```',
    )
    const pad = `\n\n${fill('prose line\n', MAX_MARKDOWN_CHARS)}`
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 25 }), (pieces) => {
        const body = pieces.join('\n')
        const byParser = new Set(parseCommands(body).map((c) => c.line))
        const byScanner = parseCommands(body + pad).filter((c) => c.line <= pieces.length)
        for (const c of byScanner) expect(byParser.has(c.line)).toBe(true)
      }),
      { numRuns: 400 },
    )
  })

  it('never throws and stays bounded on arbitrary Markdown-ish input up to GitHub’s limit (property)', () => {
    const token = fc.constantFrom(
      '- ',
      '> ',
      '1. ',
      '*',
      '_',
      '[',
      ']',
      '(',
      '`',
      '```\n',
      '<!--',
      '-->',
      '<div>',
      '\n',
      '  ',
      'a',
      '/lgtm\n',
      '\\',
    )
    fc.assert(
      fc.property(
        fc.array(token, { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 300 }),
        (tokens, repeat) => {
          const text = tokens.join('').repeat(repeat)
          // Both sides of the bound: what the parser reads and what the line scanner reads.
          const body = repeat % 2 ? text.slice(0, MAX_MARKDOWN_CHARS) : text.slice(0, GITHUB_MAX_COMMENT)
          const { value, ms } = timed(() => parseCommands(body))
          expect(ms).toBeLessThan(2000)
          for (const c of value) expect(c.name).toMatch(/^[a-z][a-z0-9_-]*$/)
        },
      ),
      { numRuns: 60 },
    )
  })
})
