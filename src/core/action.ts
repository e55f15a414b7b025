// The frame every action runs in: read the runner's context, create the client lazily (a run that
// has nothing to do makes no request), load config once, publish the report, turn failures into one
// clear error message instead of a stack trace.
import * as core from '@actions/core'
import { ConfigError, type Config } from './config.js'
import { readRunContext, type RunContext } from './context.js'
import { createGitHubClient, type GitHub, type PlannedWrite } from './github.js'
import { actionsLogger, type Logger } from './log.js'
import { isBotAccount } from './loop-guard.js'
import { preflight, type Preflight, type PreflightOptions } from './preflight.js'
import { PermissionResolver, sameLogin } from './permissions.js'
import { Report } from './report.js'

export class ActionRun {
  readonly log: Logger
  readonly report: Report
  private client?: GitHub & { plannedWrites: PlannedWrite[] }
  private preflightPromise?: Promise<Preflight>
  private permissionResolver?: PermissionResolver

  constructor(
    readonly name: string,
    readonly ctx: RunContext,
    private readonly options: { bulk?: boolean; log?: Logger } = {},
  ) {
    this.log = options.log ?? actionsLogger
    this.report = new Report(name, ctx.eventName, ctx.inputs.dryRun)
  }

  get repo() {
    return this.ctx.repo
  }

  get github(): GitHub {
    if (!this.client) {
      if (!this.ctx.inputs.token)
        throw new Error('No token: set the "token" input (templates pass secrets.BOT_GITHUB_TOKEN).')
      this.log.secret?.(this.ctx.inputs.token)
      this.client = createGitHubClient({
        token: this.ctx.inputs.token,
        apiUrl: this.ctx.apiUrl,
        dryRun: this.ctx.inputs.dryRun,
        log: this.log,
        bulk: this.options.bulk,
      })
    }
    return this.client
  }

  /**
   * Config, the token's login and the action's other small reads, in one request. The first call
   * decides what is read; later calls share its answer.
   */
  preflight(options: PreflightOptions = {}): Promise<Preflight> {
    this.preflightPromise ??= preflight(this.github, this.repo, this.ctx.inputs.configPath, options)
    return this.preflightPromise
  }

  async config(): Promise<Config> {
    return (await this.preflight()).config
  }

  get permissions(): PermissionResolver {
    this.permissionResolver ??= new PermissionResolver(this.github, this.repo)
    return this.permissionResolver
  }

  /**
   * Loop guard, part two: whether the event was sent by the token's own user (a bot account that
   * is a plain user, e.g. with a personal access token). Answered by the preflight request.
   */
  async sentBySelf(): Promise<boolean> {
    const sender = this.ctx.sender?.login
    return !!sender && sameLogin((await this.preflight()).viewer, sender)
  }

  /** Loop guard, part one: free, so it runs before anything else. */
  skipBotSender(): boolean {
    if (isBotAccount(this.ctx.sender)) {
      this.report.skip(`event sent by bot account ${this.ctx.sender?.login}`)
      this.log.info(`Ignoring ${this.ctx.eventName}: sent by bot account ${this.ctx.sender?.login}.`)
      return true
    }
    return false
  }

  finish(): void {
    if (this.client && this.ctx.inputs.dryRun) this.report.result.plannedWrites = this.client.plannedWrites
  }
}

/** Message for the log and the `result` output: no stack traces for users. */
export function describeError(error: unknown): string {
  if (error instanceof ConfigError) return error.message
  const e = error as { status?: number; message?: string; request?: { method?: string; url?: string } }
  if (e.status && e.request) {
    return `GitHub answered ${e.status} to ${e.request.method} ${e.request.url}: ${e.message}`
  }
  return e.message ?? String(error)
}

export async function runAction(
  name: string,
  body: (run: ActionRun) => Promise<void>,
  options: { bulk?: boolean } = {},
): Promise<void> {
  let run: ActionRun | undefined
  try {
    run = new ActionRun(name, readRunContext(), options)
    await body(run)
  } catch (error) {
    const message = describeError(error)
    if (run) run.report.result.error = message
    core.setFailed(message)
    if (!(error instanceof ConfigError)) core.debug(String((error as Error)?.stack ?? error))
  } finally {
    if (run) {
      run.finish()
      await run.report.publish()
    }
  }
}
