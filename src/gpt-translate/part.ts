import type { PartSpec } from '../parts.js'

export const part = {
  name: 'gpt-translate',
  events: { issue_comment: '`/gt`' },
  commands: ['gt', 'gpt-translate'],
} as const satisfies PartSpec
