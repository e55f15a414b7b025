// What a translation must keep byte for byte — code (fenced, indented, inline, at any depth), URLs
// and link destinations, reference labels and definitions, images, HTML tags and comments (bosun's
// markers), @mentions, #refs and slash-command lines — is swapped for numbered placeholders before
// the text goes to the model and swapped back after. The pieces are found by the positions of the
// Markdown syntax tree (GitHub-flavoured), so they never overlap and never nest; the model can
// reword the prose but cannot alter those, and a dropped placeholder is detected.
import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

export interface Protected {
  text: string
  slots: string[]
}

/** A half-open range [start, end) of the source that must reach the output unchanged. */
export type Range = [number, number]

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] })
}

const slot = (i: number) => `⟦${i}⟧`
const SLOT = /⟦(\d+)⟧/g

const startOf = (n: Nodes) => n.position?.start.offset ?? 0
const endOf = (n: Nodes) => n.position?.end.offset ?? 0

/** HTML whose content is not prose: kept whole. */
const VERBATIM_HTML = /^\s*<(pre|script|style|textarea|code)\b/i

/**
 * Tags and comments inside raw HTML, scanned by hand so the cost stays linear: an unterminated
 * comment or tag runs to the end of the node instead of being searched for again.
 */
export function htmlTagRanges(source: string, from: number, to: number, out: Range[]): void {
  const html = source.slice(from, to)
  let i = html.indexOf('<')
  while (i !== -1) {
    let end: number
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4)
      end = close === -1 ? html.length : close + 3
    } else if (/[A-Za-z/!?]/.test(html[i + 1] ?? '')) {
      const close = html.indexOf('>', i + 1)
      end = close === -1 ? html.length : close + 1
    } else {
      i = html.indexOf('<', i + 1)
      continue
    }
    out.push([from + i, from + end])
    i = html.indexOf('<', end)
  }
}

const MENTION = /(?<![\w@`])@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\/[A-Za-z0-9._-]{1,100})?/g
const URL = /\bhttps?:\/\/[^\s<>)\]]+/g
const REF = /#\d+\b/g
const OLD_SLOT = /⟦\d+⟧/g
const REPO_PREFIX = /[\w.-]{1,100}\/[\w.-]{1,100}$/
const COMMAND_LINE = /(?:^|\n)([ \t]*)(\/[A-Za-z][\w-]*)/g

/** `owner/repo` right before a `#123`, looked for in a bounded window so the scan stays linear. */
function refStart(source: string, hash: number, floor: number): number {
  const window = source.slice(Math.max(floor, hash - 201), hash)
  if (/[\w&]$/.test(window) && !REPO_PREFIX.test(window)) return -1
  const prefix = REPO_PREFIX.exec(window)
  if (!prefix) return hash
  const before = window[prefix.index - 1]
  return before !== undefined && /[\w]/.test(before) ? hash : hash - prefix[0].length
}

/** Mentions, refs, bare URLs, slash-command lines and stray placeholders inside plain text. */
function textRanges(source: string, from: number, to: number, out: Range[]): void {
  const raw = source.slice(from, to)
  const found: Range[] = []
  for (const re of [URL, MENTION, OLD_SLOT]) {
    for (const m of raw.matchAll(re)) found.push([from + m.index, from + m.index + m[0].length])
  }
  for (const m of raw.matchAll(REF)) {
    const start = refStart(source, from + m.index, from)
    if (start !== -1) found.push([start, from + m.index + m[0].length])
  }
  for (const m of raw.matchAll(COMMAND_LINE)) {
    const slash = from + m.index + m[0].length - (m[2] ?? '').length
    const lineStart = source.lastIndexOf('\n', slash - 1) + 1
    if (source.slice(lineStart, slash).trim()) continue
    const newline = source.indexOf('\n', slash)
    found.push([slash, newline === -1 || newline > to ? to : newline])
  }
  // Keep the earliest of overlapping finds (a URL holding an @ or a #).
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  let last = from
  for (const r of found) {
    if (r[0] < last) continue
    out.push(r)
    last = r[1]
  }
}

function visit(node: Nodes, source: string, out: Range[]): void {
  const start = startOf(node)
  const end = endOf(node)
  switch (node.type) {
    case 'code':
    case 'inlineCode':
    case 'definition':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
    case 'yaml':
      out.push([start, end])
      return
    case 'html':
      if (VERBATIM_HTML.test(node.value)) out.push([start, end])
      else htmlTagRanges(source, start, end, out)
      return
    case 'text':
      textRanges(source, start, end, out)
      return
    case 'link': {
      const last = node.children.at(-1)
      // Autolinks (`<git+https://…>`, bare URLs) and empty links: the whole node is the URL.
      if (!last || source[start] !== '[') return void out.push([start, end])
      node.children.forEach((c) => visit(c, source, out))
      out.push([endOf(last), end]) // `](url "title")`
      return
    }
    case 'linkReference': {
      const last = node.children.at(-1)
      // `[text][]` and `[text]` use the text as the label: translating it breaks the link.
      if (node.referenceType !== 'full' || !last) return void out.push([start, end])
      node.children.forEach((c) => visit(c, source, out))
      out.push([endOf(last), end]) // `][label]`
      return
    }
    default:
      if ('children' in node) node.children.forEach((c) => visit(c, source, out))
  }
}

/** Ranges to protect in a Markdown text, sorted and disjoint. */
export function protectedRanges(source: string, tree: Root = parseMarkdown(source)): Range[] {
  const out: Range[] = []
  visit(tree, source, out)
  out.sort((a, b) => a[0] - b[0])
  const disjoint: Range[] = []
  for (const r of out) {
    const prev = disjoint.at(-1)
    if (r[1] <= r[0]) continue
    if (prev && r[0] < prev[1]) prev[1] = Math.max(prev[1], r[1])
    else disjoint.push([r[0], r[1]])
  }
  return disjoint
}

/** Replaces the given ranges of source[from, to) with placeholders numbered from 0. */
export function protectRanges(source: string, ranges: Range[], from = 0, to = source.length): Protected {
  const slots: string[] = []
  const parts: string[] = []
  let cursor = from
  for (const [a, b] of ranges) {
    if (a < from || b > to) continue
    parts.push(source.slice(cursor, a), slot(slots.length))
    slots.push(source.slice(a, b))
    cursor = b
  }
  parts.push(source.slice(cursor, to))
  return { text: parts.join(''), slots }
}

export function protect(text: string): Protected {
  return protectRanges(text, protectedRanges(text))
}

export class PlaceholderError extends Error {}

/** Puts the protected pieces back in one pass; throws when the model lost or duplicated any. */
export function restore(translated: string, slots: string[]): string {
  const counts = new Array<number>(slots.length).fill(0)
  for (const [, index] of translated.matchAll(SLOT)) {
    const i = Number(index)
    const count = counts[i]
    if (count !== undefined) counts[i] = count + 1
  }
  const problems = counts.flatMap((c, i) => (c === 1 ? [] : [`${slot(i)} appears ${c} times`]))
  if (problems.length)
    throw new PlaceholderError(
      `the translation did not keep every code block, link, mention and reference (${problems.slice(0, 3).join(', ')})`,
    )
  return translated.replace(SLOT, (whole, i: string) => slots[Number(i)] ?? whole)
}

/**
 * Model output must not ping people or read as a command: a mention, #ref or slash-command line
 * in the answer outside the placeholders was not in the source (all of those were protected), so
 * it goes into a code span. Run on the answer before `restore`.
 */
export function neutralise(answer: string): { text: string; neutralised: string[] } {
  const neutralised: string[] = []
  const wrap = (m: string) => {
    neutralised.push(m)
    return `\`${m}\``
  }
  const text = answer
    .replace(/^([ \t>]*)(\/[A-Za-z][\w-]*)/gm, (_m, lead: string, cmd: string) => lead + wrap(cmd))
    .replace(MENTION, wrap)
    .replace(/(?<![\w&`#])(?:[\w.-]{1,100}\/[\w.-]{1,100})?#\d+\b/g, wrap)
  return { text, neutralised }
}
