// Lifecycle automation against GitHub: the scheduled sweep (one paginated search per stage, then
// labels, comments and closes at the bulk pace the client keeps) and the removal of
// `lifecycle/stale` / `lifecycle/rotten` when a human comments or updates the item. What counts as
// activity and what each stage does is decided in lifecycle-decisions.ts.
import type { ActionRun } from '../core/action.js'
import type { Config, LifecycleConfig } from '../core/config.js'
import type { Payload } from '../core/context.js'
import type { IssueOrPull, LabelList } from '../core/payload.js'
import { httpStatus } from '../core/github.js'
import { parseCommands } from '../core/commands.js'
import { isBosunText } from '../core/loop-guard.js'
import { isBotAccount } from '../core/quick-exit.js'
import { addLabels, postReply, removeLabel } from '../core/writes.js'
import {
  decideLifecycle,
  LIFECYCLE_SEARCH,
  lifecycleComment,
  ROTTEN,
  STALE,
  stageQuery,
  stagesOf,
  toLifecycleItem,
  type LifecycleNode,
  type LifecycleAction,
  type LifecycleItem,
} from './lifecycle-decisions.js'

/**
 * Items one run changes at most: at one write a second (up to three per item) a sweep stays within
 * a few minutes; the rest wait for the next scheduled run.
 */
export const MAX_ITEMS_PER_RUN = 100

/** One page of LIFECYCLE_SEARCH. */
interface SearchAnswer {
  search?: { nodes?: LifecycleNode[]; pageInfo?: { hasNextPage: boolean; endCursor?: string } }
}

async function apply(
  run: ActionRun,
  item: LifecycleItem,
  action: Exclude<LifecycleAction, { kind: 'none' }>,
  config: LifecycleConfig,
): Promise<void> {
  const { github, repo } = run
  const result = run.report.result
  // Label first: a comment without its label would be posted again by the next sweep.
  switch (action.kind) {
    case 'stale':
      await addLabels(github, repo, item.number, [STALE])
      result.labelsAdded.push(STALE)
      await postReply(github, repo, item.number, 'lifecycle-stale', lifecycleComment('stale', item, config))
      break
    case 'rotten':
      await addLabels(github, repo, item.number, [ROTTEN])
      await removeLabel(github, repo, item.number, STALE)
      result.labelsAdded.push(ROTTEN)
      result.labelsRemoved.push(STALE)
      await postReply(github, repo, item.number, 'lifecycle-rotten', lifecycleComment('rotten', item, config))
      break
    case 'close':
      // Closed first: a closed item leaves the search, so a failed comment is never posted twice.
      await github.rest.issues.update({
        ...repo,
        issue_number: item.number,
        state: 'closed',
        ...(item.isPull ? {} : { state_reason: 'not_planned' as const }),
      })
      await postReply(github, repo, item.number, 'lifecycle-close', lifecycleComment('close', item, config))
      break
    case 'unmark':
      for (const label of action.labels) await removeLabel(github, repo, item.number, label)
      result.labelsRemoved.push(...action.labels)
      return
  }
  result.comments.push(`lifecycle-${action.kind} #${item.number}`)
}

const describe = (item: LifecycleItem, action: Exclude<LifecycleAction, { kind: 'none' }>) => {
  const what = `#${item.number} (${item.isPull ? 'pull request' : 'issue'}, ${item.title.replace(/[\r\n]+/g, ' ').slice(0, 80)})`
  switch (action.kind) {
    case 'stale':
      return `${what}: \`${STALE}\` added`
    case 'rotten':
      return `${what}: \`${ROTTEN}\` added, \`${STALE}\` removed`
    case 'close':
      return `${what}: closed`
    case 'unmark':
      return `${what}: active again, ${action.labels.map((l) => `\`${l}\``).join(', ')} removed`
  }
}

/**
 * The scheduled sweep: each stage's search page by page, each candidate decided and changed.
 * Returns the job summary's section (in a dry run, the items a real run would change).
 */
export async function lifecycleSweep(run: ActionRun, config: Config, viewer: string): Promise<string> {
  const lifecycle = config.lifecycle
  if (!lifecycle) return ''
  const now = Date.now()
  const lines: string[] = []
  let failure: unknown
  let limited = false
  stages: for (const stage of stagesOf(lifecycle)) {
    const q = stageQuery(stage, run.repo, lifecycle, now)
    let after: string | undefined
    for (;;) {
      const data = await run.github.graphql<SearchAnswer>(LIFECYCLE_SEARCH, { q, after })
      for (const node of data.search?.nodes ?? []) {
        const item = toLifecycleItem(node)
        if (!item) continue
        const action = decideLifecycle(item, lifecycle, now, viewer)
        if (action.kind === 'none') continue
        if (lines.length >= MAX_ITEMS_PER_RUN) {
          limited = true
          break stages
        }
        try {
          await apply(run, item, action, lifecycle)
          lines.push(`- ${describe(item, action)}`)
        } catch (error) {
          const code = httpStatus(error)
          run.log.warning(`lifecycle on #${item.number}: ${(error as Error).message}`)
          lines.push(
            `- ${describe(item, action)}: failed (${String((error as Error).message).split('\n')[0]})`,
          )
          if (!code || code >= 500) failure ??= error
        }
      }
      const page = data.search?.pageInfo
      if (!page?.hasNextPage) break
      after = page.endCursor
    }
  }
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what a failed request threw, as caught
  if (failure) throw failure
  const limit = limited ? `\n\nAt most ${MAX_ITEMS_PER_RUN} items change per run; the next run goes on.` : ''
  return lines.length ? `Lifecycle sweep:\n\n${lines.join('\n')}${limit}` : 'Lifecycle sweep: nothing is due.'
}

/** Events that are a human's activity on an issue or PR, by event name and action. */
const ACTIVITY: Record<string, string[]> = {
  issue_comment: ['created', 'edited'],
  pull_request_review: ['submitted'],
  issues: ['edited', 'reopened', 'labeled', 'unlabeled'],
  pull_request_target: ['edited', 'reopened', 'synchronize', 'ready_for_review', 'labeled', 'unlabeled'],
  pull_request: ['edited', 'reopened', 'synchronize', 'ready_for_review', 'labeled', 'unlabeled'],
}

const MARKS = [STALE, ROTTEN]
const marksOn = (item: LabelList | undefined): string[] =>
  (item?.labels ?? [])
    .map((l: { name?: string } | string) => (typeof l === 'string' ? l : String(l.name ?? '')))
    .filter((l: string) => MARKS.includes(l.toLowerCase()))

/** Why an event is not a human's activity on a marked item, or undefined when it is one. */
export function notActivity(eventName: string, payload: Payload): string | undefined {
  if (!ACTIVITY[eventName]?.includes(String(payload.action))) return `${eventName} ${payload.action}`
  if (isBotAccount(payload.sender)) return 'sent by a bot'
  const label = String(payload.label?.name ?? '').toLowerCase()
  if (MARKS.includes(label)) return 'a lifecycle label change'
  const text = eventName === 'pull_request_review' ? payload.review?.body : payload.comment?.body
  if (isBosunText(text)) return 'text written by bosun'
  // `/lifecycle stale` or `/remove-lifecycle …` is a choice about the lifecycle, left to the command.
  if (parseCommands(String(text ?? '')).some((c) => /^(remove-)?lifecycle$/.test(c.name)))
    return 'a lifecycle command'
  return undefined
}

/**
 * A human's comment or update takes `lifecycle/stale` and `lifecycle/rotten` off the item. Called
 * after the part's own work, from the entries whose events these are; costs nothing unless the
 * item carries one of the labels.
 */
export async function lifecycleActivity(run: ActionRun, events: string[]): Promise<void> {
  const { eventName, payload } = run.ctx
  if (!events.includes(eventName)) return
  const item: IssueOrPull | undefined = payload.issue ?? payload.pull_request
  const marks = marksOn(item)
  if (!item || !marks.length || notActivity(eventName, payload)) return
  const { config, viewer } = await run.preflight()
  const lifecycle = config.lifecycle
  if (!lifecycle || !lifecycle.on.includes(item.pull_request || payload.pull_request ? 'pulls' : 'issues'))
    return
  if (run.ctx.sender && run.ctx.sender.login.toLowerCase() === viewer.toLowerCase()) return
  for (const label of marks) await removeLabel(run.github, run.repo, Number(item.number), label)
  run.report.result.labelsRemoved.push(...marks)
  run.report.result.skipped = undefined
  run.report.sections.push(
    `Lifecycle: #${item.number} is active again, ${marks.map((l) => `\`${l}\``).join(', ')} removed.`,
  )
}
