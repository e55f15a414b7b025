// verify-owners' decision: whether the OWNERS and OWNERS_ALIASES files a PR changes are files bosun
// can use. Pure: the caller reads the files at the PR's head (never checking out its code), asks which
// logins have access, and gets back every problem with its file and line. Checks: the YAML parses; only
// keys Prow's format knows, with the types bosun reads (lists of strings, booleans for options); filter
// patterns compile under RE2; every name is an alias of the OWNERS_ALIASES in effect or a user with
// access to the repository; aliases are non-empty and do not nest; the root OWNERS names approvers.
// Input is bounded: files, file sizes and the number of people checked have caps.
import { closest, distance } from 'fastest-levenshtein'
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import { normLogin } from './owners.js'
import { regexProblem } from './regex.js'

export interface OwnersProblem {
  /** Path of the file in the repository. */
  file: string
  /** 1-based line, when the problem has one. */
  line?: number
  message: string
}

export type FileText = string | null | { byteSize: number }

export interface OwnersFilesInput {
  /**
   * The changed OWNERS and OWNERS_ALIASES files as they are at the PR's head: path → text, null when
   * GitHub could not give it as text (binary), or its size when it was too large to read whole.
   */
  files: Map<string, FileText>
  /** The base branch's root OWNERS_ALIASES, used when the PR does not change it. */
  baseAliases?: string
  /** Lower-cased logins with access to the repository, from `ownersLogins`; absent: not checked. */
  access?: Set<string>
}

export const OWNERS_FILE = 'OWNERS'
export const ALIASES_FILE = 'OWNERS_ALIASES'
/** A PR changing more OWNERS files than this is refused rather than checked in part. */
export const MAX_OWNERS_FILES = 100
export const MAX_OWNERS_BYTES = 64 * 1024
/** People checked for access: five batched requests at most. */
export const MAX_OWNERS_PEOPLE = 500

/** Keys of an OWNERS file in Prow's format. bosun acts on approvers, reviewers, labels, options, filters. */
const PEOPLE_KEYS = [
  'approvers',
  'reviewers',
  'required_reviewers',
  'emeritus_approvers',
  'emeritus_reviewers',
]
const ENTRY_KEYS = [...PEOPLE_KEYS, 'labels']
const TOP_KEYS = [...ENTRY_KEYS, 'options', 'filters']
const OPTION_KEYS = ['no_parent_owners', 'auto_approve_unowned_subfolders']
/** Emeritus people have left: they are not expected to have access. */
const CHECKED_FOR_ACCESS = new Set(['approvers', 'reviewers', 'required_reviewers'])
/** GitHub's rule for user names: alphanumerics and single inner hyphens, at most 39 characters. */
const LOGIN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}$/i
const LABEL_MAX = 50

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1)
export const isOwnersPath = (path: string) =>
  baseName(path) === OWNERS_FILE || baseName(path) === ALIASES_FILE

/** A value shown in a comment: one line, short, inside a code span (so it can never mention anyone). */
export const shown = (text: string, max = 60) => {
  const line = text.replace(/\s+/g, ' ').trim()
  return `\`${(line.length > max ? `${line.slice(0, max - 1)}…` : line).replace(/`/g, "'")}\``
}

/** A name as it appears in a file, with where. */
interface Mention {
  name: string
  line?: number
}

/** What one file contributes once parsed: its problems, and the names it uses. */
interface FileCheck {
  problems: OwnersProblem[]
  /** Names in approvers/reviewers lists (aliases or logins), for alias and access checks. */
  names: Mention[]
}

class FileReader {
  readonly problems: OwnersProblem[] = []
  readonly names: Mention[] = []
  private lines = new LineCounter()
  doc?: Document

  constructor(
    readonly file: string,
    text: FileText,
  ) {
    if (text === null) {
      this.problem('not a text file')
      return
    }
    const bytes = typeof text === 'string' ? Buffer.byteLength(text) : text.byteSize
    if (bytes > MAX_OWNERS_BYTES) {
      this.problem(`too large (${Math.ceil(bytes / 1024)} KiB): bosun reads OWNERS files up to 64 KiB`)
      return
    }
    if (typeof text !== 'string') return
    const doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true })
    if (doc.errors.length) {
      for (const e of doc.errors.slice(0, 5))
        this.problem(`not valid YAML: ${e.message.split('\n')[0]}`, this.lineAt(e.pos[0]))
      return
    }
    this.doc = doc
  }

  lineAt(offset: number | undefined): number | undefined {
    return offset === undefined ? undefined : this.lines.linePos(offset).line
  }

  lineOf(node: unknown): number | undefined {
    return this.lineAt((node as Node | null)?.range?.[0])
  }

  problem(message: string, line?: number): void {
    this.problems.push({ file: this.file, ...(line ? { line } : {}), message })
  }

  /** A YAML alias (`*anchor`) stands for the node it names. */
  deref(node: unknown): unknown {
    return this.doc && isAlias(node) ? node.resolve(this.doc) : node
  }

  /** The pairs of a mapping, or a problem when the value is something else. `null` is an empty map. */
  entries(node: unknown, what: string): Array<{ key: string; keyNode: unknown; value: unknown }> {
    const value = this.deref(node)
    if (value === null || value === undefined || (isScalar(value) && value.value === null)) return []
    if (!isMap(value)) {
      this.problem(`${what} must be a mapping`, this.lineOf(value))
      return []
    }
    const result: Array<{ key: string; keyNode: unknown; value: unknown }> = []
    for (const pair of value.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined
      if (typeof key !== 'string') {
        this.problem(`${what} has a key that is not a string`, this.lineOf(pair.key))
        continue
      }
      result.push({ key, keyNode: pair.key, value: pair.value })
    }
    return result
  }

  /** Keys outside `known` are problems, with the nearest known key as a hint. */
  knownKeys(pairs: Array<{ key: string; keyNode: unknown }>, known: string[], where: string): void {
    for (const { key, keyNode } of pairs) {
      if (known.includes(key)) continue
      const typed = key.toLowerCase()
      const hint = closest(typed, known)
      const near = distance(typed, hint) <= 2 || (typed.length >= 4 && hint.startsWith(typed.slice(0, -1)))
      const suggestion = near ? ` (did you mean \`${hint}\`?)` : ''
      this.problem(`unknown key ${shown(key)}${where}${suggestion}`, this.lineOf(keyNode))
    }
  }

  /** A list of strings; each item is returned with its line. */
  strings(node: unknown, what: string): Mention[] {
    const value = this.deref(node)
    if (value === null || value === undefined || (isScalar(value) && value.value === null)) return []
    if (!isSeq(value)) {
      this.problem(`${what} must be a list`, this.lineOf(value))
      return []
    }
    const result: Mention[] = []
    for (const raw of value.items) {
      const item = this.deref(raw)
      const line = this.lineOf(item)
      if (!isScalar(item) || typeof item.value !== 'string') {
        const hint = isScalar(item) && item.value !== null ? ': quote it' : ''
        this.problem(`${what} must list strings; found ${describe(item)}${hint}`, line)
        continue
      }
      if (!item.value.trim()) this.problem(`${what} has an empty entry`, line)
      else result.push({ name: item.value, line })
    }
    return result
  }
}

function describe(node: unknown): string {
  if (isMap(node)) return 'a mapping'
  if (isSeq(node)) return 'a list'
  if (isScalar(node)) return node.value === null ? 'an empty entry' : shown(node.toString()) // Scalar.toString() is String(value)
  return 'something else'
}

/** approvers, reviewers, labels… of the file itself or of one filter. */
function checkEntry(reader: FileReader, pairs: ReturnType<FileReader['entries']>, where: string): boolean {
  let approvers = false
  for (const { key, value } of pairs) {
    if (!ENTRY_KEYS.includes(key)) continue
    const list = reader.strings(value, `\`${key}\`${where}`)
    if (key === 'labels') {
      for (const label of list)
        if (label.name.length > LABEL_MAX)
          reader.problem(
            `label ${shown(label.name)} is longer than GitHub's ${LABEL_MAX} characters`,
            label.line,
          )
      continue
    }
    if (key === 'approvers' && list.length) approvers = true
    if (CHECKED_FOR_ACCESS.has(key)) reader.names.push(...list)
  }
  return approvers
}

function checkOwnersFile(path: string, text: FileText): FileCheck {
  const reader = new FileReader(path, text)
  if (!reader.doc) return reader
  const top = reader.entries(reader.doc.contents, 'the file')
  reader.knownKeys(top, TOP_KEYS, '')
  let approvers = checkEntry(reader, top, '')
  for (const { key, value } of top) {
    if (key === 'options') {
      const options = reader.entries(value, '`options`')
      reader.knownKeys(options, OPTION_KEYS, ' in `options`')
      for (const option of options) {
        const v = reader.deref(option.value)
        if (OPTION_KEYS.includes(option.key) && !(isScalar(v) && typeof v.value === 'boolean'))
          reader.problem(`\`options.${option.key}\` must be true or false`, reader.lineOf(option.keyNode))
      }
    }
    if (key === 'filters') {
      for (const filter of reader.entries(value, '`filters`')) {
        const where = ` in filter ${shown(filter.key)}`
        const problem = regexProblem(filter.key)
        if (problem)
          reader.problem(
            `filter ${shown(filter.key)} is not an RE2 regular expression: ${problem}`,
            reader.lineOf(filter.keyNode),
          )
        const entry = reader.entries(filter.value, `filter ${shown(filter.key)}`)
        reader.knownKeys(entry, ENTRY_KEYS, where)
        if (checkEntry(reader, entry, where)) approvers = true
      }
    }
  }
  const structured = isMap(reader.deref(reader.doc.contents)) || !reader.doc.contents
  if (path === OWNERS_FILE && structured && !approvers)
    reader.problem('the root OWNERS file names no approvers, so nothing in the repository could be approved')
  return reader
}

interface AliasesCheck extends FileCheck {
  /** Lower-cased alias name → members, or undefined when the file cannot be used. */
  aliases?: Map<string, Mention[]>
}

function checkAliasesFile(path: string, text: FileText): AliasesCheck {
  const reader = new FileReader(path, text)
  if (!reader.doc) return { problems: reader.problems, names: [] }
  const top = reader.entries(reader.doc.contents, 'the file')
  reader.knownKeys(top, ['aliases'], '')
  const aliases = new Map<string, Mention[]>()
  for (const { key, value } of top) {
    if (key !== 'aliases') continue
    for (const alias of reader.entries(value, '`aliases`')) {
      const name = normLogin(alias.key)
      const line = reader.lineOf(alias.keyNode)
      if (aliases.has(name)) reader.problem(`alias ${shown(alias.key)} is defined twice`, line)
      const members = reader.strings(alias.value, `alias ${shown(alias.key)}`)
      if (!members.length) reader.problem(`alias ${shown(alias.key)} has no members`, line)
      aliases.set(name, members)
    }
  }
  const people: Mention[] = []
  for (const [alias, members] of aliases)
    for (const member of members)
      if (!aliases.has(normLogin(member.name))) people.push(member)
      else
        reader.problem(
          `alias ${shown(alias)} lists the alias ${shown(member.name)}: aliases do not nest, list its people`,
          member.line,
        )
  return { problems: reader.problems, names: people, aliases }
}

/** The parsed input: problems found without asking GitHub, and who to ask about. */
interface Parsed {
  problems: OwnersProblem[]
  /** file → names (not aliases) it lists that must be people with access. */
  people: Array<{ file: string; mention: Mention }>
  /** Whether any alias is in effect (so a name without access may be a mistyped alias). */
  hasAliases: boolean
}

/** The OWNERS_ALIASES that applies: the PR's when it changes it (its problems are the PR's), else the base's. */
function aliasesInEffect(input: OwnersFilesInput): AliasesCheck & { fromPr: boolean } {
  const fromPr = input.files.has(ALIASES_FILE)
  if (fromPr) return { ...checkAliasesFile(ALIASES_FILE, input.files.get(ALIASES_FILE)!), fromPr }
  if (input.baseAliases !== undefined) return { ...checkAliasesFile(ALIASES_FILE, input.baseAliases), fromPr }
  return { problems: [], names: [], aliases: new Map(), fromPr }
}

/** A name that is not an alias: a problem when no user can have it, else someone to ask about. */
function nameProblem(file: string, mention: Mention): OwnersProblem | undefined {
  const name = normLogin(mention.name)
  if (LOGIN.test(name)) return undefined
  const what =
    file === ALIASES_FILE
      ? 'is not a valid GitHub user name'
      : name.includes('/')
        ? 'looks like a team: OWNERS lists people or aliases from OWNERS_ALIASES, not teams'
        : 'is neither an alias in OWNERS_ALIASES nor a valid GitHub user name'
  return { file, line: mention.line, message: `${shown(mention.name)} ${what}` }
}

function parse(input: OwnersFilesInput): Parsed {
  const paths = [...input.files.keys()].sort()
  if (paths.length > MAX_OWNERS_FILES) {
    const message = `this PR changes ${paths.length} OWNERS/OWNERS_ALIASES files; bosun checks at most ${MAX_OWNERS_FILES} in one PR, so split it`
    // More paths than the limit: there is a first one.
    return { problems: [{ file: paths[0]!, message }], people: [], hasAliases: false }
  }
  const inEffect = aliasesInEffect(input)
  const { aliases } = inEffect
  const problems: OwnersProblem[] = inEffect.fromPr ? [...inEffect.problems] : []
  const named: Parsed['people'] = inEffect.fromPr
    ? inEffect.names.map((mention) => ({ file: ALIASES_FILE, mention }))
    : []
  for (const path of paths) {
    if (baseName(path) === ALIASES_FILE) {
      if (path !== ALIASES_FILE)
        problems.push({
          file: path,
          message: 'OWNERS_ALIASES is read only at the root of the repository; this file has no effect',
        })
      continue
    }
    const check = checkOwnersFile(path, input.files.get(path)!)
    problems.push(...check.problems)
    // Names cannot be told from aliases while the aliases file in effect does not parse.
    if (!aliases) continue
    for (const mention of check.names)
      if (!aliases.has(normLogin(mention.name))) named.push({ file: path, mention })
  }
  const people: Parsed['people'] = []
  for (const entry of named) {
    const problem = nameProblem(entry.file, entry.mention)
    if (problem) problems.push(problem)
    else people.push(entry)
  }
  return { problems, people, hasAliases: !!aliases?.size }
}

/** The lower-cased logins whose access decides the verdict (capped at MAX_OWNERS_PEOPLE). */
export function ownersLogins(input: Omit<OwnersFilesInput, 'access'>): string[] {
  const logins = [...new Set(parse(input).people.map(({ mention }) => normLogin(mention.name)))]
  return logins.slice(0, MAX_OWNERS_PEOPLE)
}

/** Every problem with the changed files, in file and line order; [] when they are valid. */
export function validateOwners(input: OwnersFilesInput): OwnersProblem[] {
  const { problems, people, hasAliases } = parse(input)
  const logins = [...new Set(people.map(({ mention }) => normLogin(mention.name)))]
  if (logins.length > MAX_OWNERS_PEOPLE)
    problems.push({
      // More logins than the limit, each from one of `people`: there is a first one.
      file: people[0]!.file,
      message: `the changed files name ${logins.length} people; bosun checks at most ${MAX_OWNERS_PEOPLE} in one PR, so split it`,
    })
  else if (input.access) {
    const reported = new Set<string>()
    for (const { file, mention } of people) {
      const login = normLogin(mention.name)
      const key = `${file}\n${login}`
      if (input.access.has(login) || reported.has(key)) continue
      reported.add(key)
      const message =
        file === ALIASES_FILE || !hasAliases
          ? `${shown(mention.name)} has no access to this repository (OWNERS may name only collaborators)`
          : `${shown(mention.name)} is neither an alias in OWNERS_ALIASES nor a user with access to this repository`
      problems.push({ file, ...(mention.line ? { line: mention.line } : {}), message })
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
}

export const INVALID_OWNERS_LABEL = 'do-not-merge/invalid-owners-file'

/** The one comment: every problem with file and line, or that the files are valid now. */
export function renderOwnersComment(problems: OwnersProblem[]): string {
  if (!problems.length)
    return `✅ The OWNERS files this PR changes are valid now, so \`${INVALID_OWNERS_LABEL}\` was removed.`
  const shownProblems = problems.slice(0, 50)
  const lines = [
    `The OWNERS files this PR changes cannot be used as they are, so it has \`${INVALID_OWNERS_LABEL}\` until they are fixed:`,
    '',
    ...shownProblems.map((p) => `- ${shown(p.file, 200)}${p.line ? ` line ${p.line}` : ''}: ${p.message}`),
  ]
  if (problems.length > shownProblems.length)
    lines.push(`- … and ${problems.length - shownProblems.length} more`)
  lines.push('', 'Push a fix and this comment will be updated.')
  return lines.join('\n')
}
