// Nothing the bot itself writes may trigger it: events sent by any [bot] account or by the token's
// own user are skipped, and so are comments that carry bosun's marker.
import type { GitHub } from './github.js'
import { BOSUN_MARKER_PREFIX } from './writes.js'

export function isBotAccount(sender: { login: string; type?: string } | undefined): boolean {
  if (!sender) return false
  return sender.type === 'Bot' || /\[bot\]$/i.test(sender.login)
}

export function isBosunText(body: string | null | undefined): boolean {
  return !!body && body.includes(BOSUN_MARKER_PREFIX)
}

/**
 * The login the token acts as, or undefined when it is an app installation token (its writes are
 * always sent by an `[bot]` account, which isBotAccount already catches, and GET /user refuses it).
 */
export async function tokenLogin(github: GitHub, token: string): Promise<string | undefined> {
  if (token.startsWith('ghs_')) return undefined
  try {
    const { data } = await github.rest.users.getAuthenticated()
    return data.login
  } catch (error) {
    if ((error as { status?: number }).status === 403) return undefined
    throw error
  }
}
