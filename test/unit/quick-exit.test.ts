// The start-up check decides "no command" only where the parser would find none, and publishes the
// same result the full run does.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { parseCommands } from '../../src/core/commands.js'
import { BOSUN_MARKER_PREFIX } from '../../src/core/writes.js'
import { MARKER_PREFIX, commentSkipReason, quickSkip } from '../../src/core/quick-exit.js'
import { parseOutputFile } from '../support/run-action.js'

const comment = (body: string, sender = { login: 'alice', type: 'User' }) => ({
  action: 'created',
  comment: { body },
  sender,
})

describe('commentSkipReason', () => {
  it.each([
    ['issue_comment', comment('looks good'), 'no command'],
    ['issue_comment', comment('see https://example.com/a/b'), 'no command'],
    ['issue_comment', comment('/lgtm'), undefined],
    ['issue_comment', comment('thanks\n  /hold'), undefined],
    ['issue_comment', comment('> /lgtm'), 'no command'],
    [
      'issue_comment',
      comment('/lgtm', { login: 'ci[bot]', type: 'Bot' }),
      'event sent by bot account ci[bot]',
    ],
    ['issue_comment', comment(`${MARKER_PREFIX}welcome -->\nhi`), 'text written by bosun'],
    ['pull_request_review_comment', comment('nit'), 'no command'],
    ['issue_comment', { ...comment('hi'), action: 'edited' }, undefined],
    ['issues', comment('hi'), undefined],
    // A plain comment on a stale or rotten item is lifecycle activity: the full run decides.
    [
      'issue_comment',
      { ...comment('still here'), issue: { labels: [{ name: 'lifecycle/stale' }] } },
      undefined,
    ],
    ['issue_comment', { ...comment('ok'), issue: { labels: [{ name: 'lifecycle/frozen' }] } }, 'no command'],
    [
      'issue_comment',
      {
        ...comment('hi', { login: 'ci[bot]', type: 'Bot' }),
        issue: { labels: [{ name: 'lifecycle/rotten' }] },
      },
      'event sent by bot account ci[bot]',
    ],
  ])('%s %j → %s', (event, payload, reason) => {
    expect(commentSkipReason(event, payload)).toBe(reason)
  })

  it('uses the marker prefix bosun writes', () => expect(MARKER_PREFIX).toBe(BOSUN_MARKER_PREFIX))

  it('never skips a comment in which the parser finds a command', () => {
    const line = fc.oneof(
      fc.constantFrom('/lgtm', '  /hold', '/kind bug', '> /x', '```', 'text /a', '\t/b'),
      fc.string(),
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const body = lines.join('\n')
        if (commentSkipReason('issue_comment', comment(body)) === 'no command')
          expect(parseCommands(body)).toEqual([])
      }),
    )
  })
})

describe('quickSkip', () => {
  it('publishes the result and summary of a skipped run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quick-'))
    const env = {
      GITHUB_EVENT_NAME: 'issue_comment',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_OUTPUT: join(dir, 'out'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_REPOSITORY: 'acme/widgets',
    }
    writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(comment('nice work')))
    writeFileSync(env.GITHUB_OUTPUT, '')
    writeFileSync(env.GITHUB_STEP_SUMMARY, '')
    expect(quickSkip('command-dispatch', commentSkipReason, env)).toBe(true)
    expect(JSON.parse(parseOutputFile(readFileSync(env.GITHUB_OUTPUT, 'utf8')).result ?? '')).toEqual({
      action: 'command-dispatch',
      event: 'issue_comment',
      dryRun: false,
      commands: [],
      labelsAdded: [],
      labelsRemoved: [],
      comments: [],
      merged: [],
      files: [],
      skipped: 'no command',
    })
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toBe(
      '### bosun command-dispatch\n\nNothing to do: no command\n',
    )
  })

  it.each([
    ['an invalid dry-run input', { 'INPUT_DRY-RUN': 'maybe' }],
    ['no repository', { GITHUB_REPOSITORY: '' }],
    ['no output file', { GITHUB_OUTPUT: '' }],
  ])('leaves %s to the full run', (_, extra) => {
    const dir = mkdtempSync(join(tmpdir(), 'quick-'))
    const env = {
      GITHUB_EVENT_NAME: 'issue_comment',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_OUTPUT: join(dir, 'out'),
      GITHUB_REPOSITORY: 'acme/widgets',
      ...extra,
    }
    writeFileSync(join(dir, 'event.json'), JSON.stringify(comment('nice work')))
    writeFileSync(join(dir, 'out'), '')
    expect(quickSkip('command-dispatch', commentSkipReason, env)).toBe(false)
  })
})
