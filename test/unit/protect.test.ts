// Placeholder protection by syntax-tree positions: what must survive a translation byte for byte.
import { describe, expect, it } from '@jest/globals'
import { neutralise, protect, restore } from '../../src/core/protect.js'

/** [case, source, pieces that must be protected (each exactly one slot), prose that must stay visible] */
const CASES: Array<[string, string, string[], string[]]> = [
  [
    'a link whose text is its own URL',
    'See [https://x.dev](https://x.dev) now.',
    ['https://x.dev', '](https://x.dev)'],
    ['See [', 'now.'],
  ],
  ['inline code in a link title', 'A [t](u "`c`") b', ['](u "`c`")'], ['A [t', 'b']],
  [
    'an autolink with a scheme prefix',
    'Repo: <git+https://github.com/a/b.git> here',
    ['<git+https://github.com/a/b.git>'],
    ['Repo:', 'here'],
  ],
  ['a double-backtick span', 'a `` ` `` b `c` d', ['`` ` ``', '`c`'], ['a ', ' b ', ' d']],
  ['a code span wrapping onto a second line', 'x `long\ncode` y', ['`long\ncode`'], ['x ', ' y']],
  [
    'a collapsed reference',
    'Use [text][] ok.\n\n[text]: http://a\n',
    ['[text][]', '[text]: http://a'],
    ['Use '],
  ],
  [
    'a full reference',
    'Use [the t][label] ok.\n\n[label]: http://b\n',
    ['][label]', '[label]: http://b'],
    ['the t'],
  ],
  ['a shortcut reference', 'Use [short] ok.\n\n[short]: http://c\n', ['[short]'], ['Use ']],
  ['indented code after a heading', '# Head\n    code here\n', ['    code here'], ['Head']],
  [
    'a fence inside a list item indented four spaces',
    '- item\n\n    ```js\n    const x = 1\n    ```\n',
    ['```js\n    const x = 1\n    ```'],
    ['item'],
  ],
  ['a 4-backtick fence', '````md\n```\ninner\n```\n````\n', ['````md\n```\ninner\n```\n````'], []],
  [
    'mentions, refs and command lines',
    'hi @bob fixes a/b#12 and #3, not &#123;\n/lgtm now\n',
    ['@bob', 'a/b#12', '#3', '/lgtm now'],
    ['hi ', 'fixes', '&#123;'],
  ],
  [
    'HTML tags but not the prose between them',
    '<p align="center">\n  Fast text <b>x</b>\n</p>\n',
    ['<p align="center">', '<b>', '</b>', '</p>'],
    ['Fast text'],
  ],
  ['a <pre> block whole', '<pre>\nkeep me\n</pre>\n', ['<pre>\nkeep me\n</pre>'], []],
  ['an image and a badge link', '[![b](i.svg)](https://ci)', ['![b](i.svg)', '](https://ci)'], []],
  ['a stray placeholder in the source', 'odd ⟦0⟧ text', ['⟦0⟧'], ['odd']],
  ['a bare URL (autolink literal)', 'go https://x.test/a?b=1 now', ['https://x.test/a?b=1'], ['go ']],
]

describe('protect', () => {
  it.each(CASES)('protects %s and restores it exactly', (_name, source, pieces, prose) => {
    const p = protect(source)
    for (const piece of pieces) expect(p.slots).toContain(piece)
    for (const text of prose) expect(p.text).toContain(text)
    expect(restore(p.text, p.slots)).toBe(source)
  })

  it('refuses a translation that lost or duplicated a placeholder', () => {
    const p = protect('a `b` c `d` e')
    expect(() => restore(p.text.replace('⟦0⟧', ''), p.slots)).toThrow('did not keep every code block')
    expect(() => restore(`${p.text} ⟦1⟧`, p.slots)).toThrow('⟦1⟧ appears 2 times')
  })

  it('stays linear on long hostile input', () => {
    for (const hostile of [
      'a'.repeat(200_000) + '#1',
      '<!--'.repeat(50_000),
      '@'.repeat(100_000),
      '`'.repeat(100_000),
    ]) {
      const started = Date.now()
      const p = protect(hostile)
      expect(restore(p.text, p.slots)).toBe(hostile)
      expect(Date.now() - started).toBeLessThan(3000)
    }
  })
})

describe('neutralise', () => {
  const ROWS: Array<[string, string, string]> = [
    ['an invented mention', 'thanks @mallory', 'thanks `@mallory`'],
    ['an invented team', 'ask @org/admins', 'ask `@org/admins`'],
    ['an invented ref', 'see #99 and x/y#3', 'see `#99` and `x/y#3`'],
    ['an invented command line', 'ok\n/lgtm\n  /close now', 'ok\n`/lgtm`\n  `/close` now'],
    ['placeholders and plain text', 'keep ⟦0⟧ and mail@x.com &#123;', 'keep ⟦0⟧ and mail@x.com &#123;'],
  ]
  it.each(ROWS)('wraps %s in a code span', (_name, answer, expected) => {
    expect(neutralise(answer).text).toBe(expected)
  })
})
