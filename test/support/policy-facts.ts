// Facts for unit tests of label-policy's policies: a PR (or issue) event with default config, any
// field overridden. Policies are pure, so a test is a table of facts and the decision they give.
import { resolveConfig } from '../../src/core/config.js'
import type { PolicyFacts } from '../../src/label-policy/policy.js'

export function policyFacts(
  overrides: Partial<PolicyFacts> & { rawConfig?: Record<string, unknown> } = {},
): PolicyFacts {
  const { rawConfig, ...rest } = overrides
  return {
    kind: 'pull',
    action: 'opened',
    config: resolveConfig(rawConfig ?? {}),
    repoName: 'widgets',
    number: 7,
    author: 'paula',
    authorIsBot: false,
    sender: 'paula',
    viewer: 'bosun-bot',
    title: 'feat: a change',
    body: '',
    draft: false,
    labels: [],
    changed: { title: false, base: false, body: false },
    headSha: 'h'.repeat(40),
    baseRef: 'main',
    merged: false,
    totals: { additions: 0, deletions: 0, changedFiles: 0 },
    requestedReviewers: [],
    reviewRequestCount: 0,
    tooManyFiles: false,
    reviewFacts: { headSha: 'h'.repeat(40), statuses: [], history: [] },
    ...rest,
  }
}
