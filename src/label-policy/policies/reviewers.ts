// Prow's blunderbuss: OWNERS reviewers of the changed files requested when a PR opens ready for
// review, unless someone was requested already.
import { pickReviewers } from '../decisions.js'
import type { EventFacts, PolicySpec } from '../policy.js'

const wanted = (f: EventFacts) =>
  f.config.reviewers.count > 0 && ((f.action === 'opened' && !f.draft) || f.action === 'ready_for_review')

export const reviewers: PolicySpec = {
  name: 'reviewers',
  help: 'Requests `reviewers.count` OWNERS reviewers of the changed files when a PR opens (or leaves draft) with nobody requested, weighted by the lines each reviews.',
  on: { pull: ['opened', 'ready_for_review'] },
  reads: ['reviewRequests'],
  needs: (f) => (wanted(f) ? ['files', 'owners'] : []),
  decide(f) {
    if (!wanted(f) || !f.owners || !f.files) return {}
    if (f.requestedReviewers.length || f.reviewRequestCount) return {}
    const picked = pickReviewers(f.files, f.owners, {
      author: f.author,
      exclude: [f.viewer],
      count: f.config.reviewers.count,
      seed: `${f.repoName}#${f.number}`,
    })
    return picked.length ? { reviewers: picked } : {}
  },
}
