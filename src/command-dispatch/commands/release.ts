// /release vX.Y.Z [BRANCH] (sealos's bot): for the users and teams in `release.allowed`, tag the
// branch head and publish a GitHub release whose notes list the PRs merged since the previous tag,
// grouped by kind/*. With `release.workflow`, dispatch that workflow with input `version` instead;
// a workflow_run completed event later replies with the run's conclusion (releaseRunCompleted).
import type { ActionRun } from '../../core/action.js'
import { httpStatus } from '../../core/github.js'
import { isAllowedFor } from '../../core/labels.js'
import { sameLogin } from '../../core/permissions.js'
import { renderNotes, type MergedPull } from '../../core/release-notes.js'
import { marker, postReply } from '../../core/writes.js'
import { splitArgs } from '../../core/commands.js'
import { done, refuse, type CommandContext, type CommandSpec, type Outcome } from '../types.js'

export interface SemVer {
  major: number
  minor: number
  patch: number
  prerelease: string[]
}

const NUMBER = /^(0|[1-9][0-9]*)$/
const IDENTIFIER = /^[0-9A-Za-z-]+$/
const MAX_VERSION_LENGTH = 100

/** Parses `vX.Y.Z[-pre][+build]` (the `v` optional) per SemVer 2.0, without a backtracking regex. */
export function parseSemVer(text: string): SemVer | undefined {
  if (text.length > MAX_VERSION_LENGTH) return undefined
  const plus = text.indexOf('+')
  const build = plus === -1 ? undefined : text.slice(plus + 1)
  const rest = (plus === -1 ? text : text.slice(0, plus)).replace(/^v/, '')
  const dash = rest.indexOf('-')
  const core = dash === -1 ? rest : rest.slice(0, dash)
  const pre = dash === -1 ? [] : rest.slice(dash + 1).split('.')
  const parts = core.split('.')
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return undefined
  if (dash !== -1 && !pre.every((id) => IDENTIFIER.test(id) && (!/^[0-9]+$/.test(id) || NUMBER.test(id))))
    return undefined
  if (build !== undefined && !build.split('.').every((id) => IDENTIFIER.test(id))) return undefined
  const [major = 0, minor = 0, patch = 0] = parts.map(Number)
  return { major, minor, patch, prerelease: pre }
}

/** SemVer precedence: negative when a < b (a pre-release is lower than its release). */
export function compareSemVer(a: SemVer, b: SemVer): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch
  if (core) return core
  if (!a.prerelease.length || !b.prerelease.length) return b.prerelease.length - a.prerelease.length
  for (const [i, x] of a.prerelease.entries()) {
    const y = b.prerelease[i]
    if (y === undefined) break
    if (x === y) continue
    const [nx, ny] = [/^[0-9]+$/.test(x), /^[0-9]+$/.test(y)]
    if (nx && ny) return Number(x) - Number(y)
    if (nx !== ny) return nx ? -1 : 1
    return x < y ? -1 : 1
  }
  return a.prerelease.length - b.prerelease.length
}

export type ReleaseRequest = { tag: string; branch?: string } | { error: string }

const BRANCH = /^[A-Za-z0-9._/-]{1,200}$/

/** The tag (always `v`-prefixed) and optional branch a `/release` asks for, or what is wrong. */
export function parseReleaseArgs(args: string): ReleaseRequest {
  const [version, branch, ...extra] = splitArgs(args)
  if (version === undefined || extra.length) return { error: 'Usage: `/release vX.Y.Z [BRANCH]`.' }
  if (!parseSemVer(version))
    return { error: `\`${version.slice(0, MAX_VERSION_LENGTH)}\` is not a semantic version like \`v1.2.3\`.` }
  if (branch !== undefined && (!BRANCH.test(branch) || branch.includes('..') || branch.startsWith('-')))
    return { error: `\`${branch.slice(0, 200)}\` is not a branch name.` }
  return { tag: version.startsWith('v') ? version : `v${version}`, branch }
}

/** The highest semver tag below `tag`: where the notes start. Tags that are not versions are ignored. */
export function previousTag(tags: string[], tag: string): string | undefined {
  const wanted = parseSemVer(tag)!
  return tags
    .map((name) => ({ name, version: parseSemVer(name) }))
    .filter((t): t is { name: string; version: SemVer } => !!t.version)
    .filter((t) => compareSemVer(t.version, wanted) < 0)
    .sort((a, b) => compareSemVer(b.version, a.version))[0]?.name
}

/** A tag with the same version (`v1.2.3`, `1.2.3` and `v1.2.3+build` are one version). */
export function existingTag(tags: string[], tag: string): string | undefined {
  const wanted = parseSemVer(tag)!
  return tags.find((name) => {
    const version = parseSemVer(name)
    return !!version && compareSemVer(version, wanted) === 0
  })
}

/** Marks the reply that waits for a dispatched run; only the token's own comments are trusted. */
export const releaseRunMarker = (runId: number | string) => marker(`release-run ${runId}`)

/** The dispatched run's id in a bosun reply, if the reply carries the marker. */
export function markedRunId(body: string): number | undefined {
  const m = /<!-- bosun:release-run ([0-9]{1,20}) -->/.exec(body)
  return m ? Number(m[1]) : undefined
}

export interface CompletedRun {
  conclusion: string | null
  htmlUrl: string
  name: string
}

export function conclusionReply(run: CompletedRun): string {
  const ok = run.conclusion === 'success'
  return `${ok ? 'The release workflow succeeded' : `The release workflow ended with \`${run.conclusion ?? 'no conclusion'}\``}: [${run.name}](${run.htmlUrl}).`
}

// ---- talking to GitHub -------------------------------------------------------------------------

async function branchHead(ctx: CommandContext, branch: string): Promise<string | undefined> {
  try {
    const { data } = await ctx.run.github.rest.git.getRef({ ...ctx.run.repo, ref: `heads/${branch}` })
    return data.object.sha
  } catch (error) {
    if (httpStatus(error) === 404) return undefined
    throw error
  }
}

/** PRs merged into `branch` after `since` (all merged PRs without a previous tag). */
async function mergedSince(ctx: CommandContext, branch: string, since?: string): Promise<MergedPull[]> {
  const { github, repo } = ctx.run
  // Sorted by update time, newest first: a PR merged after `since` was updated after it too, so the
  // listing can stop at the first PR last updated before `since`.
  const pulls = await github.paginate(
    github.rest.pulls.list,
    { ...repo, state: 'closed', base: branch, sort: 'updated', direction: 'desc', per_page: 100 },
    (res, stop) => {
      if (since && res.data.some((p) => p.updated_at < since)) stop()
      return res.data
    },
  )
  return pulls
    .filter((p) => p.merged_at && (!since || p.merged_at > since))
    .map((p) => ({
      number: p.number,
      title: p.title,
      labels: p.labels.map((l) => l.name ?? '').filter(Boolean),
      author: p.user?.login ?? 'ghost',
    }))
}

async function commitDate(ctx: CommandContext, ref: string): Promise<string> {
  const { data } = await ctx.run.github.rest.repos.getCommit({ ...ctx.run.repo, ref })
  const date = data.commit.committer?.date ?? data.commit.author?.date
  if (!date) throw new Error(`commit ${ref} has no date`)
  return date
}

async function tagAndPublish(ctx: CommandContext, tag: string, branch: string, sha: string, tags: string[]) {
  const { github, repo } = ctx.run
  const previous = previousTag(tags, tag)
  const since = previous ? await commitDate(ctx, previous) : undefined
  const pulls = await mergedSince(ctx, branch, since)
  await github.rest.git.createRef({ ...repo, ref: `refs/tags/${tag}`, sha })
  const { data } = await github.rest.repos.createRelease({
    ...repo,
    tag_name: tag,
    name: tag,
    body: renderNotes(pulls),
    prerelease: parseSemVer(tag)!.prerelease.length > 0,
  })
  const count = `${pulls.length} pull request${pulls.length === 1 ? '' : 's'}`
  return done(
    `Released [${tag}](${data.html_url}) from \`${branch}\` (${sha.slice(0, 7)}) with ${count} since ${previous ? `\`${previous}\`` : 'the start'}.`,
  )
}

async function dispatchWorkflow(ctx: CommandContext, workflow: string, tag: string, branch: string) {
  const { data } = await ctx.run.github.rest.actions.createWorkflowDispatch({
    ...ctx.run.repo,
    workflow_id: workflow.split('/').pop()!,
    ref: branch,
    inputs: { version: tag },
    return_run_details: true,
  })
  const details = data as unknown as { workflow_run_id?: number; html_url?: string } | undefined
  const runId = details?.workflow_run_id
  if (!runId) return done(`Started \`${workflow}\` for \`${tag}\` on \`${branch}\`.`)
  return done(
    `Started [\`${workflow}\`](${details.html_url}) for \`${tag}\` on \`${branch}\`; I will reply here when it completes.\n${releaseRunMarker(runId)}`,
  )
}

async function runRelease(ctx: CommandContext): Promise<Outcome> {
  const { github, repo } = ctx.run
  const { allowed, workflow } = ctx.config.release
  if (!(await isAllowedFor(github, ctx.actor, allowed)))
    return refuse(
      allowed.length
        ? '`/release` is for the users and teams in `release.allowed`.'
        : '`/release` is for the users and teams in `release.allowed`, and that list is empty here.',
    )
  const request = parseReleaseArgs(ctx.args)
  if ('error' in request) return refuse(request.error)
  const branch = request.branch ?? (await github.rest.repos.get({ ...repo })).data.default_branch
  const sha = await branchHead(ctx, branch)
  if (!sha) return refuse(`There is no branch \`${branch}\`.`)
  const tags = (await github.paginate(github.rest.repos.listTags, { ...repo, per_page: 100 })).map(
    (t) => t.name,
  )
  const existing = existingTag(tags, request.tag)
  if (existing) return refuse(`\`${existing}\` already exists; choose a new version.`)
  if (workflow) return dispatchWorkflow(ctx, workflow, request.tag, branch)
  return tagAndPublish(ctx, request.tag, branch, sha, tags)
}

export const release: CommandSpec = {
  name: 'release',
  usage: 'vX.Y.Z [BRANCH]',
  help: 'Tags BRANCH (default: the default branch) and publishes a release with notes from the PRs merged since the previous tag, grouped by `kind/*`; with `release.workflow`, starts that workflow instead and replies with its conclusion.',
  // The real rule is `release.allowed`, checked in run(): levels cannot name teams.
  who: 'anyone',
  whoText: 'the users and teams in `release.allowed`',
  group: 'ci',
  example: '/release v1.2.0',
  run: runRelease,
}

// ---- the dispatched run completes --------------------------------------------------------------

/** How far before the run's creation the waiting reply may have been written (clock skew). */
const REPLY_WINDOW_MS = 10 * 60 * 1000

/**
 * workflow_run completed: when the run was dispatched by `/release` (release.workflow), reply with
 * its conclusion on the issue or PR where the command was given. That reply is found through the
 * marker in bosun's own earlier reply, among comments written since shortly before the run began.
 */
export async function releaseRunCompleted(run: ActionRun): Promise<void> {
  const payload = run.ctx.payload
  const wr = payload.workflow_run
  if (payload.action !== 'completed' || wr?.event !== 'workflow_dispatch')
    return run.report.skip('not a completed workflow_dispatch run')
  const { config, viewer } = await run.preflight()
  const workflow = config.release.workflow
  if (
    !workflow ||
    String(wr.path ?? '')
      .split('/')
      .pop() !== workflow.split('/').pop()
  )
    return run.report.skip('not the release workflow')
  const since = new Date(Date.parse(String(wr.created_at)) - REPLY_WINDOW_MS).toISOString()
  const comments = await run.github.paginate(run.github.rest.issues.listCommentsForRepo, {
    ...run.repo,
    since,
    per_page: 100,
  })
  const waiting = comments.find(
    (c) => sameLogin(c.user?.login, viewer) && markedRunId(c.body ?? '') === Number(wr.id),
  )
  if (!waiting) return run.report.skip(`no /release reply waits for run ${wr.id}`)
  const issueNumber = Number(String(waiting.issue_url).split('/').pop())
  const text = conclusionReply({
    conclusion: wr.conclusion ?? null,
    htmlUrl: String(wr.html_url),
    name: String(wr.name),
  })
  await postReply(run.github, run.repo, issueNumber, 'release-result', text)
  run.report.result.comments.push('release-result')
}
