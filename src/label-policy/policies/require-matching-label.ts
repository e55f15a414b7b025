// labels.require (Prow's require-matching-label): while an issue or PR has no label matching a
// rule's `match`, it gets the rule's `missing` label, and the rule's comment once, when the label is
// set; once a matching label is added, `missing` is removed (the comment stays, as in Prow).
import type { RequiredLabelRule } from '../../core/config.js'
import { linearRegex } from '../../core/regex.js'
import { set, type CommentChange, type LabelChange, type PolicyKind, type PolicySpec } from '../policy.js'

const RULE_KIND: Record<PolicyKind, RequiredLabelRule['on'][number]> = { pull: 'pulls', issue: 'issues' }

/** The marker purpose of a rule's comment: one per missing label, safe inside an HTML comment. */
export const requirePurpose = (missing: string): string =>
  `require-label:${missing.toLowerCase().replace(/[^a-z0-9/_.]+/g, '-')}`

interface RuleDecision {
  label: LabelChange
  comment?: CommentChange
}

export function decideRule(rule: RequiredLabelRule, labels: string[]): RuleDecision {
  const missing = rule.missing.toLowerCase()
  const re = linearRegex(rule.match)
  const matched = labels.some((l) => l.toLowerCase() !== missing && re.test(l))
  const had = labels.some((l) => l.toLowerCase() === missing)
  const label = set(rule.missing, !matched)
  // Said once, when the label goes on; upserted so a re-delivered event never says it twice.
  if (matched || had || !rule.comment) return { label }
  return { label, comment: { purpose: requirePurpose(rule.missing), text: rule.comment, how: 'upsert' } }
}

export const requireMatchingLabel: PolicySpec = {
  name: 'require-matching-label',
  help: 'For each `labels.require` rule: while no label matches `match`, sets `missing` (and posts `comment` once); removes it when one does.',
  on: { pull: ['opened', 'reopened', 'labeled', 'unlabeled'], issue: ['opened', 'labeled', 'unlabeled'] },
  decide(f) {
    const rules = f.config.labels.require.filter((r) => r.on.includes(RULE_KIND[f.kind]))
    if (!rules.length) return {}
    const decisions = rules.map((rule) => decideRule(rule, f.labels))
    return {
      labels: decisions.map((d) => d.label),
      comments: decisions.flatMap((d) => (d.comment ? [d.comment] : [])),
    }
  },
}
