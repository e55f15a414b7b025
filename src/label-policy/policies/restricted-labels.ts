// labels.restricted: a label added by someone not allowed is taken off again, with a reply saying who may.
import type { Config } from '../../core/config.js'
import { set, type EventFacts, type PolicySpec } from '../policy.js'

/** The configured spelling of the event's label when it is restricted. */
export function restrictedKey(config: Config, label: string | undefined): string | undefined {
  if (!label) return undefined
  return Object.keys(config.labels.restricted).find((l) => l.toLowerCase() === label.toLowerCase())
}

const restricted = (f: EventFacts) => restrictedKey(f.config, f.label)

export const restrictedLabels: PolicySpec = {
  name: 'restricted-labels',
  help: 'A `labels.restricted` label added by someone not in its `allowed` list is removed, with a reply naming who may add it.',
  on: { pull: ['labeled'], issue: ['labeled'] },
  needs: (f) => (restricted(f) ? ['senderMayAddLabel'] : []),
  decide(f) {
    const key = restricted(f)
    if (!key || f.senderMayAddLabel !== false) return {}
    const allowed = f.config.labels.restricted[key]!.allowed // restrictedKey returns one of these keys
    return {
      labels: [set(f.label!, false)],
      comments: [
        {
          purpose: 'restricted-label',
          text: `@${f.sender}: only ${allowed.join(', ')} may add the \`${key}\` label, so it was removed.`,
          how: 'reply',
        },
      ],
    }
  },
}
