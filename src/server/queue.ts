// The queue between the webhook endpoint and the parts. Two implementations share this
// interface: the in-process one below (one replica, no database) and a Postgres one
// (queue-postgres.ts, selected when DATABASE_URL is set) for several replicas.

export interface Delivery {
  id: string
  name: string
  payload: unknown
  installationId?: number
  /** "owner/repo#number" for an issue or PR, "owner/repo" for repository-wide work. */
  key: string
  receivedAt: number
}

export interface DeliveryQueue {
  /** 'duplicate' when this delivery id was seen before. */
  enqueue(d: Delivery): Promise<'queued' | 'duplicate'>
  /** Start workers; deliveries with the same key run one at a time in enqueue order, other keys in parallel up to `concurrency`. */
  start(handler: (d: Delivery) => Promise<void>, opts?: { concurrency?: number }): Promise<void>
  depth(): Promise<number>
  /** Stop taking jobs, wait for running ones. */
  stop(): Promise<void>
}

export const DEFAULT_CONCURRENCY = 8

/** Remembers the last `capacity` ids; older ids fall out in insertion order (bounded memory). */
export class RecentIds {
  private readonly ids = new Set<string>()
  constructor(private readonly capacity: number) {}

  /** True when the id was new (and is now remembered). */
  add(id: string): boolean {
    if (this.ids.has(id)) return false
    this.ids.add(id)
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next().value
      if (oldest !== undefined) this.ids.delete(oldest)
    }
    return true
  }
}

/**
 * One replica, no database: a FIFO per key, and at most `concurrency` keys running at once.
 * Keys are served in the order their first pending delivery arrived, so no key starves.
 */
export class InProcessQueue implements DeliveryQueue {
  private readonly pending = new Map<string, Delivery[]>()
  private readonly ready: string[] = []
  private readonly running = new Set<string>()
  private readonly inFlight = new Set<Promise<void>>()
  private readonly seen: RecentIds
  private handler?: (d: Delivery) => Promise<void>
  private concurrency = DEFAULT_CONCURRENCY
  private stopped = false
  private onError: (d: Delivery, error: unknown) => void

  constructor(opts: { dedupeCapacity?: number; onError?: (d: Delivery, error: unknown) => void } = {}) {
    this.seen = new RecentIds(opts.dedupeCapacity ?? 10_000)
    this.onError = opts.onError ?? (() => {})
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- async as the Queue interface is; a throw must reject
  async enqueue(d: Delivery): Promise<'queued' | 'duplicate'> {
    if (this.stopped) throw new Error('queue is stopped')
    if (!this.seen.add(d.id)) return 'duplicate'
    const list = this.pending.get(d.key)
    if (list) list.push(d)
    else {
      this.pending.set(d.key, [d])
      if (!this.running.has(d.key)) this.ready.push(d.key)
    }
    this.pump()
    return 'queued'
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- async as the Queue interface is; a throw must reject
  async start(handler: (d: Delivery) => Promise<void>, opts: { concurrency?: number } = {}): Promise<void> {
    this.handler = handler
    this.concurrency = Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY)
    this.pump()
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- async as the Queue interface is; a throw must reject
  async depth(): Promise<number> {
    let n = 0
    for (const list of this.pending.values()) n += list.length
    return n
  }

  /**
   * Takes no new deliveries and waits for every accepted one, queued or running: this process holds
   * the only copy, and GitHub was already told it arrived.
   */
  async stop(): Promise<void> {
    this.stopped = true
    this.pump()
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight])
  }

  private pump(): void {
    const handler = this.handler
    if (!handler) return
    while (this.running.size < this.concurrency && this.ready.length > 0) {
      const key = this.ready.shift() as string
      const list = this.pending.get(key)
      const next = list?.shift()
      if (!next) continue
      if (list && list.length === 0) this.pending.delete(key)
      this.running.add(key)
      const job: Promise<void> = handler(next)
        .catch((error: unknown) => this.onError(next, error))
        .finally(() => {
          this.inFlight.delete(job)
          this.running.delete(key)
          if (this.pending.has(key)) this.ready.push(key)
          this.pump()
        })
      this.inFlight.add(job)
    }
  }
}
