// Nothing the bot itself writes may trigger it: events sent by any [bot] account or by the token's
// own user (see ActionRun.sentBySelf) are skipped, and so are comments that carry bosun's marker.
import { BOSUN_MARKER_PREFIX } from './writes.js'

// Shared with the entries' start-up check, which must not load anything heavy.
export { isBotAccount } from './quick-exit.js'

/**
 * The login of a GraphQL actor as REST and `viewer` spell it. GraphQL names a Bot without the
 * `[bot]` suffix (`bosun` for `bosun[bot]`), so an App's or `github-actions[bot]`'s own statuses and
 * comments would never match the token's user. The suffix is added only for a `Bot`, so a human
 * user named `bosun` never passes for the bot.
 */
export function actorLogin(node: { __typename?: string; login?: string } | null | undefined): string {
  const login = String(node?.login ?? '')
  return node?.__typename === 'Bot' && login && !/\[bot\]$/i.test(login) ? `${login}[bot]` : login
}

export function isBosunText(body: string | null | undefined): boolean {
  return !!body && body.includes(BOSUN_MARKER_PREFIX)
}
