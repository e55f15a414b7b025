// The frame every action runs in: read the runner's context, create the client lazily (a run that
// has nothing to do makes no request), load config once, publish the report, turn failures into one
// clear error message instead of a stack trace.
import { AsyncLocalStorage } from 'node:async_hooks'
import * as core from '@actions/core'
import { ConfigError, type Config } from './config.js'
import { readRunContext, type RunContext } from './context.js'
import { createGitHubClient, describeError, type GitHub, type PlannedWrite } from './github.js'
import { actionsLogger, type Logger } from './log.js'
import { isBotAccount } from './loop-guard.js'
import { preflight, type Preflight, type PreflightOptions } from './preflight.js'
import { PermissionResolver, sameLogin } from './permissions.js'
import { Report } from './report.js'

type Client = GitHub & { plannedWrites: PlannedWrite[] }

/**
 * What the parts of one all-in-one run share: a client (one per pacing), the preflight answers and
 * the permission cache. A part alone gets its own.
 */
class SharedRun {
  readonly clients = new Map<boolean, Client>()
  /** The first preflight made, whose config and login serve every later plain preflight. */
  firstPreflight?: Promise<Preflight>
  permissionResolver?: PermissionResolver
}

// Per async context, not per process: the server host runs many events at once.
const sharedRun = new AsyncLocalStorage<SharedRun>()

/** Runs `body` (the all-in-one's parts for one event) with one client, preflight and permission cache. */
export async function shareOneEvent(body: () => Promise<void>): Promise<void> {
  await sharedRun.run(new SharedRun(), body)
}

const isPlain = (o: PreflightOptions) =>
  !o.labels?.length &&
  !Object.keys(o.files ?? {}).length &&
  !Object.keys(o.counts ?? {}).length &&
  !o.repositoryFields &&
  !o.optionalRepositoryFields &&
  !o.rootFields

export class ActionRun {
  readonly log: Logger
  readonly report: Report
  private readonly shared = sharedRun.getStore() ?? new SharedRun()
  private readonly bulk: boolean
  private readonly fetch?: typeof globalThis.fetch
  /** Dry-run writes other parts planned on the shared client before this one started. */
  private readonly writesBefore: number
  private usedClient = false
  private preflightPromise?: Promise<Preflight>

  constructor(
    readonly name: string,
    readonly ctx: RunContext,
    options: { bulk?: boolean; log?: Logger; fetch?: typeof globalThis.fetch } = {},
  ) {
    this.log = options.log ?? actionsLogger
    this.report = new Report(name, ctx.eventName, ctx.inputs.dryRun)
    this.bulk = !!options.bulk
    this.fetch = options.fetch
    this.writesBefore = this.shared.clients.get(this.bulk)?.plannedWrites.length ?? 0
  }

  get repo() {
    return this.ctx.repo
  }

  get github(): GitHub {
    this.usedClient = true
    let client = this.shared.clients.get(this.bulk)
    if (!client) {
      if (!this.ctx.inputs.token)
        throw new Error('No token: set the "token" input (templates pass secrets.BOT_GITHUB_TOKEN).')
      this.log.secret?.(this.ctx.inputs.token)
      client = createGitHubClient({
        token: this.ctx.inputs.token,
        apiUrl: this.ctx.apiUrl,
        dryRun: this.ctx.inputs.dryRun,
        log: this.log,
        bulk: this.bulk,
        fetch: this.fetch,
      })
      this.shared.clients.set(this.bulk, client)
    }
    return client
  }

  /**
   * Config, the token's login and the action's other small reads, in one request. The first call
   * decides what is read; later calls share its answer. A plain call (config and login only) shares
   * the answer of an earlier part of the same event.
   */
  preflight(options: PreflightOptions = {}): Promise<Preflight> {
    if (!this.preflightPromise && isPlain(options) && this.shared.firstPreflight)
      this.preflightPromise = this.shared.firstPreflight
    this.preflightPromise ??= preflight(this.github, this.repo, this.ctx.inputs.configPath, options)
    this.shared.firstPreflight ??= this.preflightPromise
    return this.preflightPromise
  }

  async config(): Promise<Config> {
    return (await this.preflight()).config
  }

  get permissions(): PermissionResolver {
    this.shared.permissionResolver ??= new PermissionResolver(this.github, this.repo)
    return this.shared.permissionResolver
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
    const client = this.shared.clients.get(this.bulk)
    if (this.usedClient && client && this.ctx.inputs.dryRun)
      this.report.result.plannedWrites = client.plannedWrites.slice(this.writesBefore)
  }
}

export { describeError }

/**
 * What a part's run.ts gives every host: its body (handed an ActionRun built by the host), and
 * whether an event is repository-wide work (a sweep) that writes at bulk pace.
 */
export interface PartEntry {
  name: string
  body: (run: ActionRun) => Promise<void>
  bulk?: (eventName: string) => boolean
}

/** A part as its own action (and as a step of the all-in-one): the run context from the runner. */
export const runEntry = (entry: PartEntry): Promise<void> =>
  runAction(entry.name, entry.body, { bulk: entry.bulk?.(process.env.GITHUB_EVENT_NAME ?? '') })

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
