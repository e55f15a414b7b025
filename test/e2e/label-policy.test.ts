// label-policy end to end through dist/label-policy against the emulator: each policy, including
// the transitions (a label appears, then disappears when its cause goes away), with zero violations.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { BUILTIN_LABELS } from '../../src/core/label-definitions.js'
import {
  addCollaborator,
  addLabel,
  createIssue,
  createPull,
  pushCommit,
  setFile,
  type Issue,
  type PullFile,
} from '../emulator/state.js'
import { issuesPayload, labeledPayload, pullRequestPayload } from '../support/payloads.js'
import { BOT, Scenario } from '../support/scenario.js'

const s = new Scenario()

beforeAll(async () => {
  await s.start({
    files: {
      OWNERS: 'approvers: [maya]\nreviewers: [rick, rosa]\n',
      'api/OWNERS': 'approvers: [ada]\nreviewers: [rev, rita, ron]\n',
      '.gitattributes': '*.pb.go linguist-generated=true\ndocs/generated/** linguist-generated\n',
    },
  })
  s.people({
    paula: null,
    colin: 'write',
    ada: 'write',
    maya: 'admin',
    rev: 'write',
    rita: 'write',
    ron: 'write',
    rick: 'write',
    rosa: 'write',
  })
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

type PullOptions = Parameters<typeof createPull>[2]
const pr = (
  options: Partial<PullOptions> & { files?: Array<Partial<PullFile> & { filename: string }> } = {},
) => createPull(s.emu.state, s.repo, { author: 'paula', title: 'feat: a change', ...options })
const send = (p: Issue, action = 'opened', sender?: string, changes?: object) => {
  s.emu.resetLog()
  return s.run(
    'label-policy',
    'pull_request_target',
    pullRequestPayload(s.emu, s.repo, p, action, sender ?? p.user.login, changes),
  )
}
const sizeOf = (p: Issue) => p.labels.filter((l) => l.startsWith('size/'))
const files = (n: number, lines: number, prefix = 'src/f') =>
  Array.from({ length: n }, (_, i) => ({
    filename: `${prefix}${i}.ts`,
    additions: lines,
    deletions: 0,
    status: 'modified' as const,
  }))

describe('size', () => {
  it('labels by changed lines and swaps the label as the PR grows and shrinks', async () => {
    const p = pr({ files: files(3, 15) })
    expect((await send(p)).code).toBe(0)
    expect(sizeOf(p)).toEqual(['size/M'])
    p.pull!.files.push(...files(5, 100, 'lib/g'))
    pushCommit(s.repo, p)
    await send(p, 'synchronize')
    expect(sizeOf(p)).toEqual(['size/XL'])
    p.pull!.files = files(1, 3)
    pushCommit(s.repo, p)
    await send(p, 'synchronize')
    expect(sizeOf(p)).toEqual(['size/XS'])
  })

  it('does not count linguist-generated files or config-ignored paths', async () => {
    s.config('size:\n  ignore: ["vendor/**"]\n')
    try {
      const p = pr({
        files: [
          { filename: 'api/types.pb.go', additions: 5000, deletions: 0 },
          { filename: 'docs/generated/ref.md', additions: 900, deletions: 0 },
          { filename: 'vendor/lib/x.go', additions: 2000, deletions: 0 },
          { filename: 'api/handler.go', additions: 12, deletions: 3 },
          { filename: 'logo.png', additions: 0, deletions: 0, binary: true },
          {
            filename: 'api/renamed.go',
            previous_filename: 'api/old.go',
            status: 'renamed',
            additions: 0,
            deletions: 0,
          },
        ],
      })
      await send(p)
      expect(sizeOf(p)).toEqual(['size/S'])
    } finally {
      s.config('')
    }
  })

  it('handles a PR with no changed files and one with more than 3,000 (from totals, saying so)', async () => {
    const empty = pr({ files: [] })
    await send(empty)
    expect(sizeOf(empty)).toEqual(['size/XS'])
    const huge = pr({ files: files(3001, 1, 'gen/') })
    const run = await send(huge)
    expect(sizeOf(huge)).toEqual(['size/XXL'])
    expect(run.stdout).toContain('more than 3000 files')
    expect(s.emu.requests.filter((r) => r.operation === 'pulls/list-files')).toEqual([])
  })

  it('uses configured thresholds', async () => {
    s.config('size:\n  thresholds: {s: 2, m: 4}\n')
    try {
      const p = pr({ files: files(1, 3) })
      await send(p)
      expect(sizeOf(p)).toEqual(['size/S'])
    } finally {
      s.config('')
    }
  })
})

describe('work in progress', () => {
  it('follows draft state and WIP titles', async () => {
    const p = pr({ draft: true })
    await send(p)
    expect(p.labels).toContain('do-not-merge/work-in-progress')
    p.pull!.draft = false
    await send(p, 'ready_for_review')
    expect(p.labels).not.toContain('do-not-merge/work-in-progress')
    for (const title of ['[WIP] later', 'WIP: later', '🚧 building', 'wip lower case']) {
      p.title = title
      await send(p, 'edited', 'paula', { title: { from: 'before' } })
      expect([title, p.labels.includes('do-not-merge/work-in-progress')]).toEqual([title, true])
    }
    p.title = 'feat: Wipe the cache' // "Wipe" is not WIP
    await send(p, 'edited', 'paula', { title: { from: 'x' } })
    expect(p.labels).not.toContain('do-not-merge/work-in-progress')
    await send(p, 'converted_to_draft')
    expect(p.labels).toContain('do-not-merge/work-in-progress')
  })

  it('copes with a 1,000-character title and an emoji-only title', async () => {
    const long = pr({ title: `WIP ${'x'.repeat(996)}` })
    expect((await send(long)).code).toBe(0)
    expect(long.labels).toContain('do-not-merge/work-in-progress')
    const emoji = pr({ title: '🎉🎉🎉' })
    expect((await send(emoji)).code).toBe(0)
    expect(emoji.labels).not.toContain('do-not-merge/work-in-progress')
  })
})

describe('lgtm reset on push (a security control)', () => {
  it('removes lgtm on synchronize and says so once', async () => {
    // The author approves every file (root OWNERS), so `approved` survives the recount on push.
    const p = pr({ labels: ['lgtm', 'approved'], author: 'maya' })
    const sha = pushCommit(s.repo, p)
    await send(p, 'synchronize', 'paula')
    // What auto-merge will read for this head: no lgtm, so the new commits cannot merge unreviewed.
    expect(p.pull!.head.sha).toBe(sha)
    expect(p.labels).not.toContain('lgtm')
    expect(p.labels).toContain('approved')
    const notes = () => s.botComments(p).filter((c) => c.includes('bosun:lgtm-reset'))
    expect(notes()).toHaveLength(1)
    expect(notes()[0]).toContain('New commits were pushed after `lgtm`')
    p.labels.push('lgtm')
    pushCommit(s.repo, p)
    await send(p, 'synchronize')
    expect(p.labels).not.toContain('lgtm')
    expect(notes()).toHaveLength(1)
  })

  it('keeps lgtm when lgtm.reset-on-push is false', async () => {
    s.config('lgtm:\n  reset-on-push: false\n')
    try {
      const p = pr({ labels: ['lgtm'] })
      pushCommit(s.repo, p)
      await send(p, 'synchronize')
      expect(p.labels).toContain('lgtm')
    } finally {
      s.config('')
    }
  })

  // The preflight (config, live labels, review history), files, commits, OWNERS for the recount and
  // one batched access check of the people OWNERS names.
  it('writes nothing on a push when nothing needs to change, in at most 5 requests', async () => {
    const p = pr({ files: files(1, 5) })
    await send(p)
    pushCommit(s.repo, p)
    await send(p, 'synchronize')
    expect(s.emu.writes()).toEqual([])
    expect(s.emu.requests.length).toBeLessThanOrEqual(5)
  })
})

describe('on open: approval, reviewers, ok-to-test', () => {
  it('adds approved when the author approves every changed file, and requests OWNERS reviewers', async () => {
    const p = pr({ author: 'ada', files: [{ filename: 'api/a.go', additions: 10, deletions: 0 }] })
    await send(p)
    expect(p.labels).toContain('approved')
    expect(p.pull!.requestedReviewers).toHaveLength(2)
    for (const r of p.pull!.requestedReviewers)
      expect(['rev', 'rita', 'ron', 'maya', 'rick', 'rosa']).toContain(r)
    expect(p.pull!.requestedReviewers).not.toContain('ada')
    expect(p.labels).not.toContain('needs-ok-to-test')
  })

  it('spreads reviews across PRs', async () => {
    const picked = new Set<string>()
    for (let i = 0; i < 8; i++) {
      const p = pr({ author: 'colin', files: [{ filename: 'api/a.go', additions: 10, deletions: 0 }] })
      await send(p)
      p.pull!.requestedReviewers.forEach((r) => picked.add(r))
    }
    expect(picked.size).toBeGreaterThanOrEqual(3)
  })

  it('does not approve a PR whose author owns only part of it; marks a non-collaborator needs-ok-to-test', async () => {
    const p = pr({ files: [{ filename: 'api/a.go' }, { filename: 'README.md' }] })
    await send(p)
    expect(p.labels).not.toContain('approved')
    expect(p.labels).toContain('needs-ok-to-test')
  })

  it('honours reviewers.count and skips drafts until ready for review', async () => {
    s.config('reviewers:\n  count: 1\n')
    try {
      const p = pr({ author: 'colin', draft: true, files: [{ filename: 'api/a.go' }] })
      await send(p)
      expect(p.pull!.requestedReviewers).toEqual([])
      p.pull!.draft = false
      await send(p, 'ready_for_review')
      expect(p.pull!.requestedReviewers).toHaveLength(1)
    } finally {
      s.config('')
    }
  })
})

describe('reviewers GitHub refuses', () => {
  it('never requests an OWNERS reviewer without access (Prow filters OWNERS to collaborators)', async () => {
    const t = new Scenario('acme/outsiders')
    await t.start({ files: { OWNERS: 'reviewers: [outsider]\napprovers: [maya]\n' } })
    try {
      t.people({ outsider: null, maya: 'admin', colin: 'write' })
      const p = createPull(t.emu.state, t.repo, {
        author: 'colin',
        files: [{ filename: 'a.go', additions: 3, deletions: 0 }],
      })
      const run = await t.run('label-policy', 'pull_request_target', pullRequestPayload(t.emu, t.repo, p))
      expect(run.code).toBe(0)
      // maya (an approver, so a reviewer too) is requested; outsider, without access, never is.
      expect(p.pull!.requestedReviewers).toEqual(['maya'])
      expect(run.stdout).not.toContain('GitHub refused review requests')
      expect(p.labels).toContain('size/XS')
      expect(t.emu.violations).toEqual([])
    } finally {
      await t.stop()
    }
  })
})

describe('title and commit-message rules', () => {
  const rule = '^(feat|fix|docs|chore)(\\\\(.+\\\\))?!?: .+'
  beforeAll(() =>
    s.config(
      `rules:\n  title: '${rule.replace(/\\\\\\\\/g, '\\\\')}'\n  commit-message: '${rule.replace(/\\\\\\\\/g, '\\\\')}'\n`,
    ),
  )
  afterAll(() => s.config(''))

  it('labels and comments on violations, then clears both when fixed', async () => {
    const p = pr({ title: 'Update stuff', commits: ['fix: ok', 'oops typo', 'Merge branch main'] })
    p.pull!.commits[2]!.merge = true
    await send(p)
    expect(p.labels).toEqual(
      expect.arrayContaining(['do-not-merge/invalid-title', 'do-not-merge/invalid-commit-message']),
    )
    const comment = () => s.botComments(p).filter((c) => c.includes('bosun:rules'))
    expect(comment()).toHaveLength(1)
    expect(comment()[0]).toContain('The title `Update stuff` does not match')
    expect(comment()[0]).toContain('`oops typo`')
    expect(comment()[0]).not.toContain('Merge branch')
    p.title = 'fix: update stuff'
    await send(p, 'edited', 'paula', { title: { from: 'Update stuff' } })
    expect(p.labels).not.toContain('do-not-merge/invalid-title')
    expect(p.labels).toContain('do-not-merge/invalid-commit-message')
    p.pull!.commits = [{ sha: 'a'.repeat(40), message: 'fix: all good', author: 'paula' }]
    pushCommit(s.repo, p, 'docs: explain')
    await send(p, 'synchronize')
    expect(p.labels.filter((l) => l.startsWith('do-not-merge/invalid'))).toEqual([])
    expect(comment()).toHaveLength(1)
    expect(comment()[0]).toContain('now follow the rules')
  })
})

describe('path labels', () => {
  it('adds labels for matching paths, never removing a manual one', async () => {
    s.config("labels:\n  paths:\n    area/docs: ['docs/**', '*.md']\n    area/api: ['api/**']\n")
    try {
      const p = pr({ files: [{ filename: 'docs/intro.md' }], labels: ['area/ui'] })
      await send(p)
      expect(p.labels).toEqual(expect.arrayContaining(['area/docs', 'area/ui']))
      expect(p.labels).not.toContain('area/api')
    } finally {
      s.config('')
    }
  })
})

describe('restricted labels', () => {
  beforeAll(() => {
    s.repo.teams.set('acme/leads', ['Lena'])
    addCollaborator(s.emu.state, s.repo, 'lena', 'write')
    s.config("labels:\n  restricted:\n    priority/critical-urgent: {allowed: [colin, '@acme/leads']}\n")
  })
  afterAll(() => s.config(''))

  it('removes a restricted label added by someone else and says who may', async () => {
    for (const p of [pr(), createIssue(s.emu.state, s.repo, { author: 'paula' })]) {
      p.labels.push('priority/critical-urgent')
      const payload = labeledPayload(s.emu, s.repo, p, 'priority/critical-urgent', 'rosa')
      s.emu.resetLog()
      const run = await s.run('label-policy', p.pull ? 'pull_request_target' : 'issues', payload)
      expect(run.code).toBe(0)
      expect(p.labels).not.toContain('priority/critical-urgent')
      expect(s.botComments(p).pop()).toContain(
        'only colin, @acme/leads may add the `priority/critical-urgent` label',
      )
    }
  })

  it('keeps it when a listed user or team member adds it, and ignores the bot', async () => {
    for (const who of ['colin', 'lena', BOT]) {
      const p = pr()
      p.labels.push('priority/critical-urgent')
      await s.run(
        'label-policy',
        'pull_request_target',
        labeledPayload(s.emu, s.repo, p, 'priority/critical-urgent', who),
      )
      expect([who, p.labels]).toEqual([who, ['priority/critical-urgent']])
    }
  })
})

describe('issues: template check and welcome', () => {
  beforeAll(() => s.config("rules:\n  issue-headings: ['### What happened', '### How to reproduce']\n"))
  afterAll(() => s.config(''))

  it('marks an issue missing template headings, then clears it when fixed', async () => {
    const i = createIssue(s.emu.state, s.repo, { author: 'newbie', body: '### What happened\nIt crashed.' })
    await s.run('label-policy', 'issues', issuesPayload(s.emu, s.repo, i))
    expect(i.labels).toEqual(['needs-more-info'])
    const notes = () => s.botComments(i).filter((c) => c.includes('bosun:issue-template'))
    expect(notes()[0]).toContain('`### How to reproduce`')
    i.body = '### What happened\nIt crashed.\n\n### How to reproduce\nRun it.'
    await s.run(
      'label-policy',
      'issues',
      issuesPayload(s.emu, s.repo, i, 'edited', 'newbie', { body: { from: 'x' } }),
    )
    expect(i.labels).toEqual([])
    expect(notes()).toHaveLength(1)
    expect(notes()[0]).toContain('now has every section')
  })

  it('welcomes a first issue once', async () => {
    const first = createIssue(s.emu.state, s.repo, {
      author: 'firsty',
      body: '### What happened\n### How to reproduce',
    })
    await s.run('label-policy', 'issues', issuesPayload(s.emu, s.repo, first))
    expect(s.botComments(first).filter((c) => c.includes('bosun:welcome'))).toHaveLength(1)
    const second = createIssue(s.emu.state, s.repo, {
      author: 'firsty',
      body: '### What happened\n### How to reproduce',
    })
    await s.run('label-policy', 'issues', issuesPayload(s.emu, s.repo, second))
    expect(s.botComments(second)).toEqual([])
  })
})

describe('welcome on a first PR', () => {
  it('welcomes a first PR with the configured text, and never a second', async () => {
    s.config('welcome:\n  pr: "Welcome {author}! Read CONTRIBUTING.md."\n')
    try {
      const first = pr({ author: 'nova' })
      await send(first)
      expect(s.botComments(first).find((c) => c.includes('bosun:welcome'))).toContain(
        'Welcome @nova! Read CONTRIBUTING.md.',
      )
      const second = pr({ author: 'nova' })
      await send(second)
      expect(s.botComments(second).filter((c) => c.includes('bosun:welcome'))).toEqual([])
      s.config('welcome:\n  pr: false\n')
      const third = pr({ author: 'other-newbie' })
      await send(third)
      expect(s.botComments(third).filter((c) => c.includes('bosun:welcome'))).toEqual([])
    } finally {
      s.config('')
    }
  })
})

describe('bad config', () => {
  it('fails clearly on an invalid regex and writes nothing', async () => {
    s.config('rules:\n  title: "([unclosed"\n')
    try {
      const p = pr()
      const run = await send(p)
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('rules.title: not a valid regular expression')
      expect(s.emu.writes()).toEqual([])
    } finally {
      s.config('')
    }
  })
})

describe('label sync', () => {
  const t = new Scenario('acme/labels')
  beforeAll(async () => {
    await t.start()
    // Most built-ins exist already, as after a first sync; the test exercises the differences.
    for (const l of BUILTIN_LABELS.filter((b) => !['lgtm', 'approved'].includes(b.name)))
      addLabel(t.repo, l.name, l.color, l.description)
    addLabel(t.repo, 'bug', 'ff0000')
    addLabel(t.repo, 'docs', '0000ff')
    addLabel(t.repo, 'temp', '0000ff')
    addLabel(t.repo, 'approved', '000000', 'old')
    createIssue(t.emu.state, t.repo, { author: 'x', labels: ['docs'] }) // keeps `docs` through the rename
  })
  afterAll(() => t.stop())
  afterEach(() => expect(t.emu.violations).toEqual([]))

  const pushPayload = (paths: string[], ref = 'refs/heads/main') => ({
    ref,
    repository: { full_name: 'acme/labels', default_branch: 'main' },
    commits: [{ added: [], modified: paths, removed: [] }],
    sender: { login: 'maya', type: 'User' },
  })

  it('ignores pushes that do not change the config, without a request', async () => {
    t.emu.resetLog()
    const run = await t.run('label-policy', 'push', pushPayload(['README.md']))
    expect(run.code).toBe(0)
    expect(t.emu.requests).toEqual([])
    await t.run('label-policy', 'push', pushPayload(['.github/bosun.yml'], 'refs/heads/feature'))
    expect(t.emu.requests).toEqual([])
  })

  it('creates, updates and renames declared labels, keeping undeclared ones', async () => {
    setFile(
      t.repo,
      'main',
      '.github/bosun.yml',
      "labels:\n  definitions:\n    - {name: kind/documentation, color: '#00ff00', description: Docs, previously: [docs]}\n",
    )
    const run = await t.run('label-policy', 'push', pushPayload(['.github/bosun.yml']))
    expect(run.code).toBe(0)
    const label = (n: string) => t.repo.labels.get(n)
    expect(label('lgtm')).toMatchObject({ color: '15dd18' })
    expect(label('approved')).toMatchObject({
      color: '0ffa16',
      description: 'Approved by the OWNERS approvers of every changed file.',
    })
    expect(label('kind/documentation')).toMatchObject({ color: '00ff00', description: 'Docs' })
    expect(label('docs')).toBeUndefined()
    expect([...t.repo.issues.values()][0]?.labels).toEqual(['kind/documentation'])
    expect(label('bug')).toBeDefined()
    expect(run.summary).toContain('renamed `docs` to `kind/documentation`')
  }, 20_000)

  it('makes no write when everything is as declared (schedule, no repository in the payload)', async () => {
    t.emu.resetLog()
    const run = await t.run('label-policy', 'schedule', { schedule: '17 * * * *' })
    expect(run.code).toBe(0)
    expect(t.emu.writes()).toEqual([])
  })

  it('deletes undeclared labels only when configured, a mutation a second', async () => {
    setFile(
      t.repo,
      'main',
      '.github/bosun.yml',
      'labels:\n  delete-undeclared: true\n  definitions: [{name: kind/documentation}]\n',
    )
    t.emu.resetLog()
    const run = await t.run('label-policy', 'workflow_dispatch', { inputs: {} })
    expect(run.code).toBe(0)
    expect(t.repo.labels.has('bug')).toBe(false)
    expect(t.repo.labels.has('temp')).toBe(false)
    expect(t.repo.labels.has('lgtm')).toBe(true)
    expect(t.repo.labels.has('kind/documentation')).toBe(true)
    // Bulk writes follow GitHub's guidance of about one mutation per second.
    const deletes = t.emu.requests.filter((r) => r.method === 'DELETE')
    expect(deletes).toHaveLength(2)
    expect(deletes[1]!.at - deletes[0]!.at).toBeGreaterThanOrEqual(900)
  }, 20_000)
})
