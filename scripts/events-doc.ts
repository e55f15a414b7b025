// docs/events.md: which bosun part each GitHub event reaches, generated from the all-in-one's
// routing table so the page cannot drift from what the action does.
import { ROUTES } from '../src/all-in-one/run.js'

/** Why each part listens to an event, in a few words; parts without an entry show only their name. */
const WHY: Record<string, Record<string, string>> = {
  issue_comment: {
    'command-dispatch': 'slash commands',
    'issue-translate': 'translate the comment',
    'gpt-translate': '`/gt`',
    'auto-merge': 'evaluate the PR after `/override`',
  },
  pull_request_review: { 'command-dispatch': 'commands in the review body', 'auto-merge': 'evaluate the PR' },
  pull_request_review_comment: { 'command-dispatch': 'commands in review comments' },
  issues: {
    'command-dispatch': 'commands in a new issue',
    'label-policy': 'issue template, welcome, restricted labels',
    'issue-translate': 'translate a new issue',
  },
  pull_request_target: {
    'command-dispatch': 'commands in a new PR; `cherrypick/` labels of a merged PR',
    'label-policy': 'size, WIP, lgtm reset, approval, reviewers, rules',
    'issue-translate': 'translate a new PR',
    'auto-merge': 'evaluate the PR',
  },
  push: {
    'label-policy': 'label sync when the config changes',
    'auto-merge': 'needs-rebase for the PRs based on the pushed branch',
  },
  schedule: {
    'label-policy': 'label sync, lifecycle automation',
    'auto-merge': 'sweep every open PR, needs-rebase',
  },
  workflow_dispatch: { 'label-policy': 'label sync', 'auto-merge': 'sweep every open PR' },
  check_suite: { 'auto-merge': 'evaluate the PRs of the head' },
  check_run: { 'auto-merge': 'evaluate the PRs of the head' },
  status: { 'auto-merge': 'evaluate the PRs of the commit' },
  workflow_run: {
    'command-dispatch': 'answer a `/release` whose `release.workflow` run completed',
    'auto-merge': 'evaluate the PRs of the head',
  },
  discussion: { 'issue-translate': 'translate a new discussion' },
  discussion_comment: { 'issue-translate': 'translate the comment' },
}

export function renderEventsDoc(routes: Record<string, string[]> = ROUTES): string {
  const rows = Object.entries(routes).map(
    ([event, parts]) =>
      `| \`${event}\` | ${parts.map((p) => (WHY[event]?.[p] ? `${p} (${WHY[event][p]})` : p)).join(', ')} |`,
  )
  return [
    '# Events and the parts they reach',
    '',
    '<!-- Generated from src/all-in-one/run.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'The all-in-one action (`uses: OWNER/bosun@v1`, and the reusable workflow) runs every part',
    'listed for the event, in this order. The single-part actions handle the same events for',
    'their part. Which activity types start a run is up to the workflow (see the templates).',
    '',
    '| event | parts, in order |',
    '|---|---|',
    ...rows,
    '',
  ].join('\n')
}
