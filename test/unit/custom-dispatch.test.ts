import { describe, expect, it } from '@jest/globals'
import { MAX_INPUT_CHARS, parseKeyValues } from '../../src/command-dispatch/commands/custom.js'

describe('custom dispatch inputs (untrusted text)', () => {
  it.each([
    ['env=prod version=1.2', { env: 'prod', version: '1.2' }, [], []],
    ['env=', { env: '' }, [], []],
    ['now', {}, ['now'], []],
    ['env=prod\u0085rm', {}, [], ['env']],
    ['env=a\u2028b', { env: 'a' }, ['b'], []], // a Unicode line separator splits arguments
    ['env=a\u0000b', {}, [], ['env']],
    [`v=${'x'.repeat(MAX_INPUT_CHARS)}`, { v: 'x'.repeat(MAX_INPUT_CHARS) }, [], []],
    [`v=${'x'.repeat(MAX_INPUT_CHARS + 1)} ok=1`, { ok: '1' }, [], ['v']],
  ])('%j', (args, inputs, invalid, unsafe) => {
    expect(parseKeyValues(args)).toEqual({ inputs, invalid, unsafe })
  })
})
