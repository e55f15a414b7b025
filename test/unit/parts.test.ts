// src/parts.ts is the one list of bosun's parts: the folders under src/, the actions under
// actions/, the bundles under dist/, the all-in-one's routes and its quick exit must all agree with it.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { BUILTIN_NAMES } from '../../src/command-dispatch/registry.js'
import { ENTRIES } from '../../src/part-entries.js'
import { BUNDLES, FOREIGN_COMMANDS, PARTS, ROUTES } from '../../src/parts.js'
import { ROOT } from '../emulator/paths.js'

/** Folders under src/ that are not parts: shared code, the CLI, type shims, hosts of the parts. */
const NOT_PARTS = new Set(['core', 'cli', 'types', 'all-in-one', 'server'])
const names = PARTS.map((p) => p.name as string).sort()
const folders = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()

describe('the parts registry', () => {
  it('names every part folder under src/, each with an entry and a run', () => {
    expect(folders('src').filter((f) => !NOT_PARTS.has(f))).toEqual(names)
    for (const name of names) {
      expect(existsSync(join(ROOT, 'src', name, 'index.ts'))).toBe(true)
      expect(readFileSync(join(ROOT, 'src', name, 'run.ts'), 'utf8')).toMatch(/export const run = /)
      expect(existsSync(join(ROOT, 'src', name, 'part.ts'))).toBe(true)
    }
  })

  it('loads each part’s entry for the hosts that run several parts (all-in-one, server)', async () => {
    expect(Object.keys(ENTRIES).sort()).toEqual(names)
    for (const part of PARTS) {
      const entry = await ENTRIES[part.name]()
      expect(entry.name).toBe(part.name)
      expect(typeof entry.body).toBe('function')
    }
  })

  it('has one action per part, whose main is the part’s bundle', () => {
    expect(folders('actions')).toEqual(names)
    for (const name of names) {
      const meta = parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8'))
      expect(meta.runs.main).toBe(`../../dist/${name}/index.js`)
    }
    expect(parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')).runs.main).toBe('dist/all-in-one/index.js')
  })

  it('has one committed bundle per part and the all-in-one, as the build makes them', () => {
    expect(folders('dist')).toEqual([...BUNDLES].sort())
    for (const name of BUNDLES) expect(existsSync(join(ROOT, 'dist', name, 'index.js'))).toBe(true)
  })

  it('routes each event to the parts that declare it, in registry order', () => {
    const order = PARTS.map((p) => p.name)
    for (const [event, parts] of Object.entries(ROUTES)) {
      expect(parts.length).toBeGreaterThan(0)
      expect([...parts]).toEqual(order.filter((name) => parts.includes(name)))
      for (const name of parts)
        expect(Object.keys(PARTS.find((p) => p.name === name)!.events)).toContain(event)
    }
    expect(ROUTES.issue_comment).toEqual([
      'command-dispatch',
      'issue-translate',
      'gpt-translate',
      'auto-merge',
    ])
  })

  it('gives command-dispatch the other parts’ commands as foreign, none of them built in', () => {
    expect([...FOREIGN_COMMANDS].sort()).toEqual(['gpt-translate', 'gt'])
    for (const name of FOREIGN_COMMANDS) expect(BUILTIN_NAMES.has(name)).toBe(false)
  })

  it('has the all-in-one’s quick exit name the parts issue_comment reaches', () => {
    const source = readFileSync(join(ROOT, 'src/core/quick-exit.ts'), 'utf8')
    const quick = [...source.matchAll(/\['([a-z-]+)', '[^']+'\]/g)].map((m) => m[1])
    expect(quick).toEqual([...(ROUTES.issue_comment ?? [])])
  })
})
