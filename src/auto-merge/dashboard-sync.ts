// Writing the dashboard issue: found among the repository's pinned issues (read in the sweep's
// preflight, so a steady-state sweep costs no extra request), else among the open issues the token's
// own user opened; created and pinned when absent; its body written only when the text changes.
import { actorLogin } from '../core/loop-guard.js'
import type { ActionRun } from '../core/action.js'
import type { Config } from '../core/config.js'
import { sameLogin } from '../core/permissions.js'
import { firstLine } from '../core/github.js'
import {
  DASHBOARD_MARKER,
  nextDashboardData,
  parseDashboardData,
  renderDashboard,
  type DashboardRow,
} from './dashboard.js'

const ISSUE_FIELDS = 'id number title body state author { __typename login }'

/** Rides in the sweep's preflight: the dashboard is normally one of these. */
export const PINNED_ISSUES_FIELD = `dashboardPinned: pinnedIssues(first: 3) { nodes { issue { ${ISSUE_FIELDS} } } }`

/** An issue as ISSUE_FIELDS reads it; a list may hold null for an issue the token cannot see. */
type IssueNode =
  | {
      id: string
      number: number
      title: string
      body: string
      state: string
      author: { __typename?: string; login: string } | null
    }
  | null
  | undefined

interface DashboardIssue {
  id: string
  number: number
  title: string
  body: string
}

/** The dashboard among issues: open, carrying the marker, written by the token's own user. */
export function pickDashboard(issues: IssueNode[], viewer: string): DashboardIssue | undefined {
  return issues.find(
    (i) =>
      i?.state === 'OPEN' &&
      sameLogin(actorLogin(i.author), viewer) &&
      String(i.body ?? '').startsWith(DASHBOARD_MARKER),
  ) as DashboardIssue | undefined
}

/** Not pinned (first sweep, or a maintainer unpinned it): look among the viewer's open issues. */
async function findUnpinned(run: ActionRun, viewer: string): Promise<DashboardIssue | undefined> {
  const data = await run.github.graphql<{ repository?: { issues?: { nodes?: IssueNode[] } } | null }>(
    `query($owner: String!, $name: String!, $viewer: String!) {
  repository(owner: $owner, name: $name) {
    issues(first: 100, states: [OPEN], filterBy: { createdBy: $viewer }, orderBy: { field: CREATED_AT, direction: ASC }) {
      nodes { ${ISSUE_FIELDS} }
    }
  }
}`,
    { owner: run.repo.owner, name: run.repo.repo, viewer },
  )
  return pickDashboard(data.repository?.issues?.nodes ?? [], viewer)
}

async function pin(run: ActionRun, issueId: string, number: number): Promise<void> {
  try {
    await run.github.graphql(
      `mutation($id: ID!) { pinIssue(input: { issueId: $id }) { issue { number } } }`,
      {
        id: issueId,
      },
    )
  } catch (error) {
    // GitHub pins at most three issues per repository: the dashboard still works unpinned.
    run.log.warning(`Dashboard #${number} could not be pinned: ${firstLine(error)}`)
  }
}

/** Brings the dashboard up to date; returns what it did, for the run's report. */
export async function syncDashboard(
  run: ActionRun,
  config: Config,
  viewer: string,
  pinned: unknown,
  rows: DashboardRow[],
  now: string,
): Promise<string> {
  const { title } = config.dashboard
  const pinnedIssues = (
    (pinned as { nodes?: Array<{ issue?: IssueNode } | null> } | undefined)?.nodes ?? []
  ).map((n) => n?.issue)
  const existing = pickDashboard(pinnedIssues, viewer) ?? (await findUnpinned(run, viewer))
  const body = renderDashboard(rows, nextDashboardData(parseDashboardData(existing?.body ?? ''), rows, now))
  if (!existing) {
    const { data } = await run.github.rest.issues.create({ ...run.repo, title, body })
    if (data?.node_id) await pin(run, data.node_id, data.number)
    return `Dashboard created: #${data?.number ?? '?'}.`
  }
  if (existing.body === body && existing.title === title) return `Dashboard #${existing.number} unchanged.`
  await run.github.rest.issues.update({ ...run.repo, issue_number: existing.number, title, body })
  return `Dashboard #${existing.number} updated.`
}
