// The server host's pure parts: which deliveries it handles and in which queue, the in-process
// queue's ordering and dedupe, its settings from the environment, log scrubbing, and the
// emulator's App authentication (JWTs, installation tokens).
import { generateKeyPairSync, sign } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { App } from '@octokit/app'
import { Octokit } from '@octokit/core'
import type { Payload } from '../../src/core/payload.js'
import { routeDelivery } from '../../src/server/events.js'
import { SecretScrubber } from '../../src/server/log.js'
import { readServerEnv } from '../../src/server/main.js'
import { replicaTimings } from '../../src/server/queue-postgres.js'
import { InProcessQueue, RecentIds, type Delivery } from '../../src/server/queue.js'
import { appForJwt, createApp, installApp } from '../emulator/apps.js'
import { GitHubEmulator } from '../emulator/server.js'

const repository = { full_name: 'acme/widgets', default_branch: 'main' }

describe('routeDelivery', () => {
  const cases: Array<[string, string, object, object]> = [
    [
      'a new comment on a PR goes to the PR queue',
      'issue_comment',
      { action: 'created', issue: { number: 7 }, comment: { body: '/lgtm' }, sender: { type: 'User' } },
      { eventName: 'issue_comment', key: 'acme/widgets#7' },
    ],
    [
      'pull_request is run as pull_request_target',
      'pull_request',
      { action: 'synchronize', pull_request: { number: 3 } },
      { eventName: 'pull_request_target', key: 'acme/widgets#3' },
    ],
    [
      'repository-wide events share the repository queue',
      'check_suite',
      { action: 'completed', check_suite: {} },
      { eventName: 'check_suite', key: 'acme/widgets' },
    ],
    [
      'a PR closed without merging is not handled',
      'pull_request',
      { action: 'closed', pull_request: { number: 3, merged: false } },
      { skip: 'a PR closed without merging' },
    ],
    [
      'a merged PR is handled (milestone, cherry-picks)',
      'pull_request',
      { action: 'closed', pull_request: { number: 3, merged: true } },
      { eventName: 'pull_request_target', key: 'acme/widgets#3' },
    ],
    [
      'a label removed from an issue is handled',
      'issues',
      { action: 'unlabeled', issue: { number: 4 } },
      { eventName: 'issues', key: 'acme/widgets#4' },
    ],
    ['ping is not handled', 'ping', { zen: 'hi' }, { skip: 'ping events are not handled' }],
    [
      'a comment by a bot',
      'issue_comment',
      { action: 'created', issue: { number: 1 }, comment: { body: '/lgtm' }, sender: { type: 'Bot' } },
      { skip: 'comment by a bot' },
    ],
    [
      "bosun's own comment",
      'issue_comment',
      {
        action: 'created',
        issue: { number: 1 },
        comment: { body: '<!-- bosun:welcome -->/x' },
        sender: { type: 'User' },
      },
      { skip: 'comment written by bosun' },
    ],
    [
      'a comment without a slash',
      'issue_comment',
      { action: 'created', issue: { number: 1 }, comment: { body: 'thanks' }, sender: { type: 'User' } },
      { skip: 'comment without a command' },
    ],
    [
      "bosun's own status",
      'status',
      { context: 'bosun/merge', state: 'success' },
      { skip: "bosun's own or a pending status" },
    ],
    [
      'a pending status',
      'status',
      { context: 'ci', state: 'pending' },
      { skip: "bosun's own or a pending status" },
    ],
    [
      'a finished CI status',
      'status',
      { context: 'ci', state: 'success' },
      { eventName: 'status', key: 'acme/widgets' },
    ],
    [
      'a commented review without a command',
      'pull_request_review',
      { action: 'submitted', pull_request: { number: 2 }, review: { state: 'commented', body: 'nice' } },
      { skip: 'a review comment without a command' },
    ],
    [
      'a push to the default branch changing the config',
      'push',
      { ref: 'refs/heads/main', commits: [{ modified: ['.github/bosun.yml'] }] },
      { eventName: 'push', key: 'acme/widgets' },
    ],
    [
      'a push to the default branch not touching the config (needs-rebase)',
      'push',
      { ref: 'refs/heads/main', commits: [{ modified: ['README.md'] }] },
      { eventName: 'push', key: 'acme/widgets' },
    ],
    [
      'a push to another branch',
      'push',
      { ref: 'refs/heads/dev', commits: [] },
      { skip: 'push to a branch other than the default' },
    ],
  ]
  it.each(cases)('%s', (_what, name, payload, expected) => {
    expect(routeDelivery(name, { repository, ...payload } as Payload)).toMatchObject(expected)
  })

  it('keeps comments without a slash when translation is configured', () => {
    const payload = {
      repository,
      action: 'created',
      issue: { number: 1 },
      comment: { body: '你好' },
      sender: { type: 'User' },
    }
    expect(routeDelivery('issue_comment', payload as Payload, true)).toMatchObject({
      eventName: 'issue_comment',
    })
  })

  it('keeps a comment without a slash on a stale or rotten item (activity takes the label off)', () => {
    const payload = (label: string) =>
      ({
        repository,
        action: 'created',
        issue: { number: 1, labels: [{ name: label }] },
        comment: { body: 'Still working on it.' },
        sender: { type: 'User' },
      }) as Payload
    expect(routeDelivery('issue_comment', payload('lifecycle/stale'))).toMatchObject({
      eventName: 'issue_comment',
    })
    expect(routeDelivery('issue_comment', payload('lifecycle/rotten'))).toMatchObject({
      eventName: 'issue_comment',
    })
    expect(routeDelivery('issue_comment', payload('kind/bug'))).toEqual(
      expect.objectContaining({ skip: 'comment without a command' }),
    )
  })

  it('skips a payload without a repository', () => {
    expect(routeDelivery('issues', { action: 'opened', issue: { number: 1 } } as Payload)).toEqual({
      skip: 'the payload names no repository',
    })
  })
})

const delivery = (id: string, key: string): Delivery => ({
  id,
  key,
  name: 'issue_comment',
  payload: {},
  receivedAt: 0,
})
const tick = () => new Promise((r) => setTimeout(r, 1))

describe('InProcessQueue', () => {
  it('runs one key at a time in order, other keys in parallel up to the bound, and refuses repeated ids', async () => {
    const q = new InProcessQueue()
    const log: string[] = []
    let running = 0
    let peak = 0
    await q.start(
      async (d) => {
        peak = Math.max(peak, ++running)
        log.push(`start ${d.id}`)
        await tick()
        log.push(`end ${d.id}`)
        running--
      },
      { concurrency: 3 },
    )
    const answers = []
    for (let k = 0; k < 5; k++)
      for (const key of ['a', 'b', 'c', 'd']) answers.push(await q.enqueue(delivery(`${key}${k}`, key)))
    expect(await q.enqueue(delivery('a0', 'a'))).toBe('duplicate')
    expect(answers.every((a) => a === 'queued')).toBe(true)
    await q.stop()
    expect(peak).toBe(3)
    for (const key of ['a', 'b', 'c', 'd']) {
      const mine = log.filter((l) => l.endsWith(key) || l.includes(` ${key}`))
      expect(mine).toEqual([0, 1, 2, 3, 4].flatMap((k) => [`start ${key}${k}`, `end ${key}${k}`]))
    }
  })

  it('stop finishes what was accepted and takes nothing new', async () => {
    const q = new InProcessQueue()
    const done: string[] = []
    await q.start(async (d) => {
      await tick()
      done.push(d.id)
    })
    await q.enqueue(delivery('1', 'k'))
    await q.enqueue(delivery('2', 'k'))
    await q.stop()
    expect(done).toEqual(['1', '2'])
    await expect(q.enqueue(delivery('3', 'k'))).rejects.toThrow('queue is stopped')
    expect(await q.depth()).toBe(0)
  })

  it('a failing delivery is reported and the key goes on', async () => {
    const errors: string[] = []
    const q = new InProcessQueue({ onError: (d) => errors.push(d.id) })
    const done: string[] = []
    await q.start(async (d) => {
      if (d.id === '1') throw new Error('boom')
      done.push(d.id)
    })
    await q.enqueue(delivery('1', 'k'))
    await q.enqueue(delivery('2', 'k'))
    await q.stop()
    expect([errors, done]).toEqual([['1'], ['2']])
  })

  it('remembers a bounded number of ids', () => {
    const ids = new RecentIds(2)
    expect([ids.add('a'), ids.add('b'), ids.add('a'), ids.add('c'), ids.add('a')]).toEqual([
      true,
      true,
      false,
      true,
      true,
    ])
  })
})

const PEM = '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n'
describe('readServerEnv', () => {
  const base = { BOSUN_APP_ID: '42', BOSUN_PRIVATE_KEY: PEM, BOSUN_WEBHOOK_SECRET: 's3cret-value' }
  it('reads the App, port, API URL and queue', () => {
    expect(
      readServerEnv({
        ...base,
        PORT: '8080',
        GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
        DATABASE_URL: 'postgres://db/bosun',
      }),
    ).toMatchObject({
      appId: '42',
      port: 8080,
      apiUrl: 'https://ghe.example.com/api/v3',
      databaseUrl: 'postgres://db/bosun',
      sweepIntervalMs: 3_600_000,
    })
    expect(readServerEnv(base)).toMatchObject({
      port: 3000,
      apiUrl: 'https://api.github.com',
      databaseUrl: undefined,
    })
  })
  it.each([
    ['', undefined],
    ['label-policy', ['label-policy']],
    [' command-dispatch , auto-merge,', ['command-dispatch', 'auto-merge']],
  ])('BOSUN_PARTS=%j runs %j', (value, parts) => {
    expect(readServerEnv({ ...base, BOSUN_PARTS: value }).parts).toEqual(parts)
  })
  it('accepts a key with escaped newlines (one-line environment variables)', () => {
    expect(readServerEnv({ ...base, BOSUN_PRIVATE_KEY: PEM.replace(/\n/g, '\\n') }).privateKey).toBe(PEM)
  })
  const bad: Array<[string, object, string]> = [
    ['no app id', { BOSUN_APP_ID: '' }, 'set BOSUN_APP_ID'],
    ['a non-numeric app id', { BOSUN_APP_ID: 'bosun' }, 'set BOSUN_APP_ID'],
    ['no key', { BOSUN_PRIVATE_KEY: '' }, 'set BOSUN_PRIVATE_KEY (PEM text) or BOSUN_PRIVATE_KEY_PATH'],
    [
      'a missing key file',
      { BOSUN_PRIVATE_KEY: '', BOSUN_PRIVATE_KEY_PATH: '/nonexistent/key.pem' },
      'cannot read BOSUN_PRIVATE_KEY_PATH',
    ],
    ['a key that is not PEM', { BOSUN_PRIVATE_KEY: 'hunter2' }, 'not a PEM private key'],
    ['no webhook secret', { BOSUN_WEBHOOK_SECRET: '' }, 'set BOSUN_WEBHOOK_SECRET'],
    ['a bad port', { PORT: 'eighty' }, 'PORT must be a whole number'],
    ['a port out of range', { PORT: '70000' }, 'PORT must be at most 65535'],
    ['an unknown part', { BOSUN_PARTS: 'label-policy,translate' }, 'BOSUN_PARTS: no part named translate'],
    ['a replica timeout below 2 s', { BOSUN_REPLICA_TIMEOUT: '1' }, 'at least 2 seconds'],
    [
      'a replica timeout in words',
      { BOSUN_REPLICA_TIMEOUT: 'soon' },
      'BOSUN_REPLICA_TIMEOUT must be a whole',
    ],
    ['a short admin token', { BOSUN_ADMIN_TOKEN: 'short' }, 'at least 16 characters'],
  ]
  it('reads the replica timeout (default 30 s) and the admin token', () => {
    expect(readServerEnv(base)).toMatchObject({ replicaTimeoutMs: 30_000, adminToken: undefined })
    expect(
      readServerEnv({ ...base, BOSUN_REPLICA_TIMEOUT: '4', BOSUN_ADMIN_TOKEN: 'a-long-admin-token-1234' }),
    ).toMatchObject({ replicaTimeoutMs: 4_000, adminToken: 'a-long-admin-token-1234' })
  })
  it.each([
    [30_000, { staleMs: 30_000, heartbeatMs: 5_000, pollIntervalMs: 1_000 }],
    [2_000, { staleMs: 2_000, heartbeatMs: 333, pollIntervalMs: 333 }],
    [600_000, { staleMs: 600_000, heartbeatMs: 100_000, pollIntervalMs: 1_000 }],
  ])('a replica timeout of %d ms beats and polls %j', (timeout, timings) => {
    expect(replicaTimings(timeout)).toEqual(timings)
  })
  it.each(bad)('%s is a clear message', (_what, change, message) => {
    expect(() => readServerEnv({ ...base, ...change })).toThrow(message)
  })
})

describe('SecretScrubber', () => {
  it('replaces every known secret, ignores short values and stays bounded', () => {
    const s = new SecretScrubber()
    s.add('ghs_abcdefghijklmnop')
    s.add('abc')
    expect(s.scrub('token ghs_abcdefghijklmnop and abc, ghs_abcdefghijklmnop')).toBe(
      'token [secret] and abc, [secret]',
    )
    expect(s.scrubValue({ a: ['x ghs_abcdefghijklmnop'] })).toEqual({ a: ['x [secret]'] })
  })
})

describe('emulated GitHub App', () => {
  const pair = () =>
    generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    })
  const keys = pair()

  it('issues installation tokens to a JWT signed by the App, acting as the bot on the installed repositories', async () => {
    const emu = new GitHubEmulator()
    await emu.start()
    try {
      const repo = emu.state.createRepo('acme/widgets')
      const other = emu.state.createRepo('acme/other')
      const app = createApp(emu.state, { slug: 'bosun', publicKeyPem: keys.publicKey })
      const installation = installApp(emu.state, app, 'acme', [repo])
      const octokitApp = new App({
        appId: app.id,
        privateKey: keys.privateKey,
        Octokit: Octokit.defaults({ baseUrl: emu.url }),
      })
      const { data: installations } = await octokitApp.octokit.request('GET /app/installations')
      expect(installations.map((i) => i.id)).toEqual([installation.id])
      const octokit = await octokitApp.getInstallationOctokit(installation.id)
      const { data } = await octokit.request('GET /installation/repositories')
      expect(data.repositories.map((r) => r.full_name)).toEqual(['acme/widgets'])
      await octokit
        .request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
          owner: 'acme',
          repo: 'widgets',
          issue_number: 1,
          labels: ['x'],
        })
        .catch(() => undefined)
      const write = emu.requests.find((r) => r.operation === 'issues/add-labels')
      expect(write?.login).toBe('bosun[bot]')
      // The bot has no access where the App is not installed.
      await expect(
        octokit.request('POST /repos/{owner}/{repo}/labels', { owner: 'acme', repo: other.name, name: 'x' }),
      ).rejects.toMatchObject({ status: 403 })
      // A JWT opens the App's routes only; an installation token does not open them. (Octokit's
      // App auth would sign a JWT for /app routes by itself, so ask with the bare token.)
      const { token } = (await octokitApp.octokit.auth({
        type: 'installation',
        installationId: installation.id,
      })) as {
        token: string
      }
      const asToken = await fetch(`${emu.url}/app/installations`, {
        headers: { authorization: `token ${token}` },
      })
      expect(asToken.status).toBe(401)
      expect(emu.violations).toEqual([])
    } finally {
      await emu.stop()
    }
  })

  it('refuses a JWT signed with another key, expired, or longer than ten minutes', () => {
    const emu = new GitHubEmulator()
    const app = createApp(emu.state, { slug: 'bosun', publicKeyPem: keys.publicKey })
    const jwt = (privateKey: string, claims: object) => {
      const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
      const head = `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc(claims)}`
      return `${head}.${sign('RSA-SHA256', Buffer.from(head), privateKey).toString('base64url')}`
    }
    const now = Math.floor(Date.now() / 1000)
    expect(
      appForJwt(emu.state, jwt(keys.privateKey, { iss: app.id, iat: now - 30, exp: now + 540 })).id,
    ).toBe(app.id)
    const cases: Array<[string, string]> = [
      [jwt(pair().privateKey, { iss: app.id, iat: now - 30, exp: now + 540 }), 'could not be decoded'],
      [jwt(keys.privateKey, { iss: app.id, iat: now - 700, exp: now - 100 }), "'Expiration time'"],
      [jwt(keys.privateKey, { iss: app.id, iat: now - 30, exp: now + 3600 }), 'too far in the future'],
      [jwt(keys.privateKey, { iss: 999999, iat: now - 30, exp: now + 540 }), 'Integration not found'],
      ['not.a.jwt', 'could not be decoded'],
    ]
    for (const [token, message] of cases) expect(() => appForJwt(emu.state, token)).toThrow(message)
  })
})
