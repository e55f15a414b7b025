// The scenarios of the issue, each a script of what people and CI do at which simulated second.
// The scheduler decides everything else (delays, which run goes first) from the seed.
import type { SimWorkflow } from './workflows.js'
import { World } from './world.js'

export const PEOPLE = { paula: 'write', rita: 'write', ann: 'write', adam: 'write', stranger: null }
export const FILES = { OWNERS: 'approvers: [ann, adam]\nreviewers: [rita, ann, adam]\n' }

export interface SimScenario {
  name: string
  /** Whether the end state must be the same on every schedule (false where people race on purpose). */
  deterministic: boolean
  script: (w: World, size: number) => void
  /** What must be true at the end of every schedule, so a scenario that does nothing cannot pass. */
  goal?: (w: World) => string[]
}

const want = (ok: boolean, what: string) => (ok ? [] : [`goal: ${what}`])
const pr1 = (w: World) => w.repo.issues.get(1)!

export const SCENARIOS: SimScenario[] = [
  {
    name: 'a burst of comments on one PR',
    deterministic: true,
    script: (w) => {
      const pr = w.openPull('paula', ['src/a.ts'])
      w.at(0, () => w.opened(pr))
      w.at(40, () => w.comment(pr, 'rita', '/lgtm'))
      w.at(41, () => w.comment(pr, 'stranger', 'me too'))
      w.at(42, () => w.comment(pr, 'paula', '/kind bug'))
      w.at(43, () => w.comment(pr, 'stranger', '/hold'))
      w.at(44, () => w.comment(pr, 'ann', '/approve'))
    },
    goal: (w) =>
      want(
        ['lgtm', 'approved', 'do-not-merge/hold'].every((l) => pr1(w).labels.includes(l)) &&
          !pr1(w).pull!.merged,
        '#1 has lgtm, approved and the hold, and is not merged',
      ),
  },
  {
    name: 'a push to a ready PR',
    deterministic: true,
    script: (w) => {
      const pr = w.openPull('paula', ['src/a.ts'])
      w.reviewed(pr)
      w.greenChecks(pr)
      w.at(10, () => w.push(pr))
    },
    goal: (w) =>
      want(!pr1(w).pull!.merged && !pr1(w).labels.includes('lgtm'), '#1 is not merged and lost its lgtm'),
  },
  {
    name: 'two approvers at once',
    deterministic: true,
    script: (w) => {
      const pr = w.openPull('paula', ['src/a.ts'])
      w.at(0, () => w.opened(pr))
      w.at(30, () => w.comment(pr, 'ann', '/approve'))
      w.at(30.2, () => w.comment(pr, 'adam', '/approve'))
      w.at(31, () => w.comment(pr, 'rita', '/lgtm'))
      w.at(60, () => w.comment(pr, 'stranger', 'looks great, thanks'))
      w.at(90, () => w.ciFinishes(pr))
    },
    goal: (w) => want(pr1(w).pull!.merged, '#1 is merged'),
  },
  {
    name: 'a push during /lgtm',
    deterministic: false,
    script: (w) => {
      const pr = w.openPull('paula', ['src/a.ts'])
      w.at(0, () => w.opened(pr))
      w.at(20, () => w.comment(pr, 'ann', '/approve'))
      w.at(60, () => w.ciFinishes(pr))
      w.at(100, () => w.comment(pr, 'rita', '/lgtm'))
      w.at(101, () => w.push(pr))
    },
  },
  {
    name: 'a push while checks complete',
    deterministic: false,
    script: (w) => {
      const pr = w.openPull('paula', ['src/a.ts'])
      w.at(0, () => w.opened(pr))
      w.at(20, () => w.comment(pr, 'ann', '/approve'))
      w.at(21, () => w.comment(pr, 'rita', '/lgtm'))
      w.at(120, () => w.push(pr))
      w.at(120.5, () => w.ciFinishesFor(pr, 0))
    },
  },
  {
    name: '/hold racing a ready merge',
    deterministic: false,
    script: (w) => {
      const pr = w.openPull('paula', ['src/a.ts'])
      w.at(0, () => w.opened(pr))
      w.at(20, () => w.comment(pr, 'ann', '/approve'))
      w.at(21, () => w.comment(pr, 'rita', '/lgtm'))
      w.at(100, () => w.ciFinishes(pr))
      w.at(100.5, () => w.comment(pr, 'adam', '/hold'))
    },
  },
  {
    name: 'many PRs with CI finishing at once',
    deterministic: true,
    script: (w, size) => {
      const prs = Array.from({ length: size }, (_, i) =>
        w.openPull('paula', [`src/f${i}.ts`], `feat: change ${i}`),
      )
      for (const pr of prs) w.reviewed(pr)
      prs.forEach((pr, i) => w.at(i * 0.1, () => w.ciFinishes(pr)))
    },
    goal: (w) =>
      want(
        [...w.repo.issues.values()].every((i) => i.pull?.merged),
        'every PR is merged',
      ),
  },
]

export interface ScheduleResult {
  seed: number
  violations: string[]
  endState: string
  jobs: number
  bundleMs: number[]
}

/** Runs one scenario under one seed and returns what the invariants say. */
export async function runSchedule(
  scenario: SimScenario,
  workflows: SimWorkflow[],
  seed: number,
  options: {
    redeliverAfter?: number
    size?: number
    check: (w: World) => string[]
    endState: (w: World) => string
  },
): Promise<ScheduleResult> {
  const w = await new World({ workflows, seed, redeliverAfter: options.redeliverAfter, files: FILES }).start(
    PEOPLE,
  )
  try {
    scenario.script(w, options.size ?? 20)
    await w.run()
    return {
      seed,
      violations: options.check(w),
      endState: options.endState(w),
      jobs: w.sched.jobs.length,
      bundleMs: w.bundleRuns,
    }
  } catch (error) {
    return {
      seed,
      violations: [`error: ${(error as Error).message}`],
      endState: '',
      jobs: 0,
      bundleMs: w.bundleRuns,
    }
  } finally {
    await w.stop()
  }
}

/** Seeds to explore: SIM_SEED replays one; otherwise `count` from SIM_SEED_BASE (default 1). */
export function seeds(count: number): number[] {
  if (process.env.SIM_SEED) return [Number(process.env.SIM_SEED)]
  const base = Number(process.env.SIM_SEED_BASE ?? 1)
  return Array.from({ length: count }, (_, i) => base + i)
}
