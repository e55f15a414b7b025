// bosun as a GitHub App: the webhook server against the emulator. A shared scenario table runs
// through both hosts (the all-in-one bundle as the Actions runner runs it, and signed webhooks to
// the server) and must leave identical end states; then what only a server has: signatures,
// redelivery, ordering under load, sweeps, App authentication and secret-safe logs.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { BUILTIN_LABELS } from '../../src/core/label-definitions.js'
import {
  addLabel,
  addStatus,
  addCheckRun,
  addComment,
  createIssue,
  createPull,
  latestStatuses,
  type Issue,
} from '../emulator/state.js'
import { metricsOptions } from '../../src/server/main.js'
import { createMetrics } from '../../src/server/metrics.js'
import { OpenAiEmulator } from '../emulator/openai.js'
import { checkPayload, issueCommentPayload, issuesPayload, pullRequestPayload } from '../support/payloads.js'
import { ROOT } from '../support/run-action.js'
import { BOT, Scenario } from '../support/scenario.js'
import { APP_BOT, appKeys, ServerHost, WEBHOOK_SECRET } from '../support/server-host.js'

const OWNERS_FILES = {
  OWNERS: 'approvers: [maya]\nreviewers: [colin]\n',
  'api/OWNERS': 'approvers: [ada]\nreviewers: [rev]\n',
}
const PEOPLE = { paula: null, li: null, colin: 'write', ada: 'read', rev: 'read', maya: 'admin' }
const OPENAI_KEY = 'sk-emulated-openai-key-0123456789'

/** What a scenario can do on either host: change the emulator, then deliver the event for it. */
interface Host {
  s: Scenario
  /** Delivers a webhook event (GitHub's name: `pull_request`) and waits until bosun is done with it. */
  send(name: string, payload: object): Promise<void>
}

const comment = async (h: Host, issue: Issue, author: string, body: string) => {
  const c = addComment(h.s.emu.state, h.s.repo, issue.number, author, body)
  await h.send('issue_comment', issueCommentPayload(h.s.emu, h.s.repo, issue, c))
}
const openPull = async (h: Host, options: Partial<Parameters<typeof createPull>[2]> = {}) => {
  const pr = createPull(h.s.emu.state, h.s.repo, {
    author: 'paula',
    title: 'api: add pagination',
    files: [{ filename: 'api/list.go', additions: 40, deletions: 3 }],
    ...options,
  })
  await h.send('pull_request', pullRequestPayload(h.s.emu, h.s.repo, pr))
  return pr
}

interface SharedScenario {
  name: string
  translate?: boolean
  play(h: Host): Promise<void>
  /** What the scenario must leave (checked on both hosts, before they are compared). */
  check(s: Scenario): void
}

const pr1 = (s: Scenario) => s.repo.issues.get(1)!
const ZH_TITLE = '在 Windows 上构建失败'
const ZH_BODY =
  '运行 `npm install` 之后，构建在 Windows 上失败了。你能看一下吗？我已经阅读了文档，但是没有找到答案。'

const SCENARIOS: SharedScenario[] = [
  {
    name: '/lgtm by an OWNERS reviewer',
    play: async (h) => comment(h, await openPull(h), 'rev', 'Nice and small.\n/lgtm'),
    check: (s) => expect(pr1(s).labels).toContain('lgtm'),
  },
  {
    name: '/approve by an OWNERS approver',
    play: async (h) => comment(h, await openPull(h), 'ada', '/approve'),
    check: (s) => expect(pr1(s).labels).toContain('approved'),
  },
  {
    name: '/hold, then /hold cancel',
    play: async (h) => {
      const pr = await openPull(h)
      await comment(h, pr, 'colin', '/hold\nWaiting for the release branch.')
      expect(pr.labels).toContain('do-not-merge/hold')
      await comment(h, pr, 'colin', '/hold cancel')
    },
    check: (s) => expect(pr1(s).labels).not.toContain('do-not-merge/hold'),
  },
  {
    name: 'label-policy: size and work in progress',
    play: async (h) => void (await openPull(h, { title: 'WIP: api: add pagination' })),
    check: (s) =>
      expect(pr1(s).labels).toEqual(expect.arrayContaining(['size/M', 'do-not-merge/work-in-progress'])),
  },
  {
    name: 'auto-merge merges a reviewed, approved, green PR',
    play: async (h) => {
      const pr = await openPull(h)
      await comment(h, pr, 'rev', '/lgtm')
      await comment(h, pr, 'ada', '/approve')
      await comment(h, pr, 'colin', '/ok-to-test')
      addCheckRun(h.s.repo, pr.pull!.head.sha, 'build', 'success')
      await h.send(
        'check_suite',
        checkPayload(h.s.emu, h.s.repo, 'check_suite', pr.pull!.head.sha, [pr.number]),
      )
    },
    check: (s) => {
      expect(pr1(s).pull!.merged).toBe(true)
      // Merged at the head that was reviewed.
      const merge = s.emu.requests.find((r) => r.operation === 'pulls/merge' && r.status === 200)
      expect(merge?.body).toMatchObject({ sha: pr1(s).pull!.head.sha })
    },
  },
  {
    name: 'issue-translate answers an issue written in Chinese',
    translate: true,
    play: async (h) => {
      const issue = createIssue(h.s.emu.state, h.s.repo, { author: 'li', title: ZH_TITLE, body: ZH_BODY })
      await h.send('issues', issuesPayload(h.s.emu, h.s.repo, issue))
    },
    check: (s) => {
      const replies = [...s.repo.comments.values()].filter((c) =>
        c.body.includes('<!-- bosun:translated -->'),
      )
      expect(replies).toHaveLength(1)
      expect(replies[0]?.body).toContain('Translated from Chinese to English')
    },
  },
]

function subjectName(s: Scenario, subject: string): string {
  const [kind, id] = subject.split(':')
  const c = kind === 'comment' ? s.repo.comments.get(Number(id)) : undefined
  if (!c) return subject
  const onIssue = [...s.repo.comments.values()].filter((x) => x.issueNumber === c.issueNumber)
  return `comment #${c.issueNumber}.${onIssue.indexOf(c)}`
}

/** Everything a scenario can change, with the bot's login (a user on Actions, the App's bot here) made neutral. */
function endState(s: Scenario, bot: string) {
  const neutral = (text: string) => text.split(bot).join('<bot>')
  return [...s.repo.issues.values()].map((i) => ({
    number: i.number,
    state: i.state,
    title: i.title,
    body: neutral(i.body),
    labels: [...i.labels].sort(),
    milestone: i.milestone,
    assignees: i.assignees,
    merged: i.pull?.merged,
    mergeMethod: i.pull?.mergeMethod,
    comments: [...s.repo.comments.values()]
      .filter((c) => c.issueNumber === i.number)
      .map((c) => `${neutral(c.user.login)}: ${neutral(c.body)}`),
    statuses: i.pull
      ? latestStatuses(s.repo, i.pull.head.sha)
          .map((x) => `${x.context}=${x.state} ${x.description} (${neutral(x.creator)})`)
          .sort()
      : [],
    // Comment ids differ between emulators: name a comment by its place on the issue instead.
    reactions: s.repo.reactions
      .map((r) => `${subjectName(s, r.subject)}:${r.content}:${neutral(r.user.login)}`)
      .sort(),
  }))
}

const ai = new OpenAiEmulator()
beforeAll(() => ai.start())
afterAll(() => ai.stop())

async function fresh(): Promise<Scenario> {
  const s = await new Scenario('acme/widgets').start({ files: OWNERS_FILES })
  s.people(PEOPLE)
  return s
}

async function throughBundles(sc: SharedScenario) {
  const s = await fresh()
  const inputs: Record<string, string> = sc.translate
    ? { 'openai-api-key': OPENAI_KEY, 'openai-base-url': ai.url }
    : {}
  const host: Host = {
    s,
    send: async (name, payload) => {
      const event = name === 'pull_request' ? 'pull_request_target' : name
      const run = await s.run('all-in-one', event, payload, inputs)
      if (run.code !== 0) throw new Error(`all-in-one failed on ${event}: ${run.stdout}${run.stderr}`)
    },
  }
  try {
    await sc.play(host)
    sc.check(s)
    expect(s.emu.violations).toEqual([])
    return endState(s, BOT)
  } finally {
    await s.stop()
  }
}

async function throughServer(sc: SharedScenario) {
  const s = await fresh()
  const server = await new ServerHost(s, {
    inputs: sc.translate ? { openaiApiKey: OPENAI_KEY, openaiBaseUrl: ai.url } : {},
  }).start()
  const host: Host = {
    s,
    send: async (name, payload) => {
      const answer = await server.send(name, payload)
      expect(answer.status).toBe(202)
      const record = server.server.delivery(answer.id)!
      if (record.outcome !== 'done') throw new Error(`delivery ${name} ${record.outcome}: ${record.error}`)
    },
  }
  try {
    await sc.play(host)
    sc.check(s)
    expect(s.emu.violations).toEqual([])
    return endState(s, server.bot)
  } finally {
    await server.stop()
    await s.stop()
  }
}

describe('one scenario table, two hosts, the same end state', () => {
  it.each(SCENARIOS.map((sc) => [sc.name, sc] as const))('%s', async (_name, sc) => {
    const [bundles, server] = await Promise.all([throughBundles(sc), throughServer(sc)])
    expect(server).toEqual(bundles)
  })
})

describe('the server', () => {
  let s: Scenario
  let host: ServerHost

  beforeAll(async () => {
    s = await fresh()
    // The labels bosun manages exist already, so a sweep's label sync has nothing to create.
    for (const l of BUILTIN_LABELS) addLabel(s.repo, l.name, l.color, l.description)
    host = await new ServerHost(s).start()
  })
  afterAll(async () => {
    await host.stop()
    await s.stop()
  })
  afterEach(() => expect(s.emu.violations).toEqual([]))

  const holdComment = (pr: Issue, body = '/hold') => {
    const c = addComment(s.emu.state, s.repo, pr.number, 'colin', body)
    return issueCommentPayload(s.emu, s.repo, pr, c)
  }

  it('sweeps every installed repository on its timer, one sweep per repository at a time', async () => {
    const pr = createPull(s.emu.state, s.repo, {
      author: 'paula',
      title: 'ready',
      labels: ['lgtm', 'approved'],
    })
    // Reviewed by the App itself: the statuses bosun trusts are its own.
    addStatus(s.repo, pr.pull!.head.sha, 'bosun/lgtm', 'success', 'LGTM by rev.', APP_BOT)
    addStatus(s.repo, pr.pull!.head.sha, 'bosun/approve', 'success', 'Approved by ada.', APP_BOT)
    addCheckRun(s.repo, pr.pull!.head.sha, 'build', 'success')
    const [first, second] = await Promise.all([host.server.sweep(1), host.server.sweep(2)])
    expect(first + second).toBe(1)
    await host.server.idle()
    expect(pr.pull!.merged).toBe(true)
    const record = host.server.deliveries().find((d) => d.event === 'schedule' && d.outcome === 'done')
    expect(record?.parts.map((p) => p.action)).toEqual(['label-policy', 'auto-merge'])
  })

  it('rejects a delivery with a bad signature with 401 and does nothing', async () => {
    const pr = createPull(s.emu.state, s.repo, { author: 'paula', title: 'a change' })
    s.emu.resetLog()
    const before = host.server.deliveries().length
    const answer = await host.deliver(
      { name: 'issue_comment', payload: holdComment(pr) },
      { signWith: 'not-the-secret' },
    )
    await host.server.idle()
    expect(answer.status).toBe(401)
    expect(s.emu.requests).toEqual([])
    expect(pr.labels).toEqual([])
    expect(host.server.deliveries()).toHaveLength(before)
    expect(host.logLines.join('\n')).toContain('webhook signature does not match')
  })

  it('processes a redelivery (the same delivery id) only once', async () => {
    const pr = createPull(s.emu.state, s.repo, { author: 'paula', title: 'a change' })
    const payload = holdComment(pr)
    const first = await host.send('issue_comment', payload)
    expect(first.status).toBe(202)
    expect(pr.labels).toEqual(['do-not-merge/hold'])
    // Someone removes the hold by hand; a re-run of the old delivery must not put it back.
    pr.labels = []
    s.emu.resetLog()
    const again = await host.send('issue_comment', payload, first.id)
    expect(again).toMatchObject({ status: 200, body: { duplicate: true } })
    expect(s.emu.requests).toEqual([])
    expect(pr.labels).toEqual([])
    expect(host.server.deliveries().filter((d) => d.id === first.id)).toHaveLength(1)
  })

  it('applies 200 deliveries on 20 PRs, sent at once, in order per PR and in parallel across PRs', async () => {
    const prs = Array.from({ length: 20 }, (_, i) =>
      createPull(s.emu.state, s.repo, { author: 'paula', title: `change ${i}` }),
    )
    // Every comment exists before the burst (GitHub sends its events as they happen).
    const bursts = prs.map((pr) =>
      Array.from({ length: 10 }, (_, k) => ({
        pr,
        payload: holdComment(pr, k % 2 ? '/hold cancel' : '/hold'),
      })),
    )
    s.emu.resetLog()
    s.emu.latencyMs = 5
    const ids = new Map<number, string[]>()
    try {
      // Each PR's deliveries leave in order; the 20 PRs' streams overlap.
      await Promise.all(
        bursts.map(async (burst) => {
          for (const { pr, payload } of burst) {
            const answer = await host.deliver({ name: 'issue_comment', payload })
            expect(answer.status).toBe(202)
            ids.set(pr.number, [...(ids.get(pr.number) ?? []), answer.id])
          }
        }),
      )
      await host.server.idle()
    } finally {
      s.emu.latencyMs = 0
    }
    for (const [number, list] of ids) {
      const records = list.map((id) => host.server.delivery(id)!)
      expect(records.map((r) => r.outcome)).toEqual(Array(10).fill('done'))
      // One at a time per PR: each starts after the previous one finished, in arrival order.
      for (let k = 1; k < records.length; k++)
        expect(records[k]!.startedAt!).toBeGreaterThanOrEqual(records[k - 1]!.finishedAt!)
      // The reaction is each delivery's last write: their order is the order the commands applied in.
      const commentIds = records.map((r) =>
        String(host.server.delivery(r.id)!.parts[0]?.commands[0]?.command),
      )
      expect(commentIds).toEqual(Array.from({ length: 10 }, (_, k) => (k % 2 ? '/hold cancel' : '/hold')))
      const reacted = s.emu.requests
        .filter((r) => r.operation === 'reactions/create-for-issue-comment' && r.status === 201)
        .map((r) => Number(r.path.split('/')[6]))
        .filter((id) => s.repo.comments.get(id)?.issueNumber === number)
      const commentsOfPr = [...s.repo.comments.values()]
        .filter((c) => c.issueNumber === number)
        .map((c) => c.id)
      expect(reacted).toEqual(commentsOfPr)
    }
    // Other PRs ran at the same time, within the bound.
    const all = [...ids.values()].flat().map((id) => host.server.delivery(id)!)
    const edges = all.flatMap((d) => [
      { at: d.startedAt!, step: 1 },
      { at: d.finishedAt!, step: -1 },
    ])
    edges.sort((a, b) => a.at - b.at || a.step - b.step)
    let running = 0
    let overlap = 0
    for (const e of edges) overlap = Math.max(overlap, (running += e.step))
    expect(overlap).toBeGreaterThan(1)
    expect(overlap).toBeLessThanOrEqual(8)
    // One installation token served every delivery (cached until it expires).
    expect(
      s.emu.requests.filter((r) => r.operation === 'apps/create-installation-access-token').length,
    ).toBeLessThanOrEqual(1)
  })

  it('acts as the App: installation tokens are the bot user, minted once and reused', async () => {
    const pr = createPull(s.emu.state, s.repo, { author: 'paula', title: 'a change' })
    await host.send('issue_comment', holdComment(pr, '/meow-not-a-command\n/hold'))
    const writes = s.emu.writes().filter((w) => w.path.includes(`/issues/${pr.number}/`))
    expect(writes.length).toBeGreaterThan(0)
    expect(new Set(writes.map((w) => w.login))).toEqual(new Set([APP_BOT]))
  })

  it('ignores events the workflow would not run for, with a record saying why', async () => {
    const pr = createPull(s.emu.state, s.repo, { author: 'paula', title: 'a change' })
    s.emu.resetLog()
    const closed = await host.send('pull_request', pullRequestPayload(s.emu, s.repo, pr, 'closed'))
    const ping = await host.send('ping', { zen: 'Keep it logically awesome.', hook_id: 1 })
    expect([closed.status, ping.status]).toEqual([200, 200])
    expect(host.server.delivery(closed.id)).toMatchObject({
      outcome: 'ignored',
      reason: 'a PR closed without merging',
    })
    expect(host.server.delivery(ping.id)).toMatchObject({ outcome: 'ignored' })
    expect(s.emu.requests).toEqual([])
  })

  it('runs only the parts it is told to (parts, BOSUN_PARTS): label-policy alone on a new PR', async () => {
    const only = await new ServerHost(
      s,
      { parts: ['label-policy'] },
      { app: host.app, installation: host.installation },
    ).start()
    try {
      const opened = () =>
        createPull(s.emu.state, s.repo, {
          author: 'paula',
          title: 'WIP: a change',
          body: 'Not ready yet.\n/hold',
          files: [{ filename: 'api/list.go', additions: 40, deletions: 3 }],
        })
      const alone = opened()
      const answer = await only.send('pull_request', pullRequestPayload(s.emu, s.repo, alone))
      expect(only.server.delivery(answer.id)?.parts.map((p) => p.action)).toEqual(['label-policy'])
      // label-policy's labels, and no /hold: command-dispatch did not run.
      expect(alone.labels).toEqual(expect.arrayContaining(['do-not-merge/work-in-progress', 'size/M']))
      expect(alone.labels).not.toContain('do-not-merge/hold')
      // The same delivery to a server with every part: command-dispatch holds it.
      const every = opened()
      const all = await host.send('pull_request', pullRequestPayload(s.emu, s.repo, every))
      expect(host.server.delivery(all.id)?.parts.map((p) => p.action)).toEqual(
        expect.arrayContaining(['command-dispatch', 'label-policy', 'auto-merge']),
      )
      expect(every.labels).toContain('do-not-merge/hold')
    } finally {
      await only.stop()
    }
  })

  it('tells an observer (metrics) every outcome and serves its extra routes', async () => {
    const seen: string[] = []
    const observed = await new ServerHost(s, {
      onDelivery: (e) => seen.push(`${e.event}:${e.outcome}`),
      routes: { '/metrics': (_req, res) => void res.end('bosun_up 1\n') },
    }).start()
    try {
      const pr = createPull(s.emu.state, s.repo, { author: 'paula', title: 'observed' })
      const payload = holdComment(pr)
      const first = await observed.send('issue_comment', payload)
      await observed.send('issue_comment', payload, first.id)
      await observed.send('ping', { zen: 'hi', hook_id: 1 })
      await observed.deliver({ name: 'issue_comment', payload }, { signWith: 'forged' })
      expect(seen).toEqual([
        'issue_comment:ok',
        'issue_comment:duplicate',
        'ping:ignored',
        'issue_comment:rejected',
      ])
      expect(await (await fetch(`${observed.server.url}/metrics`)).text()).toBe('bosun_up 1\n')
    } finally {
      await observed.stop()
    }
  })

  // The wiring `bosun serve` uses: deliveries, the queue and every GitHub request reach /metrics.
  it('serves Prometheus metrics of deliveries, queue depth and GitHub requests at /metrics', async () => {
    const metrics = createMetrics({ processMetrics: false })
    const host = await new ServerHost(s, metricsOptions(metrics)).start()
    metrics.setQueueDepthSource(() => host.server.queue.depth())
    try {
      const pr = createPull(s.emu.state, s.repo, { author: 'paula', title: 'measured' })
      await host.send('issue_comment', holdComment(pr))
      const res = await fetch(`${host.server.url}/metrics`)
      expect(res.headers.get('content-type')).toContain('text/plain')
      const text = await res.text()
      expect(text).toContain('bosun_deliveries_total{event="issue_comment",outcome="ok"} 1')
      expect(text).toMatch(/bosun_queue_depth 0/)
      const requests = [...text.matchAll(/^bosun_github_requests_total\{[^}]*\} (\d+)$/gm)]
      expect(requests.reduce((n, m) => n + Number(m[1]), 0)).toBeGreaterThanOrEqual(3)
      expect(text).toMatch(/^bosun_github_rate_limit_remaining\{/m)
    } finally {
      await host.stop()
    }
  })

  it('answers /healthz and /readyz, and never logs a secret', async () => {
    expect((await fetch(`${host.server.url}/healthz`)).status).toBe(200)
    expect((await fetch(`${host.server.url}/readyz`)).status).toBe(200)
    const logs = host.logLines.join('\n')
    expect(logs).toContain('"msg":"delivery done"')
    for (const secret of [WEBHOOK_SECRET, ...s.emu.state.tokens.keys()].filter(
      (t) => t.startsWith('ghs_') || t === WEBHOOK_SECRET,
    ))
      expect(logs).not.toContain(secret)
    expect(logs).not.toContain(appKeys().privateKey.split('\n')[1])
  })
})

describe('graceful shutdown', () => {
  it('stops accepting, finishes the deliveries it accepted, then reports not ready', async () => {
    const s = await fresh()
    const host = await new ServerHost(s).start()
    try {
      const prs = Array.from({ length: 3 }, () =>
        createPull(s.emu.state, s.repo, { author: 'paula', title: 'x' }),
      )
      s.emu.latencyMs = 20
      for (const pr of prs) {
        const c = addComment(s.emu.state, s.repo, pr.number, 'colin', '/hold')
        expect(
          (await host.deliver({ name: 'issue_comment', payload: issueCommentPayload(s.emu, s.repo, pr, c) }))
            .status,
        ).toBe(202)
      }
      const stopped = host.stop()
      await stopped
      for (const pr of prs) expect(pr.labels).toEqual(['do-not-merge/hold'])
      await expect(fetch(`${host.server.url}/readyz`)).rejects.toThrow()
    } finally {
      s.emu.latencyMs = 0
      await s.stop()
    }
  })
})

describe('bosun serve, the command', () => {
  const bosun = (args: string[], env: Record<string, string> = {}) =>
    spawn(process.execPath, [join(ROOT, 'bin', 'bosun.mjs'), ...args], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
      cwd: ROOT,
    })
  const collect = (child: ReturnType<typeof bosun>) => {
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    const code = new Promise<number>((res) => child.on('close', (c) => res(c ?? -1)))
    return { code, out: () => out }
  }

  it('--emulator tells the demo story through the server, ending in the merge', async () => {
    const run = collect(bosun(['serve', '--emulator']))
    expect(await run.code).toBe(0)
    expect(run.out()).toMatch(/bosun serve on http:\/\/127\.0\.0\.1:\d+ as the App bosun\[bot\]/)
    expect(run.out()).toContain('merged (merge) at the reviewed head')
    expect(run.out()).toMatch(/\d+ deliveries \(\d+ done, 1 ignored\)/)
  }, 300_000)

  it('refuses to start without its settings, saying which is missing', async () => {
    const run = collect(bosun(['serve'], { BOSUN_APP_ID: '1' }))
    expect(await run.code).toBe(2)
    expect(run.out()).toContain('set BOSUN_WEBHOOK_SECRET')
    expect(run.out()).not.toContain('    at ')
  }, 300_000)

  it('serves until SIGTERM, then stops cleanly', async () => {
    const s = await fresh()
    const { privateKey } = appKeys()
    const port = 30000 + Math.floor(Math.random() * 20000)
    const child = bosun(['serve'], {
      BOSUN_APP_ID: '1',
      BOSUN_PRIVATE_KEY: privateKey,
      BOSUN_WEBHOOK_SECRET: WEBHOOK_SECRET,
      GITHUB_API_URL: s.emu.url,
      PORT: String(port),
    })
    const run = collect(child)
    try {
      let ready = false
      for (let i = 0; i < 600 && !ready; i++) {
        ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
          (r) => r.ok,
          () => false,
        )
        if (!ready) await new Promise((r) => setTimeout(r, 200))
      }
      expect(ready).toBe(true)
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200)
      child.kill('SIGTERM')
      expect(await run.code).toBe(0)
      expect(run.out()).toContain('bosun server stopped')
      expect(run.out()).not.toContain(WEBHOOK_SECRET)
    } finally {
      child.kill('SIGKILL')
      await s.stop()
    }
  }, 300_000)
})
