// The Postgres delivery queue shared by several `bosun serve` replicas: two child processes (the
// replicas) work through 1,000 deliveries on 100 keys. Each delivery runs once, a key's deliveries
// run one at a time in the order they were enqueued, a redelivered id is refused, and a replica
// killed with SIGKILL in the middle of a job loses nothing (its job runs again on the survivor).
import { afterAll, describe, expect, it } from '@jest/globals'
import { fork, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import pg from 'pg'
import { createPostgresQueue } from '../../src/server/queue-postgres.js'
import type { Delivery, DeliveryQueue } from '../../src/server/queue.js'
import { node24 } from '../support/node24.js'
import { startTestPostgres, type TestPostgres } from '../support/postgres.js'

const ROOT = process.cwd()
const KEYS = 100
const PER_KEY = 10
const CONCURRENCY = 8

// Started once for the file; without it the tests are skipped, saying why.
const started = await startTestPostgres()
const cluster: TestPostgres | undefined = 'unavailable' in started ? undefined : started
if (!cluster)
  console.warn(`Skipping the Postgres queue tests: ${(started as { unavailable: string }).unavailable}`)
const describeWithPostgres = cluster ? describe : describe.skip

afterAll(async () => {
  await cluster?.stop()
})

/** A fresh database with the table the replicas record their work in. */
async function database(name: string): Promise<string> {
  const url = await cluster!.database(name)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query(`create table test_attempts (
    n bigserial primary key, delivery_id text not null, key text not null, seq int not null,
    replica text not null, started_at timestamptz not null default clock_timestamp(), finished_at timestamptz)`)
  await client.end()
  return url
}

function delivery(index: number): Delivery {
  const key = `acme/widgets#${index % KEYS}`
  return {
    id: `delivery-${index}`,
    name: 'issue_comment',
    payload: { seq: Math.floor(index / KEYS) },
    installationId: 1,
    key,
    receivedAt: Date.now(),
  }
}

interface Replica {
  name: string
  child: ChildProcess
  started: number
  failed: string[]
  exited: Promise<void>
}

async function spawnReplica(name: string, url: string, workMs: number): Promise<Replica> {
  const child = fork(
    join(ROOT, 'test/support/queue-replica.mjs'),
    [name, String(workMs), String(CONCURRENCY)],
    {
      execPath: node24(ROOT),
      execArgv: ['--no-warnings'],
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  )
  const replica: Replica = {
    name,
    child,
    started: 0,
    failed: [],
    exited: new Promise((resolve) => child.once('exit', () => resolve())),
  }
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: { ready?: string; started?: string; failed?: string }) => {
      if (message.ready) resolve()
      if (message.started) replica.started++
      if (message.failed) replica.failed.push(message.failed)
    })
    child.once('exit', (code) => reject(new Error(`replica ${name} exited (${code}) before it was ready`)))
  })
  return replica
}

async function stopReplica(replica: Replica): Promise<void> {
  if (replica.child.exitCode === null && replica.child.signalCode === null) replica.child.kill('SIGTERM')
  await replica.exited
}

/**
 * Enqueues as webhooks arrive: ten senders at once, each with its own keys in order, alternating
 * between two front doors as a load balancer would.
 */
async function enqueueAll(doors: DeliveryQueue[], count: number): Promise<void> {
  const senders = 10
  await Promise.all(
    Array.from({ length: senders }, async (_, sender) => {
      for (let i = sender; i < count; i += senders) {
        await expect(doors[i % doors.length]!.enqueue(delivery(i))).resolves.toBe('queued')
      }
    }),
  )
}

interface Attempt {
  delivery_id: string
  key: string
  seq: number
  replica: string
  started_at: Date
  finished_at: Date | null
}

async function attempts(url: string): Promise<Attempt[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query<Attempt>('select * from test_attempts order by n')
  await client.end()
  return rows
}

async function waitForFinished(url: string, deliveries: number, timeoutMs: number): Promise<Attempt[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const rows = await attempts(url)
    const finished = new Set(rows.filter((r) => r.finished_at).map((r) => r.delivery_id))
    if (finished.size >= deliveries || Date.now() > deadline) return rows
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Depth counts a job until its completion commits, a moment after its work is recorded. */
async function waitForEmpty(queue: DeliveryQueue, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const depth = await queue.depth()
    if (depth === 0 || Date.now() > deadline) return depth
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Per key, finished attempts in finishing order: the seq never goes back, and none overlaps the next. */
function orderViolations(rows: Attempt[]): string[] {
  const byKey = new Map<string, Attempt[]>()
  for (const row of rows.filter((r) => r.finished_at)) {
    byKey.set(row.key, [...(byKey.get(row.key) ?? []), row])
  }
  const problems: string[] = []
  for (const [key, list] of byKey) {
    list.sort((a, b) => a.finished_at!.getTime() - b.finished_at!.getTime())
    for (let i = 1; i < list.length; i++) {
      const [before, after] = [list[i - 1]!, list[i]!]
      if (after.seq < before.seq) problems.push(`${key}: seq ${after.seq} finished after ${before.seq}`)
      if (after.started_at < before.finished_at!)
        problems.push(`${key}: seq ${after.seq} overlapped ${before.seq}`)
    }
  }
  return problems
}

describeWithPostgres('Postgres delivery queue shared by two replicas', () => {
  it('runs 1,000 deliveries on 100 keys once each, in order per key, on both replicas', async () => {
    const url = await database('share')
    const doors = [
      createPostgresQueue({ connectionString: url }),
      createPostgresQueue({ connectionString: url }),
    ]
    const replicas = await Promise.all([spawnReplica('a', url, 5), spawnReplica('b', url, 5)])
    try {
      await enqueueAll(doors, KEYS * PER_KEY)
      const rows = await waitForFinished(url, KEYS * PER_KEY, 90_000)

      expect(rows.filter((r) => r.finished_at)).toHaveLength(KEYS * PER_KEY)
      expect(new Set(rows.map((r) => r.delivery_id)).size).toBe(rows.length)
      expect(orderViolations(rows)).toEqual([])
      for (const name of ['a', 'b']) expect(rows.filter((r) => r.replica === name).length).toBeGreaterThan(0)
      await expect(waitForEmpty(doors[0]!, 10_000)).resolves.toBe(0)
    } finally {
      await Promise.all(replicas.map(stopReplica))
      await Promise.all(doors.map((d) => d.stop()))
    }
  }, 120_000)

  it("answers 'duplicate' for a redelivered id, from any replica and after a restart", async () => {
    const url = await database('dedupe')
    const [a, b] = [
      createPostgresQueue({ connectionString: url }),
      createPostgresQueue({ connectionString: url }),
    ]
    await expect(a.enqueue(delivery(1))).resolves.toBe('queued')
    await expect(a.enqueue(delivery(1))).resolves.toBe('duplicate')
    await expect(b.enqueue(delivery(1))).resolves.toBe('duplicate')
    // The same new id reaching both replicas at once is queued by exactly one.
    const raced = await Promise.all([a.enqueue(delivery(2)), b.enqueue(delivery(2))])
    expect(raced.sort()).toEqual(['duplicate', 'queued'])
    await expect(a.depth()).resolves.toBe(2)
    await Promise.all([a.stop(), b.stop()])

    const restarted = createPostgresQueue({ connectionString: url })
    await expect(restarted.enqueue(delivery(1))).resolves.toBe('duplicate')
    await expect(restarted.enqueue(delivery(3))).resolves.toBe('queued')
    await expect(restarted.depth()).resolves.toBe(3)
    await restarted.stop()
  }, 60_000)

  it('loses nothing when a replica is killed with SIGKILL in the middle of a job', async () => {
    const url = await database('kill')
    const door = createPostgresQueue({ connectionString: url })
    // 20 ms of work per delivery, so the kill lands while the victim has jobs in hand.
    const [victim, survivor] = await Promise.all([
      spawnReplica('victim', url, 20),
      spawnReplica('survivor', url, 20),
    ])
    try {
      const killed = new Promise<void>((resolve) => {
        victim.child.on('message', () => {
          if (victim.started === 150 && victim.child.signalCode === null) {
            victim.child.kill('SIGKILL')
            resolve()
          }
        })
      })
      await enqueueAll([door], KEYS * PER_KEY)
      await killed
      const rows = await waitForFinished(url, KEYS * PER_KEY, 90_000)

      const cutShort = rows.filter((r) => r.replica === 'victim' && !r.finished_at)
      expect(cutShort.length).toBeGreaterThan(0)
      const finished = new Set(rows.filter((r) => r.finished_at).map((r) => r.delivery_id))
      expect(finished.size).toBe(KEYS * PER_KEY)
      for (const row of cutShort) {
        expect(
          rows.some((r) => r.delivery_id === row.delivery_id && r.replica === 'survivor' && r.finished_at),
        ).toBe(true)
      }
      // At most the jobs the victim had in hand run twice.
      expect(rows.length - KEYS * PER_KEY).toBeLessThanOrEqual(CONCURRENCY)
      expect(orderViolations(rows)).toEqual([])
      await expect(waitForEmpty(door, 10_000)).resolves.toBe(0)
    } finally {
      await Promise.all([victim, survivor].map(stopReplica))
      await door.stop()
    }
  }, 120_000)

  it('reports a delivery whose handler throws, does not retry it, and goes on with its key', async () => {
    const url = await database('failure')
    const door = createPostgresQueue({ connectionString: url })
    const replica = await spawnReplica('only', url, 5)
    try {
      const key = 'acme/widgets#7'
      const steps = [{ seq: 0 }, { seq: 1, fail: true }, { seq: 2 }]
      for (const [i, payload] of steps.entries()) {
        await door.enqueue({ ...delivery(i), id: `failure-${i}`, key, payload })
      }
      await expect(waitForEmpty(door, 20_000)).resolves.toBe(0)
      const rows = await attempts(url)
      expect(rows.map((r) => [r.seq, r.finished_at !== null])).toEqual([
        [0, true],
        [1, false],
        [2, true],
      ])
      expect(replica.failed).toEqual(['failure-1'])
      expect(orderViolations(rows)).toEqual([])
    } finally {
      await stopReplica(replica)
      await door.stop()
    }
  }, 60_000)
})
