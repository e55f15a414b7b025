// issue-translate end to end through dist/issue-translate against the GitHub and OpenAI emulators.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { addComment, createDiscussion, createIssue, createPull } from '../emulator/state.js'
import { OpenAiEmulator } from '../emulator/openai.js'
import {
  discussionCommentPayload,
  discussionPayload,
  issueCommentPayload,
  issuesPayload,
  pullRequestPayload,
} from '../support/payloads.js'
import { BOT, Scenario } from '../support/scenario.js'
import { onActionsHost } from '../support/e2e-host.js'

const s = new Scenario('acme/intl')
const ai = new OpenAiEmulator()
let keyInputs: Record<string, string>

beforeAll(async () => {
  await s.start()
  await ai.start()
  // Each new test has its own author: translate.budget counts calls per user per hour.
  s.people({ li: null, colin: 'write', zhou: null, wang: null, mei: null, fang: null, ping: null })
  keyInputs = { 'openai-api-key': 'sk-test-secret-key-123', 'openai-base-url': ai.url }
})
afterAll(async () => {
  await s.stop()
  await ai.stop()
})
afterEach(() => expect(s.emu.violations).toEqual([]))

const ZH_BODY = [
  '### 发生了什么',
  '',
  '运行 `npm install` 之后，构建在 Windows 上失败了，错误信息如下：',
  '',
  '```sh',
  'Error: EPERM: operation not permitted',
  '```',
  '',
  '- [ ] 在 macOS 上也能复现',
  '- [x] 已经阅读了[文档](https://example.com/docs#install)',
  '',
  '| 系统 | 版本 |',
  '|---|---|',
  '| Windows | 11 |',
  '',
  '@colin 你能看一下吗？和 #12 有关。![截图](https://example.com/a.png)',
].join('\n')

const run = (event: string, payload: object, inputs = keyInputs) => {
  s.emu.resetLog()
  ai.requests.length = 0
  return s.run('issue-translate', event, payload, inputs)
}

describe('issues and PRs', () => {
  it('replies with the translated title and body, keeping code, links, images, mentions, refs, task lists and tables', async () => {
    const issue = createIssue(s.emu.state, s.repo, {
      author: 'li',
      title: '在 Windows 上构建失败',
      body: ZH_BODY,
    })
    const result = await run('issues', issuesPayload(s.emu, s.repo, issue))
    expect(result.code).toBe(0)
    // Title and body are judged and translated each on its own: one call each.
    expect(ai.requests).toHaveLength(2)
    expect(s.emu.requests.length).toBeLessThanOrEqual(4)
    const reply = s.botComments(issue)[0]
    expect(reply).toContain('<!-- bosun:translated -->')
    expect(reply).toContain('Translated from Chinese to English')
    expect(reply).toContain('## «en» 在 Windows 上构建失败')
    for (const kept of [
      '`npm install`',
      '```sh\nError: EPERM: operation not permitted\n```',
      '](https://example.com/docs#install)',
      '![截图](https://example.com/a.png)',
      '@colin',
      '#12',
      '- [ ] «en»',
      '- [x] «en»',
      '|---|---|',
    ]) {
      expect(reply).toContain(kept)
    }
    // The runner consumes ::add-mask:: and hides the value everywhere after; nothing else may print it
    // (nor may the server's log lines).
    onActionsHost(() => expect(result.stdout).toContain('::add-mask::sk-test-secret-key-123'))
    expect((result.stdout + result.stderr).replace(/^::add-mask::.*$/gm, '')).not.toContain(
      'sk-test-secret-key-123',
    )
    expect(result.summary).toContain('2 model call(s)')
  })

  it('appends the translation and replaces the title in edit mode', async () => {
    s.config('translate:\n  mode: edit\n  modify-title: true\n')
    try {
      const issue = createIssue(s.emu.state, s.repo, {
        author: 'li',
        title: '构建失败的问题',
        body: '运行安装命令之后，项目在 Windows 上无法构建，请帮忙看看。',
      })
      await run('issues', issuesPayload(s.emu, s.repo, issue))
      expect(issue.title).toBe('«en» 构建失败的问题')
      expect(issue.body).toMatch(
        /^运行安装命令之后.*\n\n---\n<!-- bosun:translated -->\n> Translated from Chinese/s,
      )
      expect(s.botComments(issue)).toEqual([])
    } finally {
      s.config('')
    }
  })

  it('translates a new PR description from pull_request_target', async () => {
    const pr = createPull(s.emu.state, s.repo, {
      author: 'li',
      title: 'Исправить сборку под Windows',
      body: 'Этот запрос исправляет сборку проекта под Windows и добавляет тесты.',
    })
    await run('pull_request_target', pullRequestPayload(s.emu, s.repo, pr))
    expect(s.botComments(pr)[0]).toContain('Translated from Russian to English')
  })

  it('leaves English (with a Chinese name or a code block) and short texts alone, without a model call', async () => {
    for (const body of [
      'Thanks for the quick fix, 张伟! It works on my machine now.',
      'Build fails:\n```\n构建失败 错误 错误 错误 错误 错误 错误 错误\n```\nAny idea?',
      '好的',
    ]) {
      const issue = createIssue(s.emu.state, s.repo, { author: 'li', title: 'x', body })
      const result = await run('issues', issuesPayload(s.emu, s.repo, issue))
      expect(result.code).toBe(0)
      expect(ai.requests).toEqual([])
      expect(s.emu.writes()).toEqual([])
    }
  })
})

describe('comments and discussions', () => {
  it('replies to a comment with its translation, and never translates its own reply', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'colin', title: 'Crash on start' })
    const comment = addComment(
      s.emu.state,
      s.repo,
      issue.number,
      'li',
      '我也遇到了同样的问题，降级到上一个版本就好了。',
    )
    await run('issue_comment', issueCommentPayload(s.emu, s.repo, issue, comment))
    const reply = s.botComments(issue)[0]
    expect(reply).toContain('Comment by @li')
    const own = [...s.repo.comments.values()].find((c) => c.user.login === BOT)!
    const again = await run('issue_comment', issueCommentPayload(s.emu, s.repo, issue, own))
    expect(again.code).toBe(0)
    expect(ai.requests).toEqual([])
    expect(s.emu.requests).toEqual([])
  })

  it('translates discussions and discussion comments through GraphQL', async () => {
    const d = createDiscussion(
      s.repo,
      'li',
      '如何配置代理？',
      '我们公司的网络需要代理，请问应该在哪里配置代理服务器？',
    )
    await run('discussion', discussionPayload(s.emu, s.repo, d))
    expect(d.comments[0]?.body).toContain('## «en» 如何配置代理？')
    d.comments.push({
      id: 'DC_user_1',
      body: 'Vielen Dank, das hat bei mir auch funktioniert. Gibt es eine Dokumentation dazu?',
      author: 'li',
    })
    await run('discussion_comment', discussionCommentPayload(s.emu, s.repo, d, 'DC_user_1'))
    expect(d.comments[2]).toMatchObject({ replyTo: 'DC_user_1' })
    expect(d.comments[2]?.body).toContain('Translated from German')
  })
})

describe('failures', () => {
  it('without an API key: a notice, exit 0, nothing written', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'li', title: '问题', body: ZH_BODY })
    const result = await run('issues', issuesPayload(s.emu, s.repo, issue), {})
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('issue-translate: no openai-api-key')
    onActionsHost(() => expect(result.stdout).toContain('::notice::issue-translate: no openai-api-key'))
    expect(s.emu.requests).toEqual([])
  })

  it('retries a 429 with retry-after and a 500, then succeeds', async () => {
    ai.failNext(429, 1, 0)
    ai.failNext(500, 1)
    const issue = createIssue(s.emu.state, s.repo, { author: 'li', title: '问题', body: ZH_BODY })
    const result = await run('issues', issuesPayload(s.emu, s.repo, issue))
    expect(result.code).toBe(0)
    // The body (retried through 429 and 500), then the title, each on its own.
    expect(ai.requests.map((r) => r.status)).toEqual([429, 500, 200, 200])
    expect(s.botComments(issue)).toHaveLength(1)
  }, 20_000)

  it('fails clearly and writes nothing when the model breaks the structure or keeps failing', async () => {
    ai.misbehave('drop-placeholder')
    const issue = createIssue(s.emu.state, s.repo, { author: 'li', title: '问题', body: ZH_BODY })
    const broken = await run('issues', issuesPayload(s.emu, s.repo, issue))
    expect(broken.code).toBe(1)
    expect(broken.stdout).toContain('did not keep every code block, link, mention and reference')
    expect(s.emu.writes()).toEqual([])
    ai.misbehave('truncate')
    const cut = await run('issues', issuesPayload(s.emu, s.repo, issue))
    expect(cut.code).toBe(1)
    expect(cut.stdout).toContain('the model stopped early (answer truncated at its length limit)')
    expect(s.emu.writes()).toEqual([])
    ai.failNext(500, 10)
    const down = await run('issues', issuesPayload(s.emu, s.repo, issue))
    expect(down.code).toBe(1)
    expect(down.stdout).toContain('the model API failed (500)')
    onActionsHost(() => expect(down.stdout).toMatch(/::error::the model API failed \(500\)/))
    expect(down.stdout).not.toMatch(/\n\s+at /)
    expect(s.emu.writes()).toEqual([])
  }, 60_000)
})

// Issues 13, 11 and 10: fidelity, model output that cannot ping or command, cost, re-delivery.
describe('fidelity, hostile output, budget and re-delivery', () => {
  beforeEach(() => ai.reset())
  const LONG_ZH = '运行安装命令之后，项目在 Windows 上无法构建，请帮忙看看这个问题到底是怎么回事。'

  it('translates a Chinese issue holding a link whose text is its own URL', async () => {
    const issue = createIssue(s.emu.state, s.repo, {
      author: 'fang',
      title: '文档链接',
      body: `${LONG_ZH}\n\n参考 [https://example.com/docs](https://example.com/docs) 和 \`npm ci\`。`,
    })
    const result = await run('issues', issuesPayload(s.emu, s.repo, issue))
    expect(result.code).toBe(0)
    expect(s.botComments(issue)[0]).toContain('[https://example.com/docs](https://example.com/docs)')
  })

  it('translates a Chinese title over an English body, and only the title', async () => {
    const issue = createIssue(s.emu.state, s.repo, {
      author: 'ping',
      title: '在 Windows 上构建失败了，怎么办？',
      body: 'After running the install command the build fails on Windows with a permission error.',
    })
    await run('issues', issuesPayload(s.emu, s.repo, issue))
    expect(ai.requests).toHaveLength(1)
    const reply = s.botComments(issue)[0]
    expect(reply).toContain('## «en» 在 Windows 上构建失败了')
    expect(reply).toContain('After running the install command')
  })

  it('neutralises mentions, refs and command lines the model invented, keeping those of the source', async () => {
    ai.misbehave('invent-mention', 2)
    const issue = createIssue(s.emu.state, s.repo, {
      author: 'mei',
      title: '构建失败的问题',
      body: `${LONG_ZH}\n\n@colin 请看一下，和 #12 有关。`,
    })
    await run('issues', issuesPayload(s.emu, s.repo, issue))
    const reply = s.botComments(issue)[0]
    expect(reply).toContain('@colin ')
    expect(reply).toContain('#12 ')
    expect(reply).toContain('`@mallory`')
    expect(reply).toContain('`#999`')
    expect(reply).toContain('`/lgtm`')
    expect(reply).toContain('  `/close`')
    expect(reply).not.toMatch(/^\s*\/\w/m)
    expect(reply).not.toMatch(/(^|[^`])@mallory/)
  })

  it('sends no more characters per event than translate.budget.max-chars, with a notice', async () => {
    s.config('translate:\n  budget: { max-chars: 30 }\n')
    try {
      const issue = createIssue(s.emu.state, s.repo, { author: 'li', title: '构建失败的问题', body: LONG_ZH })
      const result = await run('issues', issuesPayload(s.emu, s.repo, issue))
      expect(result.code).toBe(0)
      expect(result.stdout).toContain('issue-translate: not translated')
      onActionsHost(() => expect(result.stdout).toContain('::notice::issue-translate: not translated'))
      expect(result.stdout).toContain('translate.budget.max-chars')
      expect(ai.requests).toEqual([])
      expect(s.emu.writes()).toEqual([])
    } finally {
      s.config('')
    }
  })

  it('makes at most translate.budget.calls-per-user-per-hour model calls for one user, counted from its own translations', async () => {
    s.config('translate:\n  budget: { calls-per-user-per-hour: 2 }\n')
    try {
      const issue = createIssue(s.emu.state, s.repo, { author: 'colin', title: 'Budget' })
      const say = async (who: string) => {
        const comment = addComment(s.emu.state, s.repo, issue.number, who, LONG_ZH)
        return run('issue_comment', issueCommentPayload(s.emu, s.repo, issue, comment))
      }
      // A forged marker claiming calls for someone else counts for no one.
      await say('zhou')
      addComment(
        s.emu.state,
        s.repo,
        issue.number,
        'stranger',
        '<!-- bosun:translation of=x for=wang calls=9 -->',
      )
      expect((await say('zhou')).code).toBe(0)
      expect(ai.requests).toHaveLength(1)
      const third = await say('zhou')
      expect(third.stdout).toContain('already used 2 of 2 translation calls this hour')
      expect(ai.requests).toEqual([])
      await say('wang')
      expect(ai.requests).toHaveLength(1)
    } finally {
      s.config('')
    }
  })

  it('edit mode never rewrites a comment that holds commands: it replies instead', async () => {
    s.config('translate:\n  mode: edit\n')
    try {
      const issue = createIssue(s.emu.state, s.repo, { author: 'colin', title: 'Review' })
      const body = `/lgtm\n${LONG_ZH}`
      const comment = addComment(s.emu.state, s.repo, issue.number, 'li', body)
      await run('issue_comment', issueCommentPayload(s.emu, s.repo, issue, comment))
      expect(s.repo.comments.get(comment.id)!.body).toBe(body)
      expect(s.emu.writes().map((w) => w.operation)).toEqual(['issues/create-comment'])
      expect(s.botComments(issue)[0]).toContain('Comment by @li')
    } finally {
      s.config('')
    }
  })

  it('translates a re-delivered issue once, in comment and in edit mode', async () => {
    const issue = createIssue(s.emu.state, s.repo, { author: 'mei', title: '构建失败的问题', body: LONG_ZH })
    // A user's comment with a forged marker for this issue does not count as its translation.
    addComment(
      s.emu.state,
      s.repo,
      issue.number,
      'mei',
      `<!-- bosun:translation of=issue-${issue.number} for=mei calls=1 -->`,
    )
    const payload = issuesPayload(s.emu, s.repo, issue)
    await run('issues', payload)
    expect(s.botComments(issue)).toHaveLength(1)
    await run('issues', payload)
    expect(s.botComments(issue)).toHaveLength(1)
    expect(ai.requests).toEqual([])

    s.config('translate:\n  mode: edit\n')
    try {
      const edited = createIssue(s.emu.state, s.repo, {
        author: 'mei',
        title: '构建失败的问题',
        body: LONG_ZH,
      })
      const again = issuesPayload(s.emu, s.repo, edited)
      await run('issues', again)
      const once = edited.body
      expect(once).toContain('<!-- bosun:translated -->')
      await run('issues', again)
      expect(edited.body).toBe(once)
      expect(ai.requests).toEqual([])
    } finally {
      s.config('')
    }
  })
})
