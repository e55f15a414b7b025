import { describe, expect, it } from '@jest/globals'
import { ConfigError, parseConfig, resolveConfig } from '../../src/core/config.js'

const problems = (yaml: string): string[] => {
  try {
    parseConfig(yaml, '.github/bosun.yml')
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('config', () => {
  it('fills every default when the file is empty', () => {
    const c = parseConfig('', 'x')
    expect(c.merge).toMatchObject({ method: 'merge', requireLabels: ['lgtm', 'approved'], maxPerRun: 10 })
    expect(c.merge.blockLabels).toEqual(['do-not-merge/*', 'needs-rebase', 'needs-ok-to-test'])
    expect(c.size.thresholds).toEqual({ s: 10, m: 30, l: 100, xl: 500, xxl: 1000 })
    expect(c.lgtm.resetOnPush).toBe(true)
    expect(c.lgtm.keepOnSameTree).toBe(false)
    expect(parseConfig('lgtm:\n  keep-on-same-tree: true\n', 'x').lgtm.keepOnSameTree).toBe(true)
    expect(c.reviewers.count).toBe(2)
    expect(c.translate).toEqual({
      target: 'en',
      mode: 'comment',
      modifyTitle: false,
      model: 'gpt-4o-mini',
      budget: { maxChars: 20000, callsPerUserPerHour: 20 },
    })
    expect(resolveConfig()).toEqual({ ...c, source: undefined })
  })

  it('reads the example of docs/contract.md', () => {
    const c = parseConfig(
      `commands:
  disabled: [retitle]
  custom:
    invite:
      permission: anyone
      reply: "Welcome!"
      close: true
      labels: [triage/accepted]
    deploy:
      permission: collaborator
      dispatch: { workflow: deploy.yml, ref: main }
permissions:
  milestone: collaborator
labels:
  restricted: {priority/critical-urgent: {allowed: [alice, '@org/team']}}
  paths: {area/docs: ['docs/**']}
size:
  thresholds: {s: 5}
welcome:
  pr: false
merge:
  method: squash
  block-labels: ['do-not-merge/*']
`,
      '.github/bosun.yml',
    )
    expect(c.commands.custom.invite).toEqual({
      permission: 'anyone',
      reply: 'Welcome!',
      close: true,
      labels: ['triage/accepted'],
    })
    expect(c.commands.disabled).toEqual(['retitle'])
    expect(c.size.thresholds.s).toBe(5)
    expect(c.size.thresholds.m).toBe(30)
    expect(c.welcome.pr).toBe(false)
    expect(c.merge.blockLabels).toEqual(['do-not-merge/*'])
  })

  it('names the key path and the closest valid key for each misspelling', () => {
    expect(problems('merge:\n  methd: squash\nlabls: {}\n')).toEqual(
      ['labls: unknown key; did you mean "labels"?', 'merge.methd: unknown key; did you mean "method"?'].sort(
        (a, b) => (a.startsWith('merge') ? 1 : -1) - (b.startsWith('merge') ? 1 : -1),
      ),
    )
  })

  it('reports every problem at once', () => {
    const p = problems(`merge:
  method: fast
  max-per-run: 0
rules:
  title: "([a-z"
labels:
  definitions:
    - color: red
permissions:
  hold: everyone
`)
    expect(p).toEqual(
      expect.arrayContaining([
        'merge.method: must be one of "merge", "squash", "rebase"',
        'merge.max-per-run: must be >= 1',
        'rules.title: not a valid regular expression (RE2 syntax: no lookaround or backreferences): missing closing ]: `[a-z`',
        "labels.definitions[0]: must have required property 'name'",
        'labels.definitions[0].color: must match pattern "^#?[0-9a-fA-F]{6}$"',
        'permissions.hold: must be one of "anyone", "author", "collaborator", "reviewer", "approver"',
      ]),
    )
    expect(p).toHaveLength(6)
  })

  it('reports YAML syntax errors with a line number', () => {
    expect(problems('merge:\n  method: [unclosed\n')[0]).toMatch(/^YAML line \d+/)
    expect(problems('a: 1\na: 2\n')[0]).toMatch(/YAML/)
    expect(problems('- just\n- a list\n')).toEqual(['(top level): must be a mapping'])
  })

  it('rejects welcome texts that are neither a string nor false', () => {
    expect(problems('welcome:\n  pr: true\n')).toEqual(['welcome.pr: must be a non-empty string or false'])
  })
})
