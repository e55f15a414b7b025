// Assertions that differ between the two hosts of the end-to-end scenarios (see E2E_HOST): the few
// that are about the Actions runner itself, and skips the server decides before any part runs.
import { expect } from '@jest/globals'
import type { ActionRunResult } from './run-action.js'
import { E2E_HOST } from './scenario.js'

/**
 * An assertion about the Actions runner itself (job summary wording, workflow commands such as
 * `::error::`, the step's stdout): checked on the bundle host only.
 */
export function onActionsHost(check: () => void): void {
  if (E2E_HOST === 'actions') check()
}

/**
 * The run did nothing, for `reason` (the part's own skip). The server decides some of these before
 * any part runs, as the workflow's job condition does: then it must have ignored the delivery for
 * `serverReason`.
 */
export function expectSkipped(run: ActionRunResult, reason: string, serverReason?: string): void {
  if (E2E_HOST === 'server' && serverReason) expect(run.ignored).toBe(serverReason)
  else expect(run.result?.skipped).toBe(reason)
}
