// One `bosun serve` replica's queue, as a child process of test/e2e/server-postgres.test.ts (run by
// Node 24, which strips the source's types). Each delivery is recorded in test_attempts when it
// starts and when it finishes, so the test can see order, overlap, and work a SIGKILL cut short.
import pg from 'pg'
import { createPostgresQueue } from '../../src/server/queue-postgres.ts'

const [name, workMs, concurrency] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])]
const connectionString = process.env.DATABASE_URL
const effects = new pg.Pool({ connectionString, max: concurrency + 1 })
const queue = createPostgresQueue({
  connectionString,
  heartbeatMs: 250,
  staleMs: 1_500,
  pollIntervalMs: 250,
  onError: (_error, delivery) => process.send?.({ failed: delivery.id }),
})

async function work(delivery) {
  const { rows } = await effects.query(
    `insert into test_attempts (delivery_id, key, seq, replica) values ($1, $2, $3, $4) returning n`,
    [delivery.id, delivery.key, delivery.payload.seq, name],
  )
  process.send?.({ started: delivery.id })
  if (delivery.payload.fail) throw new Error('this delivery fails')
  await new Promise((resolve) => setTimeout(resolve, workMs))
  await effects.query('update test_attempts set finished_at = clock_timestamp() where n = $1', [rows[0].n])
}

process.on('SIGTERM', async () => {
  await queue.stop()
  await effects.end()
  process.exit(0)
})
await queue.start(work, { concurrency })
process.send?.({ ready: name })
