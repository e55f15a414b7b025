// Installation tokens scoped to the delivery's repository. The emulator answers a token request the
// way GitHub does (`repositories`, `repository_ids`, `permissions`; 422 for a repository outside
// the installation or a permission it lacks) and a scoped token reaches nothing else: a private
// repository outside it is 404, a public one is read-only (403 on writes). The server asks for the
// delivery's repository only, so a delivery for B is handled with a token that reaches only B.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { App } from '@octokit/app'
import { Octokit } from '@octokit/core'
import { GitHubApp, PART_PERMISSIONS, tokenPermissions } from '../../src/server/github-app.js'
import { grantForToken } from '../emulator/apps.js'
import { addCollaborator, createPull, addComment, type Repository } from '../emulator/state.js'
import { issueCommentPayload } from '../support/payloads.js'
import { Scenario } from '../support/scenario.js'
import { appKeys, ServerHost } from '../support/server-host.js'

describe('installation tokens scoped to one repository', () => {
  let s: Scenario
  let host: ServerHost
  let other: Repository
  let app: GitHubApp
  /** The Authorization of every request the parts made, by path. */
  const sent: Array<{ path: string; token: string }> = []

  beforeAll(async () => {
    s = await new Scenario('acme/widgets').start({ files: { OWNERS: 'approvers: [maya]\n' } })
    s.people({ paula: null, colin: 'write', maya: 'admin' })
    other = s.emu.state.createRepo('acme/private-gadgets', { files: { OWNERS: 'approvers: [maya]\n' } })
    other.private = true
    addCollaborator(s.emu.state, other, 'colin', 'write')
    const recording =
      () =>
      (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
        const url = new URL(input instanceof Request ? input.url : String(input))
        const auth = new Headers(input instanceof Request ? input.headers : init?.headers).get(
          'authorization',
        )
        sent.push({ path: url.pathname, token: auth?.split(' ')[1] ?? '' })
        return globalThis.fetch(input, init)
      }
    host = await new ServerHost(s, { fetch: recording }).start()
    // The same installation covers both repositories.
    host.installation.repos.push(other)
    addCollaborator(s.emu.state, other, host.bot, 'write')
    app = new GitHubApp({ appId: String(host.app.id), privateKey: appKeys().privateKey, apiUrl: s.emu.url })
  })
  afterAll(async () => {
    await host.stop()
    await s.stop()
  })

  const get = (token: string, path: string, init: RequestInit = {}) =>
    fetch(`${s.emu.url}${path}`, {
      ...init,
      headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    })

  it('a token for one repository cannot read or write another of the same installation', async () => {
    const token = await app.installationToken(host.installation.id, {
      repo: { owner: 'acme', repo: 'widgets' },
      eventName: 'issue_comment',
    })
    expect(grantForToken(s.emu.state, token)?.repos.map((r) => r.name)).toEqual(['widgets'])
    expect((await get(token, '/repos/acme/widgets')).status).toBe(200)
    expect((await get(token, '/repos/acme/private-gadgets')).status).toBe(404)
    expect((await get(token, '/repos/acme/private-gadgets/contents/OWNERS')).status).toBe(404)
    const graphql = await get(token, '/graphql', {
      method: 'POST',
      body: JSON.stringify({ query: '{ repository(owner: "acme", name: "private-gadgets") { id } }' }),
    })
    expect(await graphql.json()).toMatchObject({
      data: { repository: null },
      errors: [{ message: "Could not resolve to a Repository with the name 'acme/private-gadgets'." }],
    })
    // A public repository outside the grant can be read, as anyone can, but not written.
    other.private = false
    try {
      expect((await get(token, '/repos/acme/private-gadgets')).status).toBe(200)
      const write = await get(token, '/repos/acme/private-gadgets/labels', {
        method: 'POST',
        body: JSON.stringify({ name: 'x', color: 'ededed' }),
      })
      expect(write.status).toBe(403)
      expect(await write.json()).toMatchObject({ message: 'Resource not accessible by integration' })
    } finally {
      other.private = true
    }
    // The same scope again is the cached token; another repository is another token.
    const again = await app.installationToken(host.installation.id, {
      repo: { owner: 'acme', repo: 'widgets' },
      eventName: 'issue_comment',
    })
    expect(again).toBe(token)
  })

  it('carries only the permissions the event needs, and GitHub refuses more than the installation has', async () => {
    const token = await app.installationToken(host.installation.id, {
      repo: { owner: 'acme', repo: 'widgets' },
      eventName: 'pull_request_target',
    })
    expect(grantForToken(s.emu.state, token)?.permissions).toEqual(tokenPermissions('pull_request_target'))
    expect(tokenPermissions('pull_request_target').discussions).toBeUndefined()
    expect(tokenPermissions('discussion')).toEqual(PART_PERMISSIONS)
    // The App's own JWT client, asking GitHub directly for tokens the server never asks for.
    const request = new App({
      appId: host.app.id,
      privateKey: appKeys().privateKey,
      Octokit: Octokit.defaults({ baseUrl: s.emu.url }),
    }).octokit.request
    const route = 'POST /app/installations/{installation_id}/access_tokens'
    await expect(
      request(route, { installation_id: host.installation.id, repositories: ['not-installed'] }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('not accessible to the parent installation'),
    })
    await expect(
      request(route, { installation_id: host.installation.id, repository_ids: [other.id, 999_999] }),
    ).rejects.toMatchObject({ status: 422 })
    await expect(
      request(route, { installation_id: host.installation.id, permissions: { administration: 'write' } }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('permissions requested are not granted'),
    })
    const byId = await request(route, { installation_id: host.installation.id, repository_ids: [other.id] })
    expect(byId.status).toBe(201)
    expect(s.emu.violations).toEqual([])
  })

  it("handles a delivery for each repository with that repository's own token", async () => {
    sent.length = 0
    for (const repo of [s.repo, other]) {
      const pr = createPull(s.emu.state, repo, { author: 'paula', title: 'a change' })
      const c = addComment(s.emu.state, repo, pr.number, 'colin', '/hold')
      await host.send('issue_comment', issueCommentPayload(s.emu, repo, pr, c))
      expect(pr.labels).toEqual(['do-not-merge/hold'])
    }
    const repoRequests = sent.filter((r) => r.path.startsWith('/repos/'))
    for (const name of ['widgets', 'private-gadgets']) {
      const tokens = new Set(
        repoRequests.filter((r) => r.path.startsWith(`/repos/acme/${name}/`)).map((r) => r.token),
      )
      expect(tokens.size).toBe(1)
      const grant = grantForToken(s.emu.state, [...tokens][0]!)
      expect(grant?.repos.map((r) => r.name)).toEqual([name])
    }
    expect(repoRequests.every((r) => r.path.startsWith('/repos/acme/'))).toBe(true)
    expect(s.emu.violations).toEqual([])
  })
})
