// OWNERS `labels:`: the labels of the OWNERS files covering the changed files are added, as Prow's
// owners-label plugin does. Only added: a push that no longer touches a directory leaves its label,
// since a maintainer may have set it by hand too and Prow never removes one either.
import { set, type PolicySpec } from '../policy.js'
import { diffChanged } from './size.js'

export const ownersLabel: PolicySpec = {
  name: 'owners-label',
  help: 'Adds the `labels:` of the OWNERS files (and their matching `filters`) covering the changed files; never removes one.',
  on: { pull: ['opened', 'reopened', 'synchronize', 'edited'] },
  needs: (f) => (diffChanged(f) ? ['files', 'owners'] : []),
  decide(f) {
    if (!diffChanged(f) || !f.owners || !f.paths) return {}
    const labels = new Set(f.paths.flatMap((path) => f.owners!.labelsOf(path)))
    return { labels: [...labels].map((l) => set(l, true)) }
  },
}
