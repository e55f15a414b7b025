// Delivery records in Postgres, shared by every replica on one DATABASE_URL (see records.ts). One
// row per delivery id, the record as JSON; rows older than the queue's memory of ids are dropped.
import pg from 'pg'
import { applySchema } from './queue-postgres.js'
import type { DeliveryRecords } from './records.js'
import type { DeliveryRecord } from './server.js'

// Serialises the table's creation by replicas that start at the same moment (as the queue's schema).
const SCHEMA_LOCK = 0x626f73756f

const SCHEMA_SQL = `
create schema if not exists bosun;
create table if not exists bosun.delivery_records (
  id text primary key,
  record jsonb not null,
  updated_at timestamptz not null default now()
);
create index if not exists delivery_records_updated_at on bosun.delivery_records (updated_at);
create index if not exists delivery_records_received_at
  on bosun.delivery_records (((record->>'receivedAt')::bigint));`

const HOUSEKEEPING_EVERY_MS = 60 * 60 * 1000

export interface PostgresRecordsOptions {
  connectionString: string
  /** Records are kept this long (default 7 days, as delivery ids). */
  rememberDays?: number
}

export function createPostgresRecords(options: PostgresRecordsOptions): DeliveryRecords {
  return new PostgresDeliveryRecords(options)
}

class PostgresDeliveryRecords implements DeliveryRecords {
  private readonly pool: pg.Pool
  private ready?: Promise<void>
  private readonly timer: NodeJS.Timeout

  constructor(private readonly options: PostgresRecordsOptions) {
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: 4 })
    // A dropped connection fails the query in flight (the caller logs it), never the process.
    this.pool.on('error', () => undefined)
    this.pool.on('connect', (client) => client.on('error', () => undefined))
    this.timer = setInterval(() => void this.housekeeping().catch(() => undefined), HOUSEKEEPING_EVERY_MS)
    this.timer.unref()
  }

  async add(record: DeliveryRecord): Promise<void> {
    await this.query(
      'insert into bosun.delivery_records (id, record) values ($1, $2) on conflict (id) do nothing',
      [record.id, JSON.stringify(record)],
    )
  }

  async put(record: DeliveryRecord): Promise<void> {
    await this.query(
      `insert into bosun.delivery_records (id, record) values ($1, $2)
       on conflict (id) do update set record = excluded.record, updated_at = now()`,
      [record.id, JSON.stringify(record)],
    )
  }

  async get(id: string): Promise<DeliveryRecord | undefined> {
    const { rows } = await this.query<{ record: DeliveryRecord }>(
      'select record from bosun.delivery_records where id = $1',
      [id],
    )
    return rows[0]?.record
  }

  async recent(limit: number): Promise<DeliveryRecord[]> {
    const { rows } = await this.query<{ record: DeliveryRecord }>(
      `select record from (
         select record, (record->>'receivedAt')::bigint as at from bosun.delivery_records
          order by (record->>'receivedAt')::bigint desc limit $1
       ) newest order by at`,
      [limit],
    )
    return rows.map((r) => r.record)
  }

  async close(): Promise<void> {
    clearInterval(this.timer)
    await this.pool.end()
  }

  private async query<R extends pg.QueryResultRow>(sql: string, values: unknown[]) {
    this.ready ??= this.migrate().catch((error: unknown) => {
      this.ready = undefined
      throw error
    })
    await this.ready
    return this.pool.query<R>(sql, values)
  }

  private async migrate(): Promise<void> {
    await applySchema(this.pool, SCHEMA_LOCK, SCHEMA_SQL)
  }

  private async housekeeping(): Promise<void> {
    await this.query('delete from bosun.delivery_records where updated_at < now() - $1::interval', [
      `${this.options.rememberDays ?? 7} days`,
    ])
  }
}
