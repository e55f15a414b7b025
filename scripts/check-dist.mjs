// Fails when the committed dist/ differs from a fresh build of the sources (a stale bundle would
// ship behaviour nobody reviewed).
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const fresh = '.dist-check'
rmSync(fresh, { recursive: true, force: true })
execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' })

const list = (root) => {
  const out = []
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) walk(path)
      else out.push(relative(root, path))
    }
  }
  walk(root)
  return out.sort()
}

const committed = list('dist')
const built = list(fresh)
const problems = []
for (const file of new Set([...committed, ...built])) {
  if (!committed.includes(file)) problems.push(`missing from dist/: ${file}`)
  else if (!built.includes(file)) problems.push(`in dist/ but not built: ${file}`)
  else if (!readFileSync(join('dist', file)).equals(readFileSync(join(fresh, file))))
    problems.push(`stale: dist/${file}`)
}
rmSync(fresh, { recursive: true, force: true })
if (problems.length) {
  console.error(
    `dist/ does not match the sources. Run \`npm run build\` and commit dist/.\n${problems.join('\n')}`,
  )
  process.exit(1)
}
console.log(`dist/ is up to date (${committed.length} files).`)
