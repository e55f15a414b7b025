// The GitHub client every action uses: @actions/github's Octokit with the retry and throttling
// plugins, GITHUB_API_URL honoured, and dry-run enforced at the transport so no write can escape it.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import type { Logger } from './log.js'

export type GitHub = ReturnType<typeof getOctokit>

export interface ClientOptions {
  token: string
  apiUrl: string
  dryRun: boolean
  log: Logger
  /**
   * Bulk work (sweeps, label sync) keeps GitHub's guidance of about one mutation per second.
   * A single event's few writes go out without artificial spacing.
   */
  bulk?: boolean
  /** How many times a failed request is tried again (5xx, rate limits). */
  retries?: number
  /** The HTTP `fetch` (the server host counts requests and rate limits with its own). */
  fetch?: typeof globalThis.fetch
}

/** Writes a dry run would have made, in order, for the job summary and the `result` output. */
export interface PlannedWrite {
  method: string
  url: string
  body?: unknown
}

const READ_METHODS = new Set(['GET', 'HEAD'])

/** A GraphQL request is a read unless its document contains a mutation. */
function isGraphqlRead(url: string, body: unknown): boolean {
  if (!/\/graphql$/.test(url)) return false
  const query = typeof body === 'object' && body !== null ? (body as { query?: unknown }).query : undefined
  return !/^\s*mutation\b/m.test(typeof query === 'string' ? query : '')
}

/** A request's method, URL and body; the body (octokit types it `any`) is only ever inspected. */
const requestLine = (options: { method: string; url: string; body?: unknown }) => options

export function isWrite(method: string, url: string, body: unknown): boolean {
  return !READ_METHODS.has(method.toUpperCase()) && !isGraphqlRead(url, body)
}

export function createGitHubClient(options: ClientOptions): GitHub & { plannedWrites: PlannedWrite[] } {
  const { log } = options
  const retries = options.retries ?? 3
  // The throttling plugin spaces every write *and every GraphQL query* a second apart. Its limits
  // stay for rate-limit handling; the spacing is ours (below): mutations only, and only in bulk work.
  const unspaced = () => new Bottleneck.Group({ maxConcurrent: 8, minTime: 0 })
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
      log: {
        debug: (m: string) => log.debug(m),
        info: (m: string) => log.debug(m),
        warn: (m: string) => log.warning(m),
        error: (m: string) => log.error(m),
      },
      // Only server errors are worth repeating; a 4xx is GitHub's answer (429s belong to the throttler).
      retry: { retries, doNotRetry: [400, 401, 403, 404, 405, 409, 410, 412, 422, 429, 451] },
      throttle: {
        write: unspaced(),
        notifications: unspaced(),
        onRateLimit: (
          retryAfter: number,
          req: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          log.warning(`Rate limit hit on ${req.method} ${req.url}; retrying after ${retryAfter}s.`)
          return retryCount < retries
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          req: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          log.warning(`Secondary rate limit hit on ${req.method} ${req.url}; retrying after ${retryAfter}s.`)
          return retryCount < retries
        },
      },
    },
    retry,
    throttling,
  )
  if (options.bulk) {
    const pace = new Bottleneck({ maxConcurrent: 1, minTime: 1000 })
    octokit.hook.wrap('request', async (request, endpoint) => {
      const { method, url, body } = requestLine(octokit.request.endpoint(endpoint))
      return isWrite(method, url, body) ? pace.schedule(async () => request(endpoint)) : request(endpoint)
    })
  }
  const plannedWrites: PlannedWrite[] = []
  if (options.dryRun) {
    octokit.hook.wrap('request', async (request, endpoint) => {
      const { method, url, body } = requestLine(octokit.request.endpoint(endpoint))
      if (!isWrite(method, url, body)) return request(endpoint)
      const parsed = typeof body === 'string' ? safeJson(body) : body
      plannedWrites.push({ method, url, body: parsed })
      log.info(`[dry-run] ${method} ${url}${parsed === undefined ? '' : ` ${JSON.stringify(parsed)}`}`)
      return { status: 204, url, headers: {}, data: undefined as never }
    })
  }
  return Object.assign(octokit, { plannedWrites })
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

// ---- errors: one vocabulary for every part ---------------------------------------------------

/** The HTTP status of a failed GitHub request (undefined for anything that is not a GitHub answer). */
export function httpStatus(error: unknown): number | undefined {
  return (error as { status?: number } | undefined)?.status
}

/**
 * GitHub answered and said no (a 4xx: a bad assignee, a protected branch): the request failed, the
 * run did its job. Anything else (an outage, a bug of ours) is not a refusal and fails the step.
 */
export function isRefusal(error: unknown): boolean {
  const status = httpStatus(error)
  return !!status && status < 500
}

/** The first line of an error's message, or of a text (GitHub's and the parsers' messages run on). */
export function firstLine(error: unknown): string {
  const text =
    typeof error === 'string' ? error : ((error as { message?: unknown } | undefined)?.message ?? error)
  return String(text).split('\n')[0] ?? ''
}

/**
 * An error in words, without a stack trace: for the log and the `result` output (`log`, naming the
 * request GitHub answered), or for a reply to the person whose command failed (`reply`).
 */
export function describeError(error: unknown, style: 'log' | 'reply' = 'log'): string {
  const e = error as { status?: number; message?: string; request?: { method?: string; url?: string } }
  if (style === 'reply')
    return e.status
      ? `GitHub refused the change (${e.status}: ${firstLine(error)}).`
      : `It failed: ${firstLine(error)}`
  if (e.status && e.request)
    return `GitHub answered ${e.status} to ${e.request.method} ${e.request.url}: ${e.message}`
  return e.message ?? String(error)
}
