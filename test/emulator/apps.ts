// GitHub Apps in the emulator: an App is known by its id and public key; /app routes take a JWT the
// App signs with its private key (RS256, at most 10 minutes long, as GitHub requires); an
// installation gives the App's bot user (`<slug>[bot]`) access to some repositories and hands out
// installation tokens that expire after an hour. Installation tokens act as that bot user.
import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './paths.js'
import { HttpError, repoJson, userJson, type RestRequest, type RestResponse } from './rest.js'
import { addCollaborator, nextId, type GitHubState, type Repository } from './state.js'

export interface EmulatedApp {
  id: number
  slug: string
  publicKey: KeyObject
  installations: Map<number, Installation>
}

export interface Installation {
  id: number
  app: EmulatedApp
  account: string
  repos: Repository[]
  permissions: Record<string, string>
  createdAt: string
}

/** An installation token: the installation's repositories and permissions, or fewer when it was asked for fewer. */
export interface TokenGrant {
  installation: Installation
  expiresAt: number
  repos: Repository[]
  permissions: Record<string, string>
}

interface Registry {
  apps: Map<number, EmulatedApp>
  tokens: Map<string, TokenGrant>
}

const registries = new WeakMap<GitHubState, Registry>()

function registry(state: GitHubState): Registry {
  let r = registries.get(state)
  if (!r) registries.set(state, (r = { apps: new Map(), tokens: new Map() }))
  return r
}

export const botLogin = (app: EmulatedApp) => `${app.slug}[bot]`

/** An App made from bosun's manifest (app.yml) gets its permissions, as GitHub's manifest flow gives them. */
export const DEFAULT_PERMISSIONS: Record<string, string> = (
  parse(readFileSync(join(ROOT, 'app.yml'), 'utf8')) as { default_permissions: Record<string, string> }
).default_permissions

export function createApp(
  state: GitHubState,
  options: { slug: string; publicKeyPem: string; id?: number },
): EmulatedApp {
  const app: EmulatedApp = {
    id: options.id ?? nextId(),
    slug: options.slug,
    publicKey: createPublicKey(options.publicKeyPem),
    installations: new Map(),
  }
  registry(state).apps.set(app.id, app)
  state.user(botLogin(app), 'Bot')
  return app
}

/** Installs the App on `account` for `repos`: its bot may then write there (like a collaborator). */
export function installApp(
  state: GitHubState,
  app: EmulatedApp,
  account: string,
  repos: Repository[],
  permissions = DEFAULT_PERMISSIONS,
): Installation {
  const installation: Installation = {
    id: nextId(),
    app,
    account,
    repos,
    permissions,
    createdAt: new Date().toISOString(),
  }
  app.installations.set(installation.id, installation)
  for (const repo of repos) addCollaborator(state, repo, botLogin(app), 'write')
  return installation
}

const b64url = (text: string) => Buffer.from(text, 'base64url')

/** The App a JWT proves, or the 401 GitHub would answer. */
export function appForJwt(state: GitHubState, jwt: string, now = Date.now()): EmulatedApp {
  const [encodedHeader, encodedClaims, signature, ...extra] = jwt.split('.')
  if (encodedHeader === undefined || encodedClaims === undefined || signature === undefined || extra.length)
    throw new HttpError(401, 'A JSON web token could not be decoded')
  let header: { alg?: string }
  let claims: { iat?: number; exp?: number; iss?: number | string }
  try {
    header = JSON.parse(b64url(encodedHeader).toString('utf8'))
    claims = JSON.parse(b64url(encodedClaims).toString('utf8'))
  } catch {
    throw new HttpError(401, 'A JSON web token could not be decoded')
  }
  if (header.alg !== 'RS256') throw new HttpError(401, 'A JSON web token could not be decoded')
  const app = registry(state).apps.get(Number(claims.iss))
  if (!app) throw new HttpError(401, `Integration not found (iss ${String(claims.iss)})`)
  const signed = verify(
    'RSA-SHA256',
    Buffer.from(`${encodedHeader}.${encodedClaims}`),
    app.publicKey,
    b64url(signature),
  )
  if (!signed) throw new HttpError(401, 'A JSON web token could not be decoded')
  const seconds = Math.floor(now / 1000)
  if (typeof claims.iat !== 'number' || claims.iat > seconds + 60)
    throw new HttpError(
      401,
      "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued",
    )
  if (typeof claims.exp !== 'number' || claims.exp <= seconds)
    throw new HttpError(
      401,
      "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
    )
  if (claims.exp - claims.iat > 600)
    throw new HttpError(401, "'Expiration time' claim ('exp') is too far in the future")
  return app
}

/** The installation behind an installation token, undefined for other tokens; 401 once expired. */
export function installationForToken(
  state: GitHubState,
  token: string,
  now = Date.now(),
): Installation | undefined {
  return grantForToken(state, token, now)?.installation
}

/** What an installation token may reach, undefined for other tokens; 401 once expired. */
export function grantForToken(state: GitHubState, token: string, now = Date.now()): TokenGrant | undefined {
  const entry = registry(state).tokens.get(token)
  if (!entry) return undefined
  if (entry.expiresAt <= now) throw new HttpError(401, 'Bad credentials')
  return entry
}

const fullName = (r: Repository) => `${r.owner}/${r.name}`.toLowerCase()

/** Whether an installation token reaches a repository (its own, or another's public data). */
export function grantCanRead(grant: TokenGrant, repo: Repository): boolean {
  return !repo.private || grant.repos.some((r) => fullName(r) === fullName(repo))
}

/**
 * GitHub's answer when an installation token touches a repository outside its grant: a private
 * repository does not exist for it (404); a public one may be read but not written (403).
 */
export function outsideGrant(grant: TokenGrant, repo: Repository, method: string): HttpError | undefined {
  if (grant.repos.some((r) => fullName(r) === fullName(repo))) return undefined
  if (repo.private) return new HttpError(404, 'Not Found')
  if (method === 'GET' || method === 'HEAD') return undefined
  return new HttpError(403, 'Resource not accessible by integration')
}

const ACCESS_RANK: Record<string, number> = { read: 1, write: 2, admin: 3 }

/** The body of POST /app/installations/{id}/access_tokens narrowed to the installation, or its 422. */
function requestedGrant(installation: Installation, body: unknown): Omit<TokenGrant, 'expiresAt'> {
  const {
    repositories,
    repository_ids: ids,
    permissions,
  } = (body ?? {}) as {
    repositories?: string[]
    repository_ids?: number[]
    permissions?: Record<string, string>
  }
  let repos = installation.repos
  if (repositories?.length || ids?.length) {
    const wanted = (r: Repository) =>
      !!repositories?.some((n) => n.toLowerCase() === r.name.toLowerCase()) || !!ids?.includes(r.id)
    repos = installation.repos.filter(wanted)
    const found = repos.length
    const asked = new Set([...(repositories ?? []).map((n) => n.toLowerCase()), ...(ids ?? [])]).size
    if (found < asked)
      throw new HttpError(
        422,
        'There is at least one repository that does not exist or is not accessible to the parent installation.',
      )
  }
  for (const [name, access] of Object.entries(permissions ?? {})) {
    const granted = installation.permissions[name]
    if ((granted ? (ACCESS_RANK[granted] ?? 0) : 0) < (ACCESS_RANK[access] ?? 9))
      throw new HttpError(422, 'The permissions requested are not granted to this installation.')
  }
  return { installation, repos, permissions: permissions ?? installation.permissions }
}

/** Operations that take the App's JWT instead of a token. */
export const JWT_OPERATIONS = new Set([
  'apps/get-authenticated',
  'apps/list-installations',
  'apps/create-installation-access-token',
  'apps/get-repo-installation',
])

function installationJson(i: Installation, baseUrl: string, state: GitHubState) {
  return {
    id: i.id,
    app_id: i.app.id,
    app_slug: i.app.slug,
    target_id: state.user(i.account).id,
    target_type: state.user(i.account).type === 'Organization' ? 'Organization' : 'User',
    single_file_name: null,
    repository_selection: 'selected',
    access_tokens_url: `${baseUrl}/app/installations/${i.id}/access_tokens`,
    html_url: `https://github.com/settings/installations/${i.id}`,
    repositories_url: `${baseUrl}/installation/repositories`,
    events: ['issue_comment', 'issues', 'pull_request', 'pull_request_review', 'check_suite', 'status'],
    account: userJson(state.user(i.account), baseUrl),
    permissions: i.permissions,
    created_at: i.createdAt,
    updated_at: i.createdAt,
    suspended_by: null,
    suspended_at: null,
  }
}

export interface AppRequest extends Omit<RestRequest, 'user'> {
  /** The App proven by the JWT (JWT operations). */
  app?: EmulatedApp
  /** The installation behind the token (installation operations). */
  installation?: Installation
  /** What that token may reach (fewer repositories when it was created for fewer). */
  grant?: TokenGrant
}

export const appHandlers: Record<string, (req: AppRequest) => RestResponse> = {
  'apps/get-authenticated': (req) => ({
    status: 200,
    body: { id: req.app!.id, slug: req.app!.slug, name: req.app!.slug, owner: null },
  }),
  'apps/list-installations': (req) => ({
    status: 200,
    body: [...req.app!.installations.values()].map((i) => installationJson(i, req.baseUrl, req.state)),
  }),
  'apps/create-installation-access-token': (req) => {
    const installation = req.app!.installations.get(Number(req.params.installation_id))
    if (!installation) throw new HttpError(404, 'Not Found')
    const grant = requestedGrant(installation, req.body)
    const scoped = grant.repos !== installation.repos
    const token = `ghs_${randomBytes(18).toString('hex')}`
    const expiresAt = Date.now() + 3600_000
    registry(req.state).tokens.set(token, { ...grant, expiresAt })
    req.state.addToken(token, botLogin(installation.app))
    return {
      status: 201,
      body: {
        token,
        expires_at: new Date(expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        permissions: grant.permissions,
        repository_selection: 'selected',
        // GitHub lists the repositories only when the token was asked for some.
        ...(scoped ? { repositories: grant.repos.map((r) => repoJson(r, req)) } : {}),
      },
    }
  },
  'apps/get-repo-installation': (req) => {
    const full = `${req.params.owner}/${req.params.repo}`.toLowerCase()
    const installation = [...req.app!.installations.values()].find((i) =>
      i.repos.some((r) => `${r.owner}/${r.name}`.toLowerCase() === full),
    )
    if (!installation) throw new HttpError(404, 'Not Found')
    return { status: 200, body: installationJson(installation, req.baseUrl, req.state) }
  },
  'apps/list-repos-accessible-to-installation': (req) => {
    if (!req.installation)
      throw new HttpError(403, 'This endpoint can only be accessed with an installation token')
    const repos = req.grant?.repos ?? req.installation.repos
    const perPage = Math.min(Number(req.query.get('per_page') ?? 30) || 30, 100)
    const page = Math.max(Number(req.query.get('page') ?? 1) || 1, 1)
    const headers: Record<string, string> = {}
    if (page * perPage < repos.length)
      headers.link = `<${req.baseUrl}/installation/repositories?per_page=${perPage}&page=${page + 1}>; rel="next"`
    return {
      status: 200,
      headers,
      body: {
        total_count: repos.length,
        repository_selection: 'selected',
        repositories: repos.slice((page - 1) * perPage, page * perPage).map((r) => repoJson(r, req)),
      },
    }
  },
}

/** Whether a bearer credential is shaped like a JWT (three base64url parts). */
export const looksLikeJwt = (credential: string) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(credential)
