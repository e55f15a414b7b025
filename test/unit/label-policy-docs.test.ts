// docs/policies.md is generated from the policy registry; this fails when it is stale.
// Regenerate with `npm run docs`.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { renderPoliciesDoc } from '../../src/label-policy/registry.js'

const path = new URL('../../docs/policies.md', import.meta.url)

describe('docs/policies.md', () => {
  it('matches the policy registry', () => {
    const expected = renderPoliciesDoc()
    if (process.env.UPDATE_DOCS === '1') writeFileSync(path, expected)
    expect(readFileSync(path, 'utf8')).toBe(expected)
  })
})
