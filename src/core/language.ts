// Which natural language a text is in, with a maintained detector (eld, Nito-ELD), after removing
// what is not prose: code, links and URLs, @mentions, #refs and HTML comments. Too little prose left
// (under MIN_PROSE characters) means "do not judge". eld's n-gram tables are large, so the module is
// loaded on first use only.
import { fromMarkdown } from 'mdast-util-from-markdown'

export const MIN_PROSE = 20

/**
 * Prose length for the minimum: a CJK character counts twice, since it carries about what an
 * English word does ("构建失败了，怎么办？" is a whole question in 10 characters).
 */
export function proseLength(prose: string): number {
  return (
    [...prose].length +
    (prose.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length
  )
}

interface Node {
  type: string
  value?: string
  children?: Node[]
}

/** The prose of a Markdown text: text nodes only, code and HTML dropped, link text kept. */
export function proseOf(markdown: string): string {
  const parts: string[] = []
  const visit = (node: Node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return
    if (node.type === 'text' && node.value) parts.push(node.value)
    node.children?.forEach(visit)
  }
  visit(fromMarkdown(markdown))
  return parts
    .join(' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/(?<![\w@])@[A-Za-z0-9][\w-]*(\/[\w.-]+)?/g, ' ')
    .replace(/(?:[\w.-]+\/[\w.-]+)?#\d+\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

type Detector = { detect(text: string): { language: string; isReliable(): boolean } }
let detector: Promise<Detector> | undefined

async function load(): Promise<Detector> {
  detector ??= import('eld/small').then((m) => m.eld as unknown as Detector)
  return detector
}

export interface Detection {
  /** ISO 639-1 code, or undefined when there is too little prose to judge. */
  language?: string
  prose: string
}

/**
 * Chinese, Japanese and Korean by script, when CJK characters carry the text: developers write
 * Chinese prose full of English terms ("执行 npm install 之后 build 就 fail 了"), where letter n-grams
 * vote English, while one CJK character does the work of a whole English word. A Chinese name in
 * English prose ("Thanks, 张伟!") stays far below the threshold.
 */
export function cjkByScript(prose: string): string | undefined {
  const count = (re: RegExp) => (prose.match(re) ?? []).length
  const han = count(/\p{Script=Han}/gu)
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)
  const hangul = count(/\p{Script=Hangul}/gu)
  const latinWords = count(/\b\p{Script=Latin}{2,}\b/gu)
  const cjk = han + kana + hangul
  if (cjk < 6 || cjk < latinWords) return undefined
  if (hangul >= cjk / 2) return 'ko'
  if (kana > 0 && kana >= cjk / 10) return 'ja'
  return 'zh'
}

export async function detectLanguage(markdown: string): Promise<Detection> {
  const prose = proseOf(markdown)
  if (proseLength(prose) < MIN_PROSE) return { prose }
  const byScript = cjkByScript(prose)
  if (byScript) return { language: byScript, prose }
  const result = (await load()).detect(prose)
  return { language: result.language || undefined, prose }
}

/** Whether a detected language is the target (`en` matches `en-US` and the reverse). */
export function sameLanguage(detected: string, target: string): boolean {
  const primary = (tag: string) => (tag.split('-')[0] ?? '').toLowerCase()
  return primary(detected) === primary(target)
}
