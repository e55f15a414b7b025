// The webhook server: verifies each delivery's signature, queues it (one at a time per issue or PR,
// in arrival order; other keys in parallel), runs the same parts as the Action with an installation
// token, and keeps a record of what each delivery did. Timed sweeps per repository stand in for the
// workflow's schedule.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhooks } from '@octokit/webhooks'
import type { Logger as Pino } from 'pino'
import type { Inputs, Payload, Repo } from '../core/context.js'
import { describeError } from '../core/action.js'
import { runParts } from '../core/host.js'
import type { Result } from '../core/report.js'
import type { PartName } from '../parts.js'
import { routeDelivery } from './events.js'
import { GitHubApp } from './github-app.js'
import { createServerLog, partLogger, SecretScrubber } from './log.js'
import { InProcessQueue, type Delivery, type DeliveryQueue } from './queue.js'
import type { DeliveryRecords } from './records.js'

export const WEBHOOK_PATH = '/api/github/webhooks'
/** GitHub caps webhook payloads at 25 MB. */
const MAX_BODY_BYTES = 25 * 1024 * 1024

export interface ServerOptions {
  appId: string
  privateKey: string
  webhookSecret: string
  apiUrl: string
  port?: number
  host?: string
  /** Keys (issues, PRs, repositories) worked on at once. */
  concurrency?: number
  /** Sweep every repository of every installation this often; 0 = never. */
  sweepIntervalMs?: number
  /** The Action's inputs of the same names (translation settings, config-path, dry-run), for every repository. */
  inputs?: Partial<Omit<Inputs, 'token'>>
  /** Run only these parts (e.g. leave translation off); every part when unset. */
  parts?: readonly PartName[]
  /**
   * The token the parts use for a repository, instead of the App's installation token. Only the
   * end-to-end tests set it: they run the bundles' scenarios through the server, and those
   * scenarios authenticate as the emulator's bot user, not as an App.
   */
  tokenFor?: (installationId: number, repo: Repo) => string | Promise<string>
  queue?: DeliveryQueue
  log?: Pino
  /** How many delivery records to keep in memory. */
  recordLimit?: number
  /** Records shared with the other replicas (Postgres); closed when the server stops. */
  records?: DeliveryRecords
  /** Told about every delivery's outcome (for metrics); `ms` from received to finished. */
  onDelivery?: (info: DeliveryEvent) => void
  /** The `fetch` the parts' GitHub clients use for an installation (metrics count requests with it). */
  fetch?: (installationId: number) => typeof globalThis.fetch
  /** More GET routes (e.g. `/metrics`), answered by the caller. */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>>
}

export interface DeliveryEvent {
  event: string
  outcome: 'ok' | 'error' | 'duplicate' | 'ignored' | 'rejected'
  ms?: number
  installationId?: number
}

export type Outcome = 'queued' | 'running' | 'done' | 'failed' | 'ignored'

/** What one delivery did: the server's counterpart of a job summary. */
export interface DeliveryRecord {
  id: string
  event: string
  action?: string
  key?: string
  repo?: string
  outcome: Outcome
  reason?: string
  error?: string
  receivedAt: number
  startedAt?: number
  finishedAt?: number
  parts: Result[]
  /** The parts' job summaries (Markdown), as the Action would write them. */
  summary?: string
}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new HttpFailure(413, 'payload larger than 25 MB'))
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

export class BosunServer {
  readonly log: Pino
  readonly queue: DeliveryQueue
  private readonly app: GitHubApp
  private readonly webhooks: Webhooks
  private readonly scrubber = new SecretScrubber()
  private readonly records = new Map<string, DeliveryRecord>()
  private readonly sweepsPending = new Set<string>()
  private readonly recordWrites = new Set<Promise<void>>()
  private http?: Server
  private sweepTimer?: NodeJS.Timeout
  private running = 0
  private ready = false
  private stopping?: Promise<void>
  url = ''

  constructor(private readonly options: ServerOptions) {
    this.log = options.log ?? createServerLog()
    this.queue =
      options.queue ??
      new InProcessQueue({
        onError: (d, e) => this.log.error({ delivery: d.id }, this.scrubber.scrub(describeError(e))),
      })
    this.app = new GitHubApp(options)
    this.webhooks = new Webhooks({ secret: options.webhookSecret })
    this.scrubber.add(options.webhookSecret)
    this.scrubber.add(options.privateKey)
    this.scrubber.add(options.inputs?.openaiApiKey)
  }

  async start(): Promise<string> {
    await this.queue.start((d) => this.process(d), { concurrency: this.options.concurrency })
    this.http = createServer((req, res) => void this.route(req, res))
    await new Promise<void>((resolve) =>
      this.http!.listen(this.options.port ?? 3000, this.options.host, resolve),
    )
    const { port, address } = this.http.address() as AddressInfo
    this.url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`
    const interval = this.options.sweepIntervalMs ?? 0
    if (interval > 0) {
      this.sweepTimer = setInterval(() => void this.sweep(), interval)
      this.sweepTimer.unref()
    }
    this.ready = true
    this.log.info({ port, sweepIntervalMs: interval }, 'bosun server listening')
    return this.url
  }

  /** Graceful: not ready, no new connections, and every delivery already accepted finishes. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.ready = false
      clearInterval(this.sweepTimer)
      const closed = new Promise<void>((resolve) =>
        this.http ? this.http.close(() => resolve()) : resolve(),
      )
      this.http?.closeIdleConnections()
      await this.queue.stop()
      await Promise.all([...this.recordWrites])
      await this.options.records?.close()
      await closed
      this.log.info('bosun server stopped')
    })()
    return this.stopping
  }

  /** The newest delivery records, oldest first. */
  deliveries(): DeliveryRecord[] {
    return [...this.records.values()]
  }

  delivery(id: string): DeliveryRecord | undefined {
    return this.records.get(id)
  }

  /** A delivery's record wherever it was received or run: the shared records first, then this replica's. */
  async record(id: string): Promise<DeliveryRecord | undefined> {
    return (await this.options.records?.get(id)) ?? this.records.get(id)
  }

  /** The newest records of every replica (only this one's without shared records), oldest first. */
  async recentRecords(limit: number): Promise<DeliveryRecord[]> {
    return this.options.records ? this.options.records.recent(limit) : this.deliveries().slice(-limit)
  }

  /** Writes a record (as it is now) to the shared records; a failure there is logged, never the delivery's. */
  private async share(write: 'add' | 'put', record: DeliveryRecord): Promise<void> {
    try {
      await this.options.records?.[write](this.scrubber.scrubValue(record))
    } catch (error) {
      this.log.error({ delivery: record.id }, `delivery record not saved: ${describeError(error)}`)
    }
  }

  /** A record write the job does not wait for (it would hold the PR's queue); stop() waits for it. */
  private inBackground(write: Promise<void>): void {
    this.recordWrites.add(write)
    void write.finally(() => this.recordWrites.delete(write))
  }

  /** Resolves once nothing is queued or running (tests and the emulator demo wait on it). */
  async idle(pollMs = 5): Promise<void> {
    while (this.running > 0 || (await this.queue.depth()) > 0) await new Promise((r) => setTimeout(r, pollMs))
  }

  /**
   * Queues the scheduled sweep (merge pool, label sync) for every repository of every
   * installation, except where one is still waiting or running. Returns how many were queued.
   */
  async sweep(now = Date.now()): Promise<number> {
    let queued = 0
    try {
      for (const { installationId, owner, repo } of await this.app.repositories()) {
        const key = `${owner}/${repo}`
        if (this.sweepsPending.has(key)) continue
        const delivery: Delivery = {
          id: `sweep:${key}:${now}`,
          name: 'schedule',
          payload: { schedule: 'bosun serve sweep' },
          installationId,
          key,
          receivedAt: now,
        }
        this.sweepsPending.add(key)
        this.remember(this.newRecord(delivery, 'queued'))
        if ((await this.queue.enqueue(delivery)) === 'queued') queued++
        else this.sweepsPending.delete(key)
      }
    } catch (error) {
      this.log.error({ sweep: true }, `sweep: ${this.scrubber.scrub(describeError(error))}`)
    }
    return queued
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    try {
      if (req.method === 'GET' && path === '/healthz') return send(res, 200, { status: 'ok' })
      if (req.method === 'GET' && path === '/readyz')
        return send(res, this.ready ? 200 : 503, { status: this.ready ? 'ready' : 'not ready' })
      const extra = req.method === 'GET' ? this.options.routes?.[path] : undefined
      if (extra) return await extra(req, res)
      if (path === WEBHOOK_PATH) {
        if (req.method !== 'POST') return send(res, 405, { message: 'POST webhooks here' })
        const { status, body } = await this.receive(req)
        return send(res, status, body)
      }
      send(res, 404, { message: 'Not Found' })
    } catch (error) {
      const status = error instanceof HttpFailure ? error.status : 500
      if (status === 500) this.log.error(this.scrubber.scrub(describeError(error)))
      if (!res.headersSent)
        send(res, status, { message: status === 500 ? 'internal error' : (error as Error).message })
    }
  }

  /** Verifies and queues one delivery; answers at once (GitHub waits at most 10 s). */
  private async receive(req: IncomingMessage): Promise<{ status: number; body: object }> {
    const name = header(req, 'x-github-event')
    const id = header(req, 'x-github-delivery')
    const signature = header(req, 'x-hub-signature-256')
    const raw = await readBody(req)
    if (!name || !id) throw new HttpFailure(400, 'missing X-GitHub-Event or X-GitHub-Delivery')
    if (!signature || !(await this.webhooks.verify(raw, signature).catch(() => false))) {
      this.log.warn({ delivery: id, event: name }, 'webhook signature does not match: ignored')
      this.options.onDelivery?.({ event: name, outcome: 'rejected' })
      throw new HttpFailure(401, 'signature does not match')
    }
    if (!this.ready) throw new HttpFailure(503, 'shutting down; GitHub may redeliver')
    let payload: Payload
    try {
      payload = JSON.parse(raw) as Payload
    } catch {
      throw new HttpFailure(400, 'payload is not JSON')
    }
    const route = routeDelivery(name, payload, !!this.options.inputs?.openaiApiKey)
    const delivery: Delivery = {
      id,
      name,
      payload,
      installationId: typeof payload.installation?.id === 'number' ? payload.installation.id : undefined,
      key: route.key ?? '',
      receivedAt: Date.now(),
    }
    if ('skip' in route) {
      if (!this.records.has(id)) {
        this.remember({ ...this.newRecord(delivery, 'ignored'), reason: route.skip })
        await this.share('add', this.records.get(id)!)
      }
      this.log.info({ delivery: id, event: name, action: payload.action }, `ignored: ${route.skip}`)
      this.options.onDelivery?.({ event: name, outcome: 'ignored', installationId: delivery.installationId })
      return { status: 200, body: { ignored: route.skip } }
    }
    // Recorded before queueing: the in-process queue may start the job before enqueue returns.
    const known = this.records.has(id)
    if (!known) this.remember(this.newRecord(delivery, 'queued'))
    if ((await this.queue.enqueue(delivery)) === 'duplicate') {
      if (!known) this.records.delete(id)
      this.log.info({ delivery: id, event: name }, 'duplicate delivery: already handled')
      this.options.onDelivery?.({
        event: name,
        outcome: 'duplicate',
        installationId: delivery.installationId,
      })
      return { status: 200, body: { duplicate: true } }
    }
    // After the enqueue, so a duplicate leaves no record; `add` never overwrites the runner's progress.
    await this.share('add', this.records.get(id) ?? this.newRecord(delivery, 'queued'))
    return { status: 202, body: { queued: true } }
  }

  private newRecord(d: Delivery, outcome: Outcome): DeliveryRecord {
    const payload = (d.payload ?? {}) as Payload
    return {
      id: d.id,
      event: d.name,
      action: typeof payload.action === 'string' ? payload.action : undefined,
      key: d.key || undefined,
      repo: d.key ? d.key.split('#')[0] : undefined,
      outcome,
      receivedAt: d.receivedAt,
      parts: [],
    }
  }

  private remember(record: DeliveryRecord): void {
    this.records.set(record.id, record)
    const limit = this.options.recordLimit ?? 1000
    if (this.records.size > limit) this.records.delete(this.records.keys().next().value as string)
  }

  /** What the parts run for a queued delivery (a sweep or a webhook). */
  private plan(d: Delivery): { eventName: string; repo: Repo; payload: Payload } {
    const payload = (d.payload ?? {}) as Payload
    if (d.name === 'schedule') {
      const [owner = '', repo = ''] = d.key.split('/') // sweep() keys schedule deliveries `owner/repo`
      return { eventName: 'schedule', repo: { owner, repo }, payload }
    }
    const route = routeDelivery(d.name, payload, !!this.options.inputs?.openaiApiKey)
    if ('skip' in route) throw new Error(`not handled: ${route.skip}`)
    return { eventName: route.eventName, repo: route.repo, payload }
  }

  private async process(d: Delivery): Promise<void> {
    this.running++
    const record = this.records.get(d.id) ?? this.newRecord(d, 'queued')
    this.remember(record)
    record.outcome = 'running'
    record.startedAt = Date.now()
    // Written while the parts run; the final write is chained after it, so it lands last.
    const started = this.share('put', record)
    const log = this.log.child({ delivery: d.id, event: d.name, key: d.key })
    try {
      const { eventName, repo, payload } = this.plan(d)
      const installationId = d.installationId ?? (await this.app.installationFor(repo))
      const token = this.options.tokenFor
        ? await this.options.tokenFor(installationId, repo)
        : await this.app.installationToken(installationId, { repo, eventName })
      this.scrubber.add(token)
      const summaries: string[] = []
      record.parts = await runParts({
        eventName,
        payload,
        repo,
        token,
        apiUrl: this.options.apiUrl,
        inputs: this.options.inputs,
        log: partLogger(log, this.scrubber),
        fetch: this.options.fetch?.(installationId),
        parts: this.options.parts,
        onSummary: (part, markdown) => {
          summaries.push(this.scrubber.scrub(markdown))
          log.debug({ part, summary: summaries.at(-1) }, `${part}: job summary`)
        },
      })
      record.summary = summaries.join('\n')
      const failed = record.parts.filter((p) => p.error)
      record.outcome = failed.length ? 'failed' : 'done'
      if (failed.length) record.error = failed.map((p) => `${p.action}: ${p.error}`).join('; ')
    } catch (error) {
      record.outcome = 'failed'
      record.error = this.scrubber.scrub(describeError(error))
    } finally {
      record.finishedAt = Date.now()
      if (d.name === 'schedule') this.sweepsPending.delete(d.key)
      this.inBackground(started.then(() => this.share('put', record)))
      this.running--
    }
    const summary = this.scrubber.scrubValue({
      outcome: record.outcome,
      error: record.error,
      ms: record.finishedAt - (record.startedAt ?? record.finishedAt),
      waitedMs: (record.startedAt ?? d.receivedAt) - d.receivedAt,
      parts: record.parts,
    })
    if (record.outcome === 'failed') log.error(summary, `delivery failed: ${summary.error}`)
    else log.info(summary, 'delivery done')
    this.options.onDelivery?.({
      event: d.name,
      outcome: record.outcome === 'failed' ? 'error' : 'ok',
      ms: record.finishedAt - d.receivedAt,
      installationId: d.installationId,
    })
  }
}
