// Which files `/gt INPUT OUTPUT LANG` reads and writes, and whether that is allowed: inside the
// repository, never under .github/, OUTPUT different from INPUT, supported types only. INPUT and
// OUTPUT are paths, comma lists of paths, or globs whose wildcards carry over (`docs/*.md` →
// `docs/*.ja.md`). Pure: the caller passes the repository's file list.
import { posix } from 'node:path'
import picomatch from 'picomatch'
import { linearCaptures } from '../core/regex.js'

export const TEXT_TYPES = ['.md', '.mdx', '.txt']
export const DATA_TYPES = ['.json', '.yml', '.yaml']

export interface Pair {
  input: string
  output: string
}

export interface Request {
  inputs: string
  outputs: string
  language: string
}

export function parseRequest(args: string): Request | { error: string } {
  const [inputs, outputs, language, ...extra] = args.split(/\s+/).filter(Boolean)
  if (inputs === undefined || outputs === undefined || language === undefined || extra.length)
    return {
      error:
        'Usage: `/gt INPUT OUTPUT LANG`, e.g. `/gt README.md README.ja.md Japanese` or `/gt docs/*.md docs/*.zh.md zh`.',
    }
  return { inputs, outputs, language }
}

const isGlob = (p: string) => picomatch.scan(p).isGlob

/** A path made canonical, or why it is not acceptable. */
export function checkPath(path: string): string | { error: string } {
  if (!path || path.includes('\0') || path.includes('\\'))
    return { error: `\`${path}\` is not a valid path.` }
  if (path.startsWith('/') || /^[a-z]:/i.test(path))
    return { error: `\`${path}\` must be a path inside the repository, not an absolute path.` }
  const normal = posix.normalize(path).replace(/^\.\//, '')
  if (normal === '..' || normal.startsWith('../') || normal.split('/').includes('..'))
    return { error: `\`${path}\` points outside the repository.` }
  if (/^\.github(\/|$)/i.test(normal))
    return { error: `\`${path}\` is under .github/, which translation may not touch.` }
  // What GitHub refuses in a tree: `.git` components, control characters, a trailing slash.
  if (normal.split('/').some((c) => c.toLowerCase() === '.git'))
    return { error: `\`${path}\` is inside .git/, which no commit may hold.` }
  const control = [...normal].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127)
  if (control || normal.endsWith('/') || normal === '.')
    return { error: `\`${path}\` is not a valid file path.` }
  return normal
}

function typeOf(path: string): string {
  return posix.extname(path).toLowerCase()
}

/** Turns `docs/**\/*.md` + `docs/**\/*.ja.md` into a function mapping an input path to its output. */
function globMapper(
  input: string,
  output: string,
): ((path: string) => string | undefined) | { error: string } {
  const tokens = /\*\*|\*/g
  const inWild = input.match(tokens) ?? []
  const outWild = output.match(tokens) ?? []
  if (inWild.join() !== outWild.join()) {
    return {
      error: `OUTPUT \`${output}\` must use the same wildcards as INPUT \`${input}\` (e.g. \`docs/*.md\` → \`docs/*.ja.md\`).`,
    }
  }
  if (isGlob(input.replace(tokens, '')))
    return { error: `Only \`*\` and \`**\` wildcards are supported in \`${input}\`.` }
  const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
  const pattern = input
    .split(/(\*\*\/|\*\*|\*)/)
    .map((part) =>
      part === '**/' ? '((?:[^/]+/)*)' : part === '**' ? '(.*)' : part === '*' ? '([^/]*)' : escape(part),
    )
    .join('')
  // RE2, not RegExp: the glob comes from a comment, and a backtracking engine given many `*` and
  // a long path would take exponential time.
  const captures = linearCaptures(pattern)
  return (path) => {
    const groups = captures(path)
    if (!groups) return undefined
    let i = 0
    return output.replace(/\*\*\/|\*\*|\*/g, () => groups[i++] ?? '')
  }
}

/** Expands INPUT/OUTPUT against the repository's files into checked pairs. */
export function resolvePairs(request: Request, repoFiles: string[]): Pair[] | { error: string } {
  const inputs = request.inputs.split(',').filter(Boolean)
  const outputs = request.outputs.split(',').filter(Boolean)
  if (inputs.length !== outputs.length)
    return {
      error: `INPUT names ${inputs.length} path(s) but OUTPUT ${outputs.length}: give one output per input.`,
    }
  const files = new Set(repoFiles)
  const pairs: Pair[] = []
  for (const [i, inputPath] of inputs.entries()) {
    const outputPath = outputs[i]! // as many outputs as inputs (checked above)
    for (const p of [inputPath, outputPath]) {
      const checked = checkPath(p.replace(/\*\*?/g, 'x'))
      if (typeof checked !== 'string') return { error: checked.error.replace(p.replace(/\*\*?/g, 'x'), p) }
    }
    if (isGlob(inputPath)) {
      const map = globMapper(inputPath, outputPath)
      if (typeof map !== 'function') return map
      const matched = repoFiles.filter((f) => map(f) !== undefined && map(f) !== f)
      if (!matched.length) return { error: `No file matches \`${inputPath}\`.` }
      for (const f of matched) pairs.push({ input: f, output: map(f)! })
    } else {
      if (isGlob(outputPath))
        return { error: `OUTPUT \`${outputPath}\` is a pattern but INPUT \`${inputPath}\` is not.` }
      const input = checkPath(inputPath) as string
      if (!files.has(input)) return { error: `\`${input}\` does not exist.` }
      pairs.push({ input, output: checkPath(outputPath) as string })
    }
  }
  for (const { input, output } of pairs) {
    const out = checkPath(output)
    if (typeof out !== 'string') return out
    if (out === input) return { error: `OUTPUT must differ from INPUT (\`${input}\`).` }
    const type = typeOf(input)
    if (![...TEXT_TYPES, ...DATA_TYPES].includes(type))
      return {
        error: `\`${input}\`: only ${[...TEXT_TYPES, ...DATA_TYPES].join(', ')} files can be translated.`,
      }
    const outType = typeOf(out)
    const same = (a: string, b: string) =>
      a === b || (['.yml', '.yaml'].includes(a) && ['.yml', '.yaml'].includes(b))
    if (!same(type, outType) && !(TEXT_TYPES.includes(type) && TEXT_TYPES.includes(outType))) {
      return { error: `\`${out}\` must have the same type as \`${input}\`.` }
    }
  }
  const outputsSeen = new Set<string>()
  for (const { output } of pairs) {
    if (outputsSeen.has(output)) return { error: `Two inputs would both be written to \`${output}\`.` }
    outputsSeen.add(output)
  }
  return pairs
}
