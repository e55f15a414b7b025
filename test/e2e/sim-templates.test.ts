// The templates under GitHub's scheduling: every scenario of the issue whose outcome depends only
// on the templates, explored over several seeded interleavings, each job running the real bundle.
// Replay a failure with SIM_SEED=<seed>; explore more with SIM_SCHEDULES=<n> or `npm run sim`.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../emulator/paths.js'
import { duplicates, endState, lost, selfTriggered } from '../sim/invariants.js'
import { SCENARIOS, runSchedule, seeds } from '../sim/scenarios.js'
import type { SimWorkflow } from '../sim/workflows.js'
import { ALL_IN_ONE, SEPARATE, TEMPLATES, loadWorkflows } from '../sim/world.js'

const SCHEDULES = Number(process.env.SIM_SCHEDULES ?? 2)
const deterministic = SCENARIOS.filter((s) => s.deterministic)

describe.each([
  ['separate templates', SEPARATE],
  ['all-in-one', ALL_IN_ONE],
])('%s', (_, files) => {
  let workflows: SimWorkflow[]
  beforeAll(async () => {
    workflows = await loadWorkflows(TEMPLATES, files)
  })

  it.each(deterministic.map((s) => [s.name, s] as const))(
    '%s: goal reached, nothing lost, duplicated or self-triggered, same end state on every schedule',
    async (_name, scenario) => {
      const results = []
      for (const seed of seeds(SCHEDULES))
        results.push(
          await runSchedule(scenario, workflows, seed, {
            size: 6,
            check: (w) => [...(scenario.goal?.(w) ?? []), ...lost(w), ...duplicates(w), ...selfTriggered(w)],
            endState,
          }),
        )
      for (const r of results)
        expect({ seed: r.seed, violations: r.violations }).toEqual({ seed: r.seed, violations: [] })
      for (const r of results)
        expect({ seed: r.seed, endState: r.endState }).toEqual({
          seed: r.seed,
          endState: results[0]?.endState,
        })
    },
    240_000,
  )
})

// The project's own workflows, once it has them, are read the same way.
const OWN = join(ROOT, '.github/workflows')
;(existsSync(OWN) ? describe : describe.skip)("this repository's .github/workflows", () => {
  it("parse with GitHub's parser, and those running bosun keep the invariants on a burst of comments", async () => {
    const own = await loadWorkflows(OWN)
    expect(own.length).toBeGreaterThan(0)
    if (!own.some((wf) => wf.jobs.some((j) => j.action))) return
    const burst = SCENARIOS.find((s) => s.name === 'a burst of comments on one PR')!
    const r = await runSchedule(burst, own, 1, {
      check: (w) => [...lost(w), ...duplicates(w), ...selfTriggered(w)],
      endState,
    })
    expect(r.violations).toEqual([])
  }, 240_000)
})
