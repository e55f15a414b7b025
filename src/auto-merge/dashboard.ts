// The dashboard (a serverless stand-in for Prow's Deck): one issue the sweep keeps up to date with
// the merge pool, recent merges and refusals. Pure: the sweep hands in what it decided and the body
// it read, and writes the result only when it differs. History lives in a hidden JSON comment at the
// end of the body, so it survives across sweeps without any other storage.

/** Marks the dashboard; trusted only on an issue the token's own user wrote. */
export const DASHBOARD_MARKER = '<!-- bosun:dashboard -->'
const DATA_OPEN = '<!-- bosun:dashboard-data '
const DATA_CLOSE = ' -->'
/** Merges and refusals kept in the body. */
export const HISTORY_LIMIT = 20
/** Rows of the pool table; a larger pool is summarised. */
export const POOL_ROWS_LIMIT = 100
/** GitHub refuses an issue body longer than this. */
export const BODY_LIMIT = 65536
const NOTE_LIMIT = 200

/** One open PR as the sweep left it. */
export interface DashboardRow {
  number: number
  title: string
  author: string
  headSha: string
  /** ready, pending, skip, refused, updating, error, merged. */
  state: string
  /** What it is missing or why the sweep did not merge it. */
  missing: string
}

export interface HistoryEntry {
  number: number
  kind: 'merged' | 'refused'
  sha: string
  at: string
  note?: string
}

export interface DashboardData {
  /** PR number → its state and when a sweep first saw it in that state. */
  since: Record<string, { state: string; at: string }>
  /** Newest first. */
  recent: HistoryEntry[]
}

const EMPTY: DashboardData = { since: {}, recent: [] }

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** The hidden data of a dashboard body; anything unreadable (a hand edit) starts afresh. */
export function parseDashboardData(body: string): DashboardData {
  const start = body.lastIndexOf(DATA_OPEN)
  if (start < 0) return EMPTY
  const end = body.indexOf(DATA_CLOSE, start + DATA_OPEN.length)
  if (end < 0) return EMPTY
  let raw: unknown
  try {
    raw = JSON.parse(body.slice(start + DATA_OPEN.length, end))
  } catch {
    return EMPTY
  }
  if (!isRecord(raw)) return EMPTY
  const since: DashboardData['since'] = {}
  if (isRecord(raw.since))
    for (const [key, value] of Object.entries(raw.since))
      if (
        /^\d+$/.test(key) &&
        isRecord(value) &&
        typeof value.state === 'string' &&
        typeof value.at === 'string'
      )
        since[key] = { state: value.state, at: value.at }
  const recent = (Array.isArray(raw.recent) ? raw.recent : [])
    .filter(
      (e): e is HistoryEntry =>
        isRecord(e) &&
        Number.isInteger(e.number) &&
        (e.kind === 'merged' || e.kind === 'refused') &&
        typeof e.sha === 'string' &&
        typeof e.at === 'string' &&
        (e.note === undefined || typeof e.note === 'string'),
    )
    .slice(0, HISTORY_LIMIT)
  return { since, recent }
}

/**
 * The data after this sweep: `since` kept for PRs still in the same state, merges and new refusals
 * prepended. A refusal already recorded for the same head and reason is not repeated, so a PR
 * GitHub keeps refusing does not rewrite the dashboard on every sweep.
 */
export function nextDashboardData(previous: DashboardData, rows: DashboardRow[], now: string): DashboardData {
  const since: DashboardData['since'] = {}
  for (const row of rows.filter((r) => r.state !== 'merged').slice(0, POOL_ROWS_LIMIT)) {
    const before = previous.since[String(row.number)]
    since[String(row.number)] = before?.state === row.state ? before : { state: row.state, at: now }
  }
  const fresh: HistoryEntry[] = []
  for (const row of rows) {
    if (row.state === 'merged') fresh.push({ number: row.number, kind: 'merged', sha: row.headSha, at: now })
    if (row.state !== 'refused') continue
    const note = row.missing.slice(0, NOTE_LIMIT)
    const known = previous.recent.some(
      (e) => e.kind === 'refused' && e.number === row.number && e.sha === row.headSha && e.note === note,
    )
    if (!known) fresh.push({ number: row.number, kind: 'refused', sha: row.headSha, at: now, note })
  }
  return { since, recent: [...fresh, ...previous.recent].slice(0, HISTORY_LIMIT) }
}

/**
 * Text from PR titles, logins and GitHub's messages, made inert in a table cell: no mention pings
 * (a zero-width space after `@`), no HTML or comment (so nothing can forge the hidden data), no
 * code span or cell break.
 */
export function inert(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@&#8203;')
    .replace(/`/g, '\\`')
    .replace(/\|/g, '\\|')
}

/** Minutes are precise enough and keep the body stable. */
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`

const STATE_LABEL: Record<string, string> = {
  ready: 'in pool',
  pending: 'waiting',
  skip: 'not in pool',
  refused: 'refused by GitHub',
  updating: 'updating branch',
  error: 'error',
}

function poolSection(rows: DashboardRow[], data: DashboardData, limit: number): string[] {
  const open = rows.filter((r) => r.state !== 'merged')
  if (!open.length) return ['No open pull request.']
  const lines = ['| PR | author | state | missing | in this state since |', '|---|---|---|---|---|']
  for (const row of open.slice(0, limit)) {
    const since = data.since[String(row.number)]?.at
    const title = inert(row.title.length > 80 ? `${row.title.slice(0, 79)}…` : row.title)
    lines.push(
      `| #${row.number} ${title} | ${inert(row.author)} | ${STATE_LABEL[row.state] ?? inert(row.state)} | ${inert(row.missing)} | ${since ? when(since) : ''} |`,
    )
  }
  if (open.length > POOL_ROWS_LIMIT)
    lines.push('', `…and ${open.length - POOL_ROWS_LIMIT} more open pull requests.`)
  return lines
}

function historySection(recent: HistoryEntry[]): string[] {
  if (!recent.length) return ['None yet.']
  return recent.map(
    (e) =>
      `- ${when(e.at)}: #${e.number} (\`${e.sha.slice(0, 7)}\`) ${e.kind === 'merged' ? 'merged' : `refused: ${inert(e.note ?? '')}`}`,
  )
}

/** The hidden data, with `<` and `>` escaped so no value can close the comment early, and `@` so none mentions. */
function dataComment(data: DashboardData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/@/g, '\\u0040')
  return `${DATA_OPEN}${json}${DATA_CLOSE}`
}

/**
 * The whole body. Deterministic: the same sweep outcome and data give the same text. Long titles
 * and reasons could push it past GitHub's limit: then fewer pool rows are shown.
 */
export function renderDashboard(rows: DashboardRow[], data: DashboardData): string {
  let limit = POOL_ROWS_LIMIT
  let body = renderWithRows(rows, data, limit)
  while (body.length > BODY_LIMIT && limit > 0) {
    limit = Math.floor(limit / 2)
    body = renderWithRows(rows, data, limit)
  }
  return body
}

function renderWithRows(rows: DashboardRow[], data: DashboardData, limit: number): string {
  return [
    DASHBOARD_MARKER,
    'This issue is kept up to date by bosun on every merge-pool sweep; edits to it are overwritten.',
    '',
    '## Merge pool',
    '',
    ...poolSection(rows, data, limit),
    '',
    '## Recent merges and refusals',
    '',
    ...historySection(data.recent),
    '',
    '## Lifecycle queue',
    '',
    'lifecycle queue: not configured',
    '',
    dataComment(data),
  ].join('\n')
}
