// A narrow logger interface so decision code can be tested without @actions/core.
import * as core from '@actions/core'

export interface Logger {
  debug(message: string): void
  info(message: string): void
  notice(message: string): void
  warning(message: string): void
  error(message: string): void
  /** Keeps a secret out of every later line (Actions masks it; the server host redacts it). */
  secret?(value: string): void
}

export const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  secret: (s) => core.setSecret(s),
}

/** Collects messages in memory; used by unit tests. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const push = (level: string) => (m: string) => void lines.push(`${level}: ${m}`)
  return {
    lines,
    debug: push('debug'),
    info: push('info'),
    notice: push('notice'),
    warning: push('warning'),
    error: push('error'),
  }
}
