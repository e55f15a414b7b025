// The project root, found from this file whether it runs from test/ (Jest) or from a compiled copy
// (the bench and demo scripts), so fixtures and node_modules resolve the same way in both.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'bosun') return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error('bosun project root not found')
    dir = parent
  }
}

export const ROOT = findRoot()
