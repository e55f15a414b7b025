// The all-in-one action: routes each event to every part that handles it, in one job. The parts
// share one client, one preflight and one permission cache (core/action.ts), so a part that finds
// nothing to do costs no request the part doing the work has not already made.
import * as core from '@actions/core'
import { runEntry, shareOneEvent } from '../core/action.js'
import { collectResults, type Result } from '../core/report.js'
import { ENTRIES } from '../part-entries.js'
import { ROUTES } from '../parts.js'

export { ROUTES }

export async function run(): Promise<void> {
  const event = process.env.GITHUB_EVENT_NAME ?? ''
  const parts = ROUTES[event] ?? []
  if (!parts.length) core.info(`bosun: nothing handles ${event} events.`)
  // One `result` for the step: every part's result, in the order they ran.
  const results: Result[] = []
  collectResults((r) => results.push(r))
  await shareOneEvent(async () => {
    for (const part of parts) {
      core.startGroup(`bosun ${part}`)
      try {
        // Each part reports its own failure (setFailed) and the others still run.
        await runEntry(await ENTRIES[part]())
      } finally {
        core.endGroup()
      }
    }
  })
  collectResults(undefined)
  // `notImplemented` stays in the output (always empty now) for workflows that read it.
  core.setOutput(
    'result',
    JSON.stringify({ action: 'all-in-one', event, parts: results, notImplemented: [] }),
  )
}
