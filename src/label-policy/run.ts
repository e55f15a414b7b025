// label-policy: keeps a PR's or issue's labels true to its state and the repository's label set in
// line with the config. The policies are modules (policies/, listed in registry.ts) that decide
// purely; this file routes the event, has their facts read (facts.ts) and their decisions written
// (apply.ts). It never checks out or runs PR code.
import { runEntry, type ActionRun, type PartEntry } from '../core/action.js'
import { applyDecisions, decideAll } from './apply.js'
import { eventFacts, issuePreflight, pullPreflight, readFacts, readsOf } from './facts.js'
import { labelSync, SYNC_EVENTS } from './label-sync.js'
import { lifecycleActivity } from './lifecycle.js'
import type { PolicyKind, PolicySpec } from './policy.js'
import { policiesFor } from './registry.js'

const PR_EVENTS = new Set(['pull_request_target', 'pull_request'])

/** Why the event needs no policy run, decided from the payload alone; undefined when it does. */
function unhandled(run: ActionRun, kind: PolicyKind, policies: PolicySpec[]): string | undefined {
  const action = String(run.ctx.payload.action)
  if (!policies.length)
    return `${kind === 'pull' ? 'pull_request' : 'issues'} ${action} is not one label-policy handles`
  if (kind === 'issue' && run.ctx.payload.issue?.pull_request)
    return 'a pull request: handled on pull_request_target'
  if (kind === 'pull' && action === 'closed' && !run.ctx.payload.pull_request?.merged)
    return 'closed without merging'
  return undefined
}

/** An edit that changes nothing a policy reads. */
function editIrrelevant(run: ActionRun, kind: PolicyKind): string | undefined {
  const { payload } = run.ctx
  if (payload.action !== 'edited') return undefined
  if (kind === 'issue') return payload.changes?.body ? undefined : 'edit did not change the body'
  // A new base branch changes the diff (size, paths), a new title the WIP and title verdicts.
  return payload.changes?.title || payload.changes?.base
    ? undefined
    : 'edit changed neither the title nor the base branch'
}

/** Events bosun's own writes cause (labels, edits) are never acted on when a bot sent them. */
const BOT_IGNORED = new Set(['labeled', 'unlabeled', 'edited'])

/** Actions handled even when the bot itself caused them: nothing the policies write causes them. */
const SELF_HANDLED = new Set(['synchronize', 'closed'])

async function policies(run: ActionRun, kind: PolicyKind): Promise<void> {
  const action = String(run.ctx.payload.action)
  const applicable = policiesFor(kind, action)
  const reason = unhandled(run, kind, applicable)
  if (reason) return run.report.skip(reason)
  if (BOT_IGNORED.has(action) && run.skipBotSender()) return
  const irrelevant = editIrrelevant(run, kind)
  if (irrelevant) return run.report.skip(irrelevant)
  const reads = readsOf(applicable)
  const pre = await run.preflight(kind === 'pull' ? pullPreflight(run, reads) : issuePreflight(run, reads))
  // A push is a push and a merge a merge, whoever made it (a /gt commit by bosun needs a new
  // review too; a PR the merge pool merged gets its milestone).
  if (!SELF_HANDLED.has(action) && (await run.sentBySelf()))
    return run.report.skip('event sent by the bot itself')
  const facts = await readFacts(run, eventFacts(run, kind, pre), pre, applicable)
  const { plan, decisions } = decideAll(applicable, facts)
  await applyDecisions(run, facts, plan, decisions)
}

/** A human's update of an issue or PR also takes lifecycle/stale and lifecycle/rotten off it. */
const LIFECYCLE_ACTIVITY_EVENTS = ['issues', 'pull_request_target', 'pull_request']

export async function policy(run: ActionRun): Promise<void> {
  const { eventName, payload } = run.ctx
  if (SYNC_EVENTS.has(eventName)) return labelSync(run)
  if (PR_EVENTS.has(eventName) && payload.pull_request) await policies(run, 'pull')
  else if (eventName === 'issues' && payload.issue) await policies(run, 'issue')
  else return run.report.skip(`label-policy does not handle ${eventName}`)
  await lifecycleActivity(run, LIFECYCLE_ACTIVITY_EVENTS)
}

export { SYNC_EVENTS }

export const entry: PartEntry = { name: 'label-policy', body: policy, bulk: (e) => SYNC_EVENTS.has(e) }
export const run = () => runEntry(entry)
