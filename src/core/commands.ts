// Finds slash commands in a comment body by the contract's rules (docs/contract.md): `/name args` at the start of a line
// (leading spaces allowed), case-insensitive, several per comment, in order; nothing inside code
// (fenced or indented), block quotes or HTML comments counts. Markdown structure comes from a real
// parser (mdast) so that quoted replies and pasted logs never trigger anything. The input is bounded
// first (size, nesting) and the parse cannot throw: one hostile comment never breaks a recount.
import { fromMarkdown } from 'mdast-util-from-markdown'

export interface ParsedCommand {
  /** Lower-cased command name without the slash, e.g. `lgtm`, `remove-area`. */
  name: string
  /** Whatever follows the name on that line, trimmed (may be empty). */
  args: string
  /** The command line as written, for quoting in replies. */
  raw: string
  /** 1-based line number in the body. */
  line: number
}

/** At most this many commands in one comment are run; the rest are reported as skipped. */
export const MAX_COMMANDS_PER_COMMENT = 20

const COMMAND_LINE = /^[ \t]{0,3}\/([a-z][a-z0-9_-]*)(?:[ \t]+(.*?))?[ \t]*$/i
const ANY_COMMAND_LINE = /^[ \t]{0,3}\/[a-z]/im

/**
 * Bounds on what goes to the Markdown parser. Its list handling grows quadratically with the number
 * of items and its tree is as deep as the nesting, so a comment above these bounds (size, nesting,
 * lines opening a list item or quote; GitHub allows 65,536 characters) is read by the conservative
 * line scanner instead.
 */
export const MAX_MARKDOWN_CHARS = 16 * 1024
export const MAX_MARKDOWN_NESTING = 12
export const MAX_MARKDOWN_CONTAINER_LINES = 300

// Only block structure decides what is a command; inline constructs (emphasis, links), whose
// resolution is the quadratic part of the parser, are switched off. Inline HTML stays: a
// `<!--` opened mid-line hides the lines it spans.
const BLOCK_STRUCTURE_ONLY = {
  disable: {
    null: [
      'attention',
      'autolink',
      'characterEscape',
      'characterReference',
      'definition',
      'hardBreakEscape',
      'headingAtx',
      'labelEnd',
      'labelStartImage',
      'labelStartLink',
      'setextUnderline',
      'thematicBreak',
    ],
  },
}

interface Node {
  type: string
  position?: { start: { line: number }; end: { line: number } }
  children?: Node[]
}

const NOT_COMMAND_CONTAINERS = new Set(['code', 'blockquote', 'html'])
const CONTAINER_PREFIX = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/

/** How deeply a line nests block containers (quotes, list items, indentation of a list item). */
function nestingOf(line: string): number {
  const indent = /^[ \t]*/.exec(line)![0].length
  let depth = 0
  let rest = line
  for (let m = CONTAINER_PREFIX.exec(rest); m && m[0].length; m = CONTAINER_PREFIX.exec(rest)) {
    depth++
    rest = rest.slice(m[0].length)
    if (depth > MAX_MARKDOWN_NESTING) break
  }
  return depth ? depth + Math.floor(indent / 2) : 0
}

function fitsMarkdownParser(body: string, lines: string[]): boolean {
  if (body.length > MAX_MARKDOWN_CHARS) return false
  let containerLines = 0
  for (const line of lines) {
    const depth = nestingOf(line)
    if (depth > MAX_MARKDOWN_NESTING) return false
    if (depth && ++containerLines > MAX_MARKDOWN_CONTAINER_LINES) return false
  }
  return true
}

/** Lines inside code, quotes or HTML, from the Markdown tree (iterative: nesting never hits the stack). */
function excludedLines(body: string, lines: string[]): Set<number> {
  const excluded = new Set<number>()
  const stack: Node[] = [fromMarkdown(body, { extensions: [BLOCK_STRUCTURE_ONLY] })]
  while (stack.length) {
    const node = stack.pop()!
    if (NOT_COMMAND_CONTAINERS.has(node.type) && node.position) {
      for (let l = node.position.start.line; l <= node.position.end.line; l++) {
        // A line after a quote that does not itself start with `>` is Markdown's "lazy continuation":
        // people write `> question` then `/assign` on the next line and mean the command.
        if (node.type === 'blockquote' && !/^[ \t]{0,3}>/.test(lines[l - 1] ?? '')) continue
        excluded.add(l)
      }
      continue
    }
    if (node.children) stack.push(...node.children)
  }
  return excluded
}

// Only an unindented fence is surely at top level: an indented one may sit in a list item, which a
// dedented line closes (with its fence) before any closing fence.
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/
const FENCE_CLOSE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*$/
// What the scanner does not model (code or HTML inside a list item or quote, processing
// instructions, declarations, raw-text HTML blocks): from there on nothing counts.
const UNMODELLED = /```|~~~|<\?|<!(?!--)|^[ \t]{0,3}<\/?(?:script|pre|style|textarea)\b/i

/** Whether an HTML comment is still open at the end of `text`, reading from `from`. */
function commentOpenAfter(text: string, from: number): boolean {
  let open = false
  for (let i = from; i < text.length;) {
    const next = open ? text.indexOf('-->', i) : text.indexOf('<!--', i)
    if (next < 0) break
    open = !open
    i = next + (open ? 4 : 3)
  }
  return open
}

/**
 * The fallback for comments too large or too nested for the parser: one pass, and conservative.
 * It follows top-level fences, HTML comments and HTML blocks, skips quote lines, and stops at the
 * first construct it does not model, so it may miss a command but never takes one from code,
 * quotes or HTML.
 */
function conservativelyExcluded(lines: string[]): Set<number> {
  const excluded = new Set<number>()
  let fence: { char: string; length: number } | undefined
  let inComment = false
  let inHtmlBlock = false
  for (const [index, text] of lines.entries()) {
    const line = index + 1
    if (fence) {
      excluded.add(line)
      const [, marker] = FENCE_CLOSE.exec(text) ?? []
      if (marker?.startsWith(fence.char) && marker.length >= fence.length) fence = undefined
      continue
    }
    if (inComment || inHtmlBlock) {
      // A block that starts inside an inline comment ends its paragraph, and the comment with it;
      // what looked like an HTML block may have been a paragraph that a fence interrupts.
      const startsBlock = /```|~~~|^[ \t]{0,3}</.test(text) || UNMODELLED.test(text)
      if ((inComment && startsBlock) || /```|~~~/.test(text) || UNMODELLED.test(text)) {
        for (let rest = line; rest <= lines.length; rest++) excluded.add(rest)
        break
      }
      excluded.add(line)
      const end: number = inComment ? text.indexOf('-->') : 0
      inComment = inComment ? end < 0 || commentOpenAfter(text, end + 3) : commentOpenAfter(text, 0)
      if (text.trim() === '') inHtmlBlock = false
      continue
    }
    const open = FENCE_OPEN.exec(text)
    const [, marker = '', info = ''] = open ?? []
    if (open && !(marker.startsWith('`') && info.includes('`'))) {
      fence = { char: marker.charAt(0), length: marker.length }
      excluded.add(line)
      continue
    }
    if (open || UNMODELLED.test(text)) {
      for (let rest = line; rest <= lines.length; rest++) excluded.add(rest)
      break
    }
    // An HTML block runs to the next blank line, except a comment block, which ends with its `-->`.
    const opensHtmlBlock = /^[ \t]{0,3}<(?!!--)/.test(text)
    if (opensHtmlBlock || text.includes('<!--')) {
      excluded.add(line)
      inComment = commentOpenAfter(text, 0)
      inHtmlBlock = opensHtmlBlock
    } else if (/^[ \t]*>/.test(text) || /^(?: {0,3}\t| {4})/.test(text)) excluded.add(line) // quote, code
  }
  return excluded
}

/** Lines that cannot hold a command; never throws, whatever the body. */
function nonCommandLines(body: string, lines: string[]): Set<number> {
  if (!fitsMarkdownParser(body, lines)) return conservativelyExcluded(lines)
  try {
    return excludedLines(body, lines)
  } catch {
    return conservativelyExcluded(lines)
  }
}

export function parseCommands(body: string | null | undefined): ParsedCommand[] {
  // Most comments have no command: answer them without parsing Markdown at all.
  if (typeof body !== 'string' || !ANY_COMMAND_LINE.test(body)) return []
  const lines = body.split(/\r\n|\r|\n/)
  const excluded = nonCommandLines(body, lines)
  const commands: ParsedCommand[] = []
  lines.forEach((text, index) => {
    const line = index + 1
    if (excluded.has(line)) return
    const match = COMMAND_LINE.exec(text)
    if (!match) return
    const [, name = '', args = ''] = match
    commands.push({ name: name.toLowerCase(), args: args.trim(), raw: text.trim(), line })
  })
  return commands
}

/** Splits command arguments on whitespace, dropping a leading `@` from user names when asked. */
export function splitArgs(args: string): string[] {
  return args.split(/\s+/).filter(Boolean)
}

export function userArgs(args: string): string[] {
  return splitArgs(args).map((a) => a.replace(/^@/, ''))
}
