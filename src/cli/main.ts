// The `bosun` command line: `bosun check` and `bosun simulate` on a local checkout.
import { basename, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

import { checkCheckout } from './check.js'
import { readCheckout, repoNameOf } from './checkout.js'
import type { SimEvent, SimOptions } from './simulate.js'

export const USAGE = `usage:
  bosun serve    [--emulator]
  bosun serve    --setup --webhook-url URL [--org ORG] [--name NAME] [--out DIR] [--port N]
  bosun check    --repo PATH [--config-path .github/bosun.yml]
  bosun simulate --repo PATH [--pr-files FILES] [--author LOGIN] [--title TEXT] [--body TEXT]
                 [--people alice=write,bob=read] [--labels kind/bug,area/api]
                 EVENTS…
events, delivered in order after the PR opens:
  --as LOGIN --comment TEXT   a comment by LOGIN (--as applies to the comments after it)
  --push                      the author pushes a commit
  --ci NAME[=CONCLUSION]      a check run on the head completes (default success)
  --sweep                     the scheduled sweep (merge pool, label sync)
FILES: a comma or newline list of paths, or \`git diff --numstat\` output.
serve: the GitHub App webhook server, configured by BOSUN_APP_ID, BOSUN_PRIVATE_KEY or
  BOSUN_PRIVATE_KEY_PATH, BOSUN_WEBHOOK_SECRET, PORT, GITHUB_API_URL, DATABASE_URL;
  --emulator tells the demo story through the server against an emulated GitHub;
  --setup creates the App through GitHub's manifest flow (app.yml) and writes its credentials to DIR.`

export class UsageError extends Error {}

interface Parsed {
  command: string
  flags: Map<string, string>
  events: SimEvent[]
}

const VALUE_FLAGS = new Set([
  'repo',
  'config-path',
  'pr-files',
  'author',
  'title',
  'body',
  'people',
  'labels',
  'name',
  'as',
  'comment',
  'ci',
])

export function parseArgs(argv: string[]): Parsed {
  const [command, ...rest] = argv
  if (command !== 'check' && command !== 'simulate')
    throw new UsageError(`unknown command "${command ?? ''}"`)
  const flags = new Map<string, string>()
  const events: SimEvent[] = []
  let as: string | undefined
  for (let arg = rest.shift(); arg !== undefined; arg = rest.shift()) {
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`)
    const name = arg.slice(2)
    if (name === 'push' || name === 'sweep') {
      events.push({ kind: name })
      continue
    }
    if (!VALUE_FLAGS.has(name)) throw new UsageError(`unknown option ${arg}`)
    const value = rest.shift()
    if (value === undefined) throw new UsageError(`${arg} needs a value`)
    if (name === 'as') as = value.replace(/^@/, '')
    else if (name === 'comment') {
      if (!as) throw new UsageError('--comment needs --as LOGIN before it')
      events.push({ kind: 'comment', as, body: value })
    } else if (name === 'ci') {
      const [check = '', conclusion = 'success'] = value.split('=')
      events.push({ kind: 'ci', name: check, conclusion })
    } else flags.set(name, value)
  }
  if (!flags.has('repo')) throw new UsageError('--repo PATH is required')
  if (command === 'check' && events.length) throw new UsageError('bosun check takes no events')
  return { command, flags, events }
}

const list = (text = '') =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean)

function people(text = ''): Record<string, string> {
  const map: Record<string, string> = {}
  for (const entry of list(text)) {
    const [login = '', permission = 'write'] = entry.split('=')
    if (!['admin', 'maintain', 'write', 'triage', 'read', 'none'].includes(permission))
      throw new UsageError(
        `--people ${entry}: permission must be admin, maintain, write, triage, read or none`,
      )
    map[login.replace(/^@/, '')] = permission
  }
  return map
}

function check(flags: Map<string, string>, print: (line: string) => void): number {
  const root = resolve(flags.get('repo')!)
  const result = checkCheckout(readCheckout(root, flags.get('config-path')))
  for (const note of result.notes) print(`ok    ${note}`)
  for (const problem of result.problems) print(`error ${problem}`)
  print(
    result.problems.length
      ? `${result.problems.length} problem(s): every bosun run would fail`
      : 'bosun would accept this repository',
  )
  return result.problems.length ? 1 : 0
}

async function simulate(parsed: Parsed, print: (line: string) => void): Promise<number> {
  const { flags } = parsed
  // Loaded only here: it brings the emulator and needs the Node 24 binary, which check does not.
  const { parsePullFiles, Simulation } = await import('./simulate.js')
  const root = resolve(flags.get('repo')!)
  const checkout = readCheckout(root, flags.get('config-path'))
  const files = parsePullFiles(flags.get('pr-files') ?? 'README.md')
  if (!files.length) throw new UsageError('--pr-files names no file')
  const options: SimOptions = {
    checkout,
    repoName: flags.get('name') ?? repoNameOf(root) ?? `local/${basename(root)}`,
    author: (flags.get('author') ?? 'contributor').replace(/^@/, ''),
    title: flags.get('title') ?? 'A change',
    body: flags.get('body') ?? '',
    files,
    people: people(flags.get('people')),
    labels: list(flags.get('labels')),
    events: parsed.events,
  }
  return new Simulation(options, print).run()
}

/** `bosun serve`: the webhook server (src/server), or the demo story through it with --emulator. */
async function serve(args: string[], print: (line: string) => void): Promise<number> {
  if (args.includes('--setup')) {
    const { setupCommand } = await import('../server/manifest.js')
    return setupCommand(args, { print })
  }
  const unknown = args.find((a) => a !== '--emulator')
  if (unknown) throw new UsageError(`bosun serve: unknown option ${unknown}`)
  if (args.includes('--emulator')) {
    const { serveEmulatorDemo } = await import('../server/emulator-demo.js')
    return serveEmulatorDemo(print)
  }
  const { serve: serveFromEnv } = await import('../server/main.js')
  return serveFromEnv()
}

/** Runs the command line; returns the exit code. Errors are messages, never stack traces. */
export async function main(argv: string[], print: (line: string) => void = console.log): Promise<number> {
  try {
    if (argv[0] === 'serve') return await serve(argv.slice(1), print)
    const parsed = parseArgs(argv)
    return parsed.command === 'check' ? check(parsed.flags, print) : await simulate(parsed, print)
  } catch (error) {
    if (error instanceof UsageError) {
      print(`bosun: ${error.message}\n\n${USAGE}`)
      return 2
    }
    print(`bosun: ${(error as Error).message}`)
    return 1
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2))
}
