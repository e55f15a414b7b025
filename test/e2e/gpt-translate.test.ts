// gpt-translate end to end through dist/gpt-translate against the GitHub and OpenAI emulators.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  addCollaborator,
  addComment,
  createIssue,
  createPull,
  setFile,
  type Issue,
} from '../emulator/state.js'
import { OpenAiEmulator } from '../emulator/openai.js'
import { issueCommentPayload } from '../support/payloads.js'
import { BOT, Scenario } from '../support/scenario.js'

const s = new Scenario('acme/docs')
const ai = new OpenAiEmulator()
const README = [
  '# Widgets',
  '',
  'Widgets make dashboards.',
  '',
  '```sh',
  'npm install widgets',
  '```',
  '',
  'See [the guide](docs/guide.md) and @alice.',
  '',
].join('\n')

beforeAll(async () => {
  await s.start({
    files: {
      'README.md': README,
      'docs/guide.md': '---\ntitle: Guide\nlayout: page\n---\n# Guide\n\nStart here.\n',
      'docs/faq.md': '## FAQ\n\nAsk away.\n',
      'locales/en.json':
        '{\n  "greeting": "Hello, {name}!",\n  "count": "%d items",\n  "nested": { "bye": "See you {{when}}" },\n  "max": 3\n}\n',
      'config/messages.yml':
        '# comment stays\nwelcome: Welcome aboard\nlimits:\n  max: 10\n  note: Keep it short\n',
      '.github/workflows/ci.yml': 'on: push\n',
    },
  })
  await ai.start()
  s.people({ colin: 'write', stranger: null, paula: 'write' })
})
afterAll(async () => {
  await s.stop()
  await ai.stop()
})
afterEach(() => expect(s.emu.violations).toEqual([]))

const gt = (target: Issue, author: string, body: string) => {
  const comment = addComment(s.emu.state, s.repo, target.number, author, body)
  s.emu.resetLog()
  ai.requests.length = 0
  return s.run('gpt-translate', 'issue_comment', issueCommentPayload(s.emu, s.repo, target, comment), {
    'openai-api-key': 'sk-gt-test',
    'openai-base-url': ai.url,
  })
}
const lastReply = (i: Issue) => s.botComments(i).pop() ?? ''
const commits = () => s.emu.requests.filter((r) => r.operation === 'git/create-commit')

describe('on an issue', () => {
  it('opens one PR with one commit holding every translated file, and replies with the link', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'colin', title: 'Translate the docs' })
    const run = await gt(issue, 'colin', 'Please:\n/gt README.md,docs/*.md README.ja.md,docs/*.ja.md ja')
    expect(run.code).toBe(0)
    expect(commits()).toHaveLength(1)
    const pr = [...s.repo.issues.values()].find((i) => i.pull && i.user.login === BOT)!
    expect(pr.body).toContain(`Requested in #${issue.number}`)
    const branch = s.repo.branches.get(pr.pull!.head.ref)!
    const ja = branch.files.get('README.ja.md')!
    expect(ja).toContain('# «ja» Widgets')
    expect(ja).toContain('```sh\nnpm install widgets\n```')
    expect(ja).toContain('](docs/guide.md)')
    expect(ja).toContain('@alice')
    expect(branch.files.get('docs/guide.ja.md')).toMatch(
      /^---\ntitle: «ja» Guide\nlayout: page\n---\n# «ja» Guide/,
    )
    expect(branch.files.get('docs/faq.ja.md')).toContain('## «ja» FAQ')
    expect(s.repo.branches.get('main')!.files.has('README.ja.md')).toBe(false)
    const reply = lastReply(issue)
    expect(reply).toContain(`opened #${pr.number}`)
    expect(reply).toMatch(/\d+ chunk\(s\), \d+ model call\(s\), \d+ tokens .* s, model gpt-4o-mini/)
  })

  it('translates JSON and YAML values only, keeping keys, numbers, comments and placeholders', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'colin' })
    await gt(
      issue,
      'colin',
      '/gpt-translate locales/en.json,config/messages.yml locales/zh.json,config/messages.zh.yml zh',
    )
    const pr = [...s.repo.issues.values()].filter((i) => i.pull && i.user.login === BOT).pop()!
    const files = s.repo.branches.get(pr.pull!.head.ref)!.files
    expect(JSON.parse(files.get('locales/zh.json')!)).toEqual({
      greeting: '«zh» Hello, {name}!',
      count: '«zh» %d items',
      nested: { bye: '«zh» See you {{when}}' },
      max: 3,
    })
    expect(files.get('config/messages.zh.yml')).toBe(
      '# comment stays\nwelcome: «zh» Welcome aboard\nlimits:\n  max: 10\n  note: «zh» Keep it short\n',
    )
  })

  it('translates a 200 KB file in chunks', async () => {
    const big = Array.from(
      { length: 1400 },
      (_, i) =>
        `## Section ${i}\n\nThis paragraph explains part ${i} of the widget system in some detail, with \`code\` and a [link](https://x.test/${i}).\n\n\`\`\`\nexample ${i}\n\`\`\`\n`,
    ).join('\n')
    expect(big.length).toBeGreaterThan(200_000)
    setFile(s.repo, 'main', 'docs/big.md', big)
    const issue = createIssue(s.emu.state, s.repo, { author: 'colin' })
    const run = await gt(issue, 'colin', '/gt docs/big.md docs/big.fr.md fr')
    expect(run.code).toBe(0)
    expect(ai.requests.length).toBeGreaterThan(20)
    const pr = [...s.repo.issues.values()].filter((i) => i.pull && i.user.login === BOT).pop()!
    const out = s.repo.branches.get(pr.pull!.head.ref)!.files.get('docs/big.fr.md')!
    expect(out.split('```').length).toBe(big.split('```').length)
    expect(out).toContain('## «fr» Section 899')
  }, 60_000)
})

describe('on pull requests', () => {
  it('commits once onto a same-repository PR branch', async () => {
    const pr = createPull(s.emu.state, s.repo, { author: 'paula', headRef: 'docs-update' })
    setFile(s.repo, 'docs-update', 'docs/new.md', '# New page\n\nFresh content.\n')
    pr.pull!.head.sha = s.repo.branches.get('docs-update')!.sha
    const run = await gt(pr, 'colin', '/gt docs/new.md docs/new.ko.md ko')
    expect(run.code).toBe(0)
    expect(s.repo.branches.get('docs-update')!.files.get('docs/new.ko.md')).toContain('# «ko» New page')
    expect(lastReply(pr)).toContain('to `docs-update`')
    expect(s.emu.requests.filter((r) => r.operation === 'pulls/create')).toEqual([])
  })

  it('commits to a fork only when maintainers may edit it, and says why not otherwise', async () => {
    const fork = s.emu.state.createRepo('forker/docs', { files: { 'README.md': README } })
    addCollaborator(s.emu.state, fork, BOT, 'write')
    fork.branches.set('patch-1', {
      ...fork.branches.get('main')!,
      files: new Map(fork.branches.get('main')!.files),
    })
    const closed = createPull(s.emu.state, s.repo, {
      author: 'stranger',
      headRepo: 'forker/docs',
      headRef: 'patch-1',
    })
    closed.pull!.head.sha = fork.branches.get('patch-1')!.sha
    await gt(closed, 'colin', '/gt README.md README.de.md de')
    expect(lastReply(closed)).toContain('does not allow edits from maintainers')
    expect(commits()).toEqual([])
    const open = createPull(s.emu.state, s.repo, {
      author: 'stranger',
      headRepo: 'forker/docs',
      headRef: 'patch-1',
      maintainerCanModify: true,
    })
    open.pull!.head.sha = fork.branches.get('patch-1')!.sha
    const run = await gt(open, 'colin', '/gt README.md README.de.md de')
    expect(run.code).toBe(0)
    expect(lastReply(open)).toContain('committed')
    expect(fork.branches.get('patch-1')!.files.get('README.de.md')).toContain('# «de» Widgets')
  })
})

describe('refusals', () => {
  const refusals: Array<[string, string, string]> = [
    ['a non-collaborator', 'stranger', 'is for collaborators'],
    ['a path outside the repository', 'colin', 'outside the repository'],
    ['.github/', 'colin', 'under .github/'],
    ['the same output', 'colin', 'must differ'],
    ['an unsupported type', 'colin', 'only .md'],
    ['a missing argument', 'colin', 'Usage:'],
  ]
  const bodies: Record<string, string> = {
    'a non-collaborator': '/gt README.md README.ja.md ja',
    'a path outside the repository': '/gt ../../etc/passwd x.md ja',
    '.github/': '/gt README.md .github/README.md ja',
    'the same output': '/gt README.md README.md ja',
    'an unsupported type': '/gt logo.png logo.ja.png ja',
    'a missing argument': '/gt README.md ja',
  }
  it.each(refusals)('refuses %s with a reply and commits nothing', async (name, who, text) => {
    setFile(s.repo, 'main', 'logo.png', 'PNG')
    const issue = createIssue(s.emu.state, s.repo, { author: 'colin' })
    const run = await gt(issue, who, bodies[name]!)
    expect(run.code).toBe(0)
    expect(lastReply(issue)).toContain(text)
    expect(commits()).toEqual([])
    expect(ai.requests).toEqual([])
  })

  it('refuses more files or bytes than configured', async () => {
    s.config('gpt-translate:\n  max-files: 1\n')
    try {
      const issue = createIssue(s.emu.state, s.repo, { author: 'colin' })
      await gt(issue, 'colin', '/gt docs/*.md docs/*.es.md es')
      expect(lastReply(issue)).toContain('at most 1 per command')
      s.config('gpt-translate:\n  max-bytes: 10\n')
      await gt(issue, 'colin', '/gt README.md README.es.md es')
      expect(lastReply(issue)).toContain('at most 10 per command')
      expect(commits()).toEqual([])
    } finally {
      s.config('')
    }
  })
})

describe('structure checks', () => {
  it('retries a chunk whose answer changed a link target, then succeeds', async () => {
    ai.misbehave('change-link', 1)
    const issue = createIssue(s.emu.state, s.repo, { author: 'colin' })
    const run = await gt(issue, 'colin', '/gt docs/guide.md,README.md docs/guide.it.md,README.it.md it')
    expect(run.code).toBe(0)
    expect(commits()).toHaveLength(1)
  })

  it('fails with a reply naming the file and the check when a chunk breaks twice; nothing committed', async () => {
    ai.misbehave('drop-placeholder', 2)
    const issue = createIssue(s.emu.state, s.repo, { author: 'colin' })
    const run = await gt(issue, 'colin', '/gt README.md README.nl.md nl')
    expect(run.code).toBe(0)
    expect(lastReply(issue)).toContain("`README.md`: the translation broke the document's structure twice")
    expect(commits()).toEqual([])
    expect(
      s.emu
        .writes()
        .map((w) => w.operation)
        .sort(),
    ).toEqual(['issues/create-comment', 'reactions/create-for-issue-comment'])
  })
})

// Issue 13 and 11: what real documents and hostile requests broke.
describe('fidelity and hostile requests', () => {
  const deliver = (target: Issue, author: string, body: string, inputs: Record<string, string> = {}) => {
    const comment = addComment(s.emu.state, s.repo, target.number, author, body)
    const payload = issueCommentPayload(s.emu, s.repo, target, comment)
    const again = () => {
      s.emu.resetLog()
      ai.requests.length = 0
      return s.run('gpt-translate', 'issue_comment', payload, {
        'openai-api-key': 'sk-gt-test',
        'openai-base-url': ai.url,
        ...inputs,
      })
    }
    return again
  }

  it('translates a file whose links are their own URLs and whose link titles hold code, with an echo model', async () => {
    const doc =
      'See [https://x.dev](https://x.dev) and [t](https://y.dev "`code`").\n\n- item\n\n    ```js\n    x()\n    ```\n\nSee [docs][] and <git+https://a.test/b.git>.\n\n[docs]: https://d.test\n'
    setFile(s.repo, 'main', 'docs/links.md', doc)
    const issue = createIssue(s.emu.state, s.repo, { author: 'colin' })
    const run = await deliver(issue, 'colin', '/gt docs/links.md docs/links.ja.md ja', { model: 'echo' })()
    expect(run.code).toBe(0)
    const pr = [...s.repo.issues.values()].filter((i) => i.pull && i.user.login === BOT).pop()!
    expect(s.repo.branches.get(pr.pull!.head.ref)!.files.get('docs/links.ja.md')).toBe(doc)
    expect(ai.requests.map((r) => r.user).join('\n')).not.toContain('git+')
  })

  it('plans every write in a dry run instead of crashing on the missing SHA', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'colin' })
    const run = await deliver(issue, 'colin', '/gt README.md README.sv.md sv', { 'dry-run': 'true' })()
    expect(run.stderr + run.stdout).not.toContain("reading 'sha'")
    expect(run.code).toBe(0)
    expect(s.emu.writes()).toEqual([])
    const planned = (JSON.parse(run.outputs.result ?? '') as { plannedWrites: Array<{ url: string }> })
      .plannedWrites
    expect(planned.map((w) => w.url.replace(/^.*\/repos\/acme\/docs/, ''))).toEqual(
      expect.arrayContaining(['/git/blobs', '/git/trees', '/git/commits', '/git/refs', '/pulls']),
    )
  })

  it('refuses a symlinked INPUT and a submodule, before any model call', async () => {
    setFile(s.repo, 'main', 'docs/link.md', '.github/workflows/ci.yml')
    setFile(s.repo, 'main', 'vendor/lib', '')
    s.repo.modes = new Map([
      ['docs/link.md', '120000'],
      ['vendor/lib', '160000'],
    ])
    try {
      const issue = createIssue(s.emu.state, s.repo, { author: 'colin' })
      await deliver(issue, 'colin', '/gt docs/link.md docs/link.ja.md ja')()
      expect(lastReply(issue)).toContain('`docs/link.md` is a symbolic link')
      await deliver(issue, 'colin', '/gt README.md vendor/lib/README.md ja')()
      expect(lastReply(issue)).toContain('`vendor/lib` is a submodule')
      expect(ai.requests).toEqual([])
      expect(commits()).toEqual([])
    } finally {
      s.repo.modes = undefined
    }
  })

  it('refuses an OUTPUT inside .git/ before paying for the model', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'colin' })
    const run = await deliver(issue, 'colin', '/gt README.md docs/.git/hooks.md ja')()
    expect(run.code).toBe(0)
    expect(lastReply(issue)).toContain('inside .git/')
    expect(ai.requests).toEqual([])
    expect(commits()).toEqual([])
  })

  it('a re-delivered /gt on an issue creates no second branch, commit, PR or reply', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'colin' })
    const again = deliver(issue, 'colin', '/gt docs/faq.md docs/faq.pt.md pt')
    expect((await again()).code).toBe(0)
    const pulls = () => [...s.repo.issues.values()].filter((i) => i.pull && i.user.login === BOT).length
    const before = { pulls: pulls(), replies: s.botComments(issue).length }
    expect((await again()).code).toBe(0)
    expect(ai.requests).toEqual([])
    expect(s.emu.writes()).toEqual([])
    expect({ pulls: pulls(), replies: s.botComments(issue).length }).toEqual(before)
  })

  it('a re-delivery after a crash between branch and PR opens the PR from the same branch, without the model', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'colin' })
    const again = deliver(issue, 'colin', '/gt docs/faq.md docs/faq.el.md el')
    expect((await again()).code).toBe(0)
    // Undo the PR and the reply, as if the first run died right after creating the branch.
    const pr = [...s.repo.issues.values()].filter((i) => i.pull && i.user.login === BOT).pop()!
    s.repo.issues.delete(pr.number)
    for (const [id, c] of s.repo.comments)
      if (c.issueNumber === issue.number && c.user.login === BOT) s.repo.comments.delete(id)
    expect((await again()).code).toBe(0)
    expect(ai.requests).toEqual([])
    expect(commits()).toEqual([])
    expect(s.emu.writes().map((w) => w.operation)).toContain('pulls/create')
    expect(lastReply(issue)).toContain('already translated')
  })

  it('a re-delivered /gt on a PR makes no second commit', async () => {
    const pr = createPull(s.emu.state, s.repo, { author: 'paula', headRef: 'docs-again' })
    setFile(s.repo, 'docs-again', 'docs/again.md', '# Again\n\nOnce more.\n')
    pr.pull!.head.sha = s.repo.branches.get('docs-again')!.sha
    const again = deliver(pr, 'colin', '/gt docs/again.md docs/again.ko.md ko')
    expect((await again()).code).toBe(0)
    const head = s.repo.branches.get('docs-again')!.sha
    expect((await again()).code).toBe(0)
    expect(s.repo.branches.get('docs-again')!.sha).toBe(head)
    expect(commits()).toEqual([])
    expect(ai.requests).toEqual([])
  })

  it('splits an oversized list into several calls and logs progress', async () => {
    const list = Array.from(
      { length: 1500 },
      (_, i) => `- entry ${i}: the widget now renders item ${i} correctly`,
    ).join('\n')
    setFile(s.repo, 'main', 'CHANGELOG.md', `# Changes\n\n${list}\n`)
    const issue = createIssue(s.emu.state, s.repo, { author: 'colin' })
    const run = await deliver(issue, 'colin', '/gt CHANGELOG.md CHANGELOG.ja.md ja')()
    expect(run.code).toBe(0)
    expect(ai.requests.length).toBeGreaterThan(10)
    expect(Math.max(...ai.requests.map((r) => r.promptTokens))).toBeLessThan(2000)
    expect(run.stdout).toMatch(/CHANGELOG\.md: \d+\/\d+ chunks translated/)
  })
})
