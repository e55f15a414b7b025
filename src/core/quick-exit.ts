// Start-up in the common case: most comments hold no command, and a bundle that loads Octokit, the
// Markdown parser and the config schema only to say so spends several times a bare Node's start.
// This module uses nothing but node:fs and node:crypto, so an entry can decide from the event file
// alone that there is nothing to do, publish the same `result` and summary the full run would, and
// never load the rest (the entries import it with a dynamic `import()`, a separate chunk).
import { randomUUID } from 'node:crypto'
import { appendFileSync, readFileSync } from 'node:fs'
import { EOL } from 'node:os'

/** Same text as writes.ts's marker prefix (a unit test keeps them equal). */
export const MARKER_PREFIX = '<!-- bosun:'
/** A line that may start a command (commands.ts decides); no such line, no command. */
const MAYBE_COMMAND_LINE = /^[ \t]{0,3}\/[a-z]/im

export function isBotAccount(sender: { login: string; type?: string } | undefined): boolean {
  if (!sender) return false
  return sender.type === 'Bot' || /\[bot\]$/i.test(sender.login)
}

type Env = Record<string, string | undefined>
interface Payload {
  action?: string
  comment?: { body?: unknown }
  issue?: { labels?: Array<{ name?: unknown }> }
  sender?: { login: string; type?: string }
}

/** Why a comment event certainly holds no command for command-dispatch, or undefined to run it fully. */
export function commentSkipReason(eventName: string, payload: Payload): string | undefined {
  if (eventName !== 'issue_comment' && eventName !== 'pull_request_review_comment') return undefined
  if (payload.action !== 'created') return undefined
  if (isBotAccount(payload.sender)) return `event sent by bot account ${payload.sender?.login}`
  const body = typeof payload.comment?.body === 'string' ? payload.comment.body : ''
  if (body.includes(MARKER_PREFIX)) return 'text written by bosun'
  // A human's comment on a stale or rotten item is activity (lifecycle), command or not.
  if ((payload.issue?.labels ?? []).some((l) => /^lifecycle\/(stale|rotten)$/i.test(String(l?.name))))
    return undefined
  if (!MAYBE_COMMAND_LINE.test(body)) return 'no command'
  return undefined
}

function dryRun(env: Env): boolean | undefined {
  const value = (env['INPUT_DRY-RUN'] ?? '').trim()
  if (value === '' || /^(false|no|off|0)$/i.test(value)) return false
  if (/^(true|yes|on|1)$/i.test(value)) return true
  return undefined // invalid: the full run reports it
}

/** A skipped part's `result`, exactly as Report builds it. */
function skippedResult(action: string, event: string, dryRun: boolean, reason: string) {
  return {
    action,
    event,
    dryRun,
    commands: [],
    labelsAdded: [],
    labelsRemoved: [],
    comments: [],
    merged: [],
    files: [],
    skipped: reason,
  }
}

/** The job-summary section Report writes for a skipped part. */
const skippedSummary = (action: string, dryRun: boolean, reason: string) =>
  `### bosun ${action}${dryRun ? ' (dry run)' : ''}\n\nNothing to do: ${reason}\n`

interface Skip {
  eventName: string
  payload: Payload
  dry: boolean
}

/** Reads what every quick decision needs, or undefined when anything is unusual (the full run decides). */
function readSkip(env: Env): Skip | undefined {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  if (!env.GITHUB_EVENT_PATH || !env.GITHUB_OUTPUT || !/^[^/]+\/[^/]+$/.test(env.GITHUB_REPOSITORY ?? ''))
    return undefined
  const dry = dryRun(env)
  if (dry === undefined) return undefined
  const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Payload
  return { eventName, payload, dry }
}

function publish(env: Env, result: object, summary: string): void {
  const delimiter = `ghadelimiter_${randomUUID()}`
  appendFileSync(
    env.GITHUB_OUTPUT!,
    `result<<${delimiter}${EOL}${JSON.stringify(result)}${EOL}${delimiter}${EOL}`,
  )
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary)
}

/**
 * Publishes a skipped run of `action` exactly as Report does (same `result` JSON, same summary) and
 * returns true; returns false when anything is unusual, so the full run handles it.
 */
export function quickSkip(action: string, decide: typeof commentSkipReason, env: Env = process.env): boolean {
  try {
    const skip = readSkip(env)
    if (!skip) return false
    const { eventName, payload, dry } = skip
    const reason = decide(eventName, payload)
    if (!reason) return false
    if (reason.startsWith('event sent by bot account'))
      process.stdout.write(`Ignoring ${eventName}: sent by bot account ${payload.sender?.login}.${EOL}`)
    publish(env, skippedResult(action, eventName, dry, reason), skippedSummary(action, dry, reason))
    return true
  } catch {
    return false
  }
}

/**
 * The all-in-one's quick exit: a new comment with no command line, where translation cannot run
 * (no `openai-api-key`), is nothing to every part it reaches. Publishes the same `result` and
 * summaries the full run would (each part skipped for its own reason, issue-translate's notice
 * included); returns false in every other case.
 */
export function allInOneQuickSkip(env: Env = process.env): boolean {
  try {
    const skip = readSkip(env)
    if (!skip || skip.eventName !== 'issue_comment') return false
    if ((env['INPUT_OPENAI-API-KEY'] ?? '').trim() !== '') return false
    if (commentSkipReason(skip.eventName, skip.payload) !== 'no command') return false
    const parts: Array<[string, string]> = [
      ['command-dispatch', 'no command'],
      ['issue-translate', 'no OpenAI API key'],
      ['gpt-translate', 'no /gt command'],
      ['auto-merge', 'no /override command'],
    ]
    process.stdout.write(
      `::notice::issue-translate: no openai-api-key (fork PRs and Dependabot get no secrets); nothing translated.${EOL}`,
    )
    const results = parts.map(([action, reason]) => skippedResult(action, skip.eventName, skip.dry, reason))
    publish(
      env,
      { action: 'all-in-one', event: skip.eventName, parts: results, notImplemented: [] },
      parts.map(([action, reason]) => skippedSummary(action, skip.dry, reason)).join(''),
    )
    return true
  } catch {
    return false
  }
}
