// verify-owners end to end through dist/label-policy against the emulator: a PR that changes OWNERS
// or OWNERS_ALIASES into something invalid gets `do-not-merge/invalid-owners-file` and one comment
// naming the problems (read at the PR's head commit, never checked out); a fixing push takes the
// label away and says so in the same comment; a PR that changes no OWNERS file costs nothing.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createPull, pushCommit, type Issue } from '../emulator/state.js'
import { pullRequestPayload } from '../support/payloads.js'
import { BOT, Scenario } from '../support/scenario.js'

const LABEL = 'do-not-merge/invalid-owners-file'
const MARKER = '<!-- bosun:invalid-owners -->'
const s = new Scenario()

beforeAll(async () => {
  await s.start({
    files: {
      OWNERS: 'approvers: [maya]\n',
      OWNERS_ALIASES: 'aliases:\n  sig-api: [ada]\n',
      'api/OWNERS': 'approvers: [sig-api]\n',
    },
  })
  s.people({ paula: null, mallory: null, ada: 'write', maya: 'admin', rita: 'read' })
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

const pr = (headFiles: Record<string, string | null>, options: { headRepo?: string } = {}) =>
  createPull(s.emu.state, s.repo, { author: 'paula', title: 'Update owners', headFiles, ...options })
const send = (p: Issue, action = 'opened') => {
  s.emu.resetLog()
  return s.run('label-policy', 'pull_request_target', pullRequestPayload(s.emu, s.repo, p, action))
}
const ownersComments = (p: Issue) => s.botComments(p).filter((b) => b.includes(MARKER))
/** The one comment's problem lines. */
const problems = (p: Issue) => {
  const comments = ownersComments(p)
  expect(comments).toHaveLength(1)
  return (comments[0] ?? '').split('\n').filter((l) => l.startsWith('- '))
}
/** Requests that read files at the PR's head (only verify-owners asks for `isBinary`). */
const ownersReads = () =>
  s.emu.requests.filter((r) =>
    /isBinary/.test(String((r.body as { query?: string } | undefined)?.query ?? '')),
  )

describe('verify-owners', () => {
  it.each([
    [
      'malformed YAML',
      { 'api/OWNERS': 'approvers:\n  - ada\n reviewers: [maya]\n' },
      '- `api/OWNERS` line 3: not valid YAML',
    ],
    [
      'an unknown key',
      { 'api/OWNERS': 'approvers: [ada]\naprovers: [maya]\n' },
      '- `api/OWNERS` line 2: unknown key `aprovers` (did you mean `approvers`?)',
    ],
    [
      'a user without access',
      { 'api/OWNERS': 'approvers:\n  - ada\n  - mallory\n' },
      '- `api/OWNERS` line 3: `mallory` is neither an alias in OWNERS_ALIASES nor a user with access to this repository',
    ],
    [
      'a read-only collaborator is someone with access',
      { 'api/OWNERS': 'approvers: [ada]\nreviewers: [rita, mallory]\n' },
      '- `api/OWNERS` line 2: `mallory` is neither',
    ],
    [
      'an alias that does not resolve',
      { 'api/OWNERS': 'approvers: [sig-apis]\n' },
      '- `api/OWNERS` line 1: `sig-apis` is neither an alias in OWNERS_ALIASES nor a user with access',
    ],
    [
      'a filter RE2 cannot compile',
      { 'docs/OWNERS': 'filters:\n  "(?<!x)\\\\.md$":\n    approvers: [ada]\n' },
      '- `docs/OWNERS` line 2: filter `(?<!x)\\.md$` is not an RE2 regular expression',
    ],
    [
      'an alias member without access',
      { OWNERS_ALIASES: 'aliases:\n  sig-api: [ada, mallory]\n' },
      '- `OWNERS_ALIASES` line 2: `mallory` has no access to this repository',
    ],
    [
      'a file too large to check',
      { 'big/OWNERS': `approvers: [ada]\n# ${'x'.repeat(70_000)}\n` },
      '- `big/OWNERS`: too large (69 KiB): bosun reads OWNERS files up to 64 KiB',
    ],
  ])('labels a PR with %s and names the problem with file and line', async (_name, headFiles, line) => {
    const p = pr(headFiles)
    const run = await send(p)
    expect(run.code).toBe(0)
    expect(p.labels).toContain(LABEL)
    expect(problems(p)).toEqual([expect.stringContaining(line)])
    // The head's files (and the base's aliases) in one request.
    expect(ownersReads()).toHaveLength(1)
  })

  it('reads a fork PR’s files at its head commit', async () => {
    const p = pr({ 'api/OWNERS': 'approvers: [ada\n' }, { headRepo: 'paula/widgets' })
    await send(p)
    expect(p.labels).toContain(LABEL)
    expect(problems(p)).toEqual([expect.stringContaining('- `api/OWNERS` line 2: not valid YAML')])
  })

  it('takes the label away when a later push fixes the files, updating the same comment', async () => {
    const p = pr({ 'api/OWNERS': 'aprovers: [ada]\nreviewers: [mallory]\n' })
    await send(p)
    expect(problems(p)).toHaveLength(2)
    const [comment] = [...s.repo.comments.values()].filter(
      (c) => c.issueNumber === p.number && c.body.includes(MARKER),
    )

    // A first push fixes one of the two problems: the comment says what is left.
    pushCommit(s.repo, p, 'fix the key', {
      files: { 'api/OWNERS': 'approvers: [ada]\nreviewers: [mallory]\n' },
    })
    await send(p, 'synchronize')
    expect(p.labels).toContain(LABEL)
    expect(problems(p)).toEqual([expect.stringContaining('`mallory`')])

    pushCommit(s.repo, p, 'fix the reviewer', {
      files: { 'api/OWNERS': 'approvers: [ada]\nreviewers: [maya]\n' },
    })
    await send(p, 'synchronize')
    expect(p.labels).not.toContain(LABEL)
    expect(ownersComments(p)).toEqual([expect.stringContaining('valid now')])
    expect(s.repo.comments.get(comment!.id)!.body).toContain('valid now')

    // Another valid push: nothing to say again.
    pushCommit(s.repo, p, 'more', { files: { 'api/OWNERS': 'approvers: [ada]\nreviewers: [maya, ada]\n' } })
    await send(p, 'synchronize')
    expect(s.emu.writes().filter((w) => /comments|labels/.test(w.path))).toEqual([])
  })

  it('takes the label away when a push drops the OWNERS change altogether', async () => {
    const p = pr({ 'api/OWNERS': 'approvers: [mallory]\n', 'api/x.go': 'package api\n' })
    await send(p)
    expect(p.labels).toContain(LABEL)
    pushCommit(s.repo, p, 'revert owners', { files: { 'api/OWNERS': 'approvers: [sig-api]\n' } })
    p.pull!.files = p.pull!.files.filter((f) => f.filename !== 'api/OWNERS')
    await send(p, 'synchronize')
    expect(p.labels).not.toContain(LABEL)
    expect(ownersComments(p)).toEqual([expect.stringContaining('valid now')])
  })

  it('writes nothing new when the same event is delivered again', async () => {
    const p = pr({ 'api/OWNERS': 'approvers: [mallory]\n' })
    await send(p)
    expect(p.labels).toContain(LABEL)
    await send(p)
    expect(s.emu.writes()).toEqual([])
    pushCommit(s.repo, p, 'fix', { files: { 'api/OWNERS': 'approvers: [ada]\n' } })
    await send(p, 'synchronize')
    await send(p, 'synchronize')
    expect(s.emu.writes()).toEqual([])
    expect(ownersComments(p)).toHaveLength(1)
  })

  it('checks a PR of more than 100 files from the full file list', async () => {
    const many = Array.from({ length: 120 }, (_v, i) => ({ filename: `src/f${i}.go` }))
    const p = createPull(s.emu.state, s.repo, {
      author: 'paula',
      title: 'Big change',
      headFiles: { 'deep/er/OWNERS': 'reviewers: [mallory]\n' },
      files: [...many, { filename: 'deep/er/OWNERS', status: 'added' }],
    })
    await send(p, 'reopened')
    expect(s.emu.requests.filter((r) => r.operation === 'pulls/list-files')).toHaveLength(2)
    expect(p.labels).toContain(LABEL)
    expect(problems(p)).toEqual([expect.stringContaining('- `deep/er/OWNERS` line 1: `mallory`')])
  })

  it('judges the head the event names, not a later one', async () => {
    const p = pr({ 'api/OWNERS': 'approvers: [ada]\n' })
    const payload = pullRequestPayload(s.emu, s.repo, p, 'opened')
    pushCommit(s.repo, p, 'break it', { files: { 'api/OWNERS': 'approvers: [mallory]\n' } })
    s.emu.resetLog()
    await s.run('label-policy', 'pull_request_target', payload)
    expect(p.labels).not.toContain(LABEL)
  })

  it('accepts valid changes without a comment', async () => {
    const p = pr({
      'api/OWNERS': 'approvers: [sig-api]\nreviewers: [rita]\nemeritus_approvers: [mallory]\n',
      OWNERS_ALIASES: 'aliases:\n  sig-api: [ada, maya]\n',
    })
    await send(p)
    expect(p.labels).not.toContain(LABEL)
    expect(ownersComments(p)).toEqual([])
  })

  it.each(['opened', 'reopened', 'synchronize'])(
    'makes no extra request on %s for a PR that changes no OWNERS file',
    async (action) => {
      const p = pr({ 'api/handler.go': 'package api\n' })
      await send(p, action)
      // Nothing read at the head (the access check only ever follows that read); the changed paths
      // came with the preflight, so verify-owners asks for no file list of its own either (the
      // unit tests pin its needs), whatever the other policies read.
      expect(ownersReads()).toEqual([])
      expect(p.labels).not.toContain(LABEL)
      expect(s.botComments(p).filter((b) => b.includes(MARKER))).toEqual([])
    },
  )

  it('costs an OWNERS PR one request more than any other PR: the read at its head', async () => {
    const plain = pr({ 'api/handler.go': 'package api\n' })
    await send(plain, 'reopened')
    const without = s.emu.countBy()
    const owners = pr({ 'api/OWNERS': 'approvers: [sig-api]\n' })
    await send(owners, 'reopened')
    expect(ownersReads()).toHaveLength(1)
    expect(s.emu.countBy()).toEqual({ ...without, graphql: (without.graphql ?? 0) + 1 })
  })

  it('never writes as anyone but the bot', () => {
    expect(s.emu.requests.every((r) => r.login === BOT)).toBe(true)
  })
})
