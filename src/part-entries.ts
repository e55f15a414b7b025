// Each part's entry (its body and bulk rule), loaded only when an event needs the part, for the
// hosts that run several parts: the all-in-one action and the webhook server. The type makes the
// list complete; parts.test checks each entry carries its own part's name.
import type { PartEntry } from './core/action.js'
import type { PartName } from './parts.js'

export const ENTRIES: Record<PartName, () => Promise<PartEntry>> = {
  'command-dispatch': async () => (await import('./command-dispatch/run.js')).entry,
  'label-policy': async () => (await import('./label-policy/run.js')).entry,
  'auto-merge': async () => (await import('./auto-merge/run.js')).entry,
  'issue-translate': async () => (await import('./issue-translate/run.js')).entry,
  'gpt-translate': async () => (await import('./gpt-translate/run.js')).entry,
}
