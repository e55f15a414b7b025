import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readInputs, readRunContext } from '../../src/core/context.js'
import { describeError } from '../../src/core/action.js'
import { ConfigError } from '../../src/core/config.js'
import { isBosunText, isBotAccount } from '../../src/core/loop-guard.js'
import { Report } from '../../src/core/report.js'

describe('run context', () => {
  const event = (payload: object) => {
    const path = join(mkdtempSync(join(tmpdir(), 'ctx-')), 'event.json')
    writeFileSync(path, JSON.stringify(payload))
    return path
  }

  it('reads the event, repository, sender and inputs the way the runner provides them', () => {
    const ctx = readRunContext({
      GITHUB_EVENT_NAME: 'issue_comment',
      GITHUB_EVENT_PATH: event({ action: 'created', sender: { login: 'alice', type: 'User' } }),
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_API_URL: 'https://ghe.example.com/api/v3/',
      'INPUT_CONFIG-PATH': '.github/other.yml',
      'INPUT_DRY-RUN': 'TRUE',
      INPUT_TOKEN: ' t ',
      GITHUB_JOB: 'bosun',
    })
    expect(ctx).toMatchObject({
      eventName: 'issue_comment',
      action: 'created',
      repo: { owner: 'acme', repo: 'widgets' },
      sender: { login: 'alice', type: 'User' },
      apiUrl: 'https://ghe.example.com/api/v3',
      graphqlUrl: 'https://ghe.example.com/api/v3/graphql',
      job: 'bosun',
      inputs: { token: 't', configPath: '.github/other.yml', dryRun: true },
    })
  })

  it('takes the repository from GITHUB_REPOSITORY for schedule events (no repository in the payload)', () => {
    const ctx = readRunContext({
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_EVENT_PATH: event({ schedule: '* * * * *' }),
      GITHUB_REPOSITORY: 'a/b',
    })
    expect(ctx.repo).toEqual({ owner: 'a', repo: 'b' })
    expect(ctx.sender).toBeUndefined()
    expect(ctx.inputs.configPath).toBe('.github/bosun.yml')
  })

  it('rejects a missing repository and a malformed boolean input', () => {
    expect(() => readRunContext({ GITHUB_EVENT_NAME: 'push' })).toThrow('GITHUB_REPOSITORY is not set')
    expect(() => readInputs({ 'INPUT_DRY-RUN': 'maybe' })).toThrow('Input "dry-run" must be true or false')
  })
})

describe('loop guard and reporting', () => {
  it('recognises bot accounts and bosun text', () => {
    expect(isBotAccount({ login: 'dependabot[bot]', type: 'Bot' })).toBe(true)
    expect(isBotAccount({ login: 'renovate[bot]' })).toBe(true)
    expect(isBotAccount({ login: 'alice', type: 'User' })).toBe(false)
    expect(isBosunText('x\n<!-- bosun:reply -->')).toBe(true)
    expect(isBosunText('<!-- other -->')).toBe(false)
  })

  it('turns errors into one line for users, with the request for GitHub errors', () => {
    expect(describeError(new ConfigError('c.yml', ['a: bad']))).toBe('Invalid config c.yml:\n  - a: bad')
    const gh = Object.assign(new Error('Not Found'), {
      status: 404,
      request: { method: 'GET', url: 'https://api/x' },
    })
    expect(describeError(gh)).toBe('GitHub answered 404 to GET https://api/x: Not Found')
  })

  it('summarises what a run did', () => {
    const r = new Report('command-dispatch', 'issue_comment', false)
    r.result.commands.push({ command: '/hold', ok: true }, { command: '/lgtm', ok: false, message: 'no' })
    r.result.labelsAdded.push('do-not-merge/hold')
    const md = r.summaryMarkdown()
    expect(md).toContain('- `/hold`: done')
    expect(md).toContain('- `/lgtm`: refused — no')
    expect(md).toContain('Labels added: `do-not-merge/hold`')
    expect(new Report('x', 'y', false).summaryMarkdown()).toContain('No changes.')
  })
})
