import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createGitHubClient, isWrite } from '../../src/core/github.js'
import { memoryLogger } from '../../src/core/log.js'
import { preflight } from '../../src/core/preflight.js'
import { PermissionResolver, meetsLevel } from '../../src/core/permissions.js'
import { loadOwners, OwnersTree } from '../../src/core/owners.js'
import { upsertBotComment } from '../../src/core/writes.js'
import { GitHubEmulator } from '../emulator/server.js'
import { addCollaborator, addComment, createIssue, setFile } from '../emulator/state.js'

const emu = new GitHubEmulator()
const repo = { owner: 'acme', repo: 'widgets' }

beforeAll(async () => {
  await emu.start()
  const r = emu.state.createRepo('acme/widgets')
  emu.state.addToken('ghp_t', 'bot')
  addCollaborator(emu.state, r, 'bot', 'write')
  addCollaborator(emu.state, r, 'wendy', 'maintain')
  addCollaborator(emu.state, r, 'rory', 'read')
  emu.state.user('stranger')
  createIssue(emu.state, r, { author: 'alice' })
  setFile(r, 'main', 'OWNERS', 'approvers: [amy]\n')
  setFile(r, 'main', 'OWNERS_ALIASES', 'aliases:\n  core: [Carl]\n')
  setFile(r, 'main', 'lib/OWNERS', 'reviewers: [core]\n')
})
afterAll(() => emu.stop())

const client = (dryRun = false) =>
  createGitHubClient({ token: 'ghp_t', apiUrl: emu.url, dryRun, log: memoryLogger() })

describe('GitHub client', () => {
  it('classifies writes, treating GraphQL queries as reads', () => {
    expect(isWrite('GET', 'https://x/repos', undefined)).toBe(false)
    expect(isWrite('POST', 'https://x/graphql', { query: 'query { viewer { login } }' })).toBe(false)
    expect(isWrite('POST', 'https://x/graphql', { query: 'mutation { x }' })).toBe(true)
    expect(isWrite('DELETE', 'https://x/repos/a/b/issues/1/labels/x', undefined)).toBe(true)
  })

  it('lets reads through and stops writes in dry-run', async () => {
    const gh = client(true)
    emu.resetLog()
    const { data } = await gh.rest.issues.get({ ...repo, issue_number: 1 })
    expect(data.number).toBe(1)
    await gh.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['x'] })
    expect(emu.requests.map((r) => r.method)).toEqual(['GET'])
    expect(gh.plannedWrites).toEqual([
      { method: 'POST', url: `${emu.url}/repos/acme/widgets/issues/1/labels`, body: { labels: ['x'] } },
    ])
  })

  it('retries 5xx and honours retry-after on secondary rate limits', async () => {
    const gh = client()
    emu.resetLog()
    emu.inject({ match: 'issues/get', status: 503 })
    emu.inject({ match: 'issues/get', status: 429, retryAfter: 1 })
    const started = Date.now()
    await gh.rest.issues.get({ ...repo, issue_number: 1 })
    expect(emu.requests.map((r) => r.status)).toEqual([503, 429, 200])
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
  })

  it('gives up after bounded retries', async () => {
    const gh = createGitHubClient({
      token: 'ghp_t',
      apiUrl: emu.url,
      dryRun: false,
      log: memoryLogger(),
      retries: 1,
    })
    emu.inject({ match: 'issues/get', status: 502, times: 5 })
    await expect(gh.rest.issues.get({ ...repo, issue_number: 1 })).rejects.toMatchObject({ status: 502 })
    emu.inject({ match: () => false, status: 502 })
  })
})

describe('config, permissions and OWNERS through the API', () => {
  it('reads config, viewer and labels in one request, with defaults when the config is missing', async () => {
    emu.resetLog()
    const pre = await preflight(client(), repo, '.github/bosun.yml', { labels: ['Kind/Bug', 'nope'] })
    expect(emu.requests.map((r) => r.operation)).toEqual(['graphql'])
    expect(pre.viewer).toBe('bot')
    expect(pre.config.source).toBeUndefined()
    expect(pre.config.merge.method).toBe('merge')
    expect(pre.labels).toEqual(
      new Map([
        ['kind/bug', undefined],
        ['nope', undefined],
      ]),
    )
    setFile(emu.state.repo('acme/widgets'), 'main', '.github/bosun.yml', 'merge:\n  method: squash\n')
    emu.state
      .repo('acme/widgets')
      .labels.set('kind/bug', { id: 1, name: 'kind/bug', color: 'ededed', description: null })
    const again = await preflight(client(), repo, '.github/bosun.yml', { labels: ['kind/BUG'] })
    expect(again.config.merge.method).toBe('squash')
    expect(again.labels.get('kind/bug')).toBe('kind/bug')
    expect(emu.violations).toEqual([])
  })

  it('refuses a config path outside the repository', async () => {
    await expect(preflight(client(), repo, '../secrets.yml')).rejects.toThrow('inside the repository')
  })

  it('resolves levels from the permission API and caches per user', async () => {
    const gh = client()
    const perms = new PermissionResolver(gh, repo)
    emu.resetLog()
    expect(await perms.isCollaborator('Wendy')).toBe(true)
    expect(await perms.isCollaborator('wendy')).toBe(true)
    expect(await perms.isCollaborator('rory')).toBe(false)
    expect(await perms.isCollaborator('stranger')).toBe(false)
    expect(await perms.isCollaborator('ghost-user')).toBe(false)
    expect(emu.requests).toHaveLength(4)
    const owners = await loadOwners(gh, repo, { ref: 'main' }, ['lib/a.ts', 'b.md'])
    const actor = (login: string) => ({
      login,
      author: 'alice',
      owners: async () => owners,
      files: async () => ['lib/a.ts'],
    })
    expect(await meetsLevel('reviewer', actor('carl'), perms)).toBe(true)
    expect(await meetsLevel('approver', actor('carl'), perms)).toBe(false)
    expect(await meetsLevel('approver', actor('amy'), perms)).toBe(true)
    expect(await meetsLevel('author', actor('alice'), perms)).toBe(true)
    expect(await meetsLevel('author', actor('rory'), perms)).toBe(false)
    expect(await meetsLevel('collaborator', actor('wendy'), perms)).toBe(true)
  })

  it('loads every OWNERS file for a set of paths in one GraphQL request', async () => {
    emu.resetLog()
    const owners = await loadOwners(client(), repo, { ref: 'main' }, ['lib/deep/a.ts', 'docs/x.md'])
    expect(emu.requests.map((r) => r.operation)).toEqual(['graphql'])
    expect([...owners.files.keys()].sort()).toEqual(['', 'lib'])
    expect(owners.isReviewerOf('carl', 'lib/deep/a.ts')).toBe(true)
    expect(emu.violations).toEqual([])
  })

  it("answers a reviewer's yes from OWNERS as written and the actor's own access, read in the preflight", async () => {
    const r = emu.state.repo('acme/widgets')
    setFile(r, 'main', 'quick/OWNERS', 'reviewers: [wendy, gone]\n')
    const gh = client()
    const perms = new PermissionResolver(gh, repo)
    emu.resetLog()
    const access = perms.accessFields(['Wendy'])!
    const pre = await preflight(gh, repo, '.github/bosun.yml', { optionalRepositoryFields: access.fields })
    access.read(pre.repository)
    const asWritten = await loadOwners(gh, repo, { ref: 'main' }, ['quick/a.ts'])
    const actor = (login: string) => ({
      login,
      author: 'alice',
      ownersAsWritten: async () => asWritten,
      owners: () => loadOwners(gh, repo, { ref: 'main' }, ['quick/a.ts'], (l) => perms.withAccess(l)),
      files: async () => ['quick/a.ts'],
    })
    expect(await meetsLevel('reviewer', actor('wendy'), perms)).toBe(true)
    // Preflight and OWNERS only: nobody else's access was needed for the yes.
    expect(emu.requests.map((q) => q.operation)).toEqual(['graphql', 'graphql'])
    // "gone" is named but has no access: the quick path cannot say yes, the full check says no.
    expect(await meetsLevel('reviewer', actor('gone'), perms)).toBe(false)
    expect(emu.violations).toEqual([])
  })

  it('asks again without the optional fields when GraphQL refuses them', async () => {
    emu.state.addToken('ghp_reader', 'rory')
    const gh = createGitHubClient({
      token: 'ghp_reader',
      apiUrl: emu.url,
      dryRun: false,
      log: memoryLogger(),
    })
    const perms = new PermissionResolver(gh, repo)
    emu.resetLog()
    const access = perms.accessFields(['wendy'])!
    const pre = await preflight(gh, repo, '.github/bosun.yml', { optionalRepositoryFields: access.fields })
    access.read(pre.repository)
    expect(pre.viewer).toBe('rory')
    expect(emu.requests.map((q) => q.operation)).toEqual(['graphql', 'graphql'])
    // Refused once, the run asks REST from then on.
    expect(perms.accessFields(['amy'])).toBeUndefined()
    emu.violations.splice(0) // the refusal the emulator reports as GitHub would
  })

  it('reads OWNERS at a commit once: a new commit is a new read', async () => {
    const r = emu.state.repo('acme/widgets')
    const gh = client()
    const first = setFile(r, 'main', 'cached/OWNERS', 'approvers: [amy]\n')
    emu.resetLog()
    const a = await loadOwners(gh, repo, { ref: first }, ['cached/x.ts'])
    const b = await loadOwners(gh, repo, { ref: first }, ['cached/x.ts'])
    expect(emu.requests).toHaveLength(1)
    expect(b.isApproverOf('amy', 'cached/x.ts')).toBe(true)
    expect(a).toBeInstanceOf(OwnersTree)
    const second = setFile(
      r,
      'main',
      'cached/OWNERS',
      'approvers: [wendy]\noptions: { no_parent_owners: true }\n',
    )
    const c = await loadOwners(gh, repo, { ref: second }, ['cached/x.ts'])
    expect(emu.requests).toHaveLength(2)
    expect(c.isApproverOf('amy', 'cached/x.ts')).toBe(false)
    expect(c.isApproverOf('wendy', 'cached/x.ts')).toBe(true)
    expect(emu.violations).toEqual([])
  })

  it('keeps one bot comment per purpose, updated in place', async () => {
    const gh = client()
    expect(await upsertBotComment(gh, repo, 1, 'size', 'first', 'bot')).toBe('created')
    expect(await upsertBotComment(gh, repo, 1, 'size', 'first', 'bot')).toBe('unchanged')
    expect(await upsertBotComment(gh, repo, 1, 'size', 'second', 'bot')).toBe('updated')
    const comments = [...emu.state.repo('acme/widgets').comments.values()].filter((c) =>
      c.body.includes('bosun:size'),
    )
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toBe('<!-- bosun:size -->\nsecond')
  })

  it("never takes a user's comment carrying the marker for the bot's own", async () => {
    const gh = client()
    const r = emu.state.repo('acme/widgets')
    const forged = addComment(emu.state, r, 1, 'mallory', '<!-- bosun:forged -->\nmine')
    expect(await upsertBotComment(gh, repo, 1, 'forged', 'bot text', 'bot')).toBe('created')
    expect(forged.body).toBe('<!-- bosun:forged -->\nmine')
  })
})
