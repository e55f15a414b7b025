// The repository documents itself: every relative link in its Markdown resolves to a file inside
// it, and nothing points at the steering repository (../shared) or elsewhere on disk.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const SKIP = new Set(['node_modules', 'dist', '.git', '.tools-build', '.dist-check', 'coverage', '.scratch'])

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (SKIP.has(name)) return []
    if (statSync(path).isDirectory()) return markdownFiles(path)
    return name.endsWith('.md') ? [path] : []
  })
}

/** Link targets outside code: inline `[x](t)`, images, reference definitions `[x]: t`, `href="t"`. */
export function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '')
  const targets: string[] = []
  for (const m of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1] ?? '')
  for (const m of prose.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) targets.push(m[1] ?? '')
  for (const m of prose.matchAll(/\b(?:href|src)\s*=\s*"([^"]+)"/g)) targets.push(m[1] ?? '')
  return targets
}

/** Why a target is not acceptable, or undefined when it is. */
export function linkProblem(fromFile: string, target: string, root = ROOT): string | undefined {
  if (/^(https?:|mailto:|#)/.test(target)) return undefined
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return `unexpected scheme in ${target}`
  if (/(^|\/)shared\/DESIGN\.md/.test(target)) return `${target} points at the steering repository`
  const path = decodeURIComponent(target.split('#')[0] ?? '')
  if (!path) return undefined
  const absolute = path.startsWith('/') ? path : resolve(dirname(fromFile), path)
  const inside = relative(root, absolute)
  if (inside.startsWith('..') || inside.split(sep)[0] === '..' || resolve(root, inside) !== absolute)
    return `${target} is outside the repository`
  if (!existsSync(absolute)) return `${target} does not exist`
  return undefined
}

const files = markdownFiles(ROOT)

describe('Markdown links', () => {
  it('finds the repository’s documents', () => {
    const names = files.map((f) => relative(ROOT, f))
    expect(names).toEqual(
      expect.arrayContaining(['README.md', 'SECURITY.md', 'docs/contract.md', 'docs/config.md']),
    )
  })

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s links only inside the repository', (_name, file) => {
    const text = readFileSync(file, 'utf8')
    const problems = linkTargets(text)
      .map((t) => linkProblem(file, t))
      .filter(Boolean)
    expect(problems).toEqual([])
    expect(text).not.toMatch(/\.\.\/shared\//)
  })

  it.each([
    ['[c](../shared/DESIGN.md)', 'points at the steering repository'],
    ['[c](../../etc/passwd)', 'outside the repository'],
    ['[c](/etc/passwd)', 'outside the repository'],
    ['[c](docs/nope.md#x)', 'does not exist'],
    ['[c]: file:///tmp/x', 'unexpected scheme'],
  ])('catches %s', (markdown, message) => {
    const problems = linkTargets(markdown).map((t) => linkProblem(join(ROOT, 'README.md'), t))
    expect(problems.join()).toContain(message)
  })

  it.each([
    ['[ok](docs/config.md#commands) and ![img](LICENSE)', 2],
    ['`[not](a/link)` and\n```\n[not](either)\n```\n', 0],
    ['<a href="SECURITY.md">x</a> [web](https://example.com)', 2],
  ])('reads the links of %j', (markdown, count) => {
    const targets = linkTargets(markdown)
    expect(targets).toHaveLength(count)
    for (const t of targets) expect(linkProblem(join(ROOT, 'README.md'), t)).toBeUndefined()
  })
})
