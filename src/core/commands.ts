// Finds slash commands in a comment body by DESIGN.md's rules: `/name args` at the start of a line
// (leading spaces allowed), case-insensitive, several per comment, in order; nothing inside code
// (fenced or indented), block quotes or HTML comments counts. Markdown structure comes from a real
// parser (mdast) so that quoted replies and pasted logs never trigger anything.
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

interface Node {
  type: string
  position?: { start: { line: number }; end: { line: number } }
  children?: Node[]
}

const NOT_COMMAND_CONTAINERS = new Set(['code', 'blockquote', 'html'])

function excludedLines(body: string, lines: string[]): Set<number> {
  const excluded = new Set<number>()
  const visit = (node: Node) => {
    if (NOT_COMMAND_CONTAINERS.has(node.type) && node.position) {
      for (let l = node.position.start.line; l <= node.position.end.line; l++) {
        // A line after a quote that does not itself start with `>` is Markdown's "lazy continuation":
        // people write `> question` then `/assign` on the next line and mean the command.
        if (node.type === 'blockquote' && !/^[ \t]{0,3}>/.test(lines[l - 1] ?? '')) continue
        excluded.add(l)
      }
      return
    }
    node.children?.forEach(visit)
  }
  visit(fromMarkdown(body) as Node)
  return excluded
}

export function parseCommands(body: string | null | undefined): ParsedCommand[] {
  // Most comments have no command: answer them without parsing Markdown at all.
  if (!body || !ANY_COMMAND_LINE.test(body)) return []
  const lines = body.split(/\r\n|\r|\n/)
  const excluded = excludedLines(body, lines)
  const commands: ParsedCommand[] = []
  lines.forEach((text, index) => {
    const line = index + 1
    if (excluded.has(line)) return
    const match = COMMAND_LINE.exec(text)
    if (!match) return
    commands.push({ name: match[1].toLowerCase(), args: (match[2] ?? '').trim(), raw: text.trim(), line })
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
