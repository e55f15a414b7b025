// /override, as the merge pool reads it: each overridden context is recorded as a success status
// `bosun/override/<context>` on the head SHA it was given for, written by bosun. A push makes a new
// SHA without those statuses, so an override never outlives the head; a status anyone else wrote
// under that name is ignored, as for bosun's review statuses.
import { sameLogin } from './permissions.js'
import type { HeadStatus } from './review-state.js'

export const OVERRIDE_PREFIX = 'bosun/override/'

export const overrideContext = (context: string) => `${OVERRIDE_PREFIX}${context}`

/** "Overridden by alice": a login without `@`, so the status never mentions anyone. */
export const overrideDescription = (login: string) => `Overridden by ${login.replace(/^@+/, '')}.`

/** Lower-cased names of the contexts bosun overrode on this head. */
export function overriddenContexts(statuses: HeadStatus[], viewer: string): Set<string> {
  const names = new Set<string>()
  for (const s of statuses) {
    if (!s.context.toLowerCase().startsWith(OVERRIDE_PREFIX)) continue
    if (s.state !== 'success' || !sameLogin(s.creator, viewer)) continue
    names.add(s.context.slice(OVERRIDE_PREFIX.length).toLowerCase())
  }
  return names
}
