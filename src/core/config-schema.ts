// JSON Schema of .github/bosun.yml. Every key is optional and unknown keys are errors
// (additionalProperties: false everywhere), so a typo is reported instead of silently ignored.
const level = { enum: ['anyone', 'author', 'collaborator', 'reviewer', 'approver'] }
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } }
const regex = { type: 'string', format: 'regex' }

const strict = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  additionalProperties: false,
  properties,
  ...extra,
})

export const configSchema = strict({
  commands: strict({
    disabled: stringList,
    custom: {
      type: 'object',
      propertyNames: { pattern: '^[a-z][a-z0-9-]*$' },
      additionalProperties: strict({
        permission: { anyOf: [level, { ...stringList, minItems: 1 }] },
        reply: { type: 'string' },
        assign: { enum: ['commenter'] },
        milestone: { type: 'string', minLength: 1 },
        labels: stringList,
        close: { type: 'boolean' },
        dispatch: strict(
          { workflow: { type: 'string', minLength: 1 }, ref: { type: 'string', minLength: 1 } },
          { required: ['workflow'] },
        ),
        description: { type: 'string' },
      }),
    },
  }),
  permissions: { type: 'object', additionalProperties: level },
  lgtm: strict({
    'reset-on-push': { type: 'boolean' },
    'review-acts-as-lgtm': { type: 'boolean' },
    'keep-on-same-tree': { type: 'boolean' },
  }),
  approve: strict({ 'require-self-approval': { type: 'boolean' } }),
  reviewers: strict({ count: { type: 'integer', minimum: 0, maximum: 10 } }),
  labels: strict({
    additional: stringList,
    restricted: {
      type: 'object',
      additionalProperties: strict({ allowed: stringList }, { required: ['allowed'] }),
    },
    paths: { type: 'object', additionalProperties: stringList },
    definitions: {
      type: 'array',
      items: strict(
        {
          name: { type: 'string', minLength: 1, maxLength: 50 },
          color: { type: 'string', pattern: '^#?[0-9a-fA-F]{6}$' },
          description: { type: 'string', maxLength: 100 },
          previously: stringList,
        },
        { required: ['name'] },
      ),
    },
    'delete-undeclared': { type: 'boolean' },
    // Prow's require-matching-label.
    require: {
      type: 'array',
      description:
        'labels an issue or PR must have one of: while none matches `match`, the `missing` label is set (and `comment` posted once)',
      items: strict(
        {
          match: { ...regex, description: 'RE2 regex a label must match, e.g. `^kind/`' },
          missing: {
            type: 'string',
            minLength: 1,
            maxLength: 50,
            description: 'label set while no label matches, e.g. `needs-kind`',
          },
          on: {
            type: 'array',
            items: { enum: ['issues', 'pulls'] },
            minItems: 1,
            description: 'where the rule applies (default both)',
          },
          comment: { type: 'string', minLength: 1, description: 'comment posted once when the label is set' },
        },
        { required: ['match', 'missing'] },
      ),
    },
  }),
  size: strict({
    thresholds: strict({
      s: { type: 'integer', minimum: 1 },
      m: { type: 'integer', minimum: 1 },
      l: { type: 'integer', minimum: 1 },
      xl: { type: 'integer', minimum: 1 },
      xxl: { type: 'integer', minimum: 1 },
    }),
    ignore: stringList,
  }),
  rules: strict({ title: regex, 'commit-message': regex, 'issue-headings': stringList }),
  welcome: strict({
    pr: { anyOf: [{ type: 'string', minLength: 1 }, { const: false }] },
    issue: { anyOf: [{ type: 'string', minLength: 1 }, { const: false }] },
  }),
  merge: strict({
    method: { enum: ['merge', 'squash', 'rebase'] },
    'require-labels': stringList,
    'block-labels': stringList,
    'required-contexts': stringList,
    'ignored-contexts': stringList,
    'update-branch': { type: 'boolean' },
    'delete-branch': { type: 'boolean' },
    'max-per-run': { type: 'integer', minimum: 1, maximum: 100 },
    'commit-title': { type: 'string', minLength: 1 },
    // Prow's milestone-applier.
    milestones: {
      type: 'object',
      description: 'base branch → title of the milestone set on PRs merged into it',
      additionalProperties: { type: 'string', minLength: 1 },
    },
  }),
  translate: strict({
    target: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z]{2,4})?$' },
    mode: { enum: ['comment', 'edit'] },
    'modify-title': { type: 'boolean' },
    model: { type: 'string', minLength: 1 },
    budget: strict({
      'max-chars': { type: 'integer', minimum: 1 },
      'calls-per-user-per-hour': { type: 'integer', minimum: 1 },
    }),
  }),
  dashboard: strict({
    enabled: { type: 'boolean' },
    title: { type: 'string', minLength: 1, maxLength: 256 },
  }),
  release: strict({
    allowed: stringList,
    workflow: { type: 'string', minLength: 1 },
  }),
  'gpt-translate': strict({
    'max-files': { type: 'integer', minimum: 1 },
    'max-bytes': { type: 'integer', minimum: 1 },
    'front-matter-keys': stringList,
    'chunk-tokens': { type: 'integer', minimum: 64, maximum: 100000 },
  }),
})
