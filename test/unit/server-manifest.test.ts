import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import {
  EVENT_PERMISSION,
  manifestFor,
  manifestPage,
  newAppUrl,
  parseManifest,
  parseSetupArgs,
  setupCommand,
  startSetup,
  webhookEventOf,
  writeCredentials,
  type SetupOptions,
} from '../../src/server/manifest.js'
import { GitHubEmulator } from '../emulator/server.js'
import { confirmManifest, createdApps } from '../emulator/manifests.js'

const ROOT = process.cwd()
const manifest = parseManifest(readFileSync(join(ROOT, 'app.yml'), 'utf8'))

interface Workflow {
  on: Record<string, unknown>
  jobs: Record<string, { permissions?: Record<string, string> }>
}
const templates = readdirSync(join(ROOT, 'workflows-templates'))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => ({
    file: f,
    workflow: parse(readFileSync(join(ROOT, 'workflows-templates', f), 'utf8')) as Workflow,
  }))

/** The permissions the templates' jobs ask for, highest access per scope, in the App's spelling. */
function templatePermissions(): Record<string, string> {
  const wanted: Record<string, string> = {}
  for (const { workflow } of templates) {
    for (const job of Object.values(workflow.jobs)) {
      for (const [scope, access] of Object.entries(job.permissions ?? {})) {
        const name = scope.replace(/-/g, '_')
        if (wanted[name] !== 'write') wanted[name] = access
      }
    }
  }
  return wanted
}

describe('app.yml against the workflow templates', () => {
  const subscribed = new Set(
    templates.flatMap(({ workflow }) => Object.keys(workflow.on).map(webhookEventOf)),
  )
  subscribed.delete(undefined)

  it('subscribes every webhook event the templates run on, and no other', () => {
    expect([...manifest.default_events].sort()).toEqual([...subscribed].sort())
  })

  it.each(templates.map((t) => [t.file, t.workflow] as const))(
    'covers every trigger of %s',
    (_file, workflow) => {
      for (const trigger of Object.keys(workflow.on)) {
        const event = webhookEventOf(trigger)
        if (event) expect(manifest.default_events).toContain(event)
      }
    },
  )

  it("grants what the templates' jobs ask for, plus metadata and team membership (an Actions token has neither)", () => {
    expect(manifest.default_permissions).toEqual({
      ...templatePermissions(),
      metadata: 'read',
      members: 'read',
    })
  })

  it.each(Object.entries(EVENT_PERMISSION))(
    'holds the permission GitHub requires for %s (%s)',
    (event, scope) => {
      if (manifest.default_events.includes(event)) expect(manifest.default_permissions[scope]).toBeDefined()
    },
  )
})

describe('parseManifest', () => {
  const valid = readFileSync(join(ROOT, 'app.yml'), 'utf8')
  it.each([
    ['a list', '- a list', 'app.yml: name is required'],
    ['no url', 'name: x', 'url is required'],
    [
      'an unknown access',
      valid.replace('statuses: write', 'statuses: admin'),
      'statuses must be read or write',
    ],
    [
      'an unknown event',
      valid.replace('  - push', '  - deployment'),
      'deployment is not an event bosun knows',
    ],
    [
      'an event without its permission',
      valid.replace(/ {2}checks: read.*\n/, ''),
      'check_suite needs the checks',
    ],
  ])('rejects %s', (_label, text, message) => {
    expect(() => parseManifest(text)).toThrow(message)
  })
})

describe('the manifest sent to GitHub', () => {
  it('carries the webhook URL, its origin as homepage, and our callback', () => {
    const sent = manifestFor(manifest, {
      webhookUrl: 'https://bots.acme.dev/api/github/webhooks',
      redirectUrl: 'http://127.0.0.1:3000/callback',
      name: 'acme-bosun',
    })
    expect(sent).toMatchObject({
      name: 'acme-bosun',
      url: 'https://bots.acme.dev',
      hook_attributes: { url: 'https://bots.acme.dev/api/github/webhooks', active: true },
      redirect_url: 'http://127.0.0.1:3000/callback',
      default_events: manifest.default_events,
      default_permissions: manifest.default_permissions,
    })
  })

  it.each([
    ['https://github.com', undefined, 'https://github.com/settings/apps/new?state=s1'],
    ['https://github.com', 'acme', 'https://github.com/organizations/acme/settings/apps/new?state=s1'],
    ['https://ghe.acme.dev', 'a b', 'https://ghe.acme.dev/organizations/a%20b/settings/apps/new?state=s1'],
  ])('posts to %s for org %s: %s', (githubUrl, org, url) => {
    expect(newAppUrl(githubUrl, 's1', org)).toBe(url)
  })

  it('escapes the manifest into the form, so a name cannot inject markup', () => {
    const page = manifestPage(
      { ...manifest, name: '"><script>x</script>' },
      'https://github.com/settings/apps/new',
    )
    expect(page).not.toContain('<script>')
    const value = /name="manifest" value="([^"]*)"/.exec(page)![1]!
    expect(JSON.parse(unescapeHtml(value)).name).toBe('"><script>x</script>')
  })
})

function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  )
}

describe('parseSetupArgs', () => {
  const env = {}
  it.each([
    [['--setup'], '--webhook-url is required'],
    [['--setup', '--webhook-url'], '--webhook-url needs a value'],
    [['--setup', '--webhook-url', 'bots.acme.dev'], 'is not a URL'],
    [['--setup', '--webhook-url', 'ftp://bots.acme.dev'], 'is not an http(s) URL'],
    [['--setup', '--webhook-url=https://x.dev/h', '--port', '70000'], '--port 70000 is not a port'],
    [['--setup', '--webhook-url=https://x.dev/h', '--verbose'], 'unknown option --verbose'],
  ])('rejects %j', (argv, message) => {
    const parsed = parseSetupArgs(argv, env)
    expect('error' in parsed && parsed.error).toContain(message)
  })

  it.each([
    [{}, 'https://api.github.com', 'https://github.com'],
    [
      { GITHUB_API_URL: 'https://ghe.acme.dev/api/v3' },
      'https://ghe.acme.dev/api/v3',
      'https://ghe.acme.dev',
    ],
  ])('reads %j for the API and web addresses', (vars, apiUrl, githubUrl) => {
    expect(parseSetupArgs(['--setup', '--webhook-url', 'https://x.dev/h', '--org=acme'], vars)).toEqual({
      webhookUrl: 'https://x.dev/h',
      org: 'acme',
      name: undefined,
      out: 'bosun-app',
      port: 3000,
      apiUrl,
      githubUrl,
      manifestFile: undefined,
    })
  })
})

describe('bosun serve --setup against the emulator', () => {
  const emu = new GitHubEmulator()
  beforeAll(() => emu.start())
  afterAll(() => emu.stop())

  const options = (out: string): SetupOptions => ({
    webhookUrl: 'https://bots.acme.dev/api/github/webhooks',
    org: 'acme',
    out,
    port: 0,
    githubUrl: 'https://github.com',
    apiUrl: emu.url,
  })

  /** What the person's browser does: load our page, submit its form on GitHub, follow the redirect. */
  async function confirmOnGitHub(pageUrl: string) {
    const page = await (await fetch(pageUrl)).text()
    const action = new URL(unescapeHtml(/<form action="([^"]*)"/.exec(page)![1]!))
    const manifestJson = unescapeHtml(/name="manifest" value="([^"]*)"/.exec(page)![1]!)
    return { action, manifestJson, code: confirmManifest(emu.state, manifestJson, 'acme') }
  }

  it('creates the App and writes its id, key and secret readable by the owner only', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bosun-setup-')), 'creds')
    const setup = await startSetup(options(out))
    try {
      const { action, manifestJson, code } = await confirmOnGitHub(setup.pageUrl)
      expect(`${action.origin}${action.pathname}`).toBe(
        'https://github.com/organizations/acme/settings/apps/new',
      )
      expect(JSON.parse(manifestJson).redirect_url).toBe(`${setup.pageUrl}callback`)

      const back = await fetch(
        `${setup.pageUrl}callback?code=${code}&state=${action.searchParams.get('state')}`,
      )
      expect(back.status).toBe(200)
      const { app, envFile, keyFile } = await setup.done
      const created = createdApps(emu.state).at(-1)!
      expect(app).toMatchObject({ id: created.id, slug: 'bosun', webhookSecret: created.webhookSecret })
      expect(readFileSync(keyFile, 'utf8')).toBe(created.pem)
      expect(readFileSync(envFile, 'utf8')).toContain(`BOSUN_APP_ID=${created.id}\n`)
      expect(readFileSync(envFile, 'utf8')).toContain(`BOSUN_WEBHOOK_SECRET=${created.webhookSecret}\n`)
      expect(readFileSync(envFile, 'utf8')).toContain(`BOSUN_PRIVATE_KEY_PATH=${keyFile}\n`)
      for (const file of [envFile, keyFile]) expect(statSync(file).mode & 0o777).toBe(0o600)
      expect(created.manifest).toMatchObject({ default_permissions: manifest.default_permissions })
      expect(emu.violations).toEqual([])
    } finally {
      await setup.close()
    }
  })

  it('does nothing for a callback with another state, and GitHub takes a code only once', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bosun-setup-')), 'creds')
    const setup = await startSetup(options(out))
    try {
      const { action, code } = await confirmOnGitHub(setup.pageUrl)
      const forged = await fetch(`${setup.pageUrl}callback?code=${code}&state=0123`)
      expect(forged.status).toBe(400)
      expect(() => readdirSync(out)).toThrow()

      const state = action.searchParams.get('state')
      emu.resetLog()
      const first = await fetch(`${emu.url}/app-manifests/${code}/conversions`, { method: 'POST' })
      expect(first.status).toBe(201)
      const replay = await fetch(`${setup.pageUrl}callback?code=${code}&state=${state}`)
      expect(replay.status).toBe(502)
      expect(await replay.text()).toContain('GitHub refused the code (404')
      await expect(setup.done).rejects.toThrow('GitHub refused the code')
      expect(emu.requests.map((r) => [r.operation, r.status])).toEqual([
        ['apps/create-from-manifest', 201],
        ['apps/create-from-manifest', 404],
      ])
    } finally {
      await setup.close()
    }
  })
})

describe('setupCommand', () => {
  const emu = new GitHubEmulator()
  beforeAll(() => emu.start())
  afterAll(() => emu.stop())

  it('answers bad flags with the problem and exit code 2, serving nothing', async () => {
    const lines: string[] = []
    await expect(
      setupCommand(['--setup', '--port', '3000'], { env: {}, print: (l) => lines.push(l) }),
    ).resolves.toBe(2)
    expect(lines).toEqual([expect.stringContaining('--webhook-url is required')])
  })

  it('prints the page, waits for GitHub, and says where the credentials are', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bosun-setup-')), 'creds')
    const lines: string[] = []
    const code = await setupCommand(
      ['--setup', '--webhook-url', 'https://bots.acme.dev/api/github/webhooks', '--port', '0', '--out', out],
      {
        env: { GITHUB_API_URL: emu.url, GITHUB_SERVER_URL: 'https://github.com' },
        print: (l) => lines.push(l),
        onListening: (pageUrl) => {
          void (async () => {
            const page = await (await fetch(pageUrl)).text()
            const action = new URL(unescapeHtml(/<form action="([^"]*)"/.exec(page)![1]!))
            const manifestJson = unescapeHtml(/name="manifest" value="([^"]*)"/.exec(page)![1]!)
            const given = confirmManifest(emu.state, manifestJson)
            await fetch(`${pageUrl}callback?code=${given}&state=${action.searchParams.get('state')}`)
          })()
        },
      },
    )
    expect(code).toBe(0)
    const id = createdApps(emu.state).at(-1)!.id
    expect(lines[0]).toMatch(/^Open http:\/\/127\.0\.0\.1:\d+\/ in a browser/)
    expect(lines[1]).toBe(`Created the GitHub App bosun (id ${id}): https://github.com/apps/bosun`)
    expect(lines[2]).toContain(join(out, 'app.env'))
  })
})

describe('writeCredentials', () => {
  it('tightens a file an earlier run left readable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bosun-creds-'))
    writeFileSync(join(dir, 'private-key.pem'), 'old', { mode: 0o644 })
    const app = {
      id: 1,
      slug: 's',
      htmlUrl: 'h',
      pem: 'PEM',
      webhookSecret: 'w',
      clientId: 'c',
      clientSecret: 'x',
    }
    const { keyFile } = await writeCredentials(dir, app)
    expect(statSync(keyFile).mode & 0o777).toBe(0o600)
    expect(readFileSync(keyFile, 'utf8')).toBe('PEM')
  })
})
