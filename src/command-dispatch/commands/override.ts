// /override CONTEXT…: a collaborator makes the merge pool treat failing or missing contexts as
// passed, for the current head SHA only (Prow's override plugin). Every overridden context gets a
// `bosun/override/<context>` success status written by bosun, which the pool trusts; a commit-status
// context also gets a success status of its own name, so GitHub's checks list agrees. A check run
// cannot be overwritten by a status, so for checks the override status is the whole record.
import { overrideContext, overriddenContexts, overrideDescription } from '../../core/override.js'
import { lgtmIsStale } from '../../core/review-state.js'
import type { HeadChecks, HeadContext } from '../target.js'
import { done, refuse, type CommandSpec } from '../types.js'

const GREEN = new Set(['success', 'neutral', 'skipped'])
/** bosun's own contexts carry review and merge state: overriding them would bypass review. */
const OWN = /^bosun\//i

/**
 * Context names: separated by spaces, a name with spaces in double quotes; when the whole argument
 * is the exact name of a context on the head, it is that one name. Linear in the input.
 */
export function contextArgs(args: string, known: string[]): string[] {
  const whole = args.trim()
  const exact = known.find((k) => k.toLowerCase() === whole.toLowerCase())
  if (exact) return [exact]
  // Each match ends at the next quote or space: linear, however the quotes are placed.
  const names = [...whole.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => (m[1] ?? m[2] ?? '').trim())
  return [...new Set(names.filter(Boolean))]
}

export interface OverridePlan {
  /** Named but neither on the head nor required: nothing may change. */
  unknown: string[]
  /** bosun's own contexts, never overridden. */
  own: string[]
  alreadyPassed: string[]
  /** Already overridden on this head. */
  alreadyOverridden: string[]
  /** To record: the context's name as on the head (or as configured), and what it is. */
  write: Array<{ name: string; kind: HeadContext['kind'] | 'missing' }>
}

/** What /override does with these names on this head, before anything is written. */
export function planOverride(
  names: string[],
  head: Pick<HeadChecks, 'contexts'>,
  required: string[],
  overridden: ReadonlySet<string>,
): OverridePlan {
  const plan: OverridePlan = { unknown: [], own: [], alreadyPassed: [], alreadyOverridden: [], write: [] }
  for (const name of names) {
    const key = name.toLowerCase()
    const onHead = head.contexts.filter((c) => c.name.toLowerCase() === key)
    const configured = required.find((r) => r.toLowerCase() === key)
    if (OWN.test(name)) plan.own.push(name)
    else if (!onHead.length && !configured) plan.unknown.push(name)
    else if (overridden.has(key)) plan.alreadyOverridden.push(onHead[0]?.name ?? configured ?? name)
    else if (onHead[0] && onHead.every((c) => GREEN.has(c.state))) plan.alreadyPassed.push(onHead[0].name)
    else {
      // A name both a check and a status is recorded as a status too: GitHub shows both.
      const status = onHead.find((c) => c.kind === 'status')
      const kind = status ? 'status' : onHead.length ? 'check' : 'missing'
      plan.write.push({ name: (status ?? onHead[0])?.name ?? configured ?? name, kind })
    }
  }
  return plan
}

const quote = (names: string[]) => names.map((n) => `\`${n.replace(/`/g, "'")}\``).join(', ')

export const override: CommandSpec = {
  name: 'override',
  usage: 'CONTEXT…',
  help: 'Makes the merge pool treat the named failing or missing checks as passed, for the current head commit only; a commit status of that name is set to success.',
  who: 'collaborator',
  on: 'pull',
  group: 'ci',
  example: '/override ci/flaky-e2e',
  async run(ctx) {
    const { target, config, actor, run } = ctx
    if (!ctx.args.trim()) return refuse('Name the checks to override: `/override CONTEXT…`.')
    const head = await target.headChecks()
    const short = head.sha.slice(0, 7)
    const writtenAt = ctx.writtenAt
    if (writtenAt && lgtmIsStale(writtenAt, { committedAt: head.committedAt }))
      return refuse(
        `The head moved to \`${short}\` after you wrote this: look at its checks and \`/override\` again.`,
      )
    const names = contextArgs(
      ctx.args,
      head.contexts.map((c) => c.name),
    )
    const { viewer } = await run.preflight()
    const plan = planOverride(
      names,
      head,
      config.merge.requiredContexts,
      overriddenContexts(head.statuses, viewer),
    )
    if (plan.own.length)
      return refuse(
        `${quote(plan.own)} ${plan.own.length > 1 ? 'are' : 'is'} bosun's own review and merge state, which \`/override\` cannot change: use \`/lgtm\` and \`/approve\`.`,
      )
    if (plan.unknown.length) {
      const known = [...new Set(head.contexts.map((c) => c.name))].filter((n) => !OWN.test(n))
      return refuse(
        `No check named ${quote(plan.unknown)} on \`${short}\`, and none is required; nothing was overridden. ${known.length ? `Checks on this head: ${quote(known)}.` : 'No check has reported on this head yet.'}`,
      )
    }
    const description = overrideDescription(actor)
    for (const { name, kind } of plan.write) {
      if (kind === 'status') await target.setStatus(head.sha, name, 'success', description)
      await target.setStatus(head.sha, overrideContext(name), 'success', description)
    }
    const said = [
      plan.write.length
        ? `Overrode ${quote(plan.write.map((w) => w.name))} for \`${short}\`: the merge pool treats ${plan.write.length > 1 ? 'them' : 'it'} as passed until the next push.`
        : '',
      plan.alreadyOverridden.length
        ? `Already overridden on \`${short}\`: ${quote(plan.alreadyOverridden)}.`
        : '',
      plan.alreadyPassed.length ? `Already passed, nothing to override: ${quote(plan.alreadyPassed)}.` : '',
    ].filter(Boolean)
    return done(said.join(' '))
  },
}
