// Workflow templates: least privilege, no untrusted expression inside run:, no checkout of PR code
// under pull_request_target, a properties file each, and actions that exist.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'

const dir = new URL('../../workflows-templates/', import.meta.url)
const templates = readdirSync(dir).filter((f) => f.endsWith('.yml'))
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const load = (f: string): any => parse(readFileSync(new URL(f, dir), 'utf8'))

describe.each(templates)('%s', (file) => {
  const wf = load(file)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const steps: any[] = Object.values(wf.jobs).flatMap((job) => (job as { steps?: unknown[] }).steps ?? [])

  it('declares least-privilege permissions at the top level', () => {
    expect(wf.permissions).toBeDefined()
    expect(wf.permissions).not.toBe('write-all')
    for (const value of Object.values(wf.permissions)) expect(['read', 'write', 'none']).toContain(value)
  })

  it('never interpolates event data into run: scripts', () => {
    for (const step of steps) if (step.run) expect(step.run).not.toMatch(/\$\{\{\s*github\.event/)
  })

  it('never checks out code (and so never PR code under pull_request_target)', () => {
    for (const step of steps) expect(String(step.uses ?? '')).not.toMatch(/actions\/checkout/)
  })

  it('uses a bosun action that exists, passing the bot token', () => {
    const bosun = steps.filter((st) => String(st.uses).startsWith('$OWNER/bosun'))
    expect(bosun).toHaveLength(1)
    const path = String(bosun[0].uses).replace('$OWNER/bosun', '').replace(/@v1$/, '')
    expect(existsSync(new URL(`../..${path}/action.yml`, import.meta.url))).toBe(true)
    expect(bosun[0].with.token).toContain('secrets.BOT_GITHUB_TOKEN')
  })

  it('has a properties file for organisation templates', () => {
    const props = JSON.parse(readFileSync(new URL(file.replace(/\.yml$/, '.properties.json'), dir), 'utf8'))
    expect(props.name).toBeTruthy()
    expect(props.description).toBeTruthy()
  })

  it('serialises runs with a concurrency group where order matters', () => {
    if (file === 'issue-translate.yml') return // each event is translated on its own
    expect(wf.concurrency.group).toBeTruthy()
    expect(wf.concurrency['cancel-in-progress']).toBe(false)
  })

  it('passes secrets as inputs only', () => {
    for (const step of steps)
      for (const v of Object.values(step.with ?? {}))
        if (String(v).includes('secrets.'))
          expect(String(v)).toMatch(/^\$\{\{ secrets\.[A-Z_]+( \|\| github\.token)? \}\}$/)
  })
})

describe('auto-merge template', () => {
  it('serialises per repository and has a schedule backstop', () => {
    const wf = load('auto-merge.yml')
    expect(wf.concurrency.group).toBe('bosun-merge-${{ github.repository }}')
    expect(wf.on.schedule).toBeDefined()
    for (const event of [
      'pull_request_target',
      'pull_request_review',
      'check_suite',
      'status',
      'workflow_run',
      'workflow_dispatch',
    ]) {
      expect(Object.keys(wf.on)).toContain(event)
    }
  })
})

describe('all-in-one template', () => {
  it('is also a reusable workflow', () => {
    expect(load('bosun.yml').on.workflow_call).toBeDefined()
  })
})
