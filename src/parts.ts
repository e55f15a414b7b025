// The one list of bosun's parts. Each part's folder (src/<name>/), action (actions/<name>/action.yml)
// and bundle (dist/<name>/) carry its name; the all-in-one's routes, the build's bundles,
// command-dispatch's foreign commands and docs/events.md are read from here, and a unit test checks
// that the folders, actions and bundles agree with it. Data only: importing this loads no part.
import { part as autoMerge } from './auto-merge/part.js'
import { part as commandDispatch } from './command-dispatch/part.js'
import { part as gptTranslate } from './gpt-translate/part.js'
import { part as issueTranslate } from './issue-translate/part.js'
import { part as labelPolicy } from './label-policy/part.js'

export interface PartSpec {
  /** The folder under src/, the action under actions/ and the bundle under dist/. */
  name: string
  /** The events it handles, each with why in a few words (docs/events.md). */
  events: Readonly<Record<string, string>>
  /** Slash commands this part owns that command-dispatch's registry does not (`/gt`). */
  commands?: readonly string[]
}

/** Every part, in the order the all-in-one runs them for an event. */
export const PARTS = [commandDispatch, labelPolicy, issueTranslate, gptTranslate, autoMerge] as const

export type PartName = (typeof PARTS)[number]['name']

/** Which parts handle which events, in the order they run. */
export const ROUTES: Readonly<Record<string, readonly PartName[]>> = (() => {
  const routes: Record<string, PartName[]> = {}
  for (const part of PARTS)
    for (const event of Object.keys(part.events)) (routes[event] ??= []).push(part.name)
  return routes
})()

/** Why `part` listens to `event`, in a few words. */
export function reasonFor(part: PartName, event: string): string | undefined {
  const events: Readonly<Record<string, string>> = PARTS.find((p) => p.name === part)?.events ?? {}
  return events[event]
}

/** Commands owned by a part other than command-dispatch: command-dispatch leaves them alone. */
export const FOREIGN_COMMANDS: ReadonlySet<string> = new Set(
  PARTS.flatMap((p): readonly string[] => ('commands' in p ? p.commands : [])),
)

/** Every bundle the build makes: one per part, and the all-in-one. */
export const BUNDLES: readonly string[] = [...PARTS.map((p) => p.name), 'all-in-one']
