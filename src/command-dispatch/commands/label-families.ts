// Prefixed label commands (/kind bug → kind/bug) and the fixed-label ones (/help, /lifecycle…).
// `labels.restricted` holds on every one of them, for adding and for removing.
import { splitArgs } from '../../core/commands.js'
import { isAllowedFor, PROTECTED_LABELS } from '../../core/labels.js'
import { done, refuse, type CommandContext, type CommandSpec, type Outcome } from '../types.js'

/** Why the actor may not add (remove) a label in `labels.restricted`, or undefined when they may. */
async function restrictedRefusal(
  ctx: CommandContext,
  label: string,
  remove: boolean,
): Promise<string | undefined> {
  const entry = Object.entries(ctx.config.labels.restricted).find(
    ([l]) => l.toLowerCase() === label.toLowerCase(),
  )
  if (!entry) return undefined
  const [key, { allowed }] = entry
  if (await isAllowedFor(ctx.run.github, ctx.actor, allowed)) return undefined
  return `Only ${allowed.join(', ')} may ${remove ? 'remove' : 'add'} \`${key}\`.`
}

/** The labels the actor may change, and a reason for each one refused by `labels.restricted`. */
async function permittedLabels(
  ctx: CommandContext,
  labels: string[],
  remove: boolean,
): Promise<{ permitted: string[]; problems: string[] }> {
  const refusals = await Promise.all(labels.map((l) => restrictedRefusal(ctx, l, remove)))
  return {
    permitted: labels.filter((_l, i) => !refusals[i]),
    problems: refusals.filter((r): r is string => !!r),
  }
}

/** Done when nothing was refused; otherwise the reasons (what was allowed has been applied). */
const outcomeOf = (problems: string[]): Outcome => (problems.length ? refuse(problems.join(' ')) : done())

const listed = (labels: string[]) => labels.map((l) => `\`${l}\``).join(', ')

/**
 * Adds (removes) `prefix/value` for each argument. As Prow's label plugin does, the valid values
 * are applied and the reply names the rest: labels that do not exist, restricted labels the actor
 * may not set, `triage/accepted` from someone who is not a collaborator.
 */
async function applyPrefixed(ctx: CommandContext, prefix: string, remove: boolean): Promise<Outcome> {
  const values = splitArgs(ctx.args)
  if (!values.length)
    return refuse(`Say which ${prefix}, e.g. \`/${remove ? 'remove-' : ''}${prefix} example\`.`)
  const wanted = [...new Set(values.map((v) => `${prefix}/${v}`))]
  const { permitted, problems } = await permittedLabels(ctx, wanted, remove)
  if (remove) {
    for (const label of permitted) await ctx.target.removeLabel(label)
    return outcomeOf(problems)
  }
  const found = await Promise.all(
    permitted.map((l) => (ctx.target.hasLabel(l) ? Promise.resolve(l) : ctx.labels.find(l))),
  )
  const unknown = permitted.filter((_l, i) => !found[i])
  if (unknown.length) {
    const valid = await ctx.labels.withPrefix(`${prefix}/`)
    const list = valid.length ? listed(valid) : '(none are defined in this repository)'
    problems.push(
      `The label${unknown.length > 1 ? 's' : ''} ${listed(unknown)} ${unknown.length > 1 ? 'do' : 'does'} not exist. Valid ${prefix} labels: ${list}.`,
    )
  }
  let existing = found.filter((l): l is string => !!l)
  const accepting = (l: string) => l.toLowerCase() === 'triage/accepted'
  if (prefix === 'triage' && existing.some(accepting) && !(await ctx.can('collaborator'))) {
    problems.push('Only collaborators may accept an issue (`triage/accepted`).')
    existing = existing.filter((l) => !accepting(l))
  }
  await ctx.target.addLabels(existing)
  return outcomeOf(problems)
}

/**
 * Adds and removes fixed labels, each only if `labels.restricted` lets the actor change it. With
 * `whole`, one refusal refuses the lot (a lifecycle change must not leave two lifecycle labels).
 */
async function changeFixedLabels(
  ctx: CommandContext,
  change: { add?: string[]; remove?: string[]; whole?: boolean },
): Promise<Outcome> {
  const removing = (change.remove ?? []).filter((l) => ctx.target.hasLabel(l))
  const adding = (change.add ?? []).filter((l) => !ctx.target.hasLabel(l))
  const removal = await permittedLabels(ctx, removing, true)
  const addition = await permittedLabels(ctx, adding, false)
  const problems = [...removal.problems, ...addition.problems]
  if (change.whole && problems.length) return outcomeOf(problems)
  for (const label of removal.permitted) await ctx.target.removeLabel(label)
  await ctx.target.addLabels(addition.permitted)
  return outcomeOf(problems)
}

const PREFIXES: Array<{ prefix: string; what: string; single?: boolean }> = [
  { prefix: 'area', what: 'the areas the issue or PR touches' },
  { prefix: 'kind', what: 'what kind of change or report it is' },
  { prefix: 'priority', what: 'its priority', single: true },
  { prefix: 'triage', what: 'its triage state (`triage/accepted` needs a collaborator)', single: true },
  { prefix: 'sig', what: 'the special interest groups involved' },
  { prefix: 'wg', what: 'the working groups involved' },
  { prefix: 'committee', what: 'the committees involved' },
  { prefix: 'language', what: 'the languages involved' },
]

export const prefixedLabelCommands: CommandSpec[] = PREFIXES.flatMap(({ prefix, what, single }) => [
  {
    name: prefix,
    usage: single ? 'VALUE' : 'VALUE…',
    help: `Adds \`${prefix}/VALUE\` labels for ${what}. The label must exist in the repository or be declared in config.`,
    who: 'anyone',
    group: 'labels',
    example: `/${prefix} ${prefix === 'kind' ? 'bug' : prefix === 'priority' ? 'important-soon' : prefix === 'triage' ? 'accepted' : 'docs'}`,
    labelsNeeded: (args) => splitArgs(args).map((v) => `${prefix}/${v}`),
    run: (ctx) => applyPrefixed(ctx, prefix, false),
  } satisfies CommandSpec,
  {
    name: `remove-${prefix}`,
    usage: single ? 'VALUE' : 'VALUE…',
    help: `Removes \`${prefix}/VALUE\` labels.`,
    who: 'anyone',
    group: 'labels',
    run: (ctx) => applyPrefixed(ctx, prefix, true),
  } satisfies CommandSpec,
])

const LIFECYCLES = ['frozen', 'stale', 'rotten', 'active']

export const lifecycle: CommandSpec = {
  name: 'lifecycle',
  usage: 'frozen|stale|rotten|active',
  help: 'Sets the one `lifecycle/*` label, replacing any other.',
  who: 'anyone',
  group: 'triage',
  example: '/lifecycle frozen',
  async run(ctx) {
    const value = ctx.args.toLowerCase()
    if (!LIFECYCLES.includes(value))
      return refuse(`Use one of: ${LIFECYCLES.map((l) => `\`${l}\``).join(', ')}.`)
    return changeFixedLabels(ctx, {
      add: [`lifecycle/${value}`],
      remove: LIFECYCLES.filter((l) => l !== value).map((l) => `lifecycle/${l}`),
      whole: true,
    })
  },
}

export const removeLifecycle: CommandSpec = {
  name: 'remove-lifecycle',
  usage: 'frozen|stale|rotten|active',
  help: 'Removes a `lifecycle/*` label.',
  who: 'anyone',
  group: 'triage',
  async run(ctx) {
    const value = ctx.args.toLowerCase()
    if (!LIFECYCLES.includes(value))
      return refuse(`Use one of: ${LIFECYCLES.map((l) => `\`${l}\``).join(', ')}.`)
    return changeFixedLabels(ctx, { remove: [`lifecycle/${value}`] })
  },
}

export const HELP_WANTED = 'help wanted'
export const GOOD_FIRST_ISSUE = 'good first issue'

export const helpCommands: CommandSpec[] = [
  {
    name: 'help',
    help: `Adds \`${HELP_WANTED}\`: the issue is open for contributors.`,
    who: 'anyone',
    group: 'triage',
    on: 'issue',
    run: (ctx) => changeFixedLabels(ctx, { add: [HELP_WANTED] }),
  },
  {
    name: 'remove-help',
    help: `Removes \`${HELP_WANTED}\` (and \`${GOOD_FIRST_ISSUE}\`).`,
    who: 'anyone',
    group: 'triage',
    on: 'issue',
    run: (ctx) => changeFixedLabels(ctx, { remove: [GOOD_FIRST_ISSUE, HELP_WANTED] }),
  },
  {
    name: 'good-first-issue',
    help: `Adds \`${GOOD_FIRST_ISSUE}\` and \`${HELP_WANTED}\`.`,
    who: 'anyone',
    group: 'triage',
    on: 'issue',
    run: (ctx) => changeFixedLabels(ctx, { add: [HELP_WANTED, GOOD_FIRST_ISSUE] }),
  },
  {
    name: 'remove-good-first-issue',
    help: `Removes \`${GOOD_FIRST_ISSUE}\`.`,
    who: 'anyone',
    group: 'triage',
    on: 'issue',
    run: (ctx) => changeFixedLabels(ctx, { remove: [GOOD_FIRST_ISSUE] }),
  },
]

async function labelCommand(ctx: CommandContext, remove: boolean): Promise<Outcome> {
  const name = ctx.args.trim()
  if (!name) return refuse('Say which label, e.g. `/label ready-to-deploy`.')
  const key = name.toLowerCase()
  if (PROTECTED_LABELS.includes(key))
    return refuse(
      `\`${name}\` is managed by \`/${key === 'lgtm' ? 'lgtm' : 'approve'}\`; it cannot be set with /label.`,
    )
  const additional = ctx.config.labels.additional.find((l) => l.toLowerCase() === key)
  const restrictedKey = Object.keys(ctx.config.labels.restricted).find((l) => l.toLowerCase() === key)
  if (!additional && !restrictedKey) {
    const open = ctx.config.labels.additional
    return refuse(
      `\`${name}\` cannot be set with /label.${open.length ? ` Anyone may use: ${open.map((l) => `\`${l}\``).join(', ')}.` : ' No labels are open to /label in this repository (config `labels.additional`).'}`,
    )
  }
  const refusal = restrictedKey ? await restrictedRefusal(ctx, restrictedKey, remove) : undefined
  if (refusal) return refuse(refusal)
  const label = additional ?? restrictedKey!
  if (remove) await ctx.target.removeLabel(label)
  else await ctx.target.addLabels([label])
  return done()
}

export const labelCommands: CommandSpec[] = [
  {
    name: 'label',
    usage: 'LABEL',
    help: 'Adds a label listed in config `labels.additional` (anyone) or `labels.restricted` (the users and teams listed). Any other label is refused.',
    who: 'anyone',
    whoText: 'per config (`labels.additional`, `labels.restricted`)',
    group: 'labels',
    example: '/label ready-to-deploy',
    run: (ctx) => labelCommand(ctx, false),
  },
  {
    name: 'remove-label',
    usage: 'LABEL',
    help: 'Removes a label that `/label` may set, under the same rules.',
    who: 'anyone',
    whoText: 'per config (`labels.additional`, `labels.restricted`)',
    group: 'labels',
    run: (ctx) => labelCommand(ctx, true),
  },
]
