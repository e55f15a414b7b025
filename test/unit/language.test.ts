// Language detection measured on a labelled set written for bosun (test/fixtures/languages.tsv):
// at least 98% per language on texts of 20 characters or more.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { detectLanguage, MIN_PROSE, proseOf, sameLanguage } from '../../src/core/language.js'
import { protect, restore } from '../../src/core/protect.js'

const samples = readFileSync(new URL('../fixtures/languages.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [label = '', text] = l.split('\t')
    if (text === undefined) throw new Error(`languages.tsv: no tab in ${l}`)
    return { label, text }
  })

describe('language detection', () => {
  it('has a labelled set of at least 300 texts', () => {
    expect(samples.length).toBeGreaterThanOrEqual(300)
  })

  it('judges every short text it does judge correctly', async () => {
    for (const { label, text } of samples.filter((s) => [...s.text].length < MIN_PROSE)) {
      const { language } = await detectLanguage(text)
      if (language !== undefined) expect([text, language]).toEqual([text, label])
    }
  })

  it('is at least 98% accurate per language on texts of 20 characters or more', async () => {
    const perLanguage = new Map<string, { right: number; total: number; wrong: string[] }>()
    for (const { label, text } of samples) {
      if ([...text].length < MIN_PROSE) continue
      const { language } = await detectLanguage(text)
      const entry = perLanguage.get(label) ?? { right: 0, total: 0, wrong: [] }
      entry.total++
      if (language === label) entry.right++
      else entry.wrong.push(`${language}: ${text}`)
      perLanguage.set(label, entry)
    }
    for (const [label, { right, total, wrong }] of perLanguage) {
      expect([label, right / total >= 0.98 ? 'ok' : wrong]).toEqual([label, 'ok'])
    }
    expect(perLanguage.size).toBe(9)
  })

  it('does not judge short texts, and ignores code, links, mentions and refs', async () => {
    expect((await detectLanguage('好的，谢谢')).language).toBeUndefined()
    expect((await detectLanguage('构建失败了，怎么办才好呢？')).language).toBe('zh') // 13 CJK characters count as 26
    expect((await detectLanguage('LGTM, thanks!')).language).toBeUndefined()
    expect(
      (
        await detectLanguage(
          'Build fails:\n```\n构建失败 构建失败 构建失败 构建失败 构建失败\n```\nAny idea why?',
        )
      ).language,
    ).toBe('en')
    expect(
      (await detectLanguage('Thanks for the quick fix, 张伟! It works on my machine now.')).language,
    ).toBe('en')
    expect(proseOf('See [文档](https://x.cn/文档) and `代码` @zhang-wei #12 https://例子.cn')).toBe(
      'See 文档 and',
    )
    expect(sameLanguage('en', 'en-US')).toBe(true)
    expect(sameLanguage('zh', 'en')).toBe(false)
  })
})

describe('placeholder protection', () => {
  const text = [
    'Run `npm ci` first, see [docs](https://x.test/a "t") and ![img](./a.png).',
    '```js',
    'const a = `template` // @notamention #1',
    '```',
    '@alice @org/team fixes #12 and acme/widgets#7, not &#123; or mail@example.com.',
    '<!-- keep me -->',
  ].join('\n')

  it('swaps out exactly what must survive and puts it back', () => {
    const p = protect(text)
    expect(p.text).not.toContain('npm ci')
    expect(p.text).not.toContain('https://x.test/a')
    expect(p.text).not.toContain('@alice')
    expect(p.text).toContain('&#123;')
    // An e-mail address is a GFM autolink: protected like any other link.
    expect(p.slots).toContain('mail@example.com')
    expect(restore(p.text, p.slots)).toBe(text)
  })

  it('refuses a translation that lost or duplicated a placeholder', () => {
    const p = protect(text)
    expect(() => restore(p.text.replace('⟦0⟧', ''), p.slots)).toThrow('did not keep every code block')
    expect(() => restore(`${p.text} ⟦1⟧`, p.slots)).toThrow('⟦1⟧ appears 2 times')
  })
})
