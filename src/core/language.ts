// Which natural language a text is in, with a maintained detector (eld, Nito-ELD), after removing
// what is not prose: code, links and URLs, @mentions, #refs and HTML comments. Too little prose left
// (under MIN_PROSE characters) means "do not judge". eld's n-gram tables are large, so the module is
// loaded on first use only.
import { fromMarkdown } from 'mdast-util-from-markdown'

export const MIN_PROSE = 20

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
  visit(fromMarkdown(markdown) as Node)
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

export async function detectLanguage(markdown: string): Promise<Detection> {
  const prose = proseOf(markdown)
  // Count characters, not UTF-16 units, so 20 Chinese characters count as 20.
  if ([...prose].length < MIN_PROSE) return { prose }
  const result = (await load()).detect(prose)
  return { language: result.language || undefined, prose }
}

/** Whether a detected language is the target (`en` matches `en-US` and the reverse). */
export function sameLanguage(detected: string, target: string): boolean {
  return detected.split('-')[0].toLowerCase() === target.split('-')[0].toLowerCase()
}
