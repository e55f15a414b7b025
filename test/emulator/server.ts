// The GitHub emulator's HTTP front: plain HTTP on 127.0.0.1, REST routed through GitHub's OpenAPI
// description, GraphQL through GitHub's schema. Knobs for latency and injected faults; a request log
// for counting and assertions; violations for anything GitHub itself would have refused.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { manifestConversion } from './manifests.js'
import { runGraphql } from './graphql.js'
import { matchOperation, validateBody } from './openapi.js'
import { handlers, HttpError, type RestResponse } from './rest.js'
import { GitHubState, type Repository } from './state.js'
import {
  appForJwt,
  appHandlers,
  grantCanRead,
  grantForToken,
  JWT_OPERATIONS,
  looksLikeJwt,
  outsideGrant,
  type TokenGrant,
} from './apps.js'

export interface LoggedRequest {
  method: string
  path: string
  /** GitHub's operationId, or `graphql`. */
  operation: string
  status: number
  body?: unknown
  login?: string
  /** When the request arrived (ms since the epoch). */
  at: number
}

export interface Fault {
  /** operationId (e.g. `issues/add-labels`), `graphql`, or a predicate. */
  match: string | ((r: { method: string; path: string; operation: string }) => boolean)
  status: 500 | 502 | 503 | 403 | 429 | 422 | 409 | 405
  /** How many matching requests fail (default 1). */
  times?: number
  retryAfter?: number
}

export class GitHubEmulator {
  readonly state = new GitHubState()
  readonly requests: LoggedRequest[] = []
  readonly violations: string[] = []
  latencyMs = 0
  private faults: Array<Fault & { left: number }> = []
  private hooks: Array<{ operation: string; run: () => void }> = []
  private server?: Server
  url = ''

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    return this.url
  }

  async stop(): Promise<void> {
    if (!this.server) return
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server!.close(() => resolve()))
  }

  /** Runs `fn` once, just before the next request for `operation` is handled (to stage races). */
  before(operation: string, fn: () => void): void {
    this.hooks.push({ operation, run: fn })
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 })
  }

  resetLog(): void {
    this.requests.length = 0
  }

  /** Requests that change state (anything but GET/HEAD and GraphQL queries). */
  writes(): LoggedRequest[] {
    return this.requests.filter(
      (r) =>
        r.method !== 'GET' &&
        r.method !== 'HEAD' &&
        !(r.operation === 'graphql' && !/^\s*mutation/m.test(String((r.body as { query?: string })?.query))),
    )
  }

  countBy(): Record<string, number> {
    const counts: Record<string, number> = {}
    for (const r of this.requests) counts[r.operation] = (counts[r.operation] ?? 0) + 1
    return counts
  }

  private takeFault(info: { method: string; path: string; operation: string }): Fault | undefined {
    const fault = this.faults.find(
      (f) => f.left > 0 && (typeof f.match === 'function' ? f.match(info) : f.match === info.operation),
    )
    if (fault) (fault as { left: number }).left--
    return fault
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The one route GitHub serves without credentials: completing an App manifest.
    const path0 = new URL(req.url ?? '/', this.url).pathname
    const conversion = manifestConversion(this.state, (req.method ?? 'GET').toUpperCase(), path0)
    if (conversion) {
      const at = Date.now()
      this.requests.push({
        method: 'POST',
        path: path0,
        operation: 'apps/create-from-manifest',
        status: conversion.status,
        at,
      })
      return this.send(res, conversion)
    }
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs))
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', this.url)
    const path = url.pathname
    let body: unknown
    try {
      body = raw ? JSON.parse(raw) : undefined
    } catch {
      this.violations.push(`${method} ${path}: body is not JSON`)
      return this.send(res, { status: 400, body: { message: 'Problems parsing JSON' } })
    }
    const entry: LoggedRequest = { method, path, operation: '?', status: 0, body, at: Date.now() }
    this.requests.push(entry)

    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    const credential = auth?.[1]
    const reply = (response: RestResponse) => {
      entry.status = response.status
      this.send(res, response)
    }
    const badCredentials = { status: 401, body: { message: 'Bad credentials' } }
    let grant: TokenGrant | undefined
    try {
      grant = credential ? grantForToken(this.state, credential) : undefined
    } catch {
      return reply(badCredentials) // an expired installation token
    }
    const login = credential ? this.state.tokens.get(credential) : undefined
    // A GitHub App's JWT: only the /app routes (and a repository's installation) accept it.
    const jwt = credential && !login && looksLikeJwt(credential) ? credential : undefined
    entry.login = login
    if (!login && !jwt) return reply(badCredentials)

    if (path === '/graphql' && method === 'POST') {
      if (!login) return reply(badCredentials)
      entry.operation = 'graphql'
      const fault = this.takeFault({ method, path, operation: 'graphql' })
      if (fault) return reply(faultResponse(fault))
      const canSee = grant ? (repo: Repository) => grantCanRead(grant, repo) : undefined
      const result = await runGraphql(
        this.state,
        this.state.user(login),
        (body ?? {}) as { query?: string },
        canSee,
      )
      this.violations.push(...result.violations)
      return reply({ status: 200, body: result.body })
    }

    const matched = matchOperation(method, path)
    if (!matched) {
      this.violations.push(`${method} ${path}: no such route in GitHub's REST API`)
      return reply({ status: 404, body: { message: 'Not Found' } })
    }
    const operation = matched.operation.operationId
    entry.operation = operation
    let problems: string[]
    try {
      problems = validateBody(matched.operation, body)
    } catch (error) {
      problems = [`emulator could not compile the schema: ${(error as Error).message}`]
    }
    if (problems.length) {
      this.violations.push(
        `${method} ${path} (${operation}): body rejected by GitHub's schema: ${problems.join('; ')}`,
      )
      return reply({ status: 422, body: { message: 'Invalid request.', errors: problems } })
    }
    const fault = this.takeFault({ method, path, operation })
    if (fault) return reply(faultResponse(fault))
    const request = {
      state: this.state,
      params: matched.params,
      query: url.searchParams,
      body,
      baseUrl: this.url,
    }
    const appHandler = appHandlers[operation]
    if (appHandler && (JWT_OPERATIONS.has(operation) || login)) {
      try {
        if (JWT_OPERATIONS.has(operation) !== !!jwt)
          throw new HttpError(401, jwt ? 'Bad credentials' : 'A JSON web token could not be decoded')
        const app = jwt ? appForJwt(this.state, jwt) : undefined
        if (app) entry.login = `app:${app.slug}`
        return reply(appHandler({ ...request, accept: '', app, installation: grant?.installation, grant }))
      } catch (error) {
        if (!(error instanceof HttpError)) throw error
        return reply({ status: error.status, body: { message: error.message } })
      }
    }
    if (!login) return reply(badCredentials)
    const target = matched.params.owner && matched.params.repo
    const targetRepo =
      target && this.state.repos.get(`${matched.params.owner}/${matched.params.repo}`.toLowerCase())
    const denied = grant && targetRepo ? outsideGrant(grant, targetRepo, method) : undefined
    if (denied) return reply({ status: denied.status, body: { message: denied.message } })
    const user = this.state.user(login)
    const hook = this.hooks.findIndex((h) => h.operation === operation)
    if (hook >= 0) this.hooks.splice(hook, 1)[0]?.run()
    const handler = handlers[operation]
    if (!handler) {
      this.violations.push(`${method} ${path}: operation ${operation} is not implemented by the emulator`)
      return reply({ status: 501, body: { message: `emulator does not implement ${operation}` } })
    }
    try {
      reply(
        handler({
          state: this.state,
          params: matched.params,
          query: url.searchParams,
          body,
          user,
          baseUrl: this.url,
          accept: String(req.headers.accept ?? ''),
        }),
      )
    } catch (error) {
      if (error instanceof HttpError) {
        return reply({ status: error.status, body: { message: error.message, ...error.extra } })
      }
      this.violations.push(`${method} ${path}: emulator crashed: ${(error as Error).stack}`)
      reply({ status: 500, body: { message: 'emulator error' } })
    }
  }

  private send(res: ServerResponse, response: RestResponse): void {
    const headers: Record<string, string> = {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-github-request-id': 'EMU',
      ...response.headers,
    }
    if (response.text !== undefined) {
      res.writeHead(response.status, { 'content-type': 'text/plain; charset=utf-8', ...headers })
      res.end(response.text)
    } else if (response.body === undefined) {
      res.writeHead(response.status, headers)
      res.end()
    } else {
      res.writeHead(response.status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      res.end(JSON.stringify(response.body))
    }
  }
}

function faultResponse(fault: Fault): RestResponse {
  const retryAfter = String(fault.retryAfter ?? 1)
  if (fault.status === 403 || fault.status === 429) {
    return {
      status: fault.status,
      headers: { 'retry-after': retryAfter },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      },
    }
  }
  if (fault.status >= 500) return { status: fault.status, body: { message: 'Server Error' } }
  return { status: fault.status, body: { message: fault.status === 422 ? 'Validation Failed' : 'Conflict' } }
}
