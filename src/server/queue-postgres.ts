// The Postgres-backed DeliveryQueue, for several `bosun serve` replicas sharing one DATABASE_URL.
//
// Built on graphile-worker rather than pg-boss because its named queues are exactly the ordering
// contract: a job in queue `key` is only fetched while no other job of that queue is locked, and
// jobs of a queue are taken by run_at, so one PR's deliveries run one at a time in arrival order
// while other keys run in parallel. New jobs are announced with LISTEN/NOTIFY (no polling delay),
// and `graphile_worker.add_job` is plain SQL, so the delivery-id row and the job commit in ONE
// transaction. pg-boss creates each queue explicitly (a partition per queue), which does not fit one
// queue per PR, and its per-key exclusion (singleton policy) does not promise arrival order.
//
// graphile-worker releases the locks of a crashed worker only after 4 hours; so each replica writes
// a heartbeat, and any replica frees the jobs of a replica whose heartbeat went stale
// (`force_unlock_workers`). The freed job keeps its run_at, so it is still first in its key's queue:
// it runs again (effects are idempotent upstream) before anything later for the same PR.
import { EventEmitter } from 'node:events'
import pg from 'pg'
import { Logger, makeWorkerUtils, run, runMigrations, type Runner, type WorkerUtils } from 'graphile-worker'
import type { Delivery, DeliveryQueue } from './queue.js'

export const DELIVERY_TASK = 'bosun_delivery'

export interface PostgresQueueOptions {
  connectionString: string
  /** How often this replica proves it is alive (ms). */
  heartbeatMs?: number
  /** A replica silent this long is presumed dead and its jobs are freed (ms); keep it well above heartbeatMs. */
  staleMs?: number
  /** Delivery ids are remembered this long (GitHub lets a delivery be redelivered for a few days). */
  rememberDays?: number
  /** A handler that throws is reported here; the job is then done (a retry could overtake later deliveries). */
  onError?: (error: unknown, delivery: Delivery) => void
  /** Connections this replica may hold; keep it above the worker concurrency (default 12). */
  maxConnections?: number
  /** Idle workers look for jobs this often (ms) in case a notification was missed. */
  pollIntervalMs?: number
}

const DEFAULTS = {
  heartbeatMs: 5_000,
  staleMs: 30_000,
  rememberDays: 7,
  pollIntervalMs: 1_000,
  maxConnections: 12,
}
/**
 * The timings for a failure timeout (BOSUN_REPLICA_TIMEOUT): a replica silent that long is presumed
 * dead; it proves itself alive six times as often, and idle workers look for missed jobs as often.
 */
export function replicaTimings(
  timeoutMs: number,
): Pick<PostgresQueueOptions, 'heartbeatMs' | 'staleMs' | 'pollIntervalMs'> {
  const heartbeatMs = Math.max(250, Math.floor(timeoutMs / 6))
  return { staleMs: timeoutMs, heartbeatMs, pollIntervalMs: Math.min(DEFAULTS.pollIntervalMs, heartbeatMs) }
}

const HOUSEKEEPING_EVERY_MS = 60 * 60 * 1000
// Serialises the schema set-up of replicas that start at the same moment.
const SCHEMA_LOCK = 0x626f73756e

const SCHEMA_SQL = `
create schema if not exists bosun;
create table if not exists bosun.deliveries (
  id text primary key,
  key text not null,
  received_at timestamptz not null default now()
);
create index if not exists deliveries_received_at on bosun.deliveries (received_at);
create table if not exists bosun.queue_replicas (
  pool_id text primary key,
  seen_at timestamptz not null
);`

/**
 * One statement, so one transaction and one round trip: the job is added only when the delivery id
 * is new. Two replicas inserting the same id at once: the second waits for the first and adds nothing.
 * run_at is clock_timestamp(), not now(): it orders a key's jobs, and must differ between two
 * deliveries even when they arrive within one millisecond.
 */
const ENQUEUE_SQL = `
with seen as (
  insert into bosun.deliveries (id, key) values ($1, $2) on conflict (id) do nothing returning id
)
select graphile_worker.add_job($3, $4::json, queue_name => $2, run_at => clock_timestamp()) from seen`

/** Locks held by a worker pool whose replica has not been seen for `stale`. */
const STALE_POOLS_SQL = `
select distinct j.locked_by as pool_id
  from graphile_worker.jobs j
 where j.locked_by is not null
   and j.locked_at < now() - $1::interval
   and not exists (
     select 1 from bosun.queue_replicas r where r.pool_id = j.locked_by and r.seen_at > now() - $1::interval
   )`

export function createPostgresQueue(options: PostgresQueueOptions): DeliveryQueue {
  return new PostgresDeliveryQueue(options)
}

class PostgresDeliveryQueue implements DeliveryQueue {
  private readonly opts: Required<Omit<PostgresQueueOptions, 'onError'>> &
    Pick<PostgresQueueOptions, 'onError'>
  private readonly pool: pg.Pool
  private ready?: Promise<void>
  private runner?: Runner
  private utils?: WorkerUtils
  private poolId?: string
  private timers: NodeJS.Timeout[] = []

  constructor(options: PostgresQueueOptions) {
    this.opts = { ...DEFAULTS, ...options }
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: this.opts.maxConnections })
    // A client losing its connection must not crash the server: a query in flight rejects (and is
    // retried by its caller or graphile-worker), an idle client is replaced on the next checkout.
    this.pool.on('error', () => undefined)
    this.pool.on('connect', (client) => client.on('error', () => undefined))
  }

  async enqueue(d: Delivery): Promise<'queued' | 'duplicate'> {
    await this.init()
    const { rowCount } = await this.pool.query(ENQUEUE_SQL, [d.id, d.key, DELIVERY_TASK, JSON.stringify(d)])
    return rowCount === 0 ? 'duplicate' : 'queued'
  }

  async start(handler: (d: Delivery) => Promise<void>, opts: { concurrency?: number } = {}): Promise<void> {
    await this.init()
    if (this.runner) throw new Error('this queue is already started')
    const events = new EventEmitter()
    events.on('pool:create', ({ workerPool }: { workerPool: { id: string } }) => {
      this.poolId = workerPool.id
      void this.heartbeat()
    })
    this.utils = await makeWorkerUtils({ pgPool: this.pool })
    this.runner = await run({
      pgPool: this.pool,
      concurrency: opts.concurrency ?? 8,
      noHandleSignals: true,
      pollInterval: this.opts.pollIntervalMs,
      events: events,
      logger: quietLogger(),
      taskList: {
        [DELIVERY_TASK]: async (payload) => {
          const delivery = payload as Delivery
          try {
            await handler(delivery)
          } catch (error) {
            this.opts.onError?.(error, delivery)
          }
        },
      },
    })
    this.every(this.opts.heartbeatMs, () => this.heartbeat())
    this.every(this.opts.heartbeatMs, () => this.freeStaleReplicas())
    this.every(HOUSEKEEPING_EVERY_MS, () => this.housekeeping())
  }

  async depth(): Promise<number> {
    await this.init()
    const { rows } = await this.pool.query<{ n: number }>(
      'select count(*)::int as n from graphile_worker.jobs where task_identifier = $1 and attempts < max_attempts',
      [DELIVERY_TASK],
    )
    return rows[0]?.n ?? 0
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer)
    this.timers = []
    await this.runner?.stop()
    this.runner = undefined
    if (this.poolId)
      await this.pool.query('delete from bosun.queue_replicas where pool_id = $1', [this.poolId])
    await this.utils?.release()
    await this.pool.end()
  }

  /** Free the jobs (and their keys' queues) of replicas that stopped heartbeating. */
  async freeStaleReplicas(): Promise<string[]> {
    const stale = `${this.opts.staleMs} milliseconds`
    const { rows } = await this.pool.query<{ pool_id: string }>(STALE_POOLS_SQL, [stale])
    const ids = rows.map((r) => r.pool_id).filter((id) => id !== this.poolId)
    if (ids.length === 0) return []
    await this.pool.query('select graphile_worker.force_unlock_workers($1::text[])', [ids])
    await this.pool.query('delete from bosun.queue_replicas where pool_id = any($1::text[])', [ids])
    return ids
  }

  private init(): Promise<void> {
    this.ready ??= this.migrate()
    return this.ready
  }

  private async migrate(): Promise<void> {
    await runMigrations({ pgPool: this.pool, logger: quietLogger() })
    await applySchema(this.pool, SCHEMA_LOCK, SCHEMA_SQL)
  }

  private async heartbeat(): Promise<void> {
    if (!this.poolId) return
    await this.pool.query(
      `insert into bosun.queue_replicas (pool_id, seen_at) values ($1, now())
       on conflict (pool_id) do update set seen_at = excluded.seen_at`,
      [this.poolId],
    )
  }

  private async housekeeping(): Promise<void> {
    await this.pool.query(`delete from bosun.deliveries where received_at < now() - $1::interval`, [
      `${this.opts.rememberDays} days`,
    ])
    // A replica that died holding nothing left its heartbeat row behind.
    await this.pool.query(`delete from bosun.queue_replicas where seen_at < now() - interval '1 day'`)
    // One job queue row per PR ever seen; drop those with no jobs left.
    await this.utils?.cleanup({ tasks: ['GC_JOB_QUEUES'] })
  }

  /** A periodic task whose failure (database briefly away) waits for the next tick. */
  private every(ms: number, task: () => Promise<unknown>): void {
    const timer = setInterval(() => void task().catch(() => undefined), ms)
    timer.unref()
    this.timers.push(timer)
  }
}

function quietLogger() {
  // graphile-worker logs through its own logger; the server's structured log records outcomes.
  return new Logger(() => () => undefined)
}

/**
 * Runs a schema's DDL in one transaction under an advisory lock, so replicas starting together
 * create it once and none sees it half made. (Here rather than in a module of its own: the tests'
 * queue replicas run this file's source under Node's type stripping, which resolves no `./x.js`.)
 */
export async function applySchema(pool: pg.Pool, lock: number, sql: string): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('begin')
    await client.query('select pg_advisory_xact_lock($1)', [lock])
    await client.query(sql)
    await client.query('commit')
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
