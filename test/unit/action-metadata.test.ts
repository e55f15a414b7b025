// action.yml files as the Marketplace and the runner read them: a name, a description that fits the
// listing, branding, every input and output described, Node 24, a bundle that exists. Input names
// and defaults are the public contract and are pinned here.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const FILES = ['action.yml', ...readdirSync(join(ROOT, 'actions')).map((a) => `actions/${a}/action.yml`)]
// The colours the Marketplace accepts for branding.
const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']
const COMMON = { token: '${{ github.token }}', 'config-path': '.github/bosun.yml', 'dry-run': 'false' }
const TRANSLATION = { 'openai-api-key': '', 'openai-base-url': '', model: '' }
const TRANSLATES = new Set([
  'action.yml',
  'actions/issue-translate/action.yml',
  'actions/gpt-translate/action.yml',
])

describe.each(FILES)('%s', (file) => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const action: any = parse(readFileSync(join(ROOT, file), 'utf8'))

  it('is ready for the Marketplace listing', () => {
    expect(action.name).toMatch(/^bosun\b/)
    expect(action.description.length).toBeGreaterThan(20)
    expect(action.description.length).toBeLessThanOrEqual(125)
    expect(typeof action.author).toBe('string')
    expect(action.branding.icon).toMatch(/^[a-z0-9-]+$/)
    expect(COLORS).toContain(action.branding.color)
  })

  it('describes every input and output, with the contract’s names and defaults', () => {
    const expected = { ...COMMON, ...(TRANSLATES.has(file) ? TRANSLATION : {}) }
    const defaults = Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [name, (input as { default?: string }).default]),
    )
    expect(defaults).toEqual(expected)
    for (const input of Object.values<{ description: string; required?: boolean }>(action.inputs)) {
      expect(input.description.length).toBeGreaterThan(10)
      expect(input.required).toBe(false)
    }
    expect(action.outputs.result.description).toBeTruthy()
  })

  it('runs its bundle under Node 24', () => {
    expect(action.runs.using).toBe('node24')
    expect(action.runs.main).toMatch(/dist\/[a-z-]+\/index\.js$/)
    expect(existsSync(resolve(ROOT, dirname(file), action.runs.main).replace('/index.js', ''))).toBe(true)
  })
})

it('names are unique, as the Marketplace requires', () => {
  const names = FILES.map((f) => parse(readFileSync(join(ROOT, f), 'utf8')).name)
  expect(new Set(names).size).toBe(names.length)
})
