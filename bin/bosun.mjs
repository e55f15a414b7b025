#!/usr/bin/env node
// The `bosun` command (package bin): `bosun check`, `bosun simulate` and `bosun serve`. The CLI is TypeScript and
// runs bosun's GitHub emulator from test/, so it needs a clone with `npm ci` (devDependencies). It is
// compiled on first use, and again whenever a source file is newer than the compiled copy.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const entry = join(root, '.tools-build', 'src', 'cli', 'main.js')

function newest(dir) {
  let latest = 0
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const stat = statSync(path)
    latest = Math.max(latest, stat.isDirectory() ? newest(path) : stat.mtimeMs)
  }
  return latest
}

const sources = ['src', 'test/emulator', 'test/support', 'scripts'].map((d) => join(root, d))
// The container image has the compiled copy and no sources: it runs as it is.
const inImage = existsSync(entry) && !existsSync(join(root, 'src'))
const stale =
  !inImage &&
  (!existsSync(entry) || sources.some((d) => existsSync(d) && newest(d) > statSync(entry).mtimeMs))
if (stale) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
  if (!existsSync(tsc)) {
    console.error('bosun: run `npm ci` in the bosun clone first (the CLI needs its devDependencies)')
    process.exit(1)
  }
  const built = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.tools.json')], {
    stdio: 'inherit',
  })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
const { main } = await import(pathToFileURL(entry).href)
process.exitCode = await main(process.argv.slice(2))
