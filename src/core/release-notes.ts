// Release notes from merged pull requests, grouped by their `kind/*` labels (Prow's kinds), and the
// version arithmetic around them. Pure: the release script and a future `/release` command feed it
// the PRs merged since the previous tag and write the text wherever they need it.

export interface MergedPull {
  number: number
  title: string
  labels: string[]
  author: string
}

export interface Section {
  title: string
  pulls: MergedPull[]
}

/** Sections in the order readers look for them; a PR goes under the first of its kinds listed here. */
export const KIND_SECTIONS: ReadonlyArray<{ kind: string; title: string }> = [
  { kind: 'kind/api-change', title: 'Breaking changes' },
  { kind: 'kind/security', title: 'Security' },
  { kind: 'kind/feature', title: 'Features' },
  { kind: 'kind/bug', title: 'Bug fixes' },
  { kind: 'kind/regression', title: 'Bug fixes' },
  { kind: 'kind/deprecation', title: 'Deprecations' },
  { kind: 'kind/documentation', title: 'Documentation' },
  { kind: 'kind/cleanup', title: 'Cleanup' },
  { kind: 'kind/failing-test', title: 'Tests' },
  { kind: 'kind/flake', title: 'Tests' },
]

export const OTHER_TITLE = 'Other changes'

const kindsOf = (pull: MergedPull) =>
  pull.labels.map((l) => l.toLowerCase()).filter((l) => l.startsWith('kind/'))

/** The section title for one PR: a known kind, else an unknown kind spelled out, else "Other". */
function sectionTitle(pull: MergedPull): string {
  const kinds = kindsOf(pull)
  const known = KIND_SECTIONS.find((s) => kinds.includes(s.kind))
  if (known) return known.title
  const [first] = kinds
  if (first !== undefined)
    return first
      .slice('kind/'.length)
      .replace(/[-_]+/g, ' ')
      .replace(/^./, (c) => c.toUpperCase())
  return OTHER_TITLE
}

/** Groups PRs into sections (known kinds first in KIND_SECTIONS order, other kinds, then "Other"). */
export function groupByKind(pulls: MergedPull[]): Section[] {
  const byTitle = new Map<string, MergedPull[]>()
  for (const pull of [...pulls].sort((a, b) => a.number - b.number)) {
    const title = sectionTitle(pull)
    byTitle.set(title, [...(byTitle.get(title) ?? []), pull])
  }
  const order = [...new Set(KIND_SECTIONS.map((s) => s.title))]
  const rank = (title: string) =>
    title === OTHER_TITLE ? order.length + 1 : order.includes(title) ? order.indexOf(title) : order.length
  return [...byTitle.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([title, list]) => ({ title, pulls: list }))
}

/** A PR title as one safe Markdown line: no line breaks, no @-pings of whoever it names. */
function lineText(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/@(?=\w)/g, '@\u200b')
}

/** The body of the notes (used for the GitHub release): one `###` section per kind. */
export function renderNotes(pulls: MergedPull[]): string {
  if (!pulls.length) return 'No pull requests were merged since the previous release.\n'
  return groupByKind(pulls)
    .map(
      (s) =>
        `### ${s.title}\n\n${s.pulls.map((p) => `- ${lineText(p.title)} (#${p.number}, @${p.author})`).join('\n')}\n`,
    )
    .join('\n')
}

/** A CHANGELOG.md section: `## vX.Y.Z (YYYY-MM-DD)` and the notes. */
export function renderChangelogSection(version: string, date: string, pulls: MergedPull[]): string {
  return `## v${version} (${date})\n\n${renderNotes(pulls)}`
}

const CHANGELOG_HEADER = '# Changelog\n'

/** Puts a section on top of the existing changelog, below its `# Changelog` header and intro. */
export function prependToChangelog(changelog: string, section: string): string {
  const text = changelog.trim() ? changelog : `${CHANGELOG_HEADER}\n`
  const first = text.search(/^## /m)
  if (first === -1) return `${text.trimEnd()}\n\n${section}`
  return `${text.slice(0, first)}${section}\n${text.slice(first)}`
}

export type Bump = 'major' | 'minor' | 'patch'

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/

/**
 * The next version: a bump of `current`, or an explicit `X.Y.Z` (with or without `v`) above it —
 * or equal to it while `current` has never been released (no tag yet).
 */
export function nextVersion(current: string, request: string, currentReleased = true): string {
  const now = SEMVER.exec(current)
  if (!now) throw new Error(`current version "${current}" is not X.Y.Z`)
  const [major = 0, minor = 0, patch = 0] = now.slice(1).map(Number)
  if (request === 'major') return `${major + 1}.0.0`
  if (request === 'minor') return `${major}.${minor + 1}.0`
  if (request === 'patch') return `${major}.${minor}.${patch + 1}`
  const wanted = SEMVER.exec(request.replace(/^v/, ''))
  if (!wanted) throw new Error(`version "${request}" is not major, minor, patch or X.Y.Z`)
  const [a = 0, b = 0, c = 0] = wanted.slice(1).map(Number)
  const same = a === major && b === minor && c === patch
  if (same && !currentReleased) return current
  if (a < major || (a === major && (b < minor || (b === minor && c <= patch))))
    throw new Error(`version ${request} is not above the current ${current}`)
  return `${a}.${b}.${c}`
}

export const majorTag = (version: string) => `v${version.split('.')[0]}`
