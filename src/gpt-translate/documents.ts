// Document translation: Markdown split along its top-level blocks into chunks under a token budget
// (never inside a code block, table or list), each chunk translated with code, links, mentions and
// references protected by placeholders, then checked (same code blocks byte for byte, same link
// and image targets, same headings); a chunk that fails is retried once. JSON and YAML translate
// string values only: keys, numbers and placeholders like {name}, %s and {{x}} stay as they are.
import { fromMarkdown } from 'mdast-util-from-markdown'
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml'
import type { Llm } from '../core/llm.js'
import { protect, restore } from '../core/protect.js'

export class StructureError extends Error {
  constructor(
    readonly check: string,
    message: string,
  ) {
    super(message)
  }
}

interface MdNode {
  type: string
  value?: string
  lang?: string | null
  url?: string
  depth?: number
  children?: MdNode[]
  position?: { start: { offset?: number }; end: { offset?: number } }
}

/** Rough token count: about four Latin characters a token, one per CJK character. */
export function estimateTokens(text: string): number {
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? [])
    .length
  return Math.ceil((text.length - cjk) / 4) + cjk
}

export function splitFrontMatter(text: string): { front?: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text)
  return m ? { front: m[1], body: text.slice(m[0].length) } : { body: text }
}

/**
 * Chunks of a Markdown text, each a run of whole top-level blocks under `budget` tokens (a single
 * block over budget is a chunk of its own). Concatenating the chunks gives the text back exactly.
 */
export function chunkMarkdown(text: string, budget: number): string[] {
  const blocks = ((fromMarkdown(text) as MdNode).children ?? []).map((n) => n.position!.end.offset!)
  const chunks: string[] = []
  let start = 0
  let cursor = 0
  for (const end of blocks) {
    if (end - start > 0 && estimateTokens(text.slice(start, end)) > budget && cursor > start) {
      chunks.push(text.slice(start, cursor))
      start = cursor
    }
    cursor = end
  }
  if (start < text.length) chunks.push(text.slice(start))
  return chunks.filter((c) => c.length > 0)
}

export interface Structure {
  code: string[]
  targets: string[]
  headings: number[]
}

export function structureOf(markdown: string): Structure {
  const s: Structure = { code: [], targets: [], headings: [] }
  const visit = (n: MdNode) => {
    if (n.type === 'code') s.code.push(`${n.lang ?? ''}\n${n.value ?? ''}`)
    if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && n.url) s.targets.push(n.url)
    if (n.type === 'heading') s.headings.push(n.depth ?? 0)
    n.children?.forEach(visit)
  }
  visit(fromMarkdown(markdown) as MdNode)
  s.targets.sort()
  return s
}

/** The first structural difference between a chunk and its translation, or undefined. */
export function compareStructure(before: Structure, after: Structure): string | undefined {
  if (before.code.length !== after.code.length)
    return `code blocks: ${before.code.length} before, ${after.code.length} after`
  if (before.code.some((c, i) => c !== after.code[i])) return 'a code block changed'
  if (before.targets.join('\n') !== after.targets.join('\n')) return 'link or image targets changed'
  if (before.headings.join() !== after.headings.join())
    return `headings: levels ${before.headings.join(',') || 'none'} became ${after.headings.join(',') || 'none'}`
  return undefined
}

export function markdownPrompt(language: string): string {
  return [
    `Translate the Markdown document fragment into ${language}.`,
    `Target language: ${language}`,
    'Keep the Markdown structure exactly: the same headings and levels, lists, tables, emphasis and blank lines.',
    'Placeholders like ⟦0⟧ stand for code, links, mentions and references: copy each one exactly once, unchanged.',
    'Answer with the translated fragment only, without any comment or code fence around it.',
  ].join('\n')
}

/** One chunk, protected, translated and checked; one retry when the structure did not survive. */
async function translateChunk(llm: Llm, language: string, chunk: string): Promise<string> {
  if (!/\p{L}/u.test(chunk)) return chunk
  const guarded = protect(chunk)
  const before = structureOf(chunk)
  const leading = /^\s*/.exec(chunk)![0]
  const trailing = /\s*$/.exec(chunk)![0]
  let problem = ''
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const answer = await llm.complete(markdownPrompt(language), guarded.text.trim())
      const restored = leading + restore(answer.trim(), guarded.slots) + trailing
      const difference = compareStructure(before, structureOf(restored))
      if (!difference) return restored
      problem = difference
    } catch (error) {
      if (!(error instanceof Error) || !/did not keep every/.test(error.message)) throw error
      problem = 'code, links, mentions or references were lost'
    }
  }
  throw new StructureError(problem, `the translation broke the document's structure twice (${problem})`)
}

export interface TranslatedFile {
  text: string
  chunks: number
}

export async function translateMarkdown(
  llm: Llm,
  language: string,
  text: string,
  options: { budget: number; frontMatterKeys: string[] },
): Promise<TranslatedFile> {
  const { front, body } = splitFrontMatter(text)
  let head = ''
  if (front !== undefined) {
    const doc = parseDocument(front)
    const keys = options.frontMatterKeys.filter(
      (k) => typeof doc.get(k) === 'string' && String(doc.get(k)).trim(),
    )
    const values = await translateStrings(
      llm,
      language,
      keys.map((k) => String(doc.get(k))),
    )
    keys.forEach((k, i) => doc.set(k, values[i]))
    head = `---\n${doc.toString().trimEnd()}\n---\n`
  }
  const chunks = chunkMarkdown(body, options.budget)
  const translated = await Promise.all(chunks.map((c) => translateChunk(llm, language, c)))
  return { text: head + translated.join(''), chunks: chunks.length + (front !== undefined ? 1 : 0) }
}

// ---- data files --------------------------------------------------------------------------------

const DATA_PLACEHOLDERS = /\{\{[^{}]*\}\}|\{[\w.-]+\}|%(?:\d+\$)?[sdif]|<\/?[a-zA-Z][^>]*>/g

function guardValue(text: string): { text: string; slots: string[] } {
  const slots: string[] = []
  const out = text.replace(DATA_PLACEHOLDERS, (m) => {
    slots.push(m)
    return `⟦${slots.length - 1}⟧`
  })
  return { text: out, slots }
}

export function dataPrompt(language: string): string {
  return [
    `Translate every value of the JSON object into ${language}.`,
    `Target language: ${language}`,
    'Keep every key. Placeholders like ⟦0⟧ must stay exactly as they are.',
    'Answer with the JSON object only.',
  ].join('\n')
}

/** Translates strings in batches of a JSON object; keys and placeholders checked on the way back. */
export async function translateStrings(
  llm: Llm,
  language: string,
  values: string[],
  batch = 80,
): Promise<string[]> {
  const out = [...values]
  const jobs: Promise<void>[] = []
  for (let start = 0; start < values.length; start += batch) {
    const slice = values.slice(start, start + batch)
    jobs.push(
      (async () => {
        const guarded = slice.map(guardValue)
        const request = Object.fromEntries(guarded.map((g, i) => [String(i), g.text]))
        let problem = ''
        for (let attempt = 0; attempt < 2; attempt++) {
          const answer = await llm.complete(dataPrompt(language), JSON.stringify(request, null, 2))
          let parsed: Record<string, unknown>
          try {
            parsed = JSON.parse(answer.replace(/^```(?:json)?\s*|\s*```$/g, ''))
          } catch {
            problem = 'the answer was not JSON'
            continue
          }
          const keys = Object.keys(request)
          if (keys.some((k) => typeof parsed[k] !== 'string')) {
            problem = 'keys were lost'
            continue
          }
          try {
            guarded.forEach((g, i) => (out[start + i] = restore(String(parsed[String(i)]), g.slots)))
            return
          } catch {
            problem = 'placeholders like {name} or %s were lost'
          }
        }
        throw new StructureError(problem, `the translation broke the values twice (${problem})`)
      })(),
    )
  }
  await Promise.all(jobs)
  return out
}

export async function translateJson(llm: Llm, language: string, text: string): Promise<TranslatedFile> {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new StructureError('JSON', `not valid JSON: ${(error as Error).message}`)
  }
  const strings: string[] = []
  const collect = (v: unknown): unknown => {
    if (typeof v === 'string') return strings.push(v) - 1
    if (Array.isArray(v)) return v.map(collect)
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, collect(x)]))
    return v
  }
  const shape = collect(data)
  const translated = await translateStrings(llm, language, strings)
  const rebuild = (v: unknown, inShape: unknown): unknown => {
    if (typeof v === 'string') return translated[inShape as number]
    if (Array.isArray(v)) return v.map((x, i) => rebuild(x, (inShape as unknown[])[i]))
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, rebuild(x, (inShape as Record<string, unknown>)[k])]),
      )
    return v
  }
  const indent = /^\{\s*\n(\s+)"/.exec(text)?.[1] ?? '  '
  const out = JSON.stringify(rebuild(data, shape), null, indent)
  return { text: text.endsWith('\n') ? `${out}\n` : out, chunks: Math.ceil(strings.length / 80) }
}

export async function translateYaml(llm: Llm, language: string, text: string): Promise<TranslatedFile> {
  const doc = parseDocument(text)
  if (doc.errors.length)
    throw new StructureError('YAML', `not valid YAML: ${doc.errors[0].message.split('\n')[0]}`)
  const scalars: Array<{ value: string; node: { value: unknown } }> = []
  const visit = (node: YamlNode | null | undefined) => {
    if (!node) return
    if (isMap(node))
      for (const pair of node.items) visit(pair.value as YamlNode) // keys stay
    else if (isSeq(node)) node.items.forEach((item) => visit(item as YamlNode))
    else if (isScalar(node) && typeof node.value === 'string' && node.value.trim())
      scalars.push({ value: node.value, node })
  }
  visit(doc.contents as YamlNode)
  const translated = await translateStrings(
    llm,
    language,
    scalars.map((s) => s.value),
  )
  scalars.forEach((s, i) => (s.node.value = translated[i]))
  return { text: doc.toString(), chunks: Math.ceil(scalars.length / 80) }
}
