// Regular expressions that come from a repository or its config (OWNERS `filters`, `rules.title`,
// `rules.commit-message`) run in RE2: matching is linear in the input, so a crafted pattern or file
// name can never stall a run. RE2 has no lookaround and no backreferences; such patterns are refused
// with RE2's own explanation instead of being run in a backtracking engine.
import { RE2JS } from 're2js'

export interface LinearRegex {
  /** The pattern as written. */
  source: string
  /** Whether the pattern matches anywhere in the text (like RegExp#test). */
  test(text: string): boolean
}

export class RegexError extends Error {}

/** Compiles a pattern for RE2, or throws RegexError saying why it is not one. */
export function linearRegex(pattern: string): LinearRegex {
  let compiled: RE2JS
  try {
    compiled = RE2JS.compile(pattern)
  } catch (error) {
    const reason = String((error as Error).message).replace(/^error parsing regexp: /, '')
    throw new RegexError(reason)
  }
  return { source: pattern, test: (text) => compiled.test(text) }
}

/**
 * A whole-text matcher that returns the capture groups (1…n) when the text matches, in RE2: for
 * patterns built from user input, such as a `/gt` glob turned into groups.
 */
export function linearCaptures(pattern: string): (text: string) => string[] | undefined {
  const compiled = RE2JS.compile(pattern)
  return (text) => {
    const m = compiled.matcher(text)
    if (!m.matches()) return undefined
    return Array.from({ length: m.groupCount() }, (_v, i) => m.group(i + 1) ?? '')
  }
}

/** Why a pattern is not valid RE2 syntax, or undefined when it is. */
export function regexProblem(pattern: string): string | undefined {
  try {
    linearRegex(pattern)
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}
