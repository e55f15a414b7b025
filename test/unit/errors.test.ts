// The error vocabulary every part uses (core/github.ts): what counts as GitHub saying no, and how an
// error is put into words for the log and for a reply.
import { describe, expect, it } from '@jest/globals'
import { ConfigError } from '../../src/core/config.js'
import { describeError, firstLine, isRefusal } from '../../src/core/github.js'

const answer = (status: number, message = 'Validation Failed\nmore') =>
  Object.assign(new Error(message), { status, request: { method: 'POST', url: '/repos/o/r/labels' } })

describe('isRefusal', () => {
  it.each([
    ['a 422', answer(422), true],
    ['a 404', answer(404), true],
    ['a 502', answer(502), false],
    ['a plain error', new Error('boom'), false],
    ['nothing', undefined, false],
  ])('%s is a refusal: %s', (_name, error, refusal) => expect(isRefusal(error)).toBe(refusal))
})

describe('firstLine', () => {
  it.each([
    ['an error', new Error('first\nsecond'), 'first'],
    ['a text', 'one\ntwo', 'one'],
    ['a value', 42, '42'],
  ])('of %s', (_name, error, line) => expect(firstLine(error)).toBe(line))
})

describe('describeError', () => {
  it.each([
    [
      'a GitHub answer, for the log',
      answer(422),
      'log',
      'GitHub answered 422 to POST /repos/o/r/labels: Validation Failed\nmore',
    ],
    [
      'a config error, for the log',
      new ConfigError('.github/bosun.yml', ['x: bad']),
      'log',
      'Invalid config .github/bosun.yml:\n  - x: bad',
    ],
    [
      'a GitHub answer, for a reply',
      answer(422),
      'reply',
      'GitHub refused the change (422: Validation Failed).',
    ],
    ['anything else, for a reply', new Error('socket hang up\nat …'), 'reply', 'It failed: socket hang up'],
  ] as const)('%s', (_name, error, style, text) => expect(describeError(error, style)).toBe(text))
})
