// A test scenario: an emulator with one repository, a bot token and a few people, plus shortcuts to
// send an event to a bundle and look at what happened.
import { GitHubEmulator } from '../emulator/server.js'
import {
  addCollaborator,
  addComment,
  addStatus,
  setFile,
  type Issue,
  type Repository,
} from '../emulator/state.js'
import { issueCommentPayload } from './payloads.js'
import { runAction, type ActionRunResult } from './run-action.js'
import type { ServerActions } from './server-actions.js'

export const BOT = 'bosun-bot'
export const BOT_TOKEN = 'ghp_bosunbottoken000000000000000000000'

/**
 * Which host runs `Scenario.run`: the bundles as the Actions runner runs them (the default), or
 * bosun's webhook server (`BOSUN_E2E_HOST=server`, the `e2e-server` project).
 */
export const E2E_HOST: 'actions' | 'server' = process.env.BOSUN_E2E_HOST === 'server' ? 'server' : 'actions'

export class Scenario {
  readonly emu = new GitHubEmulator()
  repo!: Repository
  readonly fullName: string
  private server?: Promise<ServerActions>

  constructor(fullName = 'acme/widgets') {
    this.fullName = fullName
  }

  async start(options: { files?: Record<string, string> } = {}): Promise<this> {
    await this.emu.start()
    this.repo = this.emu.state.createRepo(this.fullName, { files: options.files })
    this.emu.state.addToken(BOT_TOKEN, BOT)
    addCollaborator(this.emu.state, this.repo, BOT, 'write')
    return this
  }

  async stop(): Promise<void> {
    await (await this.server)?.stop()
    await this.emu.stop()
  }

  /** Adds people: `{alice: 'write', bob: 'read', carol: null}` (null = not a collaborator). */
  people(map: Record<string, string | null>): void {
    for (const [login, permission] of Object.entries(map)) {
      this.emu.state.user(login)
      if (permission) addCollaborator(this.emu.state, this.repo, login, permission)
    }
  }

  config(yaml: string): void {
    setFile(this.repo, this.repo.defaultBranch, '.github/bosun.yml', yaml)
  }

  run(
    action: string,
    event: string,
    payload: object,
    inputs: Record<string, string> = {},
  ): Promise<ActionRunResult> {
    if (E2E_HOST === 'server') {
      // Loaded only here: the bundle host never pays for the server's modules.
      this.server ??= import('./server-actions.js').then((m) => new m.ServerActions(this))
      return this.server.then((server) => server.run(action, event, payload, BOT_TOKEN, inputs))
    }
    return runAction({
      action,
      event,
      payload,
      apiUrl: this.emu.url,
      repository: this.fullName,
      token: BOT_TOKEN,
      inputs,
    })
  }

  /** Posts a comment as `author` and runs command-dispatch on it. */
  async comment(
    issue: Issue,
    author: string,
    body: string,
    inputs: Record<string, string> = {},
  ): Promise<ActionRunResult> {
    const comment = addComment(this.emu.state, this.repo, issue.number, author, body)
    this.emu.resetLog()
    return this.run(
      'command-dispatch',
      'issue_comment',
      issueCommentPayload(this.emu, this.repo, issue, comment),
      inputs,
    )
  }

  /** Comments by the bot (replies, notifications) on an issue. */
  botComments(issue: Issue): string[] {
    return [...this.repo.comments.values()]
      .filter((c) => c.issueNumber === issue.number && c.user.login === BOT)
      .map((c) => c.body)
  }

  reactions(subject: string): string[] {
    return this.repo.reactions.filter((r) => r.subject === subject).map((r) => r.content)
  }
}

/**
 * What /lgtm and /approve leave on a head: bosun's own `bosun/lgtm` and `bosun/approve` statuses
 * (written by the bot token), so the merge pool counts the head as reviewed.
 */
export function markReviewed(repo: Repository, sha: string, by = 'rev'): void {
  addStatus(repo, sha, 'bosun/lgtm', 'success', `LGTM by ${by}.`, BOT)
  addStatus(repo, sha, 'bosun/approve', 'success', `Approved by ${by}.`, BOT)
}
