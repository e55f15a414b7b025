// Nothing the bot itself writes may trigger it: events sent by any [bot] account or by the token's
// own user (see ActionRun.sentBySelf) are skipped, and so are comments that carry bosun's marker.
import { BOSUN_MARKER_PREFIX } from './writes.js'

// Shared with the entries' start-up check, which must not load anything heavy.
export { isBotAccount } from './quick-exit.js'

export function isBosunText(body: string | null | undefined): boolean {
  return !!body && body.includes(BOSUN_MARKER_PREFIX)
}
