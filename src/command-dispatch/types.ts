// The shape every command module has. The registry (registry.ts) lists them; the dispatcher,
// `/commands` and docs/commands.md all read from it, the way Prow's plugin help works.
import type { ActionRun } from '../core/action.js'
import type { Config, Level } from '../core/config.js'
import type { LabelCatalog } from '../core/labels.js'
import type { CommandTarget } from './target.js'

export type Outcome = { ok: true; note?: string } | { ok: false; reason: string }

export const done = (note?: string): Outcome => ({ ok: true, note })
export const refuse = (reason: string): Outcome => ({ ok: false, reason })

export interface CommandContext {
  /** The run itself, for commands that need more than their target (review, release, custom). */
  run: ActionRun
  config: Config
  /** The issue or PR, and all a plain command does to it (a fake in unit tests). */
  target: CommandTarget
  /** Login of the commenter. */
  actor: string
  /** When the comment holding the command was written (ISO 8601); '' for a review, an issue or a PR body. */
  writtenAt: string
  /** The commit the review holding the command was of; '' when the command is not in a review. */
  reviewedSha: string
  /** Arguments after the command name, trimmed. */
  args: string
  labels: LabelCatalog
  /** Whether the actor holds a level (with OWNERS resolved for the target's changed files). */
  can(level: Level): Promise<boolean>
  /**
   * Hands the dispatcher a write that nothing later in the comment reads: it goes out together
   * with the label write, and its failure fails the command. Offered to a comment's last command.
   */
  alongside?(write: () => Promise<unknown>): void
}

/** A write nothing after it reads: beside the label write when the dispatcher offers, else now. */
export async function writeAlongside(ctx: CommandContext, write: () => Promise<unknown>): Promise<void> {
  if (ctx.alongside) ctx.alongside(write)
  else await write()
}

export interface CommandSpec {
  name: string
  /** Other spellings; each maps to the arguments it implies (`remove-lgtm` → `cancel`). */
  aliases?: Record<string, string>
  usage?: string
  help: string
  /** Default level needed (may depend on the arguments); `permissions.<name>` in config overrides it. */
  who: Level | ((args: string) => Level)
  /** Human description when the rule is finer than one level (shown in /commands and docs). */
  whoText?: string
  /** Where the command makes sense. */
  on?: 'pull' | 'issue' | 'any'
  group: 'review' | 'labels' | 'triage' | 'state' | 'ci' | 'help'
  example?: string
  /** Labels whose existence the command will check, looked up in the run's first request. */
  labelsNeeded?(args: string): string[]
  run(ctx: CommandContext): Promise<Outcome>
}
