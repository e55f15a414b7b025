import type { PartSpec } from '../parts.js'

export const part = {
  name: 'auto-merge',
  events: {
    issue_comment: 'evaluate the PR after `/override`',
    pull_request_review: 'evaluate the PR',
    pull_request_target: 'evaluate the PR',
    push: 'needs-rebase for the PRs based on the pushed branch',
    schedule: 'sweep every open PR, needs-rebase',
    workflow_dispatch: 'sweep every open PR',
    check_suite: 'evaluate the PRs of the head',
    check_run: 'evaluate the PRs of the head',
    status: 'evaluate the PRs of the commit',
    workflow_run: 'evaluate the PRs of the head',
  },
} as const satisfies PartSpec
