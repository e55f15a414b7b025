// Bundles every action with ncc into dist/<name>/ (or into the folder given as the first argument,
// which check-dist uses to compare a fresh build with the committed one). Two builds at a time.
// The bundles are the parts, one per actions/<name>/action.yml, and the all-in-one; a unit test
// checks that list against src/parts.ts.
import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
export const ACTIONS = [
  ...readdirSync('actions')
    .filter((name) => existsSync(join('actions', name, 'action.yml')))
    .sort(),
  'all-in-one',
]
const outRoot = process.argv[2] ?? 'dist'

async function build(name) {
  const out = join(outRoot, name)
  await rm(out, { recursive: true, force: true })
  const started = Date.now()
  await run(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      `src/${name}/index.ts`,
      '-o',
      out,
      '--license',
      'licenses.txt',
      '-q',
    ],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  console.log(`built ${out} in ${((Date.now() - started) / 1000).toFixed(1)}s`)
}

const queue = [...ACTIONS]
await Promise.all(
  [0, 1].map(async () => {
    while (queue.length) await build(queue.shift())
  }),
)
