// Document translation. Markdown is parsed once (GitHub-flavoured); what must survive byte for byte
// is protected by the tree's positions (core/protect.ts) and the text is cut into chunks under a
// token budget: between top-level blocks, and an oversized block along its own structure (list
// items, block-quote paragraphs, table rows, lines of an HTML block or a long paragraph). Each chunk
// is translated, restored and checked against its source (block skeleton, code, links, references,
// HTML, length); a chunk that fails is retried once, an answer cut at the model's output limit is
// retried in smaller pieces, and the joined document is checked as a whole before anything is
// committed. JSON and YAML translate string values only: keys, numbers and placeholders like
// {name}, %s and {{x}} stay as they are.
import type { Nodes, Root } from 'mdast'
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml'
import { TruncatedError, type Llm } from '../core/llm.js'
import { firstLine } from '../core/github.js'
import type { Logger } from '../core/log.js'
import {
  htmlTagRanges,
  parseMarkdown,
  PlaceholderError,
  protectedRanges,
  protectRanges,
  restore,
  type Range,
} from '../core/protect.js'

export class StructureError extends Error {
  constructor(
    readonly check: string,
    message: string,
  ) {
    super(message)
  }
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu

/** Rough token count: about four Latin characters a token, one per CJK character. */
export function estimateTokens(text: string): number {
  const cjk = (text.match(CJK) ?? []).length
  return Math.ceil((text.length - cjk) / 4) + cjk
}

export function splitFrontMatter(text: string): { front?: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text)
  return m ? { front: m[1], body: text.slice(m[0].length) } : { body: text }
}

// ---- chunking ----------------------------------------------------------------------------------

/** A parsed document: the text, its tree, the protected ranges and their running lengths. */
export interface Doc {
  text: string
  tree: Root
  ranges: Range[]
  /** cumulative[i] = total length of ranges[0..i). */
  cumulative: number[]
}

export function parseDoc(text: string): Doc {
  const tree = parseMarkdown(text)
  const ranges = protectedRanges(text, tree)
  const cumulative = [0]
  for (const [a, b] of ranges) cumulative.push(cumulative.at(-1)! + b - a)
  return { text, tree, ranges, cumulative }
}

/** Index of the first range starting at or after `offset`. */
function firstRangeFrom(doc: Doc, offset: number): number {
  let lo = 0
  let hi = doc.ranges.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    // lo <= mid < hi <= ranges.length
    if (doc.ranges[mid]![0] < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

function insideRange(doc: Doc, offset: number): boolean {
  const range = doc.ranges[firstRangeFrom(doc, offset + 1) - 1]
  return range !== undefined && range[0] < offset && offset < range[1]
}

/** Tokens the model is sent for text[a, b): protected pieces count as a short placeholder. */
function sentTokens(doc: Doc, a: number, b: number): number {
  const i = firstRangeFrom(doc, a)
  const j = firstRangeFrom(doc, b)
  // cumulative has one entry more than ranges, and i, j <= ranges.length
  const hidden = doc.cumulative[j]! - doc.cumulative[i]!
  return Math.max(0, estimateTokens(doc.text.slice(a, b)) - Math.ceil(hidden / 4)) + 2 * (j - i)
}

type CutKind = 'top' | 'inner' | 'line'
interface Cut {
  at: number
  kind: CutKind
}

const startOf = (n: Nodes) => n.position?.start.offset ?? 0
const endOf = (n: Nodes) => n.position?.end.offset ?? 0

/** Children an oversized block may be cut between, or undefined for a block cut by lines. */
function structuralChildren(node: Nodes): Nodes[] | undefined {
  switch (node.type) {
    case 'list':
    case 'listItem':
    case 'blockquote':
    case 'footnoteDefinition':
    case 'table':
      return node.children
    default:
      return undefined
  }
}

const LINE_SPLIT = new Set(['html', 'paragraph'])

function cutsInside(doc: Doc, node: Nodes, budget: number, out: Cut[]): void {
  const children = structuralChildren(node)
  if (children) {
    children.forEach((child, i) => {
      if (i > 0) out.push({ at: startOf(child), kind: 'inner' })
      const next = children[i + 1]
      const end = next ? startOf(next) : endOf(node)
      if (sentTokens(doc, startOf(child), end) > budget) cutsInside(doc, child, budget, out)
    })
    return
  }
  if (!LINE_SPLIT.has(node.type)) return
  const end = endOf(node)
  for (let nl = doc.text.indexOf('\n', startOf(node)); nl !== -1 && nl + 1 < end;) {
    if (!insideRange(doc, nl + 1)) out.push({ at: nl + 1, kind: 'line' })
    nl = doc.text.indexOf('\n', nl + 1)
  }
}

/** Every place the document may be cut for this budget, in order. */
function cutsOf(doc: Doc, budget: number): Cut[] {
  const blocks = doc.tree.children as Nodes[]
  const cuts: Cut[] = []
  blocks.forEach((block, i) => {
    if (i > 0) cuts.push({ at: startOf(block), kind: 'top' })
    const next = blocks[i + 1]
    const end = next ? startOf(next) : doc.text.length
    if (sentTokens(doc, startOf(block), end) > budget) cutsInside(doc, block, budget, cuts)
  })
  return cuts.filter((c, i) => c.at > 0 && c.at < doc.text.length && c.at > (cuts[i - 1]?.at ?? -Infinity))
}

export interface Chunk {
  start: number
  end: number
  /** Starts and ends between top-level blocks, so it parses on its own as it does in place. */
  whole: boolean
}

/** Chunks of doc.text[from, to) under `budget` tokens each, cut at the places `cutsOf` allows. */
export function planChunks(doc: Doc, budget: number, from = 0, to = doc.text.length): Chunk[] {
  const first: Cut = { at: from, kind: from === 0 ? 'top' : 'inner' }
  const last: Cut = { at: to, kind: to === doc.text.length ? 'top' : 'inner' }
  const edges: Cut[] = [first, ...cutsOf(doc, budget).filter((c) => c.at > from && c.at < to), last]
  const chunks: Chunk[] = []
  let start = first
  let tokens = 0
  let end = first
  for (const edge of edges.slice(1)) {
    const unit = sentTokens(doc, end.at, edge.at)
    if (tokens > 0 && tokens + unit > budget) {
      chunks.push({ start: start.at, end: end.at, whole: start.kind === 'top' && end.kind === 'top' })
      start = end
      tokens = 0
    }
    tokens += unit
    end = edge
  }
  if (last.at > start.at)
    chunks.push({ start: start.at, end: last.at, whole: start.kind === 'top' && last.kind === 'top' })
  return chunks
}

/** The chunk texts of a Markdown text; concatenated they give the text back exactly. */
export function chunkMarkdown(text: string, budget: number): string[] {
  const doc = parseDoc(text)
  return planChunks(doc, budget).map((c) => text.slice(c.start, c.end))
}

// ---- structure checks --------------------------------------------------------------------------

export interface Structure {
  /** Block skeleton in document order: types with levels, item, row and cell counts. */
  blocks: string[]
  headings: number[]
  code: string[]
  inlineCode: string[]
  targets: string[]
  definitions: string[]
  references: string[]
  html: string[]
  images: number
  /** Characters of prose (text nodes). */
  prose: number
}

function blockSignature(node: Nodes): string | undefined {
  switch (node.type) {
    case 'heading':
      return `heading ${node.depth}`
    case 'list':
      return `${node.ordered ? 'ordered' : 'bullet'} list of ${node.children.length}`
    case 'listItem':
      return node.checked === null || node.checked === undefined
        ? 'item'
        : `task ${node.checked ? 'done' : 'open'}`
    case 'table':
      return `table ${node.children.map((row) => row.children.length).join('/')}`
    case 'paragraph':
    case 'blockquote':
    case 'code':
    case 'html':
    case 'thematicBreak':
    case 'definition':
    case 'footnoteDefinition':
      return node.type
    default:
      return undefined
  }
}

function htmlTags(value: string): string[] {
  const ranges: Range[] = []
  htmlTagRanges(value, 0, value.length, ranges)
  return ranges.map(([a, b]) => value.slice(a, b))
}

export function structureOf(markdown: string): Structure {
  return structureOfTree(parseMarkdown(markdown))
}

/** The structure of an already parsed document (the source is parsed once, for protection too). */
export function structureOfTree(tree: Root): Structure {
  const s: Structure = {
    blocks: [],
    headings: [],
    code: [],
    inlineCode: [],
    targets: [],
    definitions: [],
    references: [],
    html: [],
    images: 0,
    prose: 0,
  }
  const visit = (n: Nodes, inBlock: boolean) => {
    const signature = inBlock ? undefined : blockSignature(n)
    if (signature) s.blocks.push(signature)
    switch (n.type) {
      case 'heading':
        s.headings.push(n.depth)
        break
      case 'code':
        s.code.push(`${n.lang ?? ''}\n${n.value}`)
        return
      case 'inlineCode':
        s.inlineCode.push(n.value)
        return
      case 'html':
        s.html.push(...htmlTags(n.value))
        return
      case 'text':
        s.prose += n.value.length
        return
      case 'image':
        s.images++
        s.targets.push(n.url)
        return
      case 'link':
        s.targets.push(n.url)
        break
      case 'definition':
        s.definitions.push(`${n.identifier} ${n.url} ${n.title ?? ''}`)
        return
      case 'linkReference':
      case 'imageReference':
        s.references.push(n.identifier)
        break
    }
    // Inside a paragraph, heading or table the rest is inline: only the skeleton above it counts.
    const inline = inBlock || ['paragraph', 'heading', 'tableCell'].includes(n.type)
    if ('children' in n) for (const c of n.children) visit(c, inline)
  }
  visit(tree, false)
  for (const list of [s.targets, s.definitions, s.references, s.html, s.inlineCode]) list.sort()
  return s
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i])

function firstBlockDifference(before: string[], after: string[]): string | undefined {
  const i = before.findIndex((b, k) => b !== after[k])
  if (i === -1 && before.length === after.length) return undefined
  const at = i === -1 ? before.length : i
  return `block ${at + 1} was ${before[at] ?? 'absent'}, became ${after[at] ?? 'absent'} (${before.length} blocks before, ${after.length} after)`
}

/** Prose may shrink (into CJK) or grow (out of it), but not to a fifth or five times over. */
const PROSE_RATIO = { min: 0.2, max: 5, from: 200 }

/** The first structural difference between a text and its translation, or undefined. */
export function compareStructure(before: Structure, after: Structure): string | undefined {
  if (before.code.length !== after.code.length)
    return `code blocks: ${before.code.length} before, ${after.code.length} after`
  if (before.code.some((c, i) => c !== after.code[i])) return 'a code block changed'
  if (!sameList(before.targets, after.targets)) return 'link or image targets changed'
  if (before.headings.join() !== after.headings.join())
    return `headings: levels ${before.headings.join(',') || 'none'} became ${after.headings.join(',') || 'none'}`
  const blocks = firstBlockDifference(before.blocks, after.blocks)
  if (blocks) return `the block structure changed: ${blocks}`
  if (!sameList(before.inlineCode, after.inlineCode)) return 'inline code changed'
  if (!sameList(before.definitions, after.definitions)) return 'link reference definitions changed'
  if (!sameList(before.references, after.references)) return 'reference links changed'
  if (!sameList(before.html, after.html)) return 'HTML tags changed'
  if (before.images !== after.images) return `images: ${before.images} before, ${after.images} after`
  if (before.prose >= PROSE_RATIO.from) {
    const ratio = after.prose / before.prose
    if (ratio < PROSE_RATIO.min || ratio > PROSE_RATIO.max)
      return `the prose went from ${before.prose} to ${after.prose} characters`
  }
  return undefined
}

/** The check for a piece cut out of a block: it may parse differently alone, so lines and length. */
function comparePiece(before: string, after: string): string | undefined {
  const lines = (t: string) => t.split('\n').length
  if (lines(before) !== lines(after)) return `lines: ${lines(before)} before, ${lines(after)} after`
  if (before.length >= PROSE_RATIO.from) {
    const ratio = after.length / before.length
    if (ratio < PROSE_RATIO.min || ratio > PROSE_RATIO.max)
      return `the text went from ${before.length} to ${after.length} characters`
  }
  return undefined
}

export function markdownPrompt(language: string): string {
  return [
    `Translate the Markdown document fragment into ${language}.`,
    `Target language: ${language}`,
    'Keep the Markdown structure exactly: the same headings and levels, lists, tables, emphasis, line breaks and blank lines.',
    'Placeholders like ⟦0⟧ stand for code, links, mentions and references: copy each one exactly once, unchanged.',
    'Answer with the translated fragment only, without any comment or code fence around it.',
  ].join('\n')
}

// ---- translation -------------------------------------------------------------------------------

interface Job {
  llm: Llm
  language: string
  doc: Doc
  log?: Logger
  name: string
}

/** One chunk, protected, translated, restored and checked; one retry when a check failed. */
async function translateChunk(job: Job, chunk: Chunk, budget: number): Promise<string> {
  const source = job.doc.text.slice(chunk.start, chunk.end)
  const guarded = protectRanges(job.doc.text, job.doc.ranges, chunk.start, chunk.end)
  if (!/\p{L}/u.test(guarded.text.replace(/⟦\d+⟧/g, ''))) return source
  const leading = /^\s*/.exec(guarded.text)![0]
  const trailing = /\s*$/.exec(guarded.text.slice(leading.length))![0]
  const before = chunk.whole ? structureOf(source) : undefined
  let problem = ''
  for (let attempt = 0; attempt < 2; attempt++) {
    let answer: string
    try {
      answer = await job.llm.complete(markdownPrompt(job.language), guarded.text.trim())
    } catch (error) {
      if (!(error instanceof TruncatedError)) throw error
      return translateSmaller(job, chunk, budget)
    }
    try {
      const restored = leading + restore(answer.trim(), guarded.slots) + trailing
      const difference = before
        ? compareStructure(before, structureOf(restored))
        : comparePiece(source, restored)
      if (!difference) return restored
      problem = difference
    } catch (error) {
      if (!(error instanceof PlaceholderError)) throw error
      problem = 'code, links, mentions or references were lost'
    }
  }
  throw new StructureError(problem, `the translation broke the document's structure twice (${problem})`)
}

/** An answer cut at the output limit: the same text again in pieces of half the budget. */
async function translateSmaller(job: Job, chunk: Chunk, budget: number): Promise<string> {
  const half = Math.floor(budget / 2)
  const pieces = half >= 16 ? planChunks(job.doc, half, chunk.start, chunk.end) : []
  if (pieces.length < 2) {
    const tokens = sentTokens(job.doc, chunk.start, chunk.end)
    throw new StructureError(
      'length',
      `the model's answer was cut at its output limit even for a piece of about ${tokens} tokens that cannot be split further`,
    )
  }
  job.log?.info(
    `${job.name}: an answer was cut at the model's output limit; retrying in ${pieces.length} pieces.`,
  )
  const parts = await Promise.all(pieces.map((p) => translateChunk(job, p, half)))
  return parts.join('')
}

export interface TranslatedFile {
  text: string
  chunks: number
  /** Markdown only: the source's structure, for the check of the whole translation. */
  source?: Structure
}

/** The whole translation against its source, after the chunks were joined. */
export function checkTranslation(file: TranslatedFile): string | undefined {
  if (!file.source) return undefined
  const { body } = splitFrontMatter(file.text)
  return compareStructure(file.source, structureOf(body))
}

export interface MarkdownOptions {
  budget: number
  frontMatterKeys: string[]
  log?: Logger
  name?: string
}

/** Logs chunks done/total at every tenth of a long file. */
function progress(job: Job, total: number): () => void {
  let done = 0
  const step = Math.max(1, Math.ceil(total / 10))
  return () => {
    done++
    if (total >= 10 && (done % step === 0 || done === total))
      job.log?.info(`${job.name}: ${done}/${total} chunks translated`)
  }
}

export async function translateMarkdown(
  llm: Llm,
  language: string,
  text: string,
  options: MarkdownOptions,
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
  const job: Job = { llm, language, doc: parseDoc(body), log: options.log, name: options.name ?? 'document' }
  const chunks = planChunks(job.doc, options.budget)
  const tick = progress(job, chunks.length)
  const translated = await Promise.all(
    chunks.map(async (c) => {
      const out = await translateChunk(job, c, options.budget)
      tick()
      return out
    }),
  )
  return {
    text: head + translated.join(''),
    chunks: chunks.length + (front !== undefined ? 1 : 0),
    source: structureOfTree(job.doc.tree),
  }
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
            parsed = JSON.parse(answer.replace(/^```(?:json)?\s*|\s*```$/g, '')) as Record<string, unknown>
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
  if (doc.errors.length) throw new StructureError('YAML', `not valid YAML: ${firstLine(doc.errors[0])}`)
  const scalars: Array<{ value: string; node: { value: unknown } }> = []
  const visit = (node: YamlNode | null | undefined) => {
    if (!node) return
    if (isMap(node))
      for (const pair of node.items) visit(pair.value as YamlNode) // keys stay
    else if (isSeq(node)) node.items.forEach((item) => visit(item as YamlNode))
    else if (isScalar(node) && typeof node.value === 'string' && node.value.trim())
      scalars.push({ value: node.value, node })
  }
  visit(doc.contents)
  const translated = await translateStrings(
    llm,
    language,
    scalars.map((s) => s.value),
  )
  scalars.forEach((s, i) => (s.node.value = translated[i]))
  return { text: doc.toString(), chunks: Math.ceil(scalars.length / 80) }
}
