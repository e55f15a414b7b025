// verify-owners (Prow's plugin of that name): a PR that changes OWNERS or OWNERS_ALIASES files into
// something bosun cannot use gets `do-not-merge/invalid-owners-file` and one comment naming each
// problem with file and line; a push that fixes them takes the label away and the comment says so.
// The files are read at the PR's head through the API (owners-check.ts), never checked out.
import { INVALID_OWNERS_LABEL, renderOwnersComment } from '../../core/owners-validate.js'
import { set, type PolicySpec } from '../policy.js'

export const verifyOwners: PolicySpec = {
  name: 'verify-owners',
  help: '`do-not-merge/invalid-owners-file` while the OWNERS or OWNERS_ALIASES files a PR changes (read at its head) are not valid: YAML, known keys, RE2 filters, aliases that resolve, people with access; one comment names each problem with file and line.',
  on: { pull: ['opened', 'reopened', 'synchronize'] },
  reads: ['changedPaths'],
  // The preflight's paths tell whether OWNERS changed; past 100 files the full list is needed.
  needs: (f) => (f.changedPaths ? ['ownersCheck'] : ['files', 'ownersCheck']),
  decide(f) {
    // Not checked: the PR lists more files than GitHub returns.
    if (!f.ownersProblems) return {}
    const invalid = f.ownersProblems.length > 0
    const labels = [set(INVALID_OWNERS_LABEL, invalid)]
    const hadLabel = f.labels.some((l) => l.toLowerCase() === INVALID_OWNERS_LABEL)
    if (!invalid && !hadLabel) return { labels }
    // Looked up even on open: a re-delivered `opened` must find the comment it already wrote.
    const text = renderOwnersComment(f.ownersProblems)
    return { labels, comments: [{ purpose: 'invalid-owners', text, how: 'upsert' }] }
  },
}
