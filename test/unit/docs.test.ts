// docs/commands.md is generated from the command registry; this fails when it is stale.
// Regenerate with `npm run docs`.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { renderCommandsDoc } from '../../src/command-dispatch/registry.js'

const path = new URL('../../docs/commands.md', import.meta.url)

describe('docs/commands.md', () => {
  it('matches the command registry', () => {
    const expected = renderCommandsDoc()
    if (process.env.UPDATE_DOCS === '1') writeFileSync(path, expected)
    expect(readFileSync(path, 'utf8')).toBe(expected)
  })
})
