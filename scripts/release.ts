// `npm run release -- <major|minor|patch|X.Y.Z> [options]`: cuts a bosun release from a clean checkout.
// Bumps package.json, puts a CHANGELOG.md section on top (the PRs merged since the previous tag,
// grouped by kind/* labels), stamps this repository into the reusable workflow's `uses:`, commits,
// tags vX.Y.Z, moves the major tag vX, pushes, and publishes a GitHub release with the same notes.
//
//   --repo OWNER/NAME     the GitHub repository (default GITHUB_REPOSITORY)
//   --base BRANCH         the branch releases are cut from (default main)
//   --pulls FILE          take the merged PRs from a JSON file instead of the GitHub API
//   --date YYYY-MM-DD     the release date (default today, UTC)
//   --no-push             commit and tag locally only
//   --no-github-release   do not create the GitHub release
// The token is GITHUB_TOKEN (or GH_TOKEN); the API is GITHUB_API_URL (GitHub Enterprise Server).
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

import {
  majorTag,
  nextVersion,
  prependToChangelog,
  renderChangelogSection,
  renderNotes,
  type MergedPull,
} from '../src/core/release-notes.js'

export interface ReleaseHost {
  /** PRs merged into `base` after `since` (ISO time; undefined = ever). */
  mergedPulls(base: string, since: string | undefined): Promise<MergedPull[]>
  createRelease(tag: string, name: string, body: string): Promise<string>
}

export interface ReleaseOptions {
  cwd: string
  request: string
  repo?: string
  base?: string
  date?: string
  push?: boolean
  githubRelease?: boolean
  host: ReleaseHost
  log?: (line: string) => void
}

export interface ReleaseResult {
  version: string
  tag: string
  major: string
  previousTag?: string
  pulls: number
  notes: string
  releaseUrl?: string
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()

function tryGit(cwd: string, ...args: string[]): string | undefined {
  try {
    return git(cwd, ...args)
  } catch {
    return undefined
  }
}

/** The newest vX.Y.Z tag reachable from HEAD. */
function previousTag(cwd: string): string | undefined {
  return tryGit(cwd, 'describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*.[0-9]*.[0-9]*')
}

function writeJsonVersion(path: string, version: string): void {
  if (!existsSync(path)) return
  const json = JSON.parse(readFileSync(path, 'utf8'))
  json.version = version
  if (json.packages?.['']) json.packages[''].version = version
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`)
}

/** `uses: … # bosun:self` lines name this repository at the new major version. */
export function stampSelfUses(text: string, repo: string, major: string): string {
  return text.replace(/^(\s*(?:-\s*)?uses:\s*)\S+(\s+# bosun:self\b)/gm, `$1${repo}@${major}$2`)
}

function stampWorkflows(cwd: string, repo: string, major: string): void {
  const dir = join(cwd, '.github', 'workflows')
  if (!existsSync(dir)) return
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
    const path = join(dir, file)
    const text = readFileSync(path, 'utf8')
    const stamped = stampSelfUses(text, repo, major)
    if (stamped !== text) writeFileSync(path, stamped)
  }
}

export async function release(options: ReleaseOptions): Promise<ReleaseResult> {
  const { cwd, host } = options
  const log = options.log ?? (() => {})
  const base = options.base ?? 'main'
  if (git(cwd, 'status', '--porcelain')) throw new Error('the working tree has uncommitted changes')

  const pkgPath = join(cwd, 'package.json')
  const current = String(JSON.parse(readFileSync(pkgPath, 'utf8')).version)
  const released = tryGit(cwd, 'rev-parse', '-q', '--verify', `refs/tags/v${current}`) !== undefined
  const version = nextVersion(current, options.request, released)
  const tag = `v${version}`
  const major = majorTag(version)
  if (tryGit(cwd, 'rev-parse', '-q', '--verify', `refs/tags/${tag}`))
    throw new Error(`tag ${tag} already exists`)

  const previous = previousTag(cwd)
  const since = previous ? git(cwd, 'log', '-1', '--format=%cI', previous) : undefined
  const pulls = await host.mergedPulls(base, since)
  log(`${pulls.length} PRs merged since ${previous ?? 'the first commit'}`)

  const date = options.date ?? new Date().toISOString().slice(0, 10)
  writeJsonVersion(pkgPath, version)
  writeJsonVersion(join(cwd, 'package-lock.json'), version)
  const changelogPath = join(cwd, 'CHANGELOG.md')
  const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : ''
  writeFileSync(changelogPath, prependToChangelog(changelog, renderChangelogSection(version, date, pulls)))
  if (options.repo) stampWorkflows(cwd, options.repo, major)

  git(cwd, 'add', '-A')
  git(cwd, 'commit', '-q', '-m', `Release ${tag}`)
  git(cwd, 'tag', '-a', tag, '-m', `bosun ${tag}`)
  // The major tag follows the newest release so `uses: …@v1` users get fixes without editing.
  git(cwd, 'tag', '-f', '-a', major, '-m', `bosun ${tag}`)
  log(`tagged ${tag} and moved ${major}`)

  if (options.push !== false) {
    // Atomic: if the branch moved meanwhile, neither the commit nor the tag lands.
    git(cwd, 'push', '-q', '--atomic', 'origin', `HEAD:refs/heads/${base}`, `refs/tags/${tag}`)
    git(cwd, 'push', '-q', '--force', 'origin', `refs/tags/${major}`)
    log(`pushed ${base}, ${tag} and ${major}`)
  }
  const notes = renderNotes(pulls)
  let releaseUrl: string | undefined
  if (options.githubRelease !== false) {
    releaseUrl = await host.createRelease(tag, `bosun ${tag}`, notes)
    log(`GitHub release ${releaseUrl}`)
  }
  return { version, tag, major, previousTag: previous, pulls: pulls.length, notes, releaseUrl }
}

/** Talks to GitHub's REST API: issue search for merged PRs, and the releases endpoint. */
export function githubHost(repo: string, token: string, apiUrl = 'https://api.github.com'): ReleaseHost {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const call = async (path: string, init: RequestInit = {}): Promise<any> => {
    const response = await fetch(`${apiUrl}${path}`, {
      ...init,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'x-github-api-version': '2022-11-28',
        'content-type': 'application/json',
      },
    })
    if (!response.ok) throw new Error(`GitHub ${init.method ?? 'GET'} ${path}: ${response.status}`)
    return response.json()
  }
  return {
    async mergedPulls(base, since) {
      const q = [`repo:${repo}`, 'is:pr', 'is:merged', `base:${base}`, since ? `merged:>${since}` : '']
      const pulls: MergedPull[] = []
      for (let page = 1; page <= 10; page++) {
        const query = encodeURIComponent(q.filter(Boolean).join(' '))
        const data = await call(`/search/issues?q=${query}&per_page=100&page=${page}`)
        for (const item of data.items)
          pulls.push({
            number: item.number,
            title: item.title,
            author: item.user.login,
            labels: item.labels.map((l: { name: string }) => l.name),
          })
        if (data.items.length < 100) break
      }
      return pulls
    },
    async createRelease(tag, name, body) {
      const created = await call(`/repos/${repo}/releases`, {
        method: 'POST',
        body: JSON.stringify({ tag_name: tag, name, body, make_latest: 'true' }),
      })
      return created.html_url
    },
  }
}

/** Merged PRs from a JSON file (an array of {number, title, author, labels}); releases are not created. */
export function fileHost(path: string): ReleaseHost {
  return {
    mergedPulls: async () => JSON.parse(readFileSync(path, 'utf8')) as MergedPull[],
    createRelease: async () => {
      throw new Error('--pulls reads PRs from a file; add --no-github-release')
    },
  }
}

function parseArgs(argv: string[]) {
  const flags = new Map<string, string | true>()
  const positional: string[] = []
  const args = [...argv]
  for (let arg = args.shift(); arg !== undefined; arg = args.shift()) {
    if (!arg.startsWith('--')) positional.push(arg)
    else if (arg.startsWith('--no-')) flags.set(arg.slice(2), true)
    else flags.set(arg.slice(2), args.shift() ?? '')
  }
  return { positional, flags }
}

async function main(): Promise<void> {
  const { positional, flags } = parseArgs(process.argv.slice(2))
  const request = positional[0]
  if (!request) throw new Error('usage: npm run release -- <major|minor|patch|X.Y.Z> [--repo OWNER/NAME]')
  const repo = (flags.get('repo') as string | undefined) ?? process.env.GITHUB_REPOSITORY
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN
  const pullsFile = flags.get('pulls') as string | undefined
  let host: ReleaseHost
  if (pullsFile) host = fileHost(pullsFile)
  else if (repo && token) host = githubHost(repo, token, process.env.GITHUB_API_URL)
  else throw new Error('set GITHUB_TOKEN and --repo (or GITHUB_REPOSITORY), or pass --pulls FILE')
  const result = await release({
    cwd: process.cwd(),
    request,
    repo,
    base: flags.get('base') as string | undefined,
    date: flags.get('date') as string | undefined,
    push: !flags.has('no-push'),
    githubRelease: !flags.has('no-github-release'),
    host,
    log: (line) => console.log(line),
  })
  console.log(`released ${result.tag} (${result.major} moved)\n\n${result.notes}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    console.error(`release: ${error.message}`)
    process.exitCode = 1
  })
}
