// Reads what bosun reads from a repository — .github/bosun.yml, OWNERS, OWNERS_ALIASES,
// .gitattributes — from a local checkout instead of through the API.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export interface CheckoutFiles {
  /** Repository-relative path → text, for the files bosun reads from the default branch. */
  files: Record<string, string>
  configPath: string
  /** The config text, or undefined when the checkout has none (bosun then uses defaults). */
  config?: string
}

const SKIP_DIRS = new Set(['.git', 'node_modules', 'dist', 'vendor', '.tools-build'])
const READ = new Set(['OWNERS', 'OWNERS_ALIASES'])

function walk(root: string, dir: string, out: Record<string, string>): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    const stat = statSync(path, { throwIfNoEntry: false })
    if (!stat) continue
    if (stat.isDirectory()) {
      if (!SKIP_DIRS.has(entry)) walk(root, path, out)
    } else if (READ.has(entry)) {
      out[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8')
    }
  }
}

/** Throws a plain Error (shown as is) when `root` is not a directory. */
export function readCheckout(root: string, configPath = '.github/bosun.yml'): CheckoutFiles {
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new Error(`--repo ${root}: not a directory`)
  const files: Record<string, string> = {}
  walk(root, root, files)
  for (const extra of ['.gitattributes', configPath]) {
    const path = join(root, extra)
    if (existsSync(path) && statSync(path).isFile()) files[extra] = readFileSync(path, 'utf8')
  }
  return { files, configPath, config: files[configPath] }
}

/** `owner/name` from the checkout's `origin` remote when it is on GitHub, for realistic output. */
export function repoNameOf(root: string, gitConfig = join(root, '.git', 'config')): string | undefined {
  if (!existsSync(gitConfig) || !statSync(gitConfig).isFile()) return undefined
  const text = readFileSync(gitConfig, 'utf8')
  const origin = /\[remote "origin"\][^[]*?url\s*=\s*(\S+)/.exec(text)?.[1]
  const match = origin && /github\.com[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(origin)
  return match ? `${match[1]}/${match[2]}` : undefined
}
