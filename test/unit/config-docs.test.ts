// docs/config.md and docs/events.md are generated (from the config schema and the all-in-one's
// routing table); these fail when either is stale. Regenerate with `npm run docs`.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'

import { configSchema } from '../../src/core/config-schema.js'
import { configRows, describeType, renderConfigDoc } from '../../src/core/config-doc.js'
import { renderEventsDoc } from '../../scripts/events-doc.js'

const docs = (name: string) => new URL(`../../docs/${name}`, import.meta.url)

describe.each([
  ['config.md', renderConfigDoc],
  ['events.md', renderEventsDoc],
])('docs/%s', (name, render) => {
  it('matches its source', () => {
    const expected = render()
    if (process.env.UPDATE_DOCS === '1') writeFileSync(docs(name), expected)
    expect(readFileSync(docs(name), 'utf8')).toBe(expected)
  })
})

describe('config reference generator', () => {
  it('has a row for every leaf key of the schema, so new keys appear without editing the generator', () => {
    const keys = new Set(configRows().map((r) => r.key))
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const walk = (node: any, path: string): string[] =>
      Object.entries(node.properties ?? {}).flatMap(([k, child]) => {
        const p = path ? `${path}.${k}` : k
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const nested = (child as any).properties
        return nested ? walk(child, p) : [p]
      })
    for (const key of walk(configSchema, '')) expect(keys).toContain(key)
  })

  it('picks up a key added to the schema, with its type, default and description', () => {
    const schema = {
      ...configSchema,
      properties: {
        ...configSchema.properties,
        extra: {
          type: 'object',
          additionalProperties: false,
          properties: {
            'new-key': { type: 'integer', minimum: 1, description: 'a key nobody documented by hand' },
          },
        },
      },
    }
    expect(renderConfigDoc(schema)).toContain(
      '| `extra.new-key` | integer ≥ 1 |  | a key nobody documented by hand |',
    )
  })

  it.each([
    [{ enum: ['merge', 'squash'] }, 'one of `merge`, `squash`'],
    [{ anyOf: [{ type: 'string', minLength: 1 }, { const: false }] }, 'text or `false`'],
    [{ type: 'string', format: 'regex' }, 'regex'],
    [{ type: 'integer', minimum: 0, maximum: 10 }, 'integer 0–10'],
    [{ type: 'array', items: { type: 'string' } }, 'list of texts'],
  ])('describes %j as %s', (node, text) => expect(describeType(node)).toBe(text))

  it('shows the defaults resolveConfig fills in', () => {
    const rows = new Map(configRows().map((r) => [r.key, r]))
    expect(rows.get('lgtm.reset-on-push')?.default).toBe('`true`')
    expect(rows.get('merge.require-labels')?.default).toBe('`["lgtm","approved"]`')
    expect(rows.get('size.thresholds.xl')?.default).toBe('`500`')
  })
})
