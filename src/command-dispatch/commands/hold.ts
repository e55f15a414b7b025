import { done, type CommandSpec } from '../types.js'

export const HOLD_LABEL = 'do-not-merge/hold'

export const hold: CommandSpec = {
  name: 'hold',
  aliases: { unhold: 'cancel', 'remove-hold': 'cancel' },
  usage: '[cancel]',
  help: `Adds \`${HOLD_LABEL}\` so the PR is not merged; \`/hold cancel\`, \`/unhold\` or \`/remove-hold\` removes it.`,
  who: 'anyone',
  group: 'review',
  example: '/hold',
  async run({ target, args }) {
    if (/^cancel\b/i.test(args)) await target.removeLabel(HOLD_LABEL)
    else await target.addLabels([HOLD_LABEL])
    return done()
  },
}
