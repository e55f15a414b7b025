import { describe, expect, it } from '@jest/globals'
import { LabelChanges } from '../../src/core/label-changes.js'

describe('LabelChanges', () => {
  it('keeps only the net difference, case-insensitively, in the issue’s spelling for removals', () => {
    const c = new LabelChanges(['LGTM', 'kind/bug'])
    expect(c.add('lgtm')).toBe(false)
    expect(c.add('do-not-merge/hold')).toBe(true)
    expect(c.remove('do-not-merge/hold')).toBe(true)
    expect(c.remove('absent')).toBe(false)
    c.set('size/S', true)
    c.set('Kind/Bug', false)
    expect(c.added).toEqual(['size/S'])
    expect(c.removed).toEqual(['kind/bug'])
    expect(c.labels).toEqual(['LGTM', 'size/S'])
    expect(c.has('lgtm')).toBe(true)
  })
})
