// Runs bosun's parts for a host other than the Actions runner (the webhook server): the same
// routes, parts, config and permission checks, with the run context handed in by the host instead
// of read from the runner's environment. Nothing here prints, sets outputs or exits.
import { ENTRIES } from '../part-entries.js'
import { ROUTES, type PartName } from '../parts.js'
import { ActionRun, describeError, shareOneEvent } from './action.js'
import type { Inputs, Payload, Repo, RunContext } from './context.js'
import type { Logger } from './log.js'
import type { Result } from './report.js'

export interface PartsRequest {
  /** The event as the parts know it (Actions' names: `pull_request_target`, `schedule`). */
  eventName: string
  payload: Payload
  repo: Repo
  token: string
  apiUrl: string
  inputs?: Partial<Omit<Inputs, 'token'>>
  log: Logger
  /** The `fetch` of the parts' GitHub clients (the server counts requests with it). */
  fetch?: typeof globalThis.fetch
  /** Only these parts run (an operator's choice, e.g. no translation); all of them when unset. */
  parts?: readonly PartName[]
  /** Told each part's job summary (Markdown): what the runner would show on the run's page. */
  onSummary?: (part: PartName, markdown: string) => void
}

/** The run context a host builds from what it knows (a delivery, a timer) instead of the runner's env. */
export function hostRunContext(req: Omit<PartsRequest, 'log' | 'fetch' | 'parts' | 'onSummary'>): RunContext {
  const apiUrl = req.apiUrl.replace(/\/+$/, '')
  const payload = req.payload
  return {
    eventName: req.eventName,
    action: typeof payload.action === 'string' ? payload.action : undefined,
    payload,
    repo: req.repo,
    sender: payload.sender
      ? { login: String(payload.sender.login), type: String(payload.sender.type ?? '') }
      : undefined,
    apiUrl,
    // GitHub Enterprise Server serves REST under /api/v3 and GraphQL at /api/graphql.
    graphqlUrl: apiUrl.endsWith('/api/v3') ? `${apiUrl.slice(0, -3)}graphql` : `${apiUrl}/graphql`,
    serverUrl: 'https://github.com',
    job: '',
    workflow: '',
    runId: 0,
    inputs: {
      configPath: '.github/bosun.yml',
      dryRun: false,
      openaiApiKey: '',
      openaiBaseUrl: '',
      model: '',
      ...req.inputs,
      token: req.token,
    },
  }
}

/** The parts that handle an event, in the order they run. */
export const partsFor = (eventName: string): readonly PartName[] => ROUTES[eventName] ?? []

/**
 * Runs every part that handles the event, one after the other, as the all-in-one action does: a
 * failing part records its error and the others still run. Returns each part's result.
 */
export async function runParts(req: PartsRequest): Promise<Result[]> {
  const ctx = hostRunContext(req)
  const results: Result[] = []
  // One client, preflight and permission cache for the event's parts, as in the all-in-one action.
  await shareOneEvent(async () => {
    for (const name of partsFor(req.eventName)) {
      if (req.parts && !req.parts.includes(name)) continue
      const part = await ENTRIES[name]()
      const run = new ActionRun(name, ctx, {
        bulk: part.bulk?.(req.eventName),
        log: req.log,
        fetch: req.fetch,
      })
      try {
        await part.body(run)
      } catch (error) {
        run.report.result.error = describeError(error)
        req.log.error(`${name}: ${run.report.result.error}`)
      } finally {
        run.finish()
        results.push(run.report.result)
        req.onSummary?.(name, run.report.summaryMarkdown())
      }
    }
  })
  return results
}
