import type { PartSpec } from '../parts.js'

export const part = {
  name: 'auto-merge',
  events: {
    pull_request_review: 'evaluate the PR',
    pull_request_target: 'evaluate the PR',
    schedule: 'sweep every open PR',
    workflow_dispatch: 'sweep every open PR',
    check_suite: 'evaluate the PRs of the head',
    check_run: 'evaluate the PRs of the head',
    status: 'evaluate the PRs of the commit',
    workflow_run: 'evaluate the PRs of the head',
  },
} as const satisfies PartSpec
