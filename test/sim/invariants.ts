// The invariants checked after every schedule. Each returns the violations it finds, as sentences a
// failing test prints next to the seed that replays it.
import { BOT } from '../support/scenario.js'
import { latestStatuses } from '../emulator/state.js'
import type { SimJobRun } from './scheduler.js'
import type { World } from './world.js'

const MERGE_ACTIONS = new Set(['auto-merge', 'all-in-one'])

/** No delivered event that passed its workflow's filters was cancelled, and every command got its reaction. */
export function lost(w: World): string[] {
  const out: string[] = []
  for (const job of w.sched.jobs)
    if (job.state === 'cancelled' && job.event.origin === 'external')
      out.push(`lost: ${job.workflow.file} on ${job.event.label} was cancelled (${job.cancelledBy})`)
  for (const c of w.commands)
    if (!w.repo.reactions.some((r) => r.subject === `comment:${c.id}` && r.user.login === BOT))
      out.push(`lost: command "${c.body}" by ${c.author} on #${c.number} got no reaction`)
  // A push resets lgtm unless a /lgtm came after it.
  for (const [number, heads] of w.heads) {
    const pr = w.repo.issues.get(number)!
    const last = heads.at(-1)!
    const relgtm = w.commands.some(
      (c) => c.number === number && /^\/lgtm\s*$/m.test(c.body) && c.at >= last.at,
    )
    if (heads.length > 1 && !pr.pull!.merged && !relgtm && pr.labels.includes('lgtm'))
      out.push(`lost: the push to #${number} did not reset lgtm`)
  }
  return out
}

/** When `sha` became the head of PR `number`. */
function headSince(w: World, number: number, sha: string): number {
  return w.heads.get(number)?.find((h) => h.sha === sha)?.at ?? Infinity
}

/**
 * Every merged head had an lgtm given while it was the head, and an approval. The scenarios' pushes
 * keep the PR's files and every approver owns the whole tree, so any approval covers every head.
 */
export function unreviewedMerges(w: World): string[] {
  const out: string[] = []
  for (const m of w.merges) {
    const since = headSince(w, m.number, m.sha)
    const given = (re: RegExp, from: number) =>
      w.commands.some((c) => c.number === m.number && re.test(c.body) && c.at >= from && c.at <= m.at)
    const preset = w.reviewedAtStart.has(`${m.number}@${m.sha}`)
    const presetApproval = [...w.reviewedAtStart].some((k) => k.startsWith(`${m.number}@`))
    if (!preset && !given(/^\/lgtm\s*$/m, since))
      out.push(`unreviewed merge: #${m.number} at ${m.sha.slice(0, 7)} had no /lgtm for that head`)
    if (!presetApproval && !given(/^\/approve\s*$/m, 0))
      out.push(`unapproved merge: #${m.number} at ${m.sha.slice(0, 7)} had no /approve`)
  }
  return out
}

/** One comment per purpose, one reaction per comment, one merge per PR, however often events came. */
export function duplicates(w: World): string[] {
  const out: string[] = []
  const seen = new Map<string, number>()
  for (const c of w.repo.comments.values()) {
    if (c.user.login !== BOT) continue
    const key = `#${c.issueNumber}: ${c.body}`
    seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  for (const [key, n] of seen) if (n > 1) out.push(`duplicate: ${n} × bot comment ${key.slice(0, 80)}`)
  const reactions = new Map<string, number>()
  for (const r of w.repo.reactions)
    if (r.user.login === BOT) reactions.set(r.subject, (reactions.get(r.subject) ?? 0) + 1)
  for (const [subject, n] of reactions) if (n > 1) out.push(`duplicate: ${n} bot reactions on ${subject}`)
  const merges = new Map<number, number>()
  for (const m of w.merges) merges.set(m.number, (merges.get(m.number) ?? 0) + 1)
  for (const [number, n] of merges) if (n > 1) out.push(`duplicate: #${number} merged ${n} times`)
  const pulls = new Map<string, number>()
  for (const i of w.repo.issues.values())
    if (i.pull && i.user.login === BOT) pulls.set(i.pull.head.ref, (pulls.get(i.pull.head.ref) ?? 0) + 1)
  for (const [ref, n] of pulls) if (n > 1) out.push(`duplicate: ${n} PRs from ${ref}`)
  return out
}

/** Runs bosun's own writes start: only the merge path reacting to a label, or CI on bosun's commits. */
function expectedChain(job: SimJobRun): boolean {
  const e = job.event
  if (e.name === 'pull_request_target' && ['labeled', 'unlabeled'].includes(e.payload.action))
    return MERGE_ACTIONS.has(job.job.action ?? '')
  return ['push', 'synchronize', 'opened', 'closed'].includes(e.payload.action ?? e.name)
}

/** What an `if:` can always tell: bosun's own comments, its own status, its own workflow runs. */
function obviouslyOwn(job: SimJobRun, ownWorkflows: Set<string>): boolean {
  const e = job.event
  if (e.name === 'workflow_run') return ownWorkflows.has(e.payload.workflow_run?.name)
  if (e.origin === 'external') return false
  if (e.name === 'status') return String(e.payload.context).startsWith('bosun/')
  return e.name === 'issue_comment'
}

export function selfTriggered(w: World): string[] {
  const own = new Set(w.options.workflows.map((wf) => wf.name))
  const out: string[] = []
  for (const job of w.sched.jobs) {
    if (job.state !== 'done') continue
    if (obviouslyOwn(job, own)) out.push(`self-trigger: ${job.workflow.file} started on ${job.event.label}`)
    else if (job.event.origin !== 'external' && job.didWork && !expectedChain(job))
      out.push(`self-trigger: ${job.workflow.file} did work on ${job.event.label}`)
  }
  return out
}

/** Jobs that took a runner and wrote nothing. */
export function wasted(w: World): SimJobRun[] {
  return w.sched.jobs.filter((j) => j.state === 'done' && !j.didWork)
}

/** Labels, merged flags and bosun's status of every PR: must not depend on the interleaving. */
export function endState(w: World): string {
  return [...w.repo.issues.values()]
    .map((i) => {
      const status = i.pull
        ? latestStatuses(w.repo, i.pull.head.sha).find((s) => s.context === 'bosun/merge')
        : undefined
      return `#${i.number} [${[...i.labels].sort().join(',')}] merged=${!!i.pull?.merged} bosun/merge=${status?.state ?? '-'}`
    })
    .join('\n')
}

export function allViolations(w: World): string[] {
  return [...lost(w), ...unreviewedMerges(w), ...duplicates(w), ...selfTriggered(w)]
}
