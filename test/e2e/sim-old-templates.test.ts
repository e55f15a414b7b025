// The simulator catches each failure the templates used to have, run as they were (kept under
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
] as const)('old templates: %s', (_title, name, check, prefix) => {
  it('is caught with the old templates and not with the new ones', async () => {
    const old = await firstFailure(await loadWorkflows(OLD_TEMPLATES, SEPARATE), scenario(name), check)
    expect(old?.violations.filter((v) => !v.startsWith(prefix))).toEqual([])
    expect(old?.violations.length).toBeGreaterThan(0)
    const now = await firstFailure(await loadWorkflows(TEMPLATES, SEPARATE), scenario(name), check, 2)
    expect(now).toBeUndefined()
  }, 240_000)
})

// The fourth failure, a pushed head merged on the stale lgtm, came from the old merge rule (trust the
// labels) as much as from the old templates (auto-merge and label-policy racing on synchronize). The
// rule is gone from the code, so this shows two things instead: the invariant flags such a merge, and
// with the old, racy templates the head-bound rule alone keeps every merge reviewed.
describe('old templates: a pushed head merged on the stale lgtm', () => {
  it('is what the invariant flags: a merge of a head no /lgtm was given for', () => {
    const world = {
      merges: [{ number: 1, sha: 'b'.repeat(40), at: 50 }],
      heads: new Map([
        [
          1,
          [
            { sha: 'a'.repeat(40), at: 0 },
            { sha: 'b'.repeat(40), at: 40 },
          ],
        ],
      ]),
      commands: [
        { id: 1, number: 1, body: '/approve', author: 'ann', at: 10 },
        { id: 2, number: 1, body: '/lgtm', author: 'rita', at: 20 },
      ],
      reviewedAtStart: new Set<string>(),
    } as unknown as World
    expect(unreviewedMerges(world)).toEqual([
      `unreviewed merge: #1 at ${'b'.repeat(7)} had no /lgtm for that head`,
    ])
    world.commands.push({ id: 3, number: 1, body: '/lgtm', author: 'rita', at: 45 })
    expect(unreviewedMerges(world)).toEqual([])
  })

  it('never happens, even with the old templates racing, under the head-bound merge rule', async () => {
    const racy = await firstFailure(
      await loadWorkflows(OLD_TEMPLATES, SEPARATE),
      scenario('a push to a ready PR'),
      unreviewedMerges,
    )
    expect(racy).toBeUndefined()
  }, 240_000)
})
