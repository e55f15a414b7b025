// The heavier sweep behind `npm run sim -- --schedules N`: every scenario, both template sets, N
// seeds each, every invariant (the review-bound ones too), with every event re-delivered on odd
// seeds. Writes bench/sim-sweep.md; skipped unless SIM_SWEEP is set (it takes N × ~1 min).
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../emulator/paths.js'
import { allViolations, endState } from '../sim/invariants.js'
import { SCENARIOS, runSchedule, seeds } from '../sim/scenarios.js'
import { ALL_IN_ONE, SEPARATE, TEMPLATES, loadWorkflows } from '../sim/world.js'

/** A violation as one table cell: bot comments quoted in it have newlines and pipes. */
const oneLine = (v: string) => v.replace(/\s+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;')

const sweep = process.env.SIM_SWEEP ? describe : describe.skip
const SCHEDULES = Number(process.env.SIM_SCHEDULES ?? 10)
/** `SIM_ONLY=<part of a scenario name>` narrows the sweep to replay one scenario quickly. */
const EXPLORED = SCENARIOS.filter((s) => !process.env.SIM_ONLY || s.name.includes(process.env.SIM_ONLY))

sweep('sweep', () => {
  it(
    'explores every scenario and writes bench/sim-sweep.md',
    async () => {
      const rows = [
        '| templates | scenario | schedules | failing schedules | end states | first violations (seed) |',
        '|---|---|---:|---:|---:|---|',
      ]
      let explored = 0
      for (const [label, files] of [
        ['separate', SEPARATE],
        ['all-in-one', ALL_IN_ONE],
      ] as const) {
        const workflows = await loadWorkflows(TEMPLATES, [...files])
        for (const scenario of EXPLORED) {
          const failing: string[] = []
          const ends = new Set<string>()
          let bad = 0
          for (const seed of seeds(SCHEDULES)) {
            const r = await runSchedule(scenario, workflows, seed, {
              size: 12,
              redeliverAfter: seed % 2 ? 30 : undefined,
              check: (w) => [...(scenario.goal?.(w) ?? []), ...allViolations(w)],
              endState,
            })
            explored++
            ends.add(r.endState)
            if (r.violations.length) bad++
            for (const v of r.violations.map(oneLine))
              if (failing.length < 3) failing.push(`${v} (seed ${seed}${seed % 2 ? ', re-delivered' : ''})`)
          }
          rows.push(
            `| ${label} | ${scenario.name} | ${SCHEDULES} | ${bad} | ${ends.size}${scenario.deterministic ? '' : ' (races on purpose)'} | ${failing.join('<br>') || '—'} |`,
          )
        }
      }
      const text = `# Simulator sweep\n\n\`npm run sim -- --schedules ${SCHEDULES}\` (seeds from ${process.env.SIM_SEED_BASE ?? 1}; odd seeds re-deliver every event 30 s later). Replay one schedule with \`SIM_SEED=<seed>\`.\n\n${rows.join('\n')}\n`
      mkdirSync(join(ROOT, 'bench'), { recursive: true })
      if (EXPLORED.length === SCENARIOS.length) writeFileSync(join(ROOT, 'bench', 'sim-sweep.md'), text)
      console.log(text)
      expect(explored).toBe(SCHEDULES * EXPLORED.length * 2)
    },
    24 * 3600_000,
  )
})
