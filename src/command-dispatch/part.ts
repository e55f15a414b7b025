import type { PartSpec } from '../parts.js'

export const part = {
  name: 'command-dispatch',
  events: {
    issue_comment: 'slash commands',
    pull_request_review: 'commands in the review body',
    pull_request_review_comment: 'commands in review comments',
    issues: 'commands in a new issue',
    pull_request_target: 'commands in a new PR; `cherrypick/` labels of a merged PR',
    workflow_run: 'answer a `/release` whose `release.workflow` run completed',
  },
} as const satisfies PartSpec
