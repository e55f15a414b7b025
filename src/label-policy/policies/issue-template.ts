// rules.issue-headings: needs-more-info and one comment while an issue lacks a heading of the
// template, both cleared (the comment saying thanks) once it has them all.
import { missingHeadings, NEEDS_MORE_INFO, renderTemplateComment } from '../decisions.js'
import { set, type PolicySpec } from '../policy.js'

export const issueTemplate: PolicySpec = {
  name: 'issue-template',
  help: '`needs-more-info` and one comment while an issue lacks a heading listed in `rules.issue-headings`; both cleared when it has them all.',
  on: { issue: ['opened', 'edited'] },
  decide(f) {
    const headings = f.config.rules.issueHeadings
    if (!headings.length) return {}
    const missing = missingHeadings(f.body, headings)
    const hadLabel = f.labels.some((l) => l.toLowerCase() === NEEDS_MORE_INFO)
    const labels = [set(NEEDS_MORE_INFO, missing.length > 0)]
    if (!missing.length && !hadLabel) return { labels }
    const how = f.action === 'opened' ? 'post' : 'upsert'
    return { labels, comments: [{ purpose: 'issue-template', text: renderTemplateComment(missing), how }] }
  },
}
