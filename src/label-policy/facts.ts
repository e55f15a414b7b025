// Reads what the policies of one event need, in as few requests as today's hand-written run made:
// the small reads ride in the single preflight request, the rest go out together, and only OWNERS
// (which needs the changed paths) and the approval recount (which needs OWNERS) wait for others.
import {
  readReviewFacts,
  reviewFactsFields,
  lgtmKeptOnSameTree,
  syncApproval,
} from '../core/approval-sync.js'
import type { ApprovalSyncResult, PullFactsNode, ReviewFacts } from '../core/approval-sync.js'
import type { ActionRun } from '../core/action.js'
import { carried, type IssueOrPull, type LabelList } from '../core/payload.js'
import { isAllowedFor } from '../core/labels.js'
import { isBotAccount } from '../core/loop-guard.js'
import { loadOwners, type OwnersTree } from '../core/owners.js'
import type { Preflight, PreflightOptions } from '../core/preflight.js'
import type { EventFacts, Need, PolicyFacts, PolicyKind, PolicySpec, PreflightRead } from './policy.js'
import { restrictedKey } from './policies/restricted-labels.js'
import { MAX_LISTED_FILES } from './policies/size.js'
import { CHANGED_PATHS_FIELD, changedPathsOf, checkOwnersChanges, ownersChangesOf } from './owners-check.js'

const labelNames = (item: LabelList): string[] =>
  (item.labels ?? []).map((l: { name?: string } | string) => (typeof l === 'string' ? l : String(l.name)))

export const readsOf = (policies: PolicySpec[]): Set<PreflightRead> =>
  new Set(policies.flatMap((p) => p.reads ?? []))

/** The preflight of a PR event: config, the live labels, and the small reads the policies declared. */
export function pullPreflight(run: ActionRun, reads: Set<PreflightRead>): PreflightOptions {
  const pr = carried(run.ctx.payload.pull_request, 'pull_request')
  const author = String(pr.user?.login ?? '')
  return {
    ...(reads.has('gitattributes')
      ? { files: { gitattributes: `${pr.base?.ref ?? 'HEAD'}:.gitattributes` } }
      : {}),
    ...(reads.has('authorCount')
      ? { counts: { author: `repo:${run.repo.owner}/${run.repo.repo} is:pr author:${author}` } }
      : {}),
    // The labels as they are now, not as the (possibly re-delivered) payload saw them; on a push,
    // the review history too.
    repositoryFields: `live: pullRequest(number: ${Math.trunc(Number(pr.number))}) { labels(first: 100) { nodes { name } }
      ${reads.has('reviewRequests') ? 'reviewRequests(first: 1) { totalCount }' : ''}
      ${reads.has('changedPaths') ? CHANGED_PATHS_FIELD : ''}
      ${reads.has('reviewHistory') ? reviewFactsFields() : ''} }`,
  }
}

export function issuePreflight(run: ActionRun, reads: Set<PreflightRead>): PreflightOptions {
  const author = String(carried(run.ctx.payload.issue, 'issue').user?.login ?? '')
  return reads.has('authorCount')
    ? { counts: { author: `repo:${run.repo.owner}/${run.repo.repo} is:issue author:${author}` } }
    : {}
}

/** The PR as pullPreflight's `live` selection reads it: each part only when its read was asked for. */
interface LiveNode extends Partial<PullFactsNode> {
  labels?: { nodes?: Array<{ name: string }> }
  reviewRequests?: { totalCount?: number }
  files?: { totalCount: number; nodes: Array<{ path: string; changeType: string }> }
}

const liveOf = (pre: Preflight) => pre.repository.live as LiveNode | null | undefined

/** What the event and the preflight say, before any policy's own reads. */
export function eventFacts(run: ActionRun, kind: PolicyKind, pre: Preflight): EventFacts {
  const { payload } = run.ctx
  // The PR's fields read as absent on an issue.
  const item: IssueOrPull =
    kind === 'pull' ? carried(payload.pull_request, 'pull_request') : carried(payload.issue, 'issue')
  const live = liveOf(pre)?.labels?.nodes
  return {
    kind,
    action: String(payload.action),
    createdAt: String(item.created_at ?? ''),
    config: pre.config,
    repoName: run.repo.repo,
    number: Number(item.number),
    author: String(item.user?.login ?? ''),
    authorIsBot: isBotAccount(item.user),
    sender: run.ctx.sender?.login ?? '',
    viewer: pre.viewer,
    title: String(item.title ?? ''),
    body: String(item.body ?? ''),
    draft: !!item.draft,
    labels: live ? live.map((l) => l.name) : labelNames(item),
    label: payload.label?.name === undefined ? undefined : String(payload.label.name),
    changed: {
      title: !!payload.changes?.title,
      base: !!payload.changes?.base,
      body: !!payload.changes?.body,
    },
    headSha: String(item.head?.sha ?? ''),
    before: payload.before ? String(payload.before) : undefined,
    after: payload.after ? String(payload.after) : undefined,
    baseRef: String(item.base?.ref ?? ''),
    merged: item.merged === true,
    milestone: item.milestone?.title === undefined ? undefined : String(item.milestone.title),
    totals: {
      additions: Number(item.additions ?? 0),
      deletions: Number(item.deletions ?? 0),
      changedFiles: Number(item.changed_files ?? 0),
    },
    // Teams are requested in requested_teams; this list holds users.
    requestedReviewers: (item.requested_reviewers ?? []).flatMap((r) => ('login' in r ? [r.login] : [])),
    reviewRequestCount: Number(liveOf(pre)?.reviewRequests?.totalCount ?? 0),
    gitattributes: pre.files.gitattributes,
    authorCount: pre.counts.author,
    changedPaths: changedPathsOf(liveOf(pre) ?? undefined),
  }
}

/** Every read the policies asked for, with what each one needs first. */
function needsOf(policies: PolicySpec[], event: EventFacts): Set<Need> {
  const needs = new Set(policies.flatMap((p) => p.needs?.(event) ?? []))
  if (needs.has('approval')) for (const n of ['files', 'owners', 'reviewFacts'] as const) needs.add(n)
  if (needs.has('owners')) needs.add('files')
  return needs
}

const when = <T>(wanted: boolean, read: () => Promise<T>): Promise<T | undefined> =>
  wanted ? read() : Promise.resolve(undefined)

/** The independent reads, together. */
async function readIndependent(run: ActionRun, event: EventFacts, pre: Preflight, needs: Set<Need>) {
  const pull = { ...run.repo, pull_number: event.number, per_page: 100 }
  const tooMany = event.totals.changedFiles > MAX_LISTED_FILES
  const key = restrictedKey(event.config, event.label)
  return Promise.all([
    when(needs.has('files') && !tooMany, () => run.github.paginate(run.github.rest.pulls.listFiles, pull)),
    when(needs.has('commits'), () => run.github.paginate(run.github.rest.pulls.listCommits, pull)),
    when(needs.has('authorIsCollaborator'), () => run.permissions.isCollaborator(event.author)),
    when(needs.has('reviewFacts'), () =>
      // The approval policy's reviewHistory read put reviewFactsFields() in `live`.
      readReviewFacts(
        run.github,
        run.repo,
        event.number,
        event.viewer,
        liveOf(pre) as PullFactsNode | undefined,
      ),
    ),
    when(needs.has('lgtmKept'), () =>
      lgtmKeptOnSameTree(run.github, run.repo, event.before!, event.after!, event.viewer),
    ),
    when(needs.has('senderMayAddLabel') && !!key, () =>
      // restrictedKey returns one of labels.restricted's own keys.
      isAllowedFor(run.github, event.sender, event.config.labels.restricted[key!]!.allowed),
    ),
    when(needs.has('milestones'), () =>
      run.github.paginate(run.github.rest.issues.listMilestones, {
        ...run.repo,
        state: 'all',
        per_page: 100,
      }),
    ),
  ])
}

/** OWNERS covering the changed paths, from the base branch, limited to people with access. */
const readOwners = (run: ActionRun, event: EventFacts, paths: string[]): Promise<OwnersTree> =>
  loadOwners(
    run.github,
    run.repo,
    { pullNumber: event.number },
    paths.length ? paths : ['OWNERS'],
    (logins) => run.permissions.withAccess(logins),
  )

/** The approval recount; it records `bosun/approve` on the head itself, as /approve does. */
const recountApproval = (
  run: ActionRun,
  event: EventFacts,
  paths: string[],
  owners: OwnersTree,
  facts: ReviewFacts,
): Promise<ApprovalSyncResult> =>
  syncApproval({
    github: run.github,
    repo: run.repo,
    number: event.number,
    author: event.author,
    viewer: event.viewer,
    files: paths,
    owners,
    requireSelfApproval: event.config.approve.requireSelfApproval,
    permissions: run.permissions,
    facts,
    postNotification: false,
    // An `opened` handled late or again counts only what held when the PR was opened (see `asOf`).
    ...(event.action === 'opened' ? { asOf: event.createdAt } : {}),
  })

export async function readFacts(
  run: ActionRun,
  event: EventFacts,
  pre: Preflight,
  policies: PolicySpec[],
): Promise<PolicyFacts> {
  const needs = needsOf(policies, event)
  const [files, commits, authorIsCollaborator, review, lgtmKept, senderMayAddLabel, milestones] =
    await readIndependent(run, event, pre, needs)
  const reviewFacts: ReviewFacts = review ?? { headSha: event.headSha, statuses: [], history: [] }
  const paths = files?.flatMap((f) =>
    f.previous_filename ? [f.filename, f.previous_filename] : [f.filename],
  )
  const ownersChanges = needs.has('ownersCheck') ? ownersChangesOf(files, event.changedPaths) : undefined
  const [owners, ownersProblems] = await Promise.all([
    when(!!paths && needs.has('owners'), () => readOwners(run, event, paths!)),
    when(!!ownersChanges, () => checkOwnersChanges(run, event, ownersChanges!).then((p) => p ?? [])),
  ])
  const approval =
    needs.has('approval') && paths && owners
      ? await recountApproval(run, event, paths, owners, reviewFacts)
      : undefined
  return {
    ...event,
    files: files?.map((f) => ({ filename: f.filename, additions: f.additions, deletions: f.deletions })),
    paths,
    tooManyFiles: event.totals.changedFiles > MAX_LISTED_FILES,
    commits: commits?.map((c) => ({
      sha: c.sha,
      message: c.commit.message,
      parents: c.parents?.length ?? 1,
    })),
    owners,
    authorIsCollaborator,
    reviewFacts,
    approval,
    lgtmKept,
    senderMayAddLabel,
    milestones: milestones?.map((m) => ({ number: m.number, title: m.title, state: m.state })),
    ownersProblems,
  }
}
