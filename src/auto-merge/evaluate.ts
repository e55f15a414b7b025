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
  | { kind: 'ready'; method: 'merge' | 'squash' | 'rebase' }

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

export interface EvaluateOptions {
  /** Names never waited on: bosun's own status and the job running this evaluation. */
  selfContexts: string[]
}

/** The merge method: a `merge-method/<m>` label overrides config. */
export function mergeMethod(labels: string[], config: Config): 'merge' | 'squash' | 'rebase' {
  for (const m of ['merge', 'squash', 'rebase'] as const)
    if (labels.some((l) => l.toLowerCase() === `merge-method/${m}`)) return m
  return config.merge.method
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
  const considered = pr.contexts.filter((c) => !ignored.has(c.name.toLowerCase()))
  for (const required of config.merge.requiredContexts) {
    if (!considered.some((c) => c.name.toLowerCase() === required.toLowerCase())) {
      return { kind: 'pending', description: `Not mergeable. Check ${required} has not reported yet.` }
    }
  }
  const failing = considered.find((c) => c.state === 'failure')
  if (failing)
    return { kind: 'pending', description: `Not mergeable. Check ${failing.name} has not succeeded.` }
  const waiting = considered.find((c) => c.state === 'pending')
  if (waiting)
    return { kind: 'pending', description: `Not mergeable. Check ${waiting.name} has not succeeded.` }
  return { kind: 'ready', method: mergeMethod(pr.labels, config) }
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
