// The server host in `npm run bench` (alone: `npm run bench -- --server`): `bosun serve` as its own
// process (one replica, in-process queue) against the emulator at 50 ms latency. Measures, from the
// delivery leaving the sender to the emulator receiving bosun's last write for it (the reaction
// that records the comment as handled): p50 and p99 for /hold and /lgtm; deliveries per second
// over 1,000 deliveries on 100 PRs; and the server's resident memory, idle and under that load.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { botLogin, createApp, installApp, type Installation } from '../test/emulator/apps.js'
import { addComment, createPull, type Issue } from '../test/emulator/state.js'
import { deliverWebhook } from '../test/emulator/webhooks.js'
import { issueCommentPayload } from '../test/support/payloads.js'
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

function percentile(sorted: number[], p: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
  if (value === undefined) throw new Error('percentile of no samples')
  return value
}

interface Harness {
  s: Scenario
  child: ChildProcess
  url: string
  installation: Installation
  bot: string
}

async function startServer(): Promise<Harness> {
  const s = new Scenario('acme/bench')
  await s.start({ files: { OWNERS: 'approvers: [maya]\nreviewers: [rev]\n' } })
  s.people({ paula: null, rev: 'write', maya: 'admin', colin: 'write' })
  const { publicKey, privateKey } = appKeys()
  const app = createApp(s.emu.state, { slug: 'bosun', publicKeyPem: publicKey })
  const installation = installApp(s.emu.state, app, 'acme', [s.repo])
  const port = await freePort()
  const child = spawn(process.execPath, [join(ROOT, '.tools-build', 'src', 'cli', 'main.js'), 'serve'], {
    env: {
      PATH: process.env.PATH,
      BOSUN_APP_ID: String(app.id),
      BOSUN_PRIVATE_KEY: privateKey,
      BOSUN_WEBHOOK_SECRET: WEBHOOK_SECRET,
      GITHUB_API_URL: s.emu.url,
      PORT: String(port),
      BOSUN_SWEEP_INTERVAL: '0',
    },
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
  return { s, child, url: `${url}/api/github/webhooks`, installation, bot: botLogin(app) }
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

    // Throughput: 1,000 deliveries on 100 PRs, each PR's 10 sent in order, the PRs' streams at once.
    const prs: Issue[] = Array.from({ length: 100 }, () =>
      createPull(h.s.emu.state, h.s.repo, { author: 'paula', title: 'load' }),
    )
    const streams = prs.map((pr) =>
      Array.from({ length: 10 }, (_, k) => {
        const c = addComment(h.s.emu.state, h.s.repo, pr.number, 'colin', k % 2 ? '/hold cancel' : '/hold')
        return { id: c.id, payload: issueCommentPayload(h.s.emu, h.s.repo, pr, c) }
      }),
    )
    let peakMb = idleMb
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
    // Per PR, the reactions (each delivery's last write) came in the order the comments were sent.
    const inOrder = streams.every((stream) =>
      stream.every((d, k) => k === 0 || reactedAt(h, stream[k - 1]!.id)! <= reactedAt(h, d.id)!),
    )
    const perSecond = Math.round(1000 / seconds)
    results.serverHost = {
      latencyMs: LATENCY_MS,
      latency,
      throughput: { deliveries: 1000, prs: 100, seconds, perSecond, inOrder },
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
    h.child.kill('SIGTERM')
    await new Promise((r) => h.child.once('exit', r))
    await h.s.stop()
  }
}
