// The GitHub client every action uses: @actions/github's Octokit with the retry and throttling
// plugins, GITHUB_API_URL honoured, and dry-run enforced at the transport so no write can escape it.
import { getOctokit } from '@actions/github'
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
  const query =
    typeof body === 'object' && body !== null ? String((body as { query?: unknown }).query ?? '') : ''
  return !/^\s*mutation\b/m.test(query)
}

export function isWrite(method: string, url: string, body: unknown): boolean {
  return !READ_METHODS.has(method.toUpperCase()) && !isGraphqlRead(url, body)
}

export function createGitHubClient(options: ClientOptions): GitHub & { plannedWrites: PlannedWrite[] } {
  const { log } = options
  const retries = options.retries ?? 3
  const octokit = getOctokit(options.token, {
    baseUrl: options.apiUrl,
    ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
    log: {
      debug: (m: string) => log.debug(m),
      info: (m: string) => log.debug(m),
      warn: (m: string) => log.warning(m),
      error: (m: string) => log.error(m),
    },
  })
  retryRequests(octokit, retries, log)
  if (options.bulk) {
    const pace = new Bottleneck({ maxConcurrent: 1, minTime: 1000 })
    octokit.hook.wrap('request', async (request, endpoint) => {
      const { method, url, body } = octokit.request.endpoint(endpoint)
      return isWrite(method, url, body) ? pace.schedule(async () => request(endpoint)) : request(endpoint)
    })
  }
  const plannedWrites: PlannedWrite[] = []
  if (options.dryRun) {
    octokit.hook.wrap('request', async (request, endpoint) => {
      const { method, url, body } = octokit.request.endpoint(endpoint)
      if (!isWrite(method, url, body)) return request(endpoint)
      const parsed = typeof body === 'string' ? safeJson(body) : body
      plannedWrites.push({ method, url, body: parsed })
      log.info(`[dry-run] ${method} ${url}${parsed === undefined ? '' : ` ${JSON.stringify(parsed)}`}`)
      return { status: 204, url, headers: {}, data: undefined as never }
    })
  }
  return Object.assign(octokit, { plannedWrites })
}

// ---- retries and rate limits ------------------------------------------------------------------

/** Statuses that are GitHub's answer, not a failure worth repeating (429s are rate limits, below). */
const DO_NOT_RETRY = new Set([400, 401, 403, 404, 405, 409, 410, 412, 422, 429, 451])

interface FailedRequest {
  status?: number
  message?: string
  response?: {
    headers?: Record<string, string | number | undefined>
    data?: { errors?: Array<{ type?: string }> }
  }
}

/**
 * How long to wait before repeating a failed request, or undefined to give up now: a rate limit
 * waits what GitHub asks (retry-after, or until the limit resets), a server error (or no answer)
 * 1 s, 4 s, 9 s; anything else is GitHub's answer.
 */
export function retryDelay(
  error: FailedRequest,
  attempt: number,
  now = Date.now(),
): { ms: number; rateLimit?: 'primary' | 'secondary' } | undefined {
  const status = error.status ?? 500
  const headers = error.response?.headers ?? {}
  if (status === 403 || status === 429) {
    if (/\bsecondary rate\b/i.test(error.message ?? ''))
      return { ms: (Number(headers['retry-after']) || 60) * 1000, rateLimit: 'secondary' }
    if (String(headers['x-ratelimit-remaining']) === '0' || isRateLimited(error.response?.data)) {
      // One second past the reset, as GitHub advises; a minute when it does not say when.
      const reset = Number(headers['x-ratelimit-reset']) * 1000
      const seconds = reset ? Math.max(Math.ceil((reset - now) / 1000) + 1, 0) : 60
      return { ms: seconds * 1000, rateLimit: 'primary' }
    }
  }
  if (DO_NOT_RETRY.has(status) || status < 400) return undefined
  return { ms: (attempt + 1) ** 2 * 1000 }
}

const isRateLimited = (data: { errors?: Array<{ type?: string }> } | undefined) =>
  !!data?.errors?.some((e) => e.type === 'RATE_LIMITED')

/**
 * Repeats server errors and waits out rate limits, up to `retries` times per request. One hook
 * with plain timers: the retry and throttling plugins each queue every request through Bottleneck,
 * whose several event-loop turns per request cost 15-20 ms a request on a busy machine, a third of
 * a round trip to GitHub, on every step of a command's answer.
 */
function retryRequests(octokit: ReturnType<typeof getOctokit>, retries: number, log: Logger): void {
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      let failure: FailedRequest
      try {
        const response = await request(options)
        // GraphQL answers a rate limit or a transient failure with 200 and errors.
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const data = response.data as any
        const errors: Array<{ message?: string }> = Array.isArray(data?.errors) ? data.errors : []
        if (isRateLimited(data))
          failure = { status: 403, message: 'GraphQL rate limit exceeded', response: { ...response, data } }
        else if (/Something went wrong while executing your query/.test(errors[0]?.message ?? ''))
          failure = { status: 500, message: errors[0].message }
        else return response
        if (attempt >= retries) return response
      } catch (error) {
        failure = error as FailedRequest
        if (attempt >= retries) throw error
      }
      const delay = retryDelay(failure, attempt)
      if (!delay) throw failure
      if (delay.rateLimit) {
        const what = delay.rateLimit === 'secondary' ? 'Secondary rate limit' : 'Rate limit'
        log.warning(
          `${what} hit on ${options.method} ${options.url}; retrying after ${Math.round(delay.ms / 1000)}s.`,
        )
      }
      await new Promise((resolve) => setTimeout(resolve, delay.ms))
    }
  })
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
  return String(text).split('\n')[0]
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
