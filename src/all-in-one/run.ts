// The all-in-one action: routes each event to every part that handles it, in one job.
import * as core from '@actions/core'
import { collectResults, type Result } from '../core/report.js'

/** Which parts handle which events (docs/contract.md); order is the order they run in. */
export const ROUTES: Record<string, string[]> = {
  issue_comment: ['command-dispatch', 'issue-translate', 'gpt-translate', 'auto-merge'],
  pull_request_review: ['command-dispatch', 'auto-merge'],
  pull_request_review_comment: ['command-dispatch'],
  issues: ['command-dispatch', 'label-policy', 'issue-translate'],
  pull_request_target: ['command-dispatch', 'label-policy', 'issue-translate', 'auto-merge'],
  push: ['label-policy', 'auto-merge'],
  schedule: ['label-policy', 'auto-merge'],
  workflow_dispatch: ['label-policy', 'auto-merge'],
  check_suite: ['auto-merge'],
  check_run: ['auto-merge'],
  status: ['auto-merge'],
  workflow_run: ['command-dispatch', 'auto-merge'],
  discussion: ['issue-translate'],
  discussion_comment: ['issue-translate'],
}

/** Parts built so far; the rest are skipped with a notice rather than pretending to work. */
const PARTS: Record<string, (() => Promise<{ run: () => Promise<void> }>) | undefined> = {
  'command-dispatch': () => import('../command-dispatch/run.js'),
  'label-policy': () => import('../label-policy/run.js'),
  'auto-merge': () => import('../auto-merge/run.js'),
  'issue-translate': () => import('../issue-translate/run.js'),
  'gpt-translate': () => import('../gpt-translate/run.js'),
}

export async function run(): Promise<void> {
  const event = process.env.GITHUB_EVENT_NAME ?? ''
  const parts = ROUTES[event] ?? []
  if (!parts.length) core.info(`bosun: nothing handles ${event} events.`)
  // One `result` for the step: every part's result, in the order they ran.
  const results: Result[] = []
  collectResults((r) => results.push(r))
  const skipped: string[] = []
  for (const part of parts) {
    const load = PARTS[part]
    if (!load) {
      core.notice(`bosun ${part} is not implemented yet; skipped.`)
      skipped.push(part)
      continue
    }
    core.startGroup(`bosun ${part}`)
    try {
      // Each part reports its own failure (setFailed) and the others still run.
      await (await load()).run()
    } finally {
      core.endGroup()
    }
  }
  collectResults(undefined)
  core.setOutput(
    'result',
    JSON.stringify({ action: 'all-in-one', event, parts: results, notImplemented: skipped }),
  )
}
