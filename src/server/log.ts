// Structured logs for the server host: JSON lines (pino) where the Action writes its job summary.
// Secrets never reach a line: known secret values are replaced wherever they appear in a message,
// and fields that hold credentials are redacted by name.
import { pino, type DestinationStream, type Logger as Pino } from 'pino'
import type { Logger } from '../core/log.js'

const REDACTED = '[secret]'
const MAX_SECRETS = 1000

export class SecretScrubber {
  private readonly secrets = new Set<string>()

  add(value: string | undefined): void {
    // Short values would blank out ordinary words; real secrets are long.
    if (!value || value.length < 8 || this.secrets.has(value)) return
    this.secrets.add(value)
    // Installation tokens rotate hourly: keep the newest ones, long after the old ones expired.
    if (this.secrets.size > MAX_SECRETS) this.secrets.delete(this.secrets.values().next().value as string)
  }

  scrub(text: string): string {
    let out = text
    for (const secret of this.secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED)
    return out
  }

  /** A copy of a JSON-able value with every known secret replaced. */
  scrubValue<T>(value: T): T {
    return JSON.parse(this.scrub(JSON.stringify(value) ?? 'null')) as T
  }
}

export function createServerLog(destination?: DestinationStream, level = 'info'): Pino {
  return pino(
    {
      level,
      base: { service: 'bosun' },
      redact: {
        paths: [
          'token',
          '*.token',
          'privateKey',
          '*.privateKey',
          'headers.authorization',
          'secret',
          '*.secret',
        ],
        censor: REDACTED,
      },
    },
    destination,
  )
}

/** The parts' narrow Logger, writing to pino with the delivery's fields on every line. */
export function partLogger(log: Pino, scrubber: SecretScrubber): Logger {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error', extra: object = {}) =>
    (message: string) =>
      log[level](extra, scrubber.scrub(message))
  return {
    debug: at('debug'),
    info: at('info'),
    notice: at('info', { notice: true }),
    warning: at('warn'),
    error: at('error'),
    secret: (value) => scrubber.add(value),
  }
}
