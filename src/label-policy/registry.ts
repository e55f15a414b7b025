// The one list of label-policy's policies, in the order they decide: a later policy sees the labels
// as the earlier ones left them, and labels are written in this order. docs/policies.md is generated
// from it.
import { approval } from './policies/approval.js'
import { issueTemplate } from './policies/issue-template.js'
import { lgtmReset } from './policies/lgtm-reset.js'
import { milestoneApplier } from './policies/milestone-applier.js'
import { okToTest } from './policies/ok-to-test.js'
import { ownersLabel } from './policies/owners-label.js'
import { pathLabels } from './policies/path-labels.js'
import { requireMatchingLabel } from './policies/require-matching-label.js'
import { restrictedLabels } from './policies/restricted-labels.js'
import { reviewers } from './policies/reviewers.js'
import { size } from './policies/size.js'
import { titleCommitRules } from './policies/title-commit-rules.js'
import { verifyOwners } from './policies/verify-owners.js'
import { welcome } from './policies/welcome.js'
import { workInProgress } from './policies/work-in-progress.js'
import type { PolicyKind, PolicySpec } from './policy.js'

export const POLICIES: readonly PolicySpec[] = [
  restrictedLabels,
  size,
  workInProgress,
  lgtmReset,
  okToTest,
  approval,
  pathLabels,
  titleCommitRules,
  verifyOwners,
  reviewers,
  issueTemplate,
  welcome,
  // Added in the second round: they see the labels every policy above left.
  ownersLabel,
  requireMatchingLabel,
  milestoneApplier,
]

export const policiesFor = (kind: PolicyKind, action: string): PolicySpec[] =>
  POLICIES.filter((p) => p.on[kind]?.includes(action))

const KIND_NAMES: Record<PolicyKind, string> = { pull: 'pull_request_target', issue: 'issues' }

/** docs/policies.md: what each policy does and on which events. */
export function renderPoliciesDoc(policies: readonly PolicySpec[] = POLICIES): string {
  const on = (p: PolicySpec) =>
    (Object.entries(p.on) as Array<[PolicyKind, readonly string[]]>)
      .map(([kind, actions]) => `\`${KIND_NAMES[kind]}\` ${actions.join(', ')}`)
      .join('; ')
  return [
    '# label-policy policies',
    '',
    '<!-- Generated from src/label-policy/registry.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'Each policy decides from what the event and GitHub say; label-policy reads what the policies of',
    'an event need in as few requests as it can and writes only the difference. Policies run in this',
    'order. Label sync (creating and updating the declared labels) runs on `push` to the config,',
    '`schedule` and `workflow_dispatch`.',
    '',
    '| policy | events | what it does |',
    '|---|---|---|',
    ...policies.map((p) => `| \`${p.name}\` | ${on(p)} | ${p.help} |`),
    '',
  ].join('\n')
}
