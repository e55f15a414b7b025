// Permission matrix: every command × seven kinds of commenter, through dist/command-dispatch against
// the emulator. Each row runs the commands of one commenter in a few comments on a fresh PR (or
// issue) and checks, command by command, whether it was allowed or refused for lack of permission.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  addLabel,
  addMilestone,
  addWorkflow,
  addWorkflowRun,
  createIssue,
  createPull,
  setFile,
  type Workflow,
} from '../emulator/state.js'
import { Scenario } from '../support/scenario.js'

const s = new Scenario()
let build: Workflow
let lint: Workflow

const ACTORS = {
  anonymous: 'anon',
  author: 'paula',
  collaborator: 'colin',
  readOnly: 'rhea',
  reviewer: 'revy',
  approverElsewhere: 'otto',
  approverHere: 'ada',
} as const
type Actor = keyof typeof ACTORS

beforeAll(async () => {
  await s.start({
    files: {
      OWNERS: 'approvers: [root-approver]\n',
      'src/OWNERS': 'approvers: [ada]\nreviewers: [revy]\n',
      'docs/OWNERS': 'approvers: [otto]\n',
    },
  })
  s.people({
    anon: null,
    paula: null,
    colin: 'write',
    rhea: 'read',
    revy: 'read',
    otto: 'read',
    ada: 'read',
    'root-approver': 'write',
  })
  for (const l of ['kind/bug', 'triage/accepted', 'ready']) addLabel(s.repo, l)
  addMilestone(s.repo, 'v1')
  build = addWorkflow(s.repo, 'build.yml', 'build')
  lint = addWorkflow(s.repo, 'lint.yml', 'lint')
  addWorkflow(s.repo, 'deploy.yml', 'deploy', ['env'])
  s.config(`labels:
  additional: [ready]
  restricted:
    priority/critical-urgent: {allowed: [colin]}
commands:
  custom:
    invite:
      permission: anyone
      reply: "Welcome! Join us on Slack."
    deploy:
      permission: collaborator
      dispatch: { workflow: deploy.yml, ref: main }
`)
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

// true = allowed; false = refused for permission. Commands are written as the commenter types them.
type Row = Record<Actor, boolean>
const all = (v: boolean): Row => ({
  anonymous: v,
  author: v,
  collaborator: v,
  readOnly: v,
  reviewer: v,
  approverElsewhere: v,
  approverHere: v,
})
const only = (...who: Actor[]): Row => ({ ...all(false), ...Object.fromEntries(who.map((w) => [w, true])) })

const PR_COMMANDS: Array<[string, Row]> = [
  ['/hold', all(true)],
  ['/hold cancel', all(true)],
  ['/kind bug', all(true)],
  ['/remove-kind bug', all(true)],
  ['/assign', all(true)],
  ['/cc @colin', all(true)],
  ['/uncc @colin', all(true)],
  ['/lgtm', only('reviewer', 'approverHere')],
  ['/lgtm cancel', only('author', 'reviewer', 'approverHere')],
  ['/approve', only('approverHere')],
  ['/approve cancel', all(true)],
  ['/triage accepted', only('collaborator')],
  ['/lifecycle frozen', all(true)],
  ['/label ready', all(true)],
  ['/label priority/critical-urgent', only('collaborator')],
  ['/retitle A better title', only('author', 'collaborator')],
  ['/milestone v1', only('collaborator')],
  ['/ok-to-test', only('collaborator')],
]
const PR_COMMANDS_2: Array<[string, Row]> = [
  ['/retest', only('author', 'collaborator')],
  ['/test lint', only('author', 'collaborator')],
  ['/assign @colin', only('collaborator')],
  ['/close', only('author', 'collaborator')],
  ['/reopen', only('author', 'collaborator')],
  ['/commands', all(true)],
  ['/invite', all(true)],
  ['/deploy env=staging', only('collaborator')],
]
const ISSUE_COMMANDS: Array<[string, Row]> = [
  ['/help', all(true)],
  ['/good-first-issue', all(true)],
  ['/remove-good-first-issue', all(true)],
  ['/remove-help', all(true)],
  ['/priority critical-urgent', all(false)], // the label does not exist: refused for everyone, not for permission
  ['/close not-planned', only('author', 'collaborator')],
]

const PERMISSION_REFUSAL = /^(Only |`\/[a-z-]+` is for |You cannot LGTM your own)/

async function runRow(actor: Actor, onIssue: boolean, commands: Array<[string, Row]>) {
  const login = ACTORS[actor]
  const author = actor === 'author' ? login : 'paula'
  const target = onIssue
    ? createIssue(s.emu.state, s.repo, { author })
    : createPull(s.emu.state, s.repo, { author, files: [{ filename: 'src/app.ts' }] })
  if (target.pull) {
    addWorkflowRun(s.repo, build, target.pull.head.sha, 'failure')
    addWorkflowRun(s.repo, lint, target.pull.head.sha, 'success')
  }
  const run = await s.comment(target, login, commands.map(([c]) => c).join('\n'))
  expect(run.code).toBe(0)
  return run.result.commands as Array<{ command: string; ok: boolean; message?: string }>
}

describe.each(Object.keys(ACTORS) as Actor[])('as %s', (actor) => {
  it.each([
    ['a pull request', false, PR_COMMANDS],
    ['a pull request (more)', false, PR_COMMANDS_2],
    ['an issue', true, ISSUE_COMMANDS],
  ] as const)(
    'on %s each command is allowed or refused as the matrix says',
    async (_what, onIssue, commands) => {
      const results = await runRow(actor, onIssue, [...commands])
      expect(results.map((r) => r.command)).toEqual(commands.map(([c]) => c))
      const got = results.map((r) => [
        r.command,
        r.ok ? 'allowed' : PERMISSION_REFUSAL.test(r.message ?? '') ? 'refused' : `failed: ${r.message}`,
      ])
      const want = commands.map(([c, row]) => [
        c,
        row[actor] ? 'allowed' : c.startsWith('/priority') ? got.find((g) => g[0] === c)![1] : 'refused',
      ])
      expect(got).toEqual(want)
    },
  )
})

describe('what the matrix implies', () => {
  it('refuses /priority with a label that does not exist, listing the valid ones', async () => {
    setFile(s.repo, 'main', 'README.md', 'x')
    addLabel(s.repo, 'priority/important-soon')
    const issue = createIssue(s.emu.state, s.repo, { author: 'paula' })
    const run = await s.comment(issue, 'colin', '/priority nope')
    expect(run.result.commands[0].message).toBe(
      'The label `priority/nope` does not exist. Valid priority labels: `priority/critical-urgent`, `priority/important-soon`.',
    )
    expect(issue.labels).toEqual([])
  })
})
