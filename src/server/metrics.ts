// Prometheus metrics of `bosun serve`, served at GET /metrics. Each server gets its own registry
// (no global state), so tests and several servers in one process never share counters.
// Labels are bounded: event names come from GitHub's fixed list, outcomes and methods from the unions
// below, installations are few; never a repository, a PR number or a URL.
import type { GitHub } from '../core/github.js'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

/** What became of one delivery. */
export type DeliveryOutcome = 'ok' | 'error' | 'duplicate' | 'ignored' | 'rejected'

export interface GitHubRequestRecord {
  method: string
  /** The HTTP status, or undefined when no response came (network error). */
  status?: number
  /** Header values of the response, when there was one. */
  rateLimitRemaining?: string
  rateLimitResource?: string
  installationId?: number
}

export interface Metrics {
  registry: Registry
  /** The Content-Type of `render()`'s text. */
  contentType: string
  render(): Promise<string>
  /** One delivery done: its event name, outcome, and seconds from receipt to the end of its work. */
  recordDelivery(event: string, outcome: DeliveryOutcome, seconds: number): void
  /** The queue depth gauge asks this at each scrape. */
  setQueueDepthSource(read: () => Promise<number> | number): void
  recordGitHubRequest(record: GitHubRequestRecord): void
}

export interface MetricsOptions {
  /** Node's process metrics (memory, event loop lag, CPU); default true. */
  processMetrics?: boolean
}

/** Receipt-to-done buckets: a second is the target, a minute means something waits on a sweep. */
const LATENCY_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60]

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry()
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'bosun_' })
  const deliveries = new Counter({
    name: 'bosun_deliveries_total',
    help: 'Webhook deliveries by event and outcome.',
    labelNames: ['event', 'outcome'] as const,
    registers: [registry],
  })
  const latency = new Histogram({
    name: 'bosun_delivery_duration_seconds',
    help: 'Seconds from a delivery being received to its work being done.',
    labelNames: ['event'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  })
  let readDepth: () => Promise<number> | number = () => 0
  new Gauge({
    name: 'bosun_queue_depth',
    help: 'Deliveries queued or running.',
    registers: [registry],
    async collect() {
      this.set(await readDepth())
    },
  })
  const requests = new Counter({
    name: 'bosun_github_requests_total',
    help: 'Requests to the GitHub API by method and status ("error" when no response came).',
    labelNames: ['method', 'status'] as const,
    registers: [registry],
  })
  const remaining = new Gauge({
    name: 'bosun_github_rate_limit_remaining',
    help: 'x-ratelimit-remaining of the latest GitHub response, per installation and rate-limit resource.',
    labelNames: ['installation', 'resource'] as const,
    registers: [registry],
  })
  return {
    registry,
    contentType: registry.contentType,
    render: () => registry.metrics(),
    recordDelivery(event, outcome, seconds) {
      deliveries.inc({ event, outcome })
      if (outcome !== 'duplicate' && outcome !== 'rejected') latency.observe({ event }, Math.max(0, seconds))
    },
    setQueueDepthSource(read) {
      readDepth = read
    },
    recordGitHubRequest(record) {
      requests.inc({
        method: record.method.toUpperCase(),
        status: record.status ? String(record.status) : 'error',
      })
      const left = Number(record.rateLimitRemaining)
      if (record.rateLimitRemaining !== undefined && Number.isFinite(left)) {
        remaining.set(
          {
            installation: String(record.installationId ?? 'app'),
            resource: record.rateLimitResource ?? 'core',
          },
          left,
        )
      }
    },
  }
}

type Fetch = typeof globalThis.fetch

/**
 * Counts every HTTP request an Octokit sends and records the rate limit GitHub reports.
 * `installationId` labels the installation the client acts for. A hook added now wraps the retry
 * and throttling plugins, so it would see one call where GitHub saw several; instead it gives the
 * request a counting `fetch`, which the plugins' repeats go through too. The options object is
 * changed in place because Octokit's hook chain hands every layer that same object.
 */
export function instrumentOctokit(
  octokit: Pick<GitHub, 'hook'>,
  metrics: Metrics,
  installationId?: number,
): void {
  octokit.hook.wrap('request', (request, options) => {
    const inner = options.request.fetch as Fetch | undefined
    if (!(inner && COUNTING in inner)) {
      options.request = { ...options.request, fetch: countingFetch(metrics, installationId, inner) }
    }
    return request(options)
  })
}

const COUNTING = Symbol('bosun.countingFetch')

/** A `fetch` that records each GitHub response (or its absence) before handing it on. */
export function countingFetch(
  metrics: Metrics,
  installationId?: number,
  fetch: Fetch = globalThis.fetch,
): Fetch {
  const counting = async (input: Parameters<Fetch>[0], init?: RequestInit) => {
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET')
    try {
      const response = await fetch(input, init)
      metrics.recordGitHubRequest({
        method,
        installationId,
        status: response.status,
        rateLimitRemaining: response.headers.get('x-ratelimit-remaining') ?? undefined,
        rateLimitResource: response.headers.get('x-ratelimit-resource') ?? undefined,
      })
      return response
    } catch (error) {
      metrics.recordGitHubRequest({ method, installationId })
      throw error
    }
  }
  return Object.assign(counting, { [COUNTING]: true })
}
