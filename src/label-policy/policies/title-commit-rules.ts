// rules.title and rules.commit-message: a label per broken rule and one comment saying what to fix,
// updated to say so once everything is fixed. Both rules are checked on every event that can change
// either verdict, so the comment is always whole.
import { checkCommits, checkTitle, INVALID_COMMIT, INVALID_TITLE, renderRulesComment } from '../decisions.js'
import { set, type EventFacts, type LabelChange, type PolicySpec } from '../policy.js'

const commitRule = (f: EventFacts) => !!f.config.rules.commitMessage

export const titleCommitRules: PolicySpec = {
  name: 'title-commit-rules',
  help: '`do-not-merge/invalid-title` and `do-not-merge/invalid-commit-message` while the title or a commit subject misses `rules.title` / `rules.commit-message`, with one comment listing what to fix.',
  on: { pull: ['opened', 'reopened', 'edited', 'synchronize'] },
  needs: (f) => (commitRule(f) ? ['commits'] : []),
  decide(f) {
    const rules = {
      title: checkTitle(f.title, f.config.rules.title),
      commits: f.commits ? checkCommits(f.commits, f.config.rules.commitMessage) : undefined,
    }
    const labels: LabelChange[] = []
    if (f.config.rules.title) labels.push(set(INVALID_TITLE, !!rules.title))
    if (commitRule(f)) labels.push(set(INVALID_COMMIT, !!rules.commits))
    const hadRuleLabel = f.labels.some((l) => [INVALID_TITLE, INVALID_COMMIT].includes(l.toLowerCase()))
    const broken = !!(rules.title || rules.commits)
    if (!broken && !hadRuleLabel) return { labels }
    const how = f.action === 'opened' ? 'post' : 'upsert'
    return { labels, comments: [{ purpose: 'rules', text: renderRulesComment(rules), how }] }
  },
}
