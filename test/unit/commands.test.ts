import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseCommands } from '../../src/core/commands.js'

const names = (body: string) => parseCommands(body).map((c) => `${c.name}${c.args ? ` ${c.args}` : ''}`)

describe('parseCommands', () => {
  it('finds commands at the start of lines, in order, case-insensitively', () => {
    expect(names('/LGTM\n  /kind bug\nsome text\n/hold cancel  ')).toEqual([
      'lgtm',
      'kind bug',
      'hold cancel',
    ])
  })

  it('ignores commands in the middle of a line or glued to other words', () => {
    expect(names('please /lgtm\n/lgtmfoo\n/lgtm!\nx/hold')).toEqual(['lgtmfoo'])
  })

  it('ignores fenced and indented code, block quotes and HTML comments', () => {
    const body = [
      '```',
      '/lgtm',
      '```',
      '~~~sh',
      '/approve',
      '~~~',
      '    /hold',
      '> /lgtm',
      '> quoted',
      '/kind bug', // lazy continuation of the quote: written as a command, meant as one
      '<!--',
      '/approve',
      '-->',
      'text <!-- inline',
      '/hold',
      '-->',
      '/assign',
    ].join('\n')
    expect(names(body)).toEqual(['kind bug', 'assign'])
  })

  it('handles CRLF line endings and Unicode arguments', () => {
    expect(names('hello\r\n/retitle 修复 — עברית 🚀\r\n/hold')).toEqual(['retitle 修复 — עברית 🚀', 'hold'])
  })

  it('returns nothing for empty bodies', () => {
    expect(parseCommands('')).toEqual([])
    expect(parseCommands(null)).toEqual([])
  })

  it('copes with a 64 KiB comment of hundreds of lines', () => {
    const body = Array.from({ length: 2000 }, (_, i) => (i % 100 === 0 ? '/hold' : 'x'.repeat(32))).join('\n')
    expect(body.length).toBeGreaterThan(64_000)
    expect(parseCommands(body)).toHaveLength(20)
  })

  // Property: whatever Markdown surrounds it, a command inside code, quotes or HTML comments never counts.
  const line = fc.oneof(
    fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, ' ')),
    fc.constantFrom('/lgtm', '/hold', '# title', '- item', '', '***', '| a | b |', '<div>', '`x`'),
  )
  const hidden = fc.oneof(
    fc
      .array(line, { maxLength: 5 })
      .map((ls) => ['```', ...ls.map((l) => l.replace(/```|~~~/g, '')), '/lgtm', '```'].join('\n')),
    fc.array(line, { maxLength: 5 }).map((ls) => [...ls.map((l) => `> ${l}`), '> /lgtm'].join('\n')),
    fc
      .array(line, { maxLength: 5 })
      .map((ls) => ['<!--', ...ls.map((l) => l.replace(/-->/g, '')), '/lgtm', '-->'].join('\n')),
  )

  it('never yields a command from inside code, quotes or HTML comments (property)', () => {
    fc.assert(
      fc.property(
        hidden,
        fc.array(fc.constantFrom('plain text', 'more prose', ''), { maxLength: 3 }),
        (block, prose) => {
          const body = [...prose, '', block, ''].join('\n')
          expect(parseCommands(body).filter((c) => c.name === 'lgtm')).toEqual([])
        },
      ),
      { numRuns: 300 },
    )
  })

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 500 }),
          fc
            .array(
              fc.oneof(line, fc.constantFrom('```', '> /lgtm', '<!--', '-->', '    /x', '/approve', '~~~')),
              { maxLength: 30 },
            )
            .map((ls) => ls.join('\n')),
        ),
        (s) => {
          const out = parseCommands(s)
          for (const c of out) expect(c.name).toMatch(/^[a-z][a-z0-9_-]*$/)
        },
      ),
      { numRuns: 500 },
    )
  })
})
