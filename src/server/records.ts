// Where the server keeps what each delivery did. Every replica keeps its own recent records in
// memory; with DATABASE_URL they are also written to Postgres (records-postgres.ts), so any replica
// answers for any delivery, whichever one received or ran it. GET /deliveries serves them to the
// operator holding BOSUN_ADMIN_TOKEN.
import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { DeliveryRecord } from './server.js'

/** Records shared by the replicas. Writes are idempotent: a job that runs twice writes twice. */
export interface DeliveryRecords {
  /** Stores a record unless one with its id exists (the receiving replica may be slower than the running one). */
  add(record: DeliveryRecord): Promise<void>
  /** Stores a record, replacing the one with its id (progress: running, then done or failed). */
  put(record: DeliveryRecord): Promise<void>
  get(id: string): Promise<DeliveryRecord | undefined>
  /** The newest `limit` records, oldest first. */
  recent(limit: number): Promise<DeliveryRecord[]>
  close(): Promise<void>
}

/** What GET /deliveries reads: one record by id, or the newest ones. */
export interface RecordSource {
  record(id: string): Promise<DeliveryRecord | undefined>
  recentRecords(limit: number): Promise<DeliveryRecord[]>
}

const MAX_LIST = 1000

function sameSecret(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)]
  return a.length === b.length && timingSafeEqual(a, b)
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

/**
 * GET /deliveries?id=<delivery id> (one record, 404 when unknown) or GET /deliveries?limit=N (the
 * newest N, at most 1,000), for a bearer of `adminToken`. Records name repositories and errors, so
 * they are not public like /metrics.
 */
export function recordsRoute(source: RecordSource, adminToken: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const given = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? ''
    if (!sameSecret(given, adminToken))
      return reply(res, 401, { message: 'Bearer BOSUN_ADMIN_TOKEN required' })
    const query = new URL(req.url ?? '/', 'http://bosun').searchParams
    const id = query.get('id')
    if (id !== null) {
      const record = await source.record(id)
      return record ? reply(res, 200, record) : reply(res, 404, { message: `no record of delivery ${id}` })
    }
    const limitText = query.get('limit') ?? '100'
    if (!/^\d{1,4}$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > MAX_LIST)
      return reply(res, 400, { message: `limit must be a whole number from 1 to ${MAX_LIST}` })
    reply(res, 200, await source.recentRecords(Number(limitText)))
  }
}
