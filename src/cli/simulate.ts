// `bosun simulate`: what would bosun do in my repository? Seeds the GitHub emulator (test/emulator,
// in-process) from a local checkout's config and OWNERS files, opens a pull request with the given
// files, delivers the events described on the command line to the real all-in-one bundle
// (dist/all-in-one under Node 24, exactly as the Actions runner starts it), and prints each write
// it made in words. Nothing leaves this machine: the bundle's API is the emulator.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

import { parseAliases, parseOwners } from '../core/owners.js'
import { parseConfig } from '../core/config.js'
import { GitHubEmulator, type LoggedRequest } from '../../test/emulator/server.js'
import {
  addCheckRun,
  addCollaborator,
  addComment,
  addLabel,
  createPull,
  latestStatuses,
  pushCommit,
  type Issue,
  type Repository,
} from '../../test/emulator/state.js'
import { checkPayload, issueCommentPayload, pullRequestPayload } from '../../test/support/payloads.js'
import { ROOT, runAction } from '../../test/support/run-action.js'
import type { CheckoutFiles } from './checkout.js'
import { describeWrite } from './describe.js'

export const SIM_BOT = 'bosun-bot'
const SIM_TOKEN = 'ghp_bosunsimulatortoken00000000000000'

export type SimEvent =
  | { kind: 'comment'; as: string; body: string }
  | { kind: 'push' }
  | { kind: 'sweep' }
  | { kind: 'ci'; name: string; conclusion: string }

export interface PullFileSpec {
  filename: string
  additions: number
  deletions: number
}

export interface SimOptions {
  checkout: CheckoutFiles
  repoName: string
  author: string
  title: string
  body: string
  files: PullFileSpec[]
  /** login → permission (`admin`, `write`, `read`, `none`), over the defaults from OWNERS. */
  people: Record<string, string>
  labels: string[]
  events: SimEvent[]
}

/** `git diff --name-only` or `git diff --numstat` output (or a comma list) as PR files. */
export function parsePullFiles(text: string): PullFileSpec[] {
  return text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const numstat = /^(\d+|-)\s+(\d+|-)\s+(.+)$/.exec(line)
      if (!numstat) return { filename: line, additions: 10, deletions: 0 }
      const count = (n: string) => (n === '-' ? 0 : Number(n))
      const [, added = '', deleted = '', filename = line] = numstat
      return { filename, additions: count(added), deletions: count(deleted) }
    })
}

/** Everyone an OWNERS file names gets write access (they merge there), unless told otherwise. */
function ownersPeople(files: Record<string, string>): string[] {
  let aliases = new Map<string, string[]>()
  try {
    if (files.OWNERS_ALIASES) aliases = parseAliases(files.OWNERS_ALIASES)
  } catch {
    // bosun check reports it; the simulation goes on without aliases.
  }
  const logins = new Set<string>()
  for (const [path, text] of Object.entries(files)) {
    if (path !== 'OWNERS' && !path.endsWith('/OWNERS')) continue
    try {
      const owners = parseOwners(text, path.replace(/\/?OWNERS$/, ''), aliases)
      for (const login of [...owners.approvers, ...owners.reviewers]) logins.add(login)
    } catch {
      // Reported by the run itself when it reads this file.
    }
  }
  return [...logins]
}

function declaredLabels(checkout: CheckoutFiles): string[] {
  if (checkout.config === undefined) return []
  try {
    const config = parseConfig(checkout.config, checkout.configPath)
    return [...config.labels.definitions.map((d) => d.name), ...config.labels.additional]
  } catch {
    return []
  }
}

/** Workflow commands the bundle printed (errors, warnings, notices), as the run's log shows them. */
export function annotations(stdout: string): string[] {
  const decode = (s: string) => s.replace(/%0A/g, '\n').replace(/%0D/g, '').replace(/%25/g, '%')
  return stdout
    .split('\n')
    .map((line) => /^::(error|warning|notice)[^:]*::(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([, kind = '', text = '']) => `${kind}: ${decode(text)}`)
}

/** Runs of label-sync lines ("creates label a", "creates label b") as one line each. */
export function coalesce(lines: string[]): string[] {
  const out: string[] = []
  for (const line of lines) {
    const m = /^(creates|updates) label (.+)$/.exec(line)
    const last = out.at(-1)
    const prev = last === undefined ? null : /^(creates|updates) labels? (.+)$/.exec(last)
    if (m && prev && prev[1] === m[1]) out[out.length - 1] = `${m[1]} labels ${prev[2]}, ${m[2]}`
    else out.push(line)
  }
  return out
}

const labelList = (issue: Issue) =>
  issue.labels.length ? issue.labels.map((l) => `[${l}]`).join(' ') : '(none)'

export class Simulation {
  readonly emu = new GitHubEmulator()
  repo!: Repository
  pr!: Issue
  private failed = false
  private readonly noticesShown = new Set<string>()

  constructor(
    private readonly options: SimOptions,
    private readonly print: (line: string) => void,
  ) {}

  async run(): Promise<number> {
    const bundle = join(ROOT, 'dist', 'all-in-one', 'index.js')
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first`)
    await this.emu.start()
    try {
      this.seed()
      this.intro()
      await this.open()
      for (const event of this.options.events) await this.deliver(event)
      this.outro()
    } finally {
      await this.emu.stop()
    }
    return this.failed ? 1 : 0
  }

  private seed(): void {
    const { checkout, people, labels } = this.options
    this.repo = this.emu.state.createRepo(this.options.repoName, { files: checkout.files })
    this.emu.state.addToken(SIM_TOKEN, SIM_BOT)
    addCollaborator(this.emu.state, this.repo, SIM_BOT, 'write')
    for (const login of ownersPeople(checkout.files))
      addCollaborator(this.emu.state, this.repo, login, 'write')
    for (const [login, permission] of Object.entries(people)) {
      this.emu.state.user(login)
      if (permission === 'none') this.repo.collaborators.delete(login.toLowerCase())
      else addCollaborator(this.emu.state, this.repo, login, permission)
    }
    for (const name of [...declaredLabels(checkout), ...labels]) addLabel(this.repo, name)
    this.pr = createPull(this.emu.state, this.repo, {
      author: this.options.author,
      title: this.options.title,
      body: this.options.body,
      files: this.options.files,
    })
  }

  private intro(): void {
    const { checkout, files } = this.options
    const owners = Object.keys(checkout.files).filter((p) => p === 'OWNERS' || p.endsWith('/OWNERS'))
    const collaborators = [...this.repo.collaborators.entries()]
      .filter(([login]) => login !== SIM_BOT && login !== this.repo.owner.toLowerCase())
      .map(([login, permission]) => `@${login} (${permission})`)
    this.print(`bosun simulate — ${this.options.repoName}, simulated; nothing is sent to GitHub`)
    this.print(
      `   config ${checkout.config === undefined ? `${checkout.configPath} absent (defaults)` : checkout.configPath}; ` +
        `${owners.length ? owners.join(', ') : 'no OWNERS files'}`,
    )
    this.print(`   collaborators: ${collaborators.join(', ') || '(none besides the owner)'}`)
    this.print(
      `   PR #${this.pr.number} "${this.pr.title}" by @${this.options.author}: ${files.length} file(s) ` +
        `${files
          .slice(0, 5)
          .map((f) => f.filename)
          .join(', ')}${files.length > 5 ? ', …' : ''}`,
    )
  }

  private async open(): Promise<void> {
    this.print(`\n📬 @${this.options.author} opens PR #${this.pr.number}`)
    await this.send('pull_request_target', pullRequestPayload(this.emu, this.repo, this.pr))
  }

  private async deliver(event: SimEvent): Promise<void> {
    const head = () => this.pr.pull!.head.sha.slice(0, 7)
    switch (event.kind) {
      case 'comment': {
        this.print(`\n💬 @${event.as} on #${this.pr.number}:`)
        for (const line of event.body.split('\n')) this.print(`   > ${line}`)
        this.emu.state.user(event.as)
        const comment = addComment(this.emu.state, this.repo, this.pr.number, event.as, event.body)
        return this.send('issue_comment', issueCommentPayload(this.emu, this.repo, this.pr, comment))
      }
      case 'push': {
        pushCommit(this.repo, this.pr)
        this.print(`\n⬆️  @${this.options.author} pushes a commit; the head is now ${head()}`)
        const payload = pullRequestPayload(this.emu, this.repo, this.pr, 'synchronize')
        return this.send('pull_request_target', payload)
      }
      case 'ci': {
        addCheckRun(this.repo, this.pr.pull!.head.sha, event.name, event.conclusion)
        this.print(`\n🟢 CI: check "${event.name}" ${event.conclusion} on ${head()}`)
        const payload: Record<string, unknown> = checkPayload(
          this.emu,
          this.repo,
          'check_suite',
          this.pr.pull!.head.sha,
          [this.pr.number],
        )
        // checkPayload builds the `check_suite` object of the event it is asked for.
        ;(payload.check_suite as { conclusion?: string }).conclusion = event.conclusion
        return this.send('check_suite', payload)
      }
      case 'sweep':
        this.print('\n⏰ the scheduled sweep runs')
        return this.send('schedule', { schedule: '17 * * * *' })
    }
  }

  private async send(event: string, payload: object): Promise<void> {
    this.emu.resetLog()
    const run = await runAction({
      action: 'all-in-one',
      event,
      payload,
      apiUrl: this.emu.url,
      repository: this.options.repoName,
      token: SIM_TOKEN,
    })
    const writes = this.emu.writes().filter((w: LoggedRequest) => w.status < 300)
    const status = run.code ? `, exit ${run.code}: the workflow run would fail` : ''
    this.print(`   🤖 bosun (${this.emu.requests.length} API requests${status}):`)
    for (const note of annotations(run.stdout)) {
      // A notice repeated on every event (no translation key, say) is shown once.
      if (note.startsWith('notice:') && this.noticesShown.has(note)) continue
      this.noticesShown.add(note)
      for (const [i, line] of note.split('\n').entries()) this.print(`      ${i ? '  ' : '⚠ '}${line}`)
    }
    if (!writes.length) this.print('      (writes nothing)')
    for (const line of coalesce(writes.map(describeWrite))) this.print(`      ${line}`)
    this.print(`   labels now: ${labelList(this.pr)}`)
    for (const violation of this.emu.violations.splice(0))
      this.print(`   ⚠ the emulator refused a request GitHub would refuse: ${violation}`)
    if (run.code) this.failed = true
  }

  private outro(): void {
    const pull = this.pr.pull!
    const status = latestStatuses(this.repo, pull.head.sha).find((s) => s.context === 'bosun/merge')
    this.print('')
    if (pull.merged)
      this.print(
        `✅ PR #${this.pr.number} merged (${pull.mergeMethod}): reviewed head ${pull.head.sha.slice(0, 7)}` +
          (pull.mergedSha ? `, merge commit ${pull.mergedSha.slice(0, 7)}` : ''),
      )
    else
      this.print(
        `⏸  PR #${this.pr.number} not merged${status ? `; bosun/merge: ${status.state} "${status.description}"` : ''}`,
      )
    this.print(`   labels: ${labelList(this.pr)}`)
  }
}
