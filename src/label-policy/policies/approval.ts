// approved while the approvals in the PR's history cover the head's files: recounted on every push,
// and on open for the files the author owns (unless approve.require-self-approval).
import { set, type EventFacts, type PolicySpec } from '../policy.js'

export const recountsApproval = (f: EventFacts): boolean =>
  f.action === 'synchronize' || (f.action === 'opened' && !f.config.approve.requireSelfApproval)

export const approval: PolicySpec = {
  name: 'approval',
  help: '`approved` follows the head: recounted from `/approve`s on every push, and on open for the files the author approves in OWNERS; `bosun/approve` records it on the head.',
  on: { pull: ['opened', 'synchronize'] },
  reads: ['reviewHistory'],
  needs: (f) => (recountsApproval(f) ? ['approval'] : []),
  decide(f) {
    if (!f.approval) return {}
    return {
      labels: [set('approved', f.approval.state.approved)],
      report: f.approval.notification === 'updated' ? ['approval notification updated'] : [],
    }
  },
}
