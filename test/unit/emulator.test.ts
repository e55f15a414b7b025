// The emulator must refuse what GitHub refuses; these tests prove the checker bites.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/core'
import { GitHubEmulator } from '../emulator/server.js'
import { LIFECYCLE_SEARCH } from '../../src/label-policy/lifecycle-decisions.js'
import {
  addCollaborator,
  addComment,
  commitFilesOf,
  createBranch,
  createIssue,
  createPull,
  mergePull,
  pushCommit,
  recordCommit,
  recordIssueEvent,
  setFile,
} from '../emulator/state.js'
import { example } from '../support/payloads.js'

const emu = new GitHubEmulator()
let octokit: Octokit

beforeAll(async () => {
  await emu.start()
  const repo = emu.state.createRepo('acme/widgets')
  emu.state.addToken('t0ken', 'bot')
  addCollaborator(emu.state, repo, 'bot', 'write')
  createIssue(emu.state, repo, { author: 'alice' })
  octokit = new Octokit({ auth: 't0ken', baseUrl: emu.url })
})
afterAll(() => emu.stop())

const failure = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (error) {
    return (error as { status: number }).status
  }
  return 0
}

describe('GitHub emulator checks', () => {
  it('records a route GitHub does not have as a violation', async () => {
    emu.violations.length = 0
    expect(await failure(octokit.request('GET /repos/acme/widgets/issues/1/lables'))).toBe(404)
    expect(emu.violations).toEqual([
      "GET /repos/acme/widgets/issues/1/lables: no such route in GitHub's REST API",
    ])
  })

  it("records a body GitHub's schema rejects as a violation and changes nothing", async () => {
    emu.violations.length = 0
    const status = await failure(
      octokit.request('POST /repos/acme/widgets/issues/1/labels', { labels: 'not-a-list' }),
    )
    expect(status).toBe(422)
    expect(emu.violations[0]).toMatch(/issues\/add-labels\): body rejected by GitHub's schema/)
    expect(emu.state.repo('acme/widgets').issues.get(1)!.labels).toEqual([])
  })

  it('records a wrong enum value (a reaction GitHub does not offer)', async () => {
    emu.violations.length = 0
    await failure(octokit.request('POST /repos/acme/widgets/issues/1/reactions', { content: 'thumbsup' }))
    expect(emu.violations[0]).toMatch(/must be equal to one of the allowed values/)
  })

  it('records a GraphQL query that GitHub would reject', async () => {
    emu.violations.length = 0
    await octokit
      .graphql('query { repository(owner: "acme", name: "widgets") { pullRequest { number } } }')
      .catch(() => undefined)
    expect(emu.violations[0]).toMatch(/GraphQL query rejected by GitHub's schema/)
  })

  it('answers a valid GraphQL query from state', async () => {
    emu.violations.length = 0
    const data = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }')
    expect(data.viewer.login).toBe('bot')
    expect(emu.violations).toEqual([])
  })

  it('pins issues as GitHub does: once each, at most three, listed in pin order', async () => {
    const repo = emu.state.repo('acme/widgets')
    const issues = [1, 2, 3, 4].map((n) => createIssue(emu.state, repo, { author: 'bot', title: `pin ${n}` }))
    const pin = (id: number) =>
      octokit.graphql(
        `mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { number isPinned } } }`,
        {
          id: `I_${id}`,
        },
      )
    emu.violations.length = 0
    for (const issue of issues.slice(0, 3)) await pin(issue.id)
    await pin(issues[0]!.id)
    expect(repo.pinnedIssues).toEqual(issues.slice(0, 3).map((i) => i.number))
    await expect(pin(issues[3]!.id)).rejects.toThrow(/already has 3 pinned issues/)
    expect(repo.pinnedIssues).toHaveLength(3)
    const data = await octokit.graphql<{
      repository: { pinnedIssues: { nodes: Array<{ issue: { title: string } }> } }
    }>(
      'query { repository(owner: "acme", name: "widgets") { pinnedIssues(first: 3) { nodes { issue { title } } } } }',
    )
    expect(data.repository.pinnedIssues.nodes.map((n) => n.issue.title)).toEqual(['pin 1', 'pin 2', 'pin 3'])
    repo.pinnedIssues.length = 0
  })

  it('serves a PR head’s files by commit SHA, old heads included, for fork PRs too', async () => {
    const repo = emu.state.repo('acme/widgets')
    setFile(repo, 'main', 'OWNERS', 'approvers: [base]\n')
    const same = createPull(emu.state, repo, { author: 'alice', headFiles: { OWNERS: 'approvers: [v1]\n' } })
    const fork = createPull(emu.state, repo, {
      author: 'alice',
      headRepo: 'alice/widgets',
      headFiles: { 'a/OWNERS': 'approvers: [fork]\n' },
    })
    expect(same.pull!.files.map((f) => [f.filename, f.status])).toEqual([['OWNERS', 'modified']])
    expect(fork.pull!.files.map((f) => [f.filename, f.status])).toEqual([['a/OWNERS', 'added']])
    const first = same.pull!.head.sha
    const second = pushCommit(repo, same, 'fix', { files: { OWNERS: null, 'b/OWNERS': 'approvers: [v2]\n' } })
    expect(same.pull!.files.map((f) => [f.filename, f.status])).toEqual([
      ['OWNERS', 'removed'],
      ['b/OWNERS', 'added'],
    ])
    const read = (expression: string) =>
      octokit
        .graphql<{ repository: { object: { text: string } | null } }>(
          'query($e: String!) { repository(owner: "acme", name: "widgets") { object(expression: $e) { ... on Blob { text } } } }',
          { e: expression },
        )
        .then((d) => d.repository.object?.text ?? null)
    emu.violations.length = 0
    expect(await read(`${first}:OWNERS`)).toBe('approvers: [v1]\n')
    expect(await read(`${second}:OWNERS`)).toBeNull()
    expect(await read(`${second}:b/OWNERS`)).toBe('approvers: [v2]\n')
    expect(await read(`${fork.pull!.head.sha}:a/OWNERS`)).toBe('approvers: [fork]\n')
    expect(await read('main:OWNERS')).toBe('approvers: [base]\n')
    const rest = await octokit.request('GET /repos/acme/widgets/contents/{path}', {
      path: 'OWNERS',
      ref: first,
    })
    expect(Buffer.from((rest.data as { content: string }).content, 'base64').toString()).toBe(
      'approvers: [v1]\n',
    )
    expect(emu.violations).toEqual([])
  })

  it('refuses requests without a known token', async () => {
    const anonymous = new Octokit({ baseUrl: emu.url })
    expect(await failure(anonymous.request('GET /user'))).toBe(401)
  })

  it('pages lists with Link headers', async () => {
    const repo = emu.state.repo('acme/widgets')
    for (let i = 0; i < 5; i++)
      repo.labels.set(`l${i}`, { id: i, name: `l${i}`, color: 'ededed', description: null })
    const first = await octokit.request('GET /repos/acme/widgets/labels', { per_page: 2 })
    expect(first.data).toHaveLength(2)
    expect(first.headers.link).toContain('rel="next"')
  })

  it("searches as GitHub does: -label:, created:<, is:, sort: and each item's timeline", async () => {
    const repo = emu.state.createRepo('acme/search')
    const at = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()
    const make = (created: number, updated: number, labels: string[] = [], pull = false) => {
      const item = pull
        ? createPull(emu.state, repo, { author: 'alice', labels })
        : createIssue(emu.state, repo, { author: 'alice', labels })
      item.createdAt = at(created)
      item.updatedAt = at(updated)
      return item
    }
    const oldQuiet = make(200, 150)
    const oldBusy = make(200, 1)
    make(200, 100, ['lifecycle/frozen'])
    make(10, 10)
    const oldPr = make(300, 120, [], true)
    addComment(emu.state, repo, oldBusy.number, 'dependabot[bot]', 'bump')
    oldBusy.labels.push('lifecycle/stale')
    recordIssueEvent(repo, oldBusy.number, 'labeled', 'bot', 'lifecycle/stale')
    type Answer = {
      search: {
        issueCount: number
        pageInfo: { hasNextPage: boolean; endCursor: string }
        nodes: Array<{
          __typename: string
          number: number
          timelineItems: { nodes: Array<Record<string, unknown>> }
        }>
      }
    }
    const search = (q: string, after?: string) => octokit.graphql<Answer>(LIFECYCLE_SEARCH, { q, after })
    emu.violations.length = 0
    const q = `repo:acme/search is:open -label:"lifecycle/frozen" created:<${at(90).replace(/\.\d+Z$/, 'Z')} sort:updated-asc`
    const all = await search(q)
    expect(all.search.issueCount).toBe(3)
    expect(all.search.nodes.map((n) => n.number)).toEqual([oldQuiet.number, oldPr.number, oldBusy.number])
    expect(all.search.nodes.map((n) => n.__typename)).toEqual(['Issue', 'PullRequest', 'Issue'])
    const busy = all.search.nodes[2]?.timelineItems.nodes
    expect(busy).toEqual([
      expect.objectContaining({
        __typename: 'IssueComment',
        author: { __typename: 'Bot', login: 'dependabot' },
      }),
      expect.objectContaining({ __typename: 'LabeledEvent', label: { name: 'lifecycle/stale' } }),
    ])
    expect((await search(`${q} is:issue`)).search.issueCount).toBe(2)
    expect((await search(`${q} label:lifecycle/stale`)).search.nodes.map((n) => n.number)).toEqual([
      oldBusy.number,
    ])
    expect(emu.violations).toEqual([])
    await expect(search('repo:acme/search stars:>5')).rejects.toThrow(/unsupported qualifier/)
    emu.violations.length = 0
  })

  it('loads real webhook examples', () => {
    expect(example('issue_comment', 'created').comment.body).toBeDefined()
    expect(() => example('issue_comment', 'no-such-action')).toThrow()
  })
})

describe('git history (cherry-picks)', () => {
  it("gives a merged PR's merge commit the merged tree and the merges API a real 3-way merge", async () => {
    emu.violations.length = 0
    const repo = emu.state.createRepo('acme/git', { files: { 'a.txt': 'a1', 'b.txt': 'b1' } })
    addCollaborator(emu.state, repo, 'bot', 'write')
    const pr = createPull(emu.state, repo, { author: 'alice', files: [{ filename: 'a.txt' }] })
    setFile(repo, pr.pull!.head.ref, 'a.txt', 'a2')
    setFile(repo, 'main', 'b.txt', 'b2') // main moved on after the PR was opened
    const before = repo.branches.get('main')!.sha
    const merge = mergePull(repo, pr, 'merge')
    const { data: commit } = await octokit.request('GET /repos/acme/git/git/commits/{sha}', { sha: merge })
    expect(commit.parents.map((p: { sha: string }) => p.sha)).toEqual([before, pr.pull!.head.sha])
    expect(Object.fromEntries(repo.git.trees.get(commit.tree.sha)!)).toEqual({ 'a.txt': 'a2', 'b.txt': 'b2' })

    // Merging the PR's head into a branch cut before it changed a.txt: clean; one that changed it: 409.
    createBranch(repo, 'clean', 'main')
    repo.branches.get('clean')!.sha = before
    repo.branches.get('clean')!.files = new Map(commitFilesOf(repo, before))
    const clean = await octokit.request('POST /repos/acme/git/merges', { base: 'clean', head: merge })
    expect(clean.status).toBe(201)
    expect(Object.fromEntries(repo.branches.get('clean')!.files)).toEqual({ 'a.txt': 'a2', 'b.txt': 'b2' })
    expect(
      (await octokit.request('POST /repos/acme/git/merges', { base: 'clean', head: merge })).status,
    ).toBe(204)
    createBranch(repo, 'clash', 'main')
    const clashSha = setFile(repo, 'clash', 'a.txt', 'a-other')
    recordCommit(repo, clashSha, repo.branches.get('clash')!.files, [before], 'other')
    expect(
      await failure(
        octokit.request('POST /repos/acme/git/merges', { base: 'clash', head: pr.pull!.head.sha }),
      ),
    ).toBe(409)
    expect(repo.branches.get('clash')!.sha).toBe(clashSha)
    expect(emu.violations).toEqual([])
  })

  it('refuses a commit whose parent does not exist', async () => {
    const repo = emu.state.repo('acme/git')
    const { data: tree } = await octokit.request('GET /repos/acme/git/git/trees/{sha}', { sha: 'main' })
    const status = await failure(
      octokit.request('POST /repos/acme/git/git/commits', {
        message: 'x',
        tree: tree.sha,
        parents: ['f'.repeat(40)],
      }),
    )
    expect(status).toBe(422)
    expect(repo.git.commits.size).toBeGreaterThan(0)
  })
})
