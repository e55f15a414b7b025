// `bosun serve --setup`: creates the GitHub App through GitHub's manifest flow.
//  1. A page on 127.0.0.1 holds a form that POSTs app.yml (as JSON) to GitHub's "new App" page of
//     the account or organisation; the person confirms there.
//  2. GitHub sends the browser back to our /callback with a one-time `code` and our `state`.
//  3. `POST /app-manifests/{code}/conversions` (no credentials: the code is one) returns the App's
//     id, private key and webhook secret, written to files only the owner can read (0600).
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export type Access = 'read' | 'write'

export interface AppManifest {
  name: string
  url: string
  description?: string
  public?: boolean
  hook_attributes: { url: string; active?: boolean }
  redirect_url?: string
  default_events: string[]
  default_permissions: Record<string, Access>
}

/** The permission GitHub requires before an App may subscribe to an event. */
export const EVENT_PERMISSION: Record<string, string> = {
  check_suite: 'checks',
  discussion: 'discussions',
  discussion_comment: 'discussions',
  issue_comment: 'issues',
  issues: 'issues',
  pull_request: 'pull_requests',
  pull_request_review: 'pull_requests',
  pull_request_review_comment: 'pull_requests',
  push: 'contents',
  status: 'statuses',
  workflow_run: 'actions',
}

/** Workflow triggers that have no webhook (the server runs its sweeps on timers instead). */
const NO_WEBHOOK = new Set(['schedule', 'workflow_dispatch', 'workflow_call', 'repository_dispatch'])

/** The webhook event an App receives for a workflow trigger, or undefined when there is none. */
export function webhookEventOf(trigger: string): string | undefined {
  if (NO_WEBHOOK.has(trigger)) return undefined
  return trigger === 'pull_request_target' ? 'pull_request' : trigger
}

/** Parses app.yml; a malformed manifest is an error that says what is wrong. */
export function parseManifest(text: string): AppManifest {
  const raw = parse(text) as Partial<AppManifest> | null
  const problems: string[] = []
  if (!raw || typeof raw !== 'object') throw new Error('app.yml: expected a mapping')
  if (typeof raw.name !== 'string' || !raw.name) problems.push('name is required')
  if (typeof raw.url !== 'string') problems.push('url is required')
  if (typeof raw.hook_attributes?.url !== 'string') problems.push('hook_attributes.url is required')
  if (!Array.isArray(raw.default_events)) problems.push('default_events must be a list')
  const permissions = raw.default_permissions ?? {}
  for (const [name, access] of Object.entries(permissions)) {
    if (access !== 'read' && access !== 'write')
      problems.push(`default_permissions.${name} must be read or write`)
  }
  for (const event of raw.default_events ?? []) {
    const needs = EVENT_PERMISSION[event]
    if (!needs) problems.push(`default_events: ${event} is not an event bosun knows the permission of`)
    else if (!permissions[needs]) problems.push(`default_events: ${event} needs the ${needs} permission`)
  }
  if (problems.length) throw new Error(`app.yml: ${problems.join('; ')}`)
  return raw as AppManifest
}

/** app.yml beside the package: up from this module (source or bundle), then the working directory. */
export function findManifestFile(from = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from, i = 0; i < 5; i++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'app.yml')) && existsSync(join(dir, 'package.json'))) return join(dir, 'app.yml')
  }
  const local = resolve('app.yml')
  return existsSync(local) ? local : undefined
}

/** The manifest sent to GitHub: this server's webhook URL and our callback filled in. */
export function manifestFor(
  base: AppManifest,
  opts: { webhookUrl: string; redirectUrl: string; name?: string },
) {
  return {
    ...base,
    name: opts.name ?? base.name,
    url: new URL(opts.webhookUrl).origin,
    hook_attributes: { ...base.hook_attributes, url: opts.webhookUrl },
    redirect_url: opts.redirectUrl,
  }
}

/** GitHub's "new App" page for a personal account or an organisation. */
export function newAppUrl(githubUrl: string, state: string, org?: string): string {
  const path = org ? `/organizations/${encodeURIComponent(org)}/settings/apps/new` : '/settings/apps/new'
  const url = new URL(path, githubUrl)
  url.searchParams.set('state', state)
  return url.toString()
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

/** The local page: one button that posts the manifest to GitHub. */
export function manifestPage(manifest: AppManifest, action: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Create the bosun GitHub App</title></head>
<body>
<h1>Create the ${escapeHtml(manifest.name)} GitHub App</h1>
<p>GitHub will show the permissions and events below and ask you to confirm.</p>
<form action="${escapeHtml(action)}" method="post">
<input type="hidden" name="manifest" value="${escapeHtml(JSON.stringify(manifest))}">
<button type="submit">Create on GitHub</button>
</form>
<pre>${escapeHtml(JSON.stringify({ permissions: manifest.default_permissions, events: manifest.default_events }, null, 2))}</pre>
</body></html>
`
}

export interface AppCredentials {
  id: number
  slug: string
  htmlUrl: string
  pem: string
  webhookSecret: string
  clientId: string
  clientSecret: string
}

/** Trades the one-time code for the App's credentials. */
export async function convertManifestCode(
  code: string,
  opts: { apiUrl: string; fetch?: typeof globalThis.fetch },
): Promise<AppCredentials> {
  if (!/^[\w-]{1,100}$/.test(code)) throw new Error('GitHub sent back a malformed code')
  const url = `${opts.apiUrl.replace(/\/$/, '')}/app-manifests/${code}/conversions`
  const response = await (opts.fetch ?? fetch)(url, {
    method: 'POST',
    headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
  })
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (response.status !== 201) {
    throw new Error(
      `GitHub refused the code (${response.status}: ${typeof body.message === 'string' ? body.message : 'no message'})`,
    )
  }
  const text = (key: string) => {
    if (typeof body[key] !== 'string') throw new Error(`GitHub's answer has no ${key}`)
    return body[key]
  }
  if (typeof body.id !== 'number') throw new Error("GitHub's answer has no App id")
  return {
    id: body.id,
    slug: text('slug'),
    htmlUrl: text('html_url'),
    pem: text('pem'),
    webhookSecret: text('webhook_secret'),
    clientId: text('client_id'),
    clientSecret: text('client_secret'),
  }
}

/**
 * Writes `app.env` (BOSUN_APP_ID, BOSUN_WEBHOOK_SECRET, BOSUN_PRIVATE_KEY_PATH) and
 * `private-key.pem` into `dir`, readable by the owner only. An env file holds no multi-line value,
 * so the key stays a file (mount it, or load it into BOSUN_PRIVATE_KEY).
 */
export async function writeCredentials(
  dir: string,
  app: AppCredentials,
): Promise<{ envFile: string; keyFile: string }> {
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const keyFile = resolve(dir, 'private-key.pem')
  const envFile = resolve(dir, 'app.env')
  const env = [
    `# The GitHub App ${app.slug} (${app.htmlUrl}), created by bosun serve --setup.`,
    `BOSUN_APP_ID=${app.id}`,
    `BOSUN_WEBHOOK_SECRET=${app.webhookSecret}`,
    `BOSUN_PRIVATE_KEY_PATH=${keyFile}`,
    '',
  ].join('\n')
  // The mode applies only to a new file; chmod covers one left by an earlier run.
  for (const [file, content] of [
    [keyFile, app.pem],
    [envFile, env],
  ] as const) {
    await writeFile(file, content, { mode: 0o600 })
    await chmod(file, 0o600)
  }
  return { envFile, keyFile }
}

export interface SetupOptions {
  webhookUrl: string
  /** Create the App under this organisation (default: the signed-in account). */
  org?: string
  name?: string
  /** Where the credentials go (default ./bosun-app). */
  out: string
  /** Local port of the setup page (default 3000; 0 picks a free one). */
  port: number
  githubUrl: string
  apiUrl: string
  manifestFile?: string
}

export interface SetupSession {
  /** Open this in a browser. */
  pageUrl: string
  /** Settles when GitHub sent the browser back and the credentials are written. */
  done: Promise<{ app: AppCredentials; envFile: string; keyFile: string }>
  close(): Promise<void>
}

/** Serves the setup page until GitHub calls back once with our state. */
export async function startSetup(
  opts: SetupOptions,
  fetchImpl?: typeof globalThis.fetch,
): Promise<SetupSession> {
  const file = opts.manifestFile ?? findManifestFile()
  if (!file) throw new Error('app.yml not found: run from the bosun directory or pass --manifest')
  const base = parseManifest(await readFile(file, 'utf8'))
  const state = randomBytes(16).toString('hex')
  let settle!: { resolve: (v: Awaited<SetupSession['done']>) => void; reject: (e: Error) => void }
  const done = new Promise<Awaited<SetupSession['done']>>((resolve, reject) => (settle = { resolve, reject }))
  // The caller may look at `done` only after the browser is answered; a failure must not count as unhandled.
  done.catch(() => undefined)
  let finished = false
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const send = (status: number, html: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      res.end(html)
    }
    if (req.method === 'GET' && url.pathname === '/') {
      const redirectUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`
      const manifest = manifestFor(base, { webhookUrl: opts.webhookUrl, redirectUrl, name: opts.name })
      return send(200, manifestPage(manifest, newAppUrl(opts.githubUrl, state, opts.org)))
    }
    if (req.method === 'GET' && url.pathname === '/callback') {
      if (finished) return send(410, '<p>This setup is finished.</p>')
      if (!sameSecret(url.searchParams.get('state') ?? '', state)) {
        return send(400, '<p>This link did not come from this setup (state mismatch); nothing was done.</p>')
      }
      finished = true
      convertManifestCode(url.searchParams.get('code') ?? '', { apiUrl: opts.apiUrl, fetch: fetchImpl })
        .then(async (app) => {
          const written = await writeCredentials(opts.out, app)
          send(200, `<p>Created ${escapeHtml(app.slug)}. Its credentials are in ${escapeHtml(opts.out)}.</p>`)
          settle.resolve({ app, ...written })
        })
        .catch((error: Error) => {
          finished = false
          send(502, `<p>${escapeHtml(error.message)}</p>`)
          settle.reject(error)
        })
      return
    }
    send(404, '<p>Not found</p>')
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, '127.0.0.1', resolve)
  })
  const port = (server.address() as AddressInfo).port
  return {
    pageUrl: `http://127.0.0.1:${port}/`,
    done,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

function sameSecret(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)]
  return a.length === b.length && timingSafeEqual(a, b)
}

/** `bosun serve --setup` flags; an error names the flag. */
export function parseSetupArgs(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): SetupOptions | { error: string } {
  const flags = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--setup') continue
    const match = /^--(webhook-url|org|name|out|port|manifest)(?:=(.*))?$/.exec(arg)
    if (!match) return { error: `unknown option ${arg}` }
    const value = match[2] ?? argv[++i]
    if (value === undefined) return { error: `--${match[1]} needs a value` }
    flags.set(match[1]!, value)
  }
  const webhookUrl = flags.get('webhook-url')
  if (!webhookUrl)
    return { error: '--webhook-url is required: the public address GitHub will post deliveries to' }
  let parsed: URL
  try {
    parsed = new URL(webhookUrl)
  } catch {
    return { error: `--webhook-url ${webhookUrl} is not a URL` }
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { error: `--webhook-url ${webhookUrl} is not an http(s) URL` }
  }
  const port = Number(flags.get('port') ?? '3000')
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return { error: `--port ${flags.get('port')} is not a port` }
  const apiUrl = env.GITHUB_API_URL ?? 'https://api.github.com'
  return {
    webhookUrl,
    org: flags.get('org'),
    name: flags.get('name'),
    out: flags.get('out') ?? 'bosun-app',
    port,
    apiUrl,
    githubUrl: env.GITHUB_SERVER_URL ?? githubUrlFor(apiUrl),
    manifestFile: flags.get('manifest'),
  }
}

/** github.com for its API; GitHub Enterprise Server serves its API under /api/v3 of the same host. */
function githubUrlFor(apiUrl: string): string {
  const url = new URL(apiUrl)
  if (url.hostname === 'api.github.com') return 'https://github.com'
  return url.origin
}

/**
 * `bosun serve --setup ...` from start to end: prints the page to open, waits for GitHub's callback,
 * says where the credentials went. Returns the exit code (2 for bad flags, 1 when GitHub refused).
 */
export async function setupCommand(
  argv: string[],
  io: {
    env?: Record<string, string | undefined>
    print?: (line: string) => void
    fetch?: typeof globalThis.fetch
    /** Told the page URL once it is served (tests drive the browser's part from here). */
    onListening?: (pageUrl: string) => void
  } = {},
): Promise<number> {
  const print = io.print ?? ((line: string) => console.log(line))
  const options = parseSetupArgs(argv, io.env)
  if ('error' in options) {
    print(`bosun serve --setup: ${options.error}`)
    return 2
  }
  let session: SetupSession
  try {
    session = await startSetup(options, io.fetch)
  } catch (error) {
    print(`bosun serve --setup: ${(error as Error).message}`)
    return 1
  }
  print(`Open ${session.pageUrl} in a browser on this machine to create the GitHub App.`)
  io.onListening?.(session.pageUrl)
  try {
    const { app, envFile, keyFile } = await session.done
    print(`Created the GitHub App ${app.slug} (id ${app.id}): ${app.htmlUrl}`)
    print(`Wrote ${envFile} and ${keyFile} (readable by you only). Install the App on your repositories,`)
    print('then run the server with them (see docs/app.md).')
    return 0
  } catch (error) {
    print(`bosun serve --setup: ${(error as Error).message}`)
    return 1
  } finally {
    await session.close()
  }
}
