// The cost of a busy day (scheduler only, no bundles): the new templates start far fewer jobs, drop
// none, and the jobs they start mostly do work; the old ones drop runs and start thousands of no-ops.
import { describe, expect, it } from '@jest/globals'
import { costOfDay, nameCiWorkflows, type CostRow } from '../sim/cost.js'
import { ALL_IN_ONE, OLD_TEMPLATES, SEPARATE, TEMPLATES, loadWorkflows } from '../sim/world.js'

const total = (rows: CostRow[]) =>
  rows.reduce(
    (a, r) => ({
      ...a,
      started: a.started + r.started,
      worked: a.worked + r.worked,
      dropped: a.dropped + r.dropped,
    }),
    {
      started: 0,
      worked: 0,
      dropped: 0,
    },
  )
// A quarter of the bench's busy day keeps this test short.
const DAY = { pushes: 30, ciPerPush: 6, comments: 90, commandComments: 15, reviews: 15, issues: 8, prs: 12 }
const ALL = [...SEPARATE, 'gpt-translate.yml', 'issue-translate.yml']

describe.each([
  ['separate templates', ALL],
  ['all-in-one', ALL_IN_ONE],
])('a busy day with the %s', (_, files) => {
  it('starts fewer jobs, drops none, and wastes few', async () => {
    const old = total(await costOfDay(await loadWorkflows(OLD_TEMPLATES, files), DAY))
    const now = total(await costOfDay(nameCiWorkflows(await loadWorkflows(TEMPLATES, files)), DAY))
    expect(now.dropped).toBe(0)
    expect(old.dropped).toBeGreaterThan(0)
    expect(now.started).toBeLessThan(old.started)
    // Work that the old templates lost to cancelled runs is done now.
    expect(now.worked).toBeGreaterThanOrEqual(old.worked)
    expect(now.started - now.worked).toBeLessThan((old.started - old.worked) / 3)
  }, 120_000)
})
