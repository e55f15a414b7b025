// lgtm is for the commits that were reviewed: a push takes it away, with one comment, and records
// that on the new head so a /lgtm written before the push cannot land on it. With
// `lgtm.keep-on-same-tree` a push that leaves the tree as reviewed keeps it (Prow's store_tree_hash).
import { LGTM_CONTEXT, trustedStatus } from '../../core/review-state.js'
import { set, type Decision, type EventFacts, type PolicyFacts, type PolicySpec } from '../policy.js'

export const LGTM_RESET_TEXT =
  'New commits were pushed after `lgtm`, so it was removed: a reviewer needs to look again and `/lgtm`.'

const pushedOverLgtm = (f: EventFacts) =>
  f.config.lgtm.resetOnPush && f.labels.some((l) => l.toLowerCase() === 'lgtm')
const mayKeep = (f: EventFacts) =>
  pushedOverLgtm(f) && f.config.lgtm.keepOnSameTree && !!f.before && !!f.after

function keep(f: PolicyFacts): Decision {
  const kept = f.lgtmKept!
  const now = trustedStatus(f.reviewFacts.statuses, LGTM_CONTEXT, f.viewer)
  if (now?.state === 'success' && now.description.includes('kept: same tree')) return {}
  const by = /^LGTM by ([^ .]+)/.exec(kept.description)?.[1]
  const description = `LGTM${by ? ` by ${by}` : ''} kept: same tree as ${String(f.before).slice(0, 7)}.`
  return { statuses: [{ context: LGTM_CONTEXT, state: 'success', description }] }
}

export const lgtmReset: PolicySpec = {
  name: 'lgtm-reset',
  help: 'A push removes `lgtm` (`lgtm.reset-on-push`) with one comment and sets `bosun/lgtm` pending on the new head; with `lgtm.keep-on-same-tree` a push that leaves the tree unchanged keeps it.',
  on: { pull: ['synchronize'] },
  needs: (f) => (mayKeep(f) ? ['lgtmKept', 'reviewFacts'] : []),
  decide(f) {
    if (!pushedOverLgtm(f)) return {}
    if (mayKeep(f) && f.lgtmKept) return keep(f)
    return {
      labels: [set('lgtm', false)],
      statuses: [
        {
          context: LGTM_CONTEXT,
          state: 'pending',
          description: 'New commits since lgtm: needs a new review.',
        },
      ],
      comments: [{ purpose: 'lgtm-reset', text: LGTM_RESET_TEXT, how: 'upsert' }],
    }
  },
}
