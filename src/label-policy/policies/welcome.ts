// A welcome comment on someone's first PR or issue here (welcome.pr, welcome.issue; false = off).
// Looked up before it is written, so a re-delivered `opened` never welcomes twice.
import type { PolicySpec } from '../policy.js'

export const welcome: PolicySpec = {
  name: 'welcome',
  help: 'Welcomes an author on their first PR (`welcome.pr`) or first issue (`welcome.issue`) in the repository; `{author}` mentions them.',
  on: { pull: ['opened'], issue: ['opened'] },
  reads: ['authorCount'],
  decide(f) {
    const text = f.kind === 'pull' ? f.config.welcome.pr : f.config.welcome.issue
    if (text === false || (f.authorCount ?? 0) > 1 || f.authorIsBot) return {}
    return {
      comments: [{ purpose: 'welcome', text: text.replace(/\{author\}/g, `@${f.author}`), how: 'upsert' }],
    }
  },
}
