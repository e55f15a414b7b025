// Prefixed label commands (/kind bug → kind/bug) and the fixed-label ones (/help, /lifecycle…).
import { splitArgs } from '../../core/commands.js'
import { isAllowedFor, PROTECTED_LABELS } from '../../core/labels.js'
import { done, refuse, type CommandContext, type CommandSpec, type Outcome } from '../types.js'

/** Adds `prefix/value` for each argument; every label must exist first, or nothing is applied. */
async function applyPrefixed(ctx: CommandContext, prefix: string, remove: boolean): Promise<Outcome> {
  const values = splitArgs(ctx.args)
  if (!values.length)
    return refuse(`Say which ${prefix}, e.g. \`/${remove ? 'remove-' : ''}${prefix} example\`.`)
  const wanted = values.map((v) => `${prefix}/${v}`)
  if (remove) {
    for (const label of wanted) await ctx.target.removeLabel(label)
    return done()
  }
  const found = await Promise.all(wanted.map((l) => (ctx.target.hasLabel(l) ? l : ctx.labels.find(l))))
  const unknown = wanted.filter((_l, i) => !found[i])
  if (unknown.length) {
    const valid = await ctx.labels.withPrefix(`${prefix}/`)
    const list = valid.length
      ? valid.map((l) => `\`${l}\``).join(', ')
      : '(none are defined in this repository)'
    return refuse(
      `The label${unknown.length > 1 ? 's' : ''} ${unknown.map((l) => `\`${l}\``).join(', ')} ${unknown.length > 1 ? 'do' : 'does'} not exist. Valid ${prefix} labels: ${list}.`,
    )
  }
  if (
    prefix === 'triage' &&
    found.some((l) => l!.toLowerCase() === 'triage/accepted') &&
    !(await ctx.can('collaborator'))
  ) {
    return refuse('Only collaborators may accept an issue (`triage/accepted`).')
  }
  await ctx.target.addLabels(found as string[])
  return done()
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
  async run({ target, args }) {
    const value = args.toLowerCase()
    if (!LIFECYCLES.includes(value))
      return refuse(`Use one of: ${LIFECYCLES.map((l) => `\`${l}\``).join(', ')}.`)
    for (const other of LIFECYCLES.filter((l) => l !== value)) await target.removeLabel(`lifecycle/${other}`)
    await target.addLabels([`lifecycle/${value}`])
    return done()
  },
}

export const removeLifecycle: CommandSpec = {
  name: 'remove-lifecycle',
  usage: 'frozen|stale|rotten|active',
  help: 'Removes a `lifecycle/*` label.',
  who: 'anyone',
  group: 'triage',
  async run({ target, args }) {
    const value = args.toLowerCase()
    if (!LIFECYCLES.includes(value))
      return refuse(`Use one of: ${LIFECYCLES.map((l) => `\`${l}\``).join(', ')}.`)
    await target.removeLabel(`lifecycle/${value}`)
    return done()
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
    run: async ({ target }) => (await target.addLabels([HELP_WANTED]), done()),
  },
  {
    name: 'remove-help',
    help: `Removes \`${HELP_WANTED}\` (and \`${GOOD_FIRST_ISSUE}\`).`,
    who: 'anyone',
    group: 'triage',
    on: 'issue',
    async run({ target }) {
      await target.removeLabel(GOOD_FIRST_ISSUE)
      await target.removeLabel(HELP_WANTED)
      return done()
    },
  },
  {
    name: 'good-first-issue',
    help: `Adds \`${GOOD_FIRST_ISSUE}\` and \`${HELP_WANTED}\`.`,
    who: 'anyone',
    group: 'triage',
    on: 'issue',
    run: async ({ target }) => (await target.addLabels([HELP_WANTED, GOOD_FIRST_ISSUE]), done()),
  },
  {
    name: 'remove-good-first-issue',
    help: `Removes \`${GOOD_FIRST_ISSUE}\`.`,
    who: 'anyone',
    group: 'triage',
    on: 'issue',
    run: async ({ target }) => (await target.removeLabel(GOOD_FIRST_ISSUE), done()),
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
  if (restrictedKey) {
    const allowed = ctx.config.labels.restricted[restrictedKey].allowed
    if (!(await isAllowedFor(ctx.run.github, ctx.actor, allowed)))
      return refuse(`Only ${allowed.join(', ')} may ${remove ? 'remove' : 'add'} \`${restrictedKey}\`.`)
  }
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
