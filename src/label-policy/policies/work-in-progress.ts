// do-not-merge/work-in-progress while the PR is a draft or its title says WIP (Prow's wip plugin).
import { isWorkInProgress, WIP_LABEL } from '../decisions.js'
import { set, type PolicySpec } from '../policy.js'

export const workInProgress: PolicySpec = {
  name: 'work-in-progress',
  help: '`do-not-merge/work-in-progress` while the PR is a draft or its title starts with `WIP` (`[WIP]`, `WIP:`, `(wip)`, 🚧).',
  on: { pull: ['opened', 'reopened', 'edited', 'ready_for_review', 'converted_to_draft'] },
  decide(f) {
    const draft = f.action === 'converted_to_draft' ? true : f.draft
    return { labels: [set(WIP_LABEL, isWorkInProgress(f.title, draft))] }
  },
}
