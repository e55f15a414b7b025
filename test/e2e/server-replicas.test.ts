// Two `bosun serve` processes on one Postgres, behind one webhook URL (a round-robin load balancer
// in the test), authenticating as the emulated App. 1,000 signed `/hold` and `/hold cancel`
// deliveries on 100 PRs: every comment's command applies exactly once and each PR's in the order sent;
// a delivery id sent to both replicas at once runs once; any replica answers for any delivery's
// record; and when one replica is killed with SIGKILL mid-run, the other finishes its jobs after
// the replica timeout, so nothing is lost.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import pg from 'pg'
import type { DeliveryRecord } from '../../src/server/server.js'
import { createApp, installApp, type Installation } from '../emulator/apps.js'
import { addComment, createPull, type Issue } from '../emulator/state.js'
import { deliverWebhook, type DeliveryAnswer } from '../emulator/webhooks.js'
import { node24 } from '../support/node24.js'
import { startLoadBalancer, type LoadBalancer } from '../support/load-balancer.js'
import { issueCommentPayload } from '../support/payloads.js'
import { startTestPostgres, type TestPostgres } from '../support/postgres.js'
import { ROOT } from '../support/run-action.js'
import { Scenario } from '../support/scenario.js'
import { appKeys, WEBHOOK_SECRET } from '../support/server-host.js'

const PRS = 100
const PER_PR = 10
const ADMIN_TOKEN = 'admin-token-for-the-records-0123'
/** Seconds a replica may be silent before the other frees its jobs (BOSUN_REPLICA_TIMEOUT). */
const REPLICA_TIMEOUT = 2
const HOLD = 'do-not-merge/hold'

const started = await startTestPostgres()
const cluster: TestPostgres | undefined = 'unavailable' in started ? undefined : started
if (!cluster)
  console.warn(`Skipping the server replica tests: ${(started as { unavailable: string }).unavailable}`)
const describeWithPostgres = cluster ? describe : describe.skip

interface Sent {
  id: number
  payload: object
}

interface Stream {
  pr: Issue
  list: Sent[]
}

interface Replica {
  name: string
  child: ChildProcess
  url: string
  exited: Promise<void>
  stderr: () => string
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })

/** `bosun serve` as the image runs it, as the emulated App, on the shared database. */
async function startReplica(name: string, env: Record<string, string>): Promise<Replica> {
  const port = await freePort()
  const child = spawn(node24(ROOT), [join(ROOT, 'bin', 'bosun.mjs'), 'serve'], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env, PORT: String(port) },
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (d) => (stderr += d))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  // The first start may compile the CLI (bin/bosun.mjs does when a source is newer).
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`replica ${name} exited: ${stderr}`)
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ready) break
    if (i > 2400) throw new Error(`replica ${name} did not become ready`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return { name, child, url, exited, stderr: () => stderr }
}

async function stopReplica(replica: Replica | undefined): Promise<void> {
  if (!replica) return
  if (replica.child.exitCode === null && replica.child.signalCode === null) replica.child.kill('SIGTERM')
  await replica.exited
}

describeWithPostgres('two bosun serve replicas on Postgres behind one webhook URL', () => {
  let s: Scenario
  let installation: Installation
  let databaseUrl: string
  const replicas: Replica[] = []
  let lb: LoadBalancer
  let env: Record<string, string>

  beforeAll(async () => {
    s = await new Scenario('acme/widgets').start({ files: { OWNERS: 'approvers: [maya]\n' } })
    s.people({ paula: null, colin: 'write', maya: 'admin' })
    const { publicKey, privateKey } = appKeys()
    const app = createApp(s.emu.state, { slug: 'bosun', publicKeyPem: publicKey })
    installation = installApp(s.emu.state, app, 'acme', [s.repo])
    databaseUrl = await cluster!.database('replicas')
    env = {
      BOSUN_APP_ID: String(app.id),
      BOSUN_PRIVATE_KEY: privateKey,
      BOSUN_WEBHOOK_SECRET: WEBHOOK_SECRET,
      GITHUB_API_URL: s.emu.url,
      BOSUN_SWEEP_INTERVAL: '0',
      DATABASE_URL: databaseUrl,
      BOSUN_REPLICA_TIMEOUT: String(REPLICA_TIMEOUT),
      BOSUN_ADMIN_TOKEN: ADMIN_TOKEN,
    }
    // One after the other: only the first may need to compile the CLI.
    replicas.push(await startReplica('a', env))
    replicas.push(await startReplica('b', env))
    lb = await startLoadBalancer(() => replicas.map((r) => r.url))
  }, 300_000)

  afterAll(async () => {
    await Promise.all(replicas.map(stopReplica))
    await lb?.close()
    await s?.stop()
    await cluster?.stop()
  }, 60_000)

  /**
   * Each PR's ten comments, /hold and /hold cancel alternating, with their payloads as GitHub
   * snapshots them when the comment is written: before any is handled, so no payload shows the hold
   * label, and each /hold adds it while each /hold cancel finds nothing to remove.
   */
  function comments(prs: number, title: string): Stream[] {
    return Array.from({ length: prs }, () => {
      const pr = createPull(s.emu.state, s.repo, { author: 'paula', title })
      const list = Array.from({ length: PER_PR }, (_, k) => {
        const c = addComment(s.emu.state, s.repo, pr.number, 'colin', k % 2 ? '/hold cancel' : '/hold')
        return { id: c.id, payload: issueCommentPayload(s.emu, s.repo, pr, c) }
      })
      return { pr, list }
    })
  }

  /** GitHub's side: a delivery that failed (a 5xx, or no answer) is redelivered with the same id. */
  async function deliverUntilAccepted(url: string, c: Sent, id: string): Promise<DeliveryAnswer> {
    const problems: string[] = []
    for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
      const answer = await deliverWebhook(`${url}/api/github/webhooks`, WEBHOOK_SECRET, {
        name: 'issue_comment',
        payload: c.payload,
        installationId: installation.id,
        id,
      }).catch((error: Error) => {
        problems.push(error.message)
        return undefined
      })
      if (answer && answer.status < 500) return answer
      if (answer) problems.push(`${answer.status} ${JSON.stringify(answer.body)}`)
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`delivery ${id} was never accepted: ${problems.slice(-3).join('; ')}`)
  }

  /** Every PR's stream at once, each PR's comments sent in order through the load balancer. */
  async function sendAll(streams: Stream[]): Promise<void> {
    await Promise.all(
      streams.map(async ({ list }) => {
        for (const c of list) {
          const answer = await deliverUntilAccepted(lb.url, c, `d-${c.id}`)
          expect([202, 200]).toContain(answer.status)
        }
      }),
    )
  }

  /** Reactions bosun made, by comment id, in the order the emulator received them. */
  function reactions(): Map<number, number[]> {
    const byComment = new Map<number, number[]>()
    for (const r of s.emu.requests) {
      if (r.operation !== 'reactions/create-for-issue-comment') continue
      const id = Number(r.path.split('/')[6])
      byComment.set(id, [...(byComment.get(id) ?? []), r.status])
    }
    return byComment
  }

  async function waitForReactions(ids: number[], timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const done = reactions()
      if (ids.every((id) => done.get(id)?.includes(201) || done.get(id)?.includes(200))) return
      if (Date.now() > deadline) throw new Error('timed out waiting for the replicas')
      await new Promise((r) => setTimeout(r, 200))
    }
  }

  /** Per PR, the comments' first successful reaction (each delivery's last write) came in comment order. */
  function orderViolations(streams: Stream[]): string[] {
    const firstAt = new Map<number, number>()
    s.emu.requests.forEach((r, index) => {
      if (r.operation !== 'reactions/create-for-issue-comment' || r.status !== 201) return
      const id = Number(r.path.split('/')[6])
      if (!firstAt.has(id)) firstAt.set(id, index)
    })
    const problems: string[] = []
    for (const { pr, list } of streams)
      for (let k = 1; k < list.length; k++)
        if (!(firstAt.get(list[k - 1]!.id)! < firstAt.get(list[k]!.id)!))
          problems.push(`#${pr.number}: comment ${k} applied before comment ${k - 1}`)
    return problems
  }

  const record = async (replica: Replica, id: string): Promise<{ status: number; body: DeliveryRecord }> => {
    const r = await fetch(`${replica.url}/deliveries?id=${encodeURIComponent(id)}`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    })
    return { status: r.status, body: (await r.json()) as DeliveryRecord }
  }

  /** Asks again until the answer is `settled` (a record's last write follows its job's end). */
  async function eventually<T>(ask: () => Promise<T>, settled: (answer: T) => boolean): Promise<T> {
    for (const deadline = Date.now() + 10_000; ;) {
      const answer = await ask()
      if (settled(answer) || Date.now() > deadline) return answer
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  /** A job is deleted a moment after its last write: wait for the queue to be empty. */
  async function queueDrained(timeoutMs: number): Promise<boolean> {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
        const { rows } = await client.query<{ n: number }>(
          'select count(*)::int as n from graphile_worker.jobs',
        )
        if (rows[0]!.n === 0) return true
        await new Promise((r) => setTimeout(r, 100))
      }
      return false
    } finally {
      await client.end()
    }
  }

  it('share 1,000 deliveries on 100 PRs: each applied exactly once, in order per PR, by both', async () => {
    const streams = comments(PRS, 'load')
    s.emu.resetLog()
    const started = Date.now()
    await sendAll(streams)
    const ids = streams.flatMap((x) => x.list.map((c) => c.id))
    await waitForReactions(ids, 90_000)
    const seconds = (Date.now() - started) / 1000
    console.log(`two replicas: ${ids.length} deliveries in ${seconds.toFixed(1)} s`)

    const done = reactions()
    // Exactly once: one reaction request per comment, and it created the reaction.
    expect(ids.filter((id) => done.get(id)?.join() !== '201')).toEqual([])
    expect(orderViolations(streams)).toEqual([])
    // Every /hold added the label once; no /hold cancel saw it in its payload.
    expect(streams.filter(({ pr }) => !pr.labels.includes(HOLD)).map(({ pr }) => pr.number)).toEqual([])
    expect(s.emu.requests.filter((r) => r.operation === 'issues/add-labels')).toHaveLength((PRS * PER_PR) / 2)
    expect(s.emu.requests.filter((r) => r.operation === 'issues/remove-label')).toHaveLength(0)
    // Both replicas took a share: each minted its own installation token.
    expect(
      s.emu.requests.filter((r) => r.operation === 'apps/create-installation-access-token'),
    ).toHaveLength(2)
    expect(s.emu.violations).toEqual([])
    await expect(queueDrained(10_000)).resolves.toBe(true)
    // Either replica lists every delivery's record, whichever received or ran it.
    const list = () =>
      fetch(`${replicas[1]!.url}/deliveries?limit=1000`, {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      }).then((r) => r.json() as Promise<DeliveryRecord[]>)
    const listed = await eventually(list, (records) => records.every((r) => r.outcome === 'done'))
    expect(listed.map((r) => r.id).sort()).toEqual(ids.map((id) => `d-${id}`).sort())
    expect(listed.filter((r) => r.outcome !== 'done')).toEqual([])
  }, 120_000)

  it('runs a delivery id sent to both replicas at once only once; either answers for its record', async () => {
    const streams = comments(10, 'raced')
    s.emu.resetLog()
    const answers = await Promise.all(
      streams.map(({ pr, list }) =>
        Promise.all(
          replicas.map((replica) => deliverUntilAccepted(replica.url, list[0]!, `raced-${pr.number}`)),
        ),
      ),
    )
    for (const pair of answers) expect(pair.map((a) => a.status).sort()).toEqual([200, 202])
    const ids = streams.map(({ list }) => list[0]!.id)
    await waitForReactions(ids, 30_000)
    expect(ids.map((id) => reactions().get(id)?.join())).toEqual(ids.map(() => '201'))
    expect(streams.every(({ pr }) => pr.labels.includes(HOLD))).toBe(true)
    // Whichever replica received or ran it, both tell the same record.
    for (const { pr } of streams) {
      const [a, b] = await eventually(
        () => Promise.all(replicas.map((replica) => record(replica, `raced-${pr.number}`))),
        (both) => both.every((r) => r.body.outcome === 'done'),
      )
      if (!a || !b) throw new Error('two replicas answer')
      expect(a.status).toBe(200)
      expect(a.body).toMatchObject({
        outcome: 'done',
        event: 'issue_comment',
        key: `acme/widgets#${pr.number}`,
      })
      expect(b.body).toEqual(a.body)
      expect(a.body.parts.map((p) => p.action)).toContain('command-dispatch')
    }
    expect((await record(replicas[0]!, 'never-sent')).status).toBe(404)
    const anonymous = await fetch(`${replicas[1]!.url}/deliveries?id=raced-1`)
    expect(anonymous.status).toBe(401)
    const tooMany = await fetch(`${replicas[1]!.url}/deliveries?limit=5000`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    })
    expect(tooMany.status).toBe(400)
    expect(s.emu.violations).toEqual([])
  }, 60_000)

  it('loses nothing when one replica is killed with SIGKILL mid-run: the other finishes its jobs', async () => {
    const streams = comments(PRS, 'killed')
    s.emu.resetLog()
    const ids = streams.flatMap((x) => x.list.map((c) => c.id))
    const sending = sendAll(streams)
    // Kill once a third of the work is done, while both replicas hold jobs.
    const victim = replicas[0]!
    for (;;) {
      const applied = [...reactions().values()].filter((list) => list.includes(201)).length
      if (applied >= ids.length / 3) break
      await new Promise((r) => setTimeout(r, 20))
    }
    const held = await victimsJobs(() => victim.child.kill('SIGKILL'))
    await victim.exited
    await sending
    await waitForReactions(ids, 90_000)

    expect(held.length).toBeGreaterThan(0)
    const done = reactions()
    // Each command applied once (a job cut short may have reacted before it died, and again: 200).
    expect(ids.filter((id) => done.get(id)?.filter((status) => status === 201).length !== 1)).toEqual([])
    expect(orderViolations(streams)).toEqual([])
    expect(streams.filter(({ pr }) => !pr.labels.includes(HOLD)).map(({ pr }) => pr.number)).toEqual([])
    // The jobs the victim held were run again by the survivor, whose records say so.
    for (const id of held) {
      const answer = await eventually(
        () => record(replicas[1]!, id),
        (r) => r.body.outcome === 'done',
      )
      expect(answer.body.outcome).toBe('done')
    }
    await expect(queueDrained(10_000)).resolves.toBe(true)
    expect(s.emu.violations).toEqual([])
  }, 120_000)

  /**
   * Kills the victim, then names the deliveries it was running: the jobs still locked by the worker
   * pool whose heartbeat stopped.
   */
  async function victimsJobs(kill: () => void): Promise<string[]> {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      const beat = async () =>
        new Map(
          (
            await client.query<{ pool_id: string; seen_at: Date }>('select * from bosun.queue_replicas')
          ).rows.map((r) => [r.pool_id, r.seen_at.getTime()]),
        )
      kill()
      const before = await beat()
      await new Promise((r) => setTimeout(r, (REPLICA_TIMEOUT * 1000) / 2))
      const after = await beat()
      const silent = [...before].filter(([pool, at]) => after.get(pool) === at).map(([pool]) => pool)
      const { rows } = await client.query<{ id: string }>(
        `select payload->>'id' as id from graphile_worker._private_jobs where locked_by = any($1::text[])`,
        [silent],
      )
      return rows.map((r) => r.id)
    } finally {
      await client.end()
    }
  }
})
