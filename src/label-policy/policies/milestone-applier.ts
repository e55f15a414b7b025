// merge.milestones (Prow's milestone-applier): a PR merged into a configured base branch gets that
// branch's milestone. A milestone that does not exist is a warning, never a failure.
import type { EventFacts, PolicySpec } from '../policy.js'

/** The configured title for the PR's base branch (own keys only: a branch may be called `constructor`). */
const wantedTitle = (f: EventFacts): string | undefined =>
  f.merged && Object.hasOwn(f.config.merge.milestones, f.baseRef)
    ? f.config.merge.milestones[f.baseRef]
    : undefined

export const milestoneApplier: PolicySpec = {
  name: 'milestone-applier',
  help: 'Sets the `merge.milestones` milestone of the base branch on a PR when it is merged (an open milestone of that title first); a missing milestone is a warning.',
  on: { pull: ['closed'] },
  needs: (f) => (wantedTitle(f) && f.milestone !== wantedTitle(f) ? ['milestones'] : []),
  decide(f) {
    const title = wantedTitle(f)
    if (!title || f.milestone === title || !f.milestones) return {}
    const named = f.milestones.filter((m) => m.title === title)
    const milestone = named.find((m) => m.state === 'open') ?? named[0]
    if (!milestone)
      return {
        warnings: [
          `merge.milestones: no milestone titled "${title}" in this repository, so #${f.number} (merged into ${f.baseRef}) has none. Create it, or fix the title.`,
        ],
      }
    return { milestone: milestone.number, report: [`milestone ${title} set`] }
  },
}
