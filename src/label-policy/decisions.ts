// label-policy's decisions as pure functions: given what GitHub told us, what should the labels and
// comments be. run.ts gathers the inputs and applies the differences.
import picomatch from 'picomatch'
import type { Config, LabelDefinition } from '../core/config.js'
import type { OwnersTree } from '../core/owners.js'
import { linearRegex } from '../core/regex.js'

// ---- size ------------------------------------------------------------------------------------

export const SIZE_LABELS = ['size/XS', 'size/S', 'size/M', 'size/L', 'size/XL', 'size/XXL']

export function sizeLabel(changedLines: number, t: Config['size']['thresholds']): string {
  if (changedLines < t.s) return 'size/XS'
  if (changedLines < t.m) return 'size/S'
  if (changedLines < t.l) return 'size/M'
  if (changedLines < t.xl) return 'size/L'
  if (changedLines < t.xxl) return 'size/XL'
  return 'size/XXL'
}

/**
 * Which paths `.gitattributes` marks `linguist-generated` (later lines win, `-attr` and `attr=false`
 * unset it). Patterns follow gitattributes: without a slash they match the file name at any depth.
 */
export function generatedMatcher(gitattributes: string | undefined): ((path: string) => boolean) | undefined {
  if (!gitattributes) return undefined
  const rules: Array<{ match: (p: string) => boolean; generated: boolean }> = []
  for (const raw of gitattributes.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const [pattern = '', ...attrs] = line.split(/\s+/)
    for (const attr of attrs) {
      const m = /^(-|!)?linguist-generated(?:=(\w+))?$/.exec(attr)
      if (!m) continue
      const generated = !m[1] && m[2] !== 'false'
      const anchored = pattern.replace(/^\//, '')
      rules.push({ match: picomatch(anchored, { dot: true, basename: !pattern.includes('/') }), generated })
    }
  }
  if (!rules.length) return undefined
  return (path) => rules.reduce((generated, rule) => (rule.match(path) ? rule.generated : generated), false)
}

export interface ChangedFile {
  filename: string
  additions: number
  deletions: number
}

export function countChangedLines(files: ChangedFile[], ignored: (path: string) => boolean): number {
  return files.reduce((n, f) => (ignored(f.filename) ? n : n + f.additions + f.deletions), 0)
}

// ---- work in progress ------------------------------------------------------------------------

export const WIP_LABEL = 'do-not-merge/work-in-progress'

/**
 * Prow's rule: `WIP` after at most one leading non-word character and followed by one, any case
 * (`WIP:`, `[WIP]`, `(wip)`, `<WIP>`, `WIP fix`, but not `Wipe out`); bosun also takes a leading 🚧.
 * The non-word characters may be any symbol, not only ASCII punctuation.
 */
const WIP_TITLE = /^\s*(?:🚧|[^\p{L}\p{N}_]?wip(?:[^\p{L}\p{N}_]|$))/iu

export function isWorkInProgress(title: string, draft: boolean): boolean {
  return draft || WIP_TITLE.test(title)
}

// ---- title and commit rules ------------------------------------------------------------------
// The patterns come from config: RE2 (linear time), checked when the config is read.

export const INVALID_TITLE = 'do-not-merge/invalid-title'
export const INVALID_COMMIT = 'do-not-merge/invalid-commit-message'

export interface RuleReport {
  title?: { title: string; rule: string }
  commits?: { offending: Array<{ sha: string; subject: string }>; rule: string }
}

export function checkTitle(title: string, rule: string | undefined): RuleReport['title'] {
  if (!rule || linearRegex(rule).test(title)) return undefined
  return { title, rule }
}

export function checkCommits(
  commits: Array<{ sha: string; message: string; parents: number }>,
  rule: string | undefined,
): RuleReport['commits'] {
  if (!rule) return undefined
  const re = linearRegex(rule)
  // Merge commits (from "Update branch") are GitHub's wording, not the author's.
  const offending = commits
    .filter((c) => c.parents < 2)
    .map((c) => ({ sha: c.sha, subject: c.message.split('\n')[0] ?? '' }))
    .filter((c) => !re.test(c.subject))
  return offending.length ? { offending, rule } : undefined
}

const clip = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max)}…` : text)
const code = (text: string) => `\`${clip(text).replace(/`/g, "'")}\``

export function renderRulesComment(report: RuleReport): string {
  if (!report.title && !report.commits)
    return '✅ The title and commit messages now follow the rules. Thank you!'
  const lines = ['This pull request does not follow the repository’s rules yet:', '']
  if (report.title)
    lines.push(
      `- The title ${code(report.title.title)} does not match ${code(report.title.rule)}. Edit the title to fix it.`,
    )
  if (report.commits) {
    lines.push(
      `- ${report.commits.offending.length} commit message(s) do not match ${code(report.commits.rule)}:`,
    )
    for (const c of report.commits.offending.slice(0, 20))
      lines.push(`  - ${c.sha.slice(0, 7)} ${code(c.subject)}`)
    if (report.commits.offending.length > 20)
      lines.push(`  - … and ${report.commits.offending.length - 20} more`)
    lines.push('  Reword them (e.g. `git rebase -i`) and force-push.')
  }
  return lines.join('\n')
}

// ---- issue template --------------------------------------------------------------------------

export const NEEDS_MORE_INFO = 'needs-more-info'

export function missingHeadings(body: string, headings: string[]): string[] {
  const lines = new Set(body.split(/\r?\n/).map((l) => l.trim()))
  return headings.filter((h) => !lines.has(h.trim()))
}

export function renderTemplateComment(missing: string[]): string {
  if (!missing.length) return '✅ Thanks, the issue now has every section the template asks for.'
  return [
    'Thanks for the report! Please edit the issue and fill in the sections of the template it is missing:',
    '',
    ...missing.map((h) => `- ${code(h)}`),
  ].join('\n')
}

// ---- path labels -----------------------------------------------------------------------------

export function pathLabels(files: string[], paths: Record<string, string[]>): string[] {
  return Object.entries(paths)
    .filter(([, globs]) => {
      const match = picomatch(globs, { dot: true })
      return files.some((f) => match(f))
    })
    .map(([label]) => label)
}

// ---- reviewers (Prow's blunderbuss) -----------------------------------------------------------

/** A stable pseudo-random number in [0, 1) from a string, so each PR spreads reviews differently. */
function hash01(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return (h >>> 0) / 2 ** 32
}

/**
 * Up to `count` OWNERS reviewers of the changed files, never the author or anyone excluded. Each
 * candidate's weight is the number of changed lines they review, scaled by a per-PR random factor:
 * owners of most of the change are likeliest, while load spreads across PRs.
 */
export function pickReviewers(
  files: ChangedFile[],
  owners: OwnersTree,
  options: { author: string; exclude: string[]; count: number; seed: string },
): string[] {
  if (options.count <= 0 || owners.isEmpty) return []
  const excluded = new Set([options.author, ...options.exclude].map((l) => l.toLowerCase()))
  const weight = new Map<string, number>()
  for (const f of files) {
    for (const reviewer of owners.reviewersOf(f.filename)) {
      if (excluded.has(reviewer) || reviewer.endsWith('[bot]')) continue
      weight.set(reviewer, (weight.get(reviewer) ?? 0) + Math.max(1, f.additions + f.deletions))
    }
  }
  return [...weight.entries()]
    .map(([login, w]) => ({ login, score: w * (0.25 + hash01(`${options.seed}:${login}`)) }))
    .sort((a, b) => b.score - a.score || a.login.localeCompare(b.login))
    .slice(0, options.count)
    .map((c) => c.login)
}

// ---- label sync ------------------------------------------------------------------------------

export type SyncOp =
  | { op: 'create'; label: Required<Pick<LabelDefinition, 'name'>> & LabelDefinition }
  | { op: 'update'; current: string; label: LabelDefinition }
  | { op: 'delete'; name: string }

export interface ExistingLabel {
  name: string
  color: string
  description: string | null
}

/** Declared labels: bosun's built-ins overridden (by name) and extended by config definitions. */
export function declaredLabels(
  builtins: LabelDefinition[],
  definitions: LabelDefinition[],
): LabelDefinition[] {
  const byName = new Map(builtins.map((d) => [d.name.toLowerCase(), d]))
  for (const d of definitions) byName.set(d.name.toLowerCase(), { ...byName.get(d.name.toLowerCase()), ...d })
  return [...byName.values()]
}

/**
 * What label sync must do: create missing labels, rename (`previously`) so issues keep them, fix
 * colours and descriptions; delete undeclared labels only when asked.
 */
export function planLabelSync(
  existing: ExistingLabel[],
  declared: LabelDefinition[],
  deleteUndeclared: boolean,
): SyncOp[] {
  const find = (name: string) => existing.find((e) => e.name.toLowerCase() === name.toLowerCase())
  const ops: SyncOp[] = []
  const kept = new Set<string>()
  for (const d of declared) {
    const color = d.color?.replace(/^#/, '').toLowerCase()
    const current = find(d.name) ?? (d.previously ?? []).map(find).find(Boolean)
    if (!current) {
      ops.push({ op: 'create', label: { ...d, color } })
      continue
    }
    kept.add(current.name.toLowerCase())
    const rename = current.name !== d.name
    const recolor = !!color && current.color.toLowerCase() !== color
    const redescribe = d.description !== undefined && (current.description ?? '') !== d.description
    if (rename || recolor || redescribe)
      ops.push({ op: 'update', current: current.name, label: { ...d, color } })
  }
  if (deleteUndeclared) {
    for (const e of existing) if (!kept.has(e.name.toLowerCase())) ops.push({ op: 'delete', name: e.name })
  }
  return ops
}
