// labels.paths: labels for changed paths. Only added: a maintainer's manual label is never taken away.
import { pathLabels as labelsForPaths } from '../decisions.js'
import { set, type PolicySpec } from '../policy.js'
import { diffChanged } from './size.js'

const configured = (paths: Record<string, string[]>) => Object.keys(paths).length > 0

export const pathLabels: PolicySpec = {
  name: 'path-labels',
  help: 'Adds the `labels.paths` labels whose globs match a changed file; never removes one.',
  on: { pull: ['opened', 'reopened', 'synchronize', 'edited'] },
  needs: (f) => (diffChanged(f) && configured(f.config.labels.paths) ? ['files'] : []),
  decide(f) {
    if (!diffChanged(f) || !f.paths) return {}
    return { labels: labelsForPaths(f.paths, f.config.labels.paths).map((l) => set(l, true)) }
  },
}
