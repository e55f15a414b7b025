// The simulator catches each failure of issue 10 with the templates as they were (kept under
// test/sim/fixtures/old-templates): dropped runs, self-triggering, wasted jobs, and the race of the
// separate templates (auto-merge and label-policy both started by a push). Each search stops at the
// first seed that shows the failure; the same scenario with today's templates shows none of it.
import { describe, expect, it } from '@jest/globals'
import { lost, selfTriggered, unreviewedMerges, wasted } from '../sim/invariants.js'
import { SCENARIOS, runSchedule, type SimScenario } from '../sim/scenarios.js'
import type { SimWorkflow } from '../sim/workflows.js'
import { OLD_TEMPLATES, SEPARATE, TEMPLATES, loadWorkflows, type World } from '../sim/world.js'

const scenario = (name: string): SimScenario => SCENARIOS.find((s) => s.name === name)!

/** The first of `tries` seeds whose schedule shows a violation of `check`, with what it found. */
async function firstFailure(
  workflows: SimWorkflow[],
  s: SimScenario,
  check: (w: World) => string[],
  tries = 4,
): Promise<{ seed: number; violations: string[] } | undefined> {
  for (let seed = 1; seed <= tries; seed++) {
    const r = await runSchedule(s, workflows, seed, { size: 3, check, endState: () => '' })
    if (r.violations.length) return r
  }
  return undefined
}

const wastedOnComments = (w: World) =>
  wasted(w)
    .filter((j) => j.event.name === 'issue_comment' && !String(j.event.payload.comment?.body).includes('/'))
    .map((j) => `wasted: ${j.workflow.file} on ${j.event.label}`)

describe.each([
  [
    'drops a command (a newer pending run cancels the older)',
    'a burst of comments on one PR',
    lost,
    'lost: ',
  ],
  [
    'starts itself (workflow_run "*", status of bosun/merge)',
    'two approvers at once',
    selfTriggered,
    'self-trigger: ',
  ],
  ['wastes a job on a comment without a command', 'two approvers at once', wastedOnComments, 'wasted: '],
  [
    'merges a pushed head on the stale lgtm (auto-merge and label-policy race on synchronize)',
    'a push to a ready PR',
    unreviewedMerges,
    'unreviewed merge: ',
  ],
] as const)('old templates: %s', (_title, name, check, prefix) => {
  it('is caught with the old templates and not with the new ones', async () => {
    const old = await firstFailure(await loadWorkflows(OLD_TEMPLATES, SEPARATE), scenario(name), check)
    expect(old?.violations.filter((v) => !v.startsWith(prefix))).toEqual([])
    expect(old?.violations.length).toBeGreaterThan(0)
    const now = await firstFailure(await loadWorkflows(TEMPLATES, SEPARATE), scenario(name), check, 2)
    expect(now).toBeUndefined()
  }, 240_000)
})
