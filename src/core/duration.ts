// Durations in the config (`lifecycle.stale: 90d`): a whole number above zero and one unit, hours,
// days or weeks. Anything else (`soon`, `0d`, `-1d`, `1.5d`) is a config error naming the key.
const DURATION = /^([1-9][0-9]{0,5})([hdw])$/

const HOUR = 3600_000
const UNIT_MS: Record<string, number> = { h: HOUR, d: 24 * HOUR, w: 7 * 24 * HOUR }

/** Milliseconds of a duration like `90d`, or undefined when the text is not one. */
export function parseDuration(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined
  const [, count, unit] = DURATION.exec(text.trim()) ?? []
  const ms = unit === undefined ? undefined : UNIT_MS[unit]
  return count === undefined || ms === undefined ? undefined : Number(count) * ms
}

export const DURATION_HINT = 'a whole number above zero and h, d or w (e.g. 12h, 90d, 2w)'
