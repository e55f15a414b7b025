// Prow Tide's merge rules as pure functions: is this PR in the merge pool, and if not, what is the
// first thing missing (in Tide's wording)? pool.ts reads PRs from GitHub; run.ts acts on the verdicts.
import picomatch from 'picomatch'
import type { Config } from '../core/config.js'

export const MERGE_CONTEXT = 'bosun/merge'
export const IN_POOL = 'In merge pool.'

export interface Context {
  name: string
  kind: 'check' | 'status'
  /** Normalised: success (also neutral, skipped), pending, or failure. */
  state: 'success' | 'pending' | 'failure'
  description?: string | null
  /** Raw state, kept so the bot can tell whether its own status needs rewriting. */
  raw: string
}

export interface PoolPr {
  number: number
  title: string
  /** False once merged or closed. */
  open: boolean
  author: string
  createdAt: string
  isDraft: boolean
  headSha: string
  headRef: string
  baseRef: string
  isCrossRepository: boolean
  /** GitHub's answer: MERGEABLE, CONFLICTING or UNKNOWN (still computing). */
  mergeable: string
  /** CLEAN, BEHIND, BLOCKED, DIRTY, UNSTABLE, HAS_HOOKS, UNKNOWN. */
  mergeStateStatus: string
  labels: string[]
  contexts: Context[]
}

export type Verdict =
  | { kind: 'skip'; reason: string }
  | { kind: 'pending'; description: string }
  | { kind: 'ready'; method: MergeMethod }

export function normaliseCheck(status: string, conclusion: string | null | undefined): Context['state'] {
  if (status.toUpperCase() !== 'COMPLETED') return 'pending'
  return ['SUCCESS', 'NEUTRAL', 'SKIPPED'].includes(String(conclusion).toUpperCase()) ? 'success' : 'failure'
}

export function normaliseStatus(state: string): Context['state'] {
  const s = state.toUpperCase()
  if (s === 'SUCCESS') return 'success'
  if (s === 'PENDING' || s === 'EXPECTED') return 'pending'
  return 'failure'
}

const plural = (words: string[], one: string, many: string) =>
  `${words.join(', ')} ${words.length > 1 ? many : one}`

export type MergeMethod = 'merge' | 'squash' | 'rebase'
const METHODS: MergeMethod[] = ['merge', 'squash', 'rebase']

export interface EvaluateOptions {
  /** Names never waited on: bosun's own status and the job running this evaluation. */
  selfContexts: string[]
  /** What the repository settings allow (GraphQL mergeCommitAllowed etc.); absent = all. */
  allowedMethods?: Record<MergeMethod, boolean>
  /** Lower-cased contexts `/override` made count as passed on this head (core/override.ts). */
  overridden?: ReadonlySet<string>
}

/** GitHub's status descriptions are cut at 140 characters. */
export const MAX_STATUS_DESCRIPTION = 140

/** The merge method: a `merge-method/<m>` label overrides config; two different labels are a conflict. */
export function mergeMethod(labels: string[], config: Config): MergeMethod | { conflicting: string[] } {
  const labelled = METHODS.filter((m) => labels.some((l) => l.toLowerCase() === `merge-method/${m}`))
  if (labelled.length > 1) return { conflicting: labelled.map((m) => `merge-method/${m}`) }
  return labelled[0] ?? config.merge.method
}

/**
 * "Check a has not succeeded." or "Checks a, b and c have not succeeded.", naming as many as fit in
 * a status description and counting the rest ("… and 3 more").
 */
export function checksNotSucceeded(names: string[], limit = MAX_STATUS_DESCRIPTION): string {
  const prefix = 'Not mergeable. '
  const sentence = (shown: string[], more: number) => {
    if (names.length === 1) return `${prefix}Check ${shown[0]} has not succeeded.`
    const list = more
      ? `${shown.join(', ')} and ${more} more`
      : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`
    return `${prefix}Checks ${list} have not succeeded.`
  }
  for (let shown = names.length; shown > 1; shown--) {
    const text = sentence(names.slice(0, shown), names.length - shown)
    if (text.length <= limit) return text
  }
  const one = sentence(names.slice(0, 1), names.length - 1)
  return one.length <= limit ? one : `${one.slice(0, limit - 1)}…`
}

export function evaluate(pr: PoolPr, config: Config, options: EvaluateOptions): Verdict {
  if (!pr.open) return { kind: 'skip', reason: 'closed' }
  if (pr.isDraft) return { kind: 'skip', reason: 'draft' }
  const has = (name: string) => pr.labels.some((l) => l.toLowerCase() === name.toLowerCase())
  const missing = config.merge.requireLabels.filter((l) => !has(l))
  if (missing.length)
    return { kind: 'pending', description: `Not mergeable. Needs ${plural(missing, 'label', 'labels')}.` }
  const blocks = config.merge.blockLabels.map((g) => picomatch(g, { nocase: true }))
  const blocking = pr.labels.filter((l) => blocks.some((match) => match(l)))
  if (blocking.length)
    return {
      kind: 'pending',
      description: `Not mergeable. Should not have ${plural(blocking, 'label', 'labels')}.`,
    }
  if (pr.mergeable === 'CONFLICTING' || pr.mergeStateStatus === 'DIRTY')
    return { kind: 'pending', description: 'Not mergeable. Merge conflict.' }
  // GitHub computes mergeability in the background: unknown is "not yet", never "yes".
  if (pr.mergeable !== 'MERGEABLE')
    return { kind: 'pending', description: 'Not mergeable. GitHub is still computing mergeability.' }
  const ignored = new Set(
    [...config.merge.ignoredContexts, ...options.selfContexts, MERGE_CONTEXT].map((c) => c.toLowerCase()),
  )
  const overridden = options.overridden ?? new Set<string>()
  const considered = pr.contexts.filter(
    (c) => !ignored.has(c.name.toLowerCase()) && !overridden.has(c.name.toLowerCase()),
  )
  for (const required of config.merge.requiredContexts) {
    if (overridden.has(required.toLowerCase())) continue
    if (!considered.some((c) => c.name.toLowerCase() === required.toLowerCase())) {
      return { kind: 'pending', description: `Not mergeable. Check ${required} has not reported yet.` }
    }
  }
  // Every context that is not green is named, failures first (Tide lists them all).
  const notGreen = [
    ...considered.filter((c) => c.state === 'failure'),
    ...considered.filter((c) => c.state === 'pending'),
  ].map((c) => c.name)
  if (notGreen.length) return { kind: 'pending', description: checksNotSucceeded([...new Set(notGreen)]) }
  const method = mergeMethod(pr.labels, config)
  if (typeof method !== 'string')
    return {
      kind: 'pending',
      description: `Not mergeable. Conflicting merge method labels: ${method.conflicting.join(', ')}.`,
    }
  if (options.allowedMethods && !options.allowedMethods[method])
    return {
      kind: 'pending',
      description: `Not mergeable. Merge method ${method} is not allowed by the repository settings.`,
    }
  return { kind: 'ready', method }
}

/** The bosun/merge status to write, or undefined when the head already carries exactly that. */
export function statusToWrite(
  pr: PoolPr,
  verdict: Verdict,
): { state: 'success' | 'pending'; description: string } | undefined {
  if (verdict.kind === 'skip') return undefined
  const wanted =
    verdict.kind === 'ready'
      ? { state: 'success' as const, description: IN_POOL }
      : { state: 'pending' as const, description: verdict.description }
  const current = pr.contexts.find((c) => c.kind === 'status' && c.name === MERGE_CONTEXT)
  if (
    current &&
    current.raw.toLowerCase() === wanted.state &&
    (current.description ?? '') === wanted.description
  )
    return undefined
  return wanted
}

export function commitTitle(template: string | undefined, pr: PoolPr): string | undefined {
  if (!template) return undefined
  return template.replace(/\{title\}/g, pr.title).replace(/\{number\}/g, String(pr.number))
}

/** Oldest first, as Tide orders its pool. */
export function byAge(a: PoolPr, b: PoolPr): number {
  return a.createdAt.localeCompare(b.createdAt) || a.number - b.number
}
