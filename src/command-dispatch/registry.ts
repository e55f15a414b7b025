// The one list of commands. The dispatcher, `/commands` and docs/commands.md all read it.
import { closest } from 'fastest-levenshtein'
import type { Config, Level } from '../core/config.js'
import { describeLevel } from '../core/permissions.js'
import { cherrypick } from './commands/cherrypick.js'
import { PARTS } from '../parts.js'
import { ciCommands } from './commands/ci.js'
import { customCommand } from './commands/custom.js'
import { hold } from './commands/hold.js'
import {
  helpCommands,
  labelCommands,
  lifecycle,
  prefixedLabelCommands,
  removeLifecycle,
} from './commands/label-families.js'
import { override } from './commands/override.js'
import { peopleCommands } from './commands/people.js'
import { release } from './commands/release.js'
import { approve, lgtm } from './commands/review.js'
import { stateCommands } from './commands/state.js'
import { done, type CommandSpec } from './types.js'

/** Commands other bosun parts own (src/parts.ts): command-dispatch leaves them alone. */
export { FOREIGN_COMMANDS } from '../parts.js'

const listCommands: CommandSpec = {
  name: 'commands',
  help: 'Replies with the commands enabled in this repository.',
  who: 'anyone',
  group: 'help',
  run({ config }) {
    return Promise.resolve(done(renderCommandTable(enabledCommands(config), config)))
  },
}

export const BUILTIN_COMMANDS: readonly CommandSpec[] = [
  lgtm,
  approve,
  hold,
  ...peopleCommands,
  ...prefixedLabelCommands,
  ...labelCommands,
  lifecycle,
  removeLifecycle,
  ...helpCommands,
  ...stateCommands,
  ...ciCommands,
  override,
  release,
  // /cherrypick BRANCH: Prow's cherrypicker
  cherrypick,
  listCommands,
]

/** Built-in names and aliases, known without reading config (so comments without one cost nothing). */
export const BUILTIN_NAMES: ReadonlySet<string> = new Set(
  BUILTIN_COMMANDS.flatMap((c) => [c.name, ...Object.keys(c.aliases ?? {})]),
)

/**
 * Config keys that name commands (`permissions.<name>`, `commands.disabled`) must name real ones:
 * a typo would silently leave a command open or enabled.
 */
export function commandConfigProblems(config: Config): string[] {
  const builtin = BUILTIN_COMMANDS.map((c) => c.name)
  const custom = Object.keys(config.commands.custom)
  const problems: string[] = []
  for (const name of Object.keys(config.permissions)) {
    if (!builtin.includes(name)) {
      problems.push(
        `permissions.${name}: no built-in command "/${name}"; did you mean "${closest(name, builtin)}"?`,
      )
    }
  }
  config.commands.disabled.forEach((name, i) => {
    if (!builtin.includes(name))
      problems.push(
        `commands.disabled[${i}]: no built-in command "/${name}"; did you mean "${closest(name, builtin)}"?`,
      )
  })
  for (const name of custom) {
    if (BUILTIN_NAMES.has(name))
      problems.push(`commands.custom.${name}: "/${name}" is a built-in command; choose another name`)
  }
  return problems
}

/** A built-in command by name or alias, without config (used before config is read). */
export function findBuiltin(name: string): CommandSpec | undefined {
  return BUILTIN_COMMANDS.find((c) => c.name === name || (c.aliases && name in c.aliases))
}

export function enabledCommands(config: Config): CommandSpec[] {
  const disabled = new Set(config.commands.disabled)
  const builtins = BUILTIN_COMMANDS.filter((c) => !disabled.has(c.name))
  const custom = Object.entries(config.commands.custom)
    .filter(([name]) => !BUILTIN_NAMES.has(name))
    .map(([name, def]) => customCommand(name, def))
  return [...builtins, ...custom]
}

export interface Resolved {
  spec: CommandSpec
  /** Arguments after alias expansion (`/remove-lgtm` → `cancel`). */
  args: string
}

/** Finds the command a parsed name refers to, or why it cannot run. */
export function resolveCommand(
  name: string,
  args: string,
  config: Config,
): Resolved | { disabled: string } | undefined {
  const all = [...BUILTIN_COMMANDS, ...enabledCommands(config)]
  const spec = all.find((c) => c.name === name || (c.aliases && name in c.aliases))
  if (!spec) return undefined
  if (config.commands.disabled.includes(spec.name)) return { disabled: spec.name }
  const implied = spec.name === name ? '' : (spec.aliases?.[name] ?? '')
  return { spec, args: [implied, args].filter(Boolean).join(' ') }
}

/** The level a command needs with these arguments, after the config's `permissions` override. */
export function requiredLevel(spec: CommandSpec, args: string, config: Config): Level {
  return config.permissions[spec.name] ?? (typeof spec.who === 'function' ? spec.who(args) : spec.who)
}

export function whoText(spec: CommandSpec, config?: Config): string {
  const override = config?.permissions[spec.name]
  if (override) return describeLevel(override)
  if (spec.whoText) return spec.whoText
  return describeLevel(typeof spec.who === 'function' ? spec.who('') : spec.who)
}

const usage = (spec: CommandSpec) => `/${spec.name}${spec.usage ? ` ${spec.usage}` : ''}`
const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function renderCommandTable(specs: CommandSpec[], config?: Config): string {
  const rows = specs.map((s) => {
    const aliases = Object.keys(s.aliases ?? {}).map((a) => `\`/${a}\``)
    const where = s.on === 'pull' ? ' (PRs)' : s.on === 'issue' ? ' (issues)' : ''
    return `| \`${escapeCell(usage(s))}\`${aliases.length ? ` (also ${aliases.join(', ')})` : ''}${where} | ${escapeCell(whoText(s, config))} | ${escapeCell(s.help)} |`
  })
  return ['| Command | Who may use it | What it does |', '|---|---|---|', ...rows].join('\n')
}

/** docs/commands.md, generated; a unit test fails when the committed file differs. */
export function renderCommandsDoc(): string {
  return [
    '# bosun commands',
    '',
    '<!-- Generated from src/command-dispatch/registry.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'Type these at the start of a line in an issue or pull request comment, a review, or the',
    'description of a new issue or PR. Several commands may share one comment; they run in order.',
    'Lines inside code blocks, block quotes and HTML comments are ignored. Permissions can be',
    'changed per repository with `permissions:` in `.github/bosun.yml`, commands switched off with',
    '`commands.disabled`, and new ones added with `commands.custom`.',
    '',
    renderCommandTable([...BUILTIN_COMMANDS]),
    '',
    ...PARTS.filter((p) => 'commands' in p).map(
      (p) => `${p.commands.map((c) => `\`/${c}\``).join(' and ')} belong to the ${p.name} action.`,
    ),
    '',
  ].join('\n')
}
