// What the user sees after their commands ran: one reaction and at most one reply.
import type { ParsedCommand } from '../core/commands.js'
import type { Reaction } from '../core/writes.js'
import type { Outcome } from './types.js'

export interface CommandResult {
  command: ParsedCommand
  outcome: Outcome
}

export function renderFeedback(
  actor: string,
  results: CommandResult[],
  skipped: ParsedCommand[] = [],
): { reaction: Reaction; reply?: string } {
  const failed = results.filter((r) => !r.outcome.ok)
  const reaction: Reaction = failed.length || skipped.length ? 'confused' : '+1'
  const sections: string[] = []
  for (const { command, outcome } of results) {
    const quoted = `> ${command.raw.length > 200 ? `${command.raw.slice(0, 200)}…` : command.raw}`
    if (!outcome.ok) sections.push(`${quoted}\n\n${outcome.reason}`)
    else if (outcome.note) sections.push(outcome.note)
  }
  if (skipped.length)
    sections.push(
      `Only the first ${results.length} commands of a comment are run; ${skipped.length} more were skipped.`,
    )
  if (!sections.length) return { reaction }
  return { reaction, reply: [`@${actor}`, ...sections].join('\n\n') }
}
