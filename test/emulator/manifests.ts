// GitHub App manifests in the emulator. GitHub's "new App" page is a web form, not an API: a test
// plays the person confirming it with `confirmManifest`, which checks the manifest as GitHub would
// and returns the one-time code GitHub puts in the redirect. `POST /app-manifests/{code}/conversions`
// is the one REST route GitHub serves without credentials (the code is one); it works once, within
// an hour, and answers with the new App's id, private key and webhook secret.
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { matchOperation } from './openapi.js'
import type { RestResponse } from './rest.js'
import { nextId, type GitHubState } from './state.js'

export interface CreatedApp {
  id: number
  slug: string
  manifest: Record<string, unknown>
  pem: string
  webhookSecret: string
}

interface Pending {
  manifest: Record<string, unknown>
  owner: string
  expiresAt: number
}

const MANIFEST_KEYS = new Set([
  'name',
  'url',
  'hook_attributes',
  'redirect_url',
  'callback_urls',
  'setup_url',
  'description',
  'public',
  'default_events',
  'default_permissions',
  'request_oauth_on_install',
  'setup_on_update',
])
const CODE_TTL_MS = 60 * 60 * 1000

const registries = new WeakMap<GitHubState, { pending: Map<string, Pending>; created: CreatedApp[] }>()
function registry(state: GitHubState) {
  let r = registries.get(state)
  if (!r) registries.set(state, (r = { pending: new Map(), created: [] }))
  return r
}

/** Apps created through conversions so far. */
export const createdApps = (state: GitHubState): readonly CreatedApp[] => registry(state).created

/** The person confirms the posted manifest (its JSON text) on GitHub; returns the redirect's code. */
export function confirmManifest(state: GitHubState, manifestJson: string, owner = 'octocat'): string {
  const manifest = JSON.parse(manifestJson) as Record<string, unknown>
  const unknown = Object.keys(manifest).filter((k) => !MANIFEST_KEYS.has(k))
  if (unknown.length) throw new Error(`GitHub would reject the manifest: unknown keys ${unknown.join(', ')}`)
  const hook = manifest.hook_attributes as { url?: unknown } | undefined
  if (typeof manifest.url !== 'string' || typeof hook?.url !== 'string') {
    throw new Error('GitHub would reject the manifest: url and hook_attributes.url are required')
  }
  const code = randomBytes(10).toString('hex')
  registry(state).pending.set(code, { manifest, owner, expiresAt: Date.now() + CODE_TTL_MS })
  return code
}

/** Answers the conversion route, or undefined for any other request. */
export function manifestConversion(
  state: GitHubState,
  method: string,
  path: string,
): RestResponse | undefined {
  if (!path.startsWith('/app-manifests/')) return undefined
  const matched = matchOperation(method, path)
  if (matched?.operation.operationId !== 'apps/create-from-manifest') return undefined
  const r = registry(state)
  const pending = r.pending.get(matched.params.code ?? '')
  r.pending.delete(matched.params.code ?? '')
  if (!pending || pending.expiresAt < Date.now()) return { status: 404, body: { message: 'Not Found' } }
  const { manifest } = pending
  const id = nextId()
  const slug = String(manifest.name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const app: CreatedApp = {
    id,
    slug,
    manifest,
    pem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    webhookSecret: randomBytes(20).toString('hex'),
  }
  r.created.push(app)
  const now = new Date().toISOString()
  return {
    status: 201,
    body: {
      id,
      slug,
      node_id: `A_${id}`,
      client_id: `Iv1.${randomBytes(8).toString('hex')}`,
      client_secret: randomBytes(20).toString('hex'),
      webhook_secret: app.webhookSecret,
      pem: app.pem,
      owner: { login: pending.owner, id: nextId(), type: 'User' },
      name: manifest.name,
      description: manifest.description ?? null,
      external_url: manifest.url,
      html_url: `https://github.com/apps/${slug}`,
      created_at: now,
      updated_at: now,
      permissions: { metadata: 'read', ...(manifest.default_permissions as object) },
      events: manifest.default_events ?? [],
      installations_count: 0,
    },
  }
}
