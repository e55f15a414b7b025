import type { PartSpec } from '../parts.js'

export const part = {
  name: 'label-policy',
  events: {
    issues: 'issue template, welcome, restricted labels',
    pull_request_target: 'size, WIP, lgtm reset, approval, reviewers, rules',
    push: 'label sync when the config changes',
    schedule: 'label sync, lifecycle automation',
    workflow_dispatch: 'label sync',
  },
} as const satisfies PartSpec
