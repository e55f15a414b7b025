// The second host for the bundles' end-to-end scenarios (BOSUN_E2E_HOST=server): each
// `Scenario.run(action, event, payload, inputs)` becomes a signed webhook delivery (or, for the
// triggers no webhook stands for, the server's own sweep) to a BosunServer that runs only the part
// the test named, with the inputs the bundle would have read. What the server did comes back as the
// bundle's run: the part's result, exit code 1 when a part failed, the delivery's log lines as stdout
// and the parts' job summaries.
import { readInputs, type Inputs } from '../../src/core/context.js'
import { JWT_OPERATIONS } from '../emulator/apps.js'
import type { PartName } from '../../src/parts.js'
import type { DeliveryRecord } from '../../src/server/server.js'
import { actionInputs, inputEnv, type ActionRunResult } from './run-action.js'
import type { Scenario } from './scenario.js'
import { ServerHost } from './server-host.js'

/** Actions triggers an App receives under another webhook name (the server maps them back). */
const WEBHOOK_NAME: Readonly<Record<string, string>> = { pull_request_target: 'pull_request' }
/** Triggers no webhook stands for: on the server, its timed sweep does their work. */
const SWEEP_TRIGGERS = new Set(['schedule', 'workflow_dispatch'])

/** The webhook an Actions trigger arrives as; `undefined` for the ones the sweep stands for. */
export const webhookName = (event: string): string | undefined =>
  SWEEP_TRIGGERS.has(event) ? undefined : (WEBHOOK_NAME[event] ?? event)

/**
 * The App's own plumbing: its JWT calls (installation tokens) and the repository list a sweep starts
 * from. The Actions runner mints its job token before the job, out of the emulator's sight; these
 * are the server's counterpart, so they leave the log a scenario asserts on (server.test.ts checks
 * them).
 */
const APP_PLUMBING = new Set([...JWT_OPERATIONS, 'apps/list-repos-accessible-to-installation'])

interface LogLine {
  delivery?: string
  msg?: string
}

export class ServerActions {
  /** One server per (parts, inputs): a bundle test may run several parts or inputs on one scenario. */
  private readonly hosts = new Map<string, ServerHost>()
  private lastSweep = 0

  constructor(private readonly s: Scenario) {}

  async run(
    action: string,
    event: string,
    payload: object,
    token: string,
    given: Record<string, string> = {},
  ): Promise<ActionRunResult> {
    // The inputs exactly as the bundle reads them: action.yml defaults, then the test's values.
    const inputs = readInputs(inputEnv(actionInputs(action, token, given)))
    const host = await this.host(action, inputs)
    const started = Date.now()
    const name = webhookName(event)
    let id: string
    if (name) {
      id = (await host.deliver({ name, payload })).id
    } else {
      // Distinct ids even for two sweeps in one millisecond (the queue refuses a repeated id).
      const now = Math.max(Date.now(), this.lastSweep + 1)
      this.lastSweep = now
      await host.server.sweep(now)
      id = `sweep:${this.s.fullName}:${now}`
    }
    await host.server.idle()
    const ms = Date.now() - started
    this.dropAppPlumbing()
    return runResult(action, event, host.server.delivery(id), logOf(host, id), ms)
  }

  private dropAppPlumbing(): void {
    const requests = this.s.emu.requests
    const kept = requests.filter((r) => !APP_PLUMBING.has(r.operation))
    requests.splice(0, requests.length, ...kept)
  }

  async stop(): Promise<void> {
    await Promise.all([...this.hosts.values()].map((h) => h.stop()))
    this.hosts.clear()
  }

  private async host(action: string, inputs: Inputs): Promise<ServerHost> {
    const { token, ...rest } = inputs
    const parts = action === 'all-in-one' ? undefined : [action as PartName]
    const key = JSON.stringify({ parts, rest, token })
    const known = this.hosts.get(key)
    if (known) return known
    const first = this.hosts.values().next().value
    const host = new ServerHost(
      this.s,
      // The scenario's token (its bot user), not the App's: see ServerOptions.tokenFor.
      { parts, inputs: rest, tokenFor: () => token },
      // Info, as the runner shows: debug lines are hidden there unless step debugging is on.
      { app: first?.app, installation: first?.installation, logLevel: 'info' },
    )
    this.hosts.set(key, host)
    await host.start()
    this.dropAppPlumbing()
    if (!first)
      // The parts act as the scenario's bot: the App's bot needs no seat among the collaborators,
      // where scenarios that list them (reviewer and assignee picks) would see it.
      this.s.repo.collaborators.delete(host.bot.toLowerCase())
    return host
  }
}

/** The delivery's log: each line's message (the step's stdout) and the JSON lines themselves. */
function logOf(host: ServerHost, id: string): { stdout: string; stderr: string } {
  let stdout = ''
  let stderr = ''
  for (const text of host.logLines) {
    let line: LogLine
    try {
      line = JSON.parse(text) as LogLine
    } catch {
      continue
    }
    if (line.delivery !== id) continue
    stderr += `${text}\n`
    if (line.msg) stdout += `${line.msg}\n`
  }
  return { stdout, stderr }
}

function runResult(
  action: string,
  event: string,
  record: DeliveryRecord | undefined,
  { stdout, stderr }: { stdout: string; stderr: string },
  ms: number,
): ActionRunResult {
  if (!record) throw new Error(`the server kept no record of the ${event} delivery for ${action}`)
  const parts = record.parts
  // The all-in-one's `result` lists every part's; a part's bundle sets its own.
  const result =
    action === 'all-in-one'
      ? { action: 'all-in-one', event, parts, notImplemented: [] }
      : parts.find((p) => p.action === action)
  return {
    code: record.outcome === 'failed' ? 1 : 0,
    stdout: record.error && !stdout.includes(record.error) ? `${stdout}${record.error}\n` : stdout,
    stderr,
    outputs: result ? { result: JSON.stringify(result) } : {},
    summary: record.summary ?? '',
    result,
    ms,
    ignored: record.outcome === 'ignored' ? (record.reason ?? '') : undefined,
  }
}
