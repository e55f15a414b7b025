import type { PartSpec } from '../parts.js'

export const part = {
  name: 'issue-translate',
  events: {
    issue_comment: 'translate the comment',
    issues: 'translate a new issue',
    pull_request_target: 'translate a new PR',
    discussion: 'translate a new discussion',
    discussion_comment: 'translate the comment',
  },
} as const satisfies PartSpec
