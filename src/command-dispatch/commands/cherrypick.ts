// /cherrypick BRANCH (also /cherry-pick), Prow's cherrypicker: the label `cherrypick/BRANCH` asks
// for a PR to BRANCH with this PR's change. On a PR that already merged the pick happens at once;
// otherwise when it merges (pull_request_target `closed`, merged), one pick per `cherrypick/` label.
// The pick is made through the Git Data API (core/cherry-pick.ts): no PR code is checked out.
import type { ActionRun } from '../../core/action.js'
import {
  cherryPick,
  changeBase,
  firstParentAncestor,
  githubGit,
  type Person,
} from '../../core/cherry-pick.js'
import { parseCommands, splitArgs } from '../../core/commands.js'
import { httpStatus } from '../../core/github.js'
import { isBosunText } from '../../core/loop-guard.js'
import { sameLogin } from '../../core/permissions.js'
import { marker, postReply } from '../../core/writes.js'
import { done, refuse, type CommandContext, type CommandSpec, type Outcome } from '../types.js'

export const CHERRYPICK_LABEL_PREFIX = 'cherrypick/'
export const cherrypickLabel = (branch: string) => `${CHERRYPICK_LABEL_PREFIX}${branch}`
/** The branch the pick is pushed to; an open PR from it to BRANCH means the pick was made. */
export const cherrypickBranch = (pr: number, branch: string) => `cherry-pick-${pr}-to-${branch}`
const tempBranch = (pr: number, branch: string) => `bosun-tmp-cherry-pick-${pr}-to-${branch}`

const MAX_BRANCH_LENGTH = 200
const BRANCH_CHARS = /^[A-Za-z0-9._/-]+$/

/** Whether `name` can be a git branch name (a subset of git's rules: no `..`, `//`, `.lock`, …). */
export function isBranchName(name: string): boolean {
  return (
    name.length <= MAX_BRANCH_LENGTH &&
    BRANCH_CHARS.test(name) &&
    !name.includes('..') &&
    !name.includes('//') &&
    !/^[-./]|[./]$/.test(name) &&
    !name.endsWith('.lock')
  )
}

export function parseCherrypickArgs(args: string): { branch: string } | { error: string } {
  const [branch, ...extra] = splitArgs(args)
  if (branch === undefined || extra.length) return { error: 'Usage: `/cherrypick BRANCH`.' }
  if (!isBranchName(branch))
    return { error: `\`${branch.slice(0, MAX_BRANCH_LENGTH).replace(/`/g, "'")}\` is not a branch name.` }
  return { branch }
}

export type CherrypickPlan = { refuse: string } | { later: true } | { now: true }

/** What `/cherrypick BRANCH` does on this PR, once BRANCH has been looked up. */
export function decideCherrypick(input: {
  branch: string
  branchExists: boolean
  baseRef: string
  state: string
  merged: boolean
}): CherrypickPlan {
  const { branch } = input
  if (!input.branchExists) return { refuse: `There is no branch \`${branch}\`; nothing was changed.` }
  if (branch === input.baseRef) return { refuse: `This PR already targets \`${branch}\`.` }
  if (input.merged) return { now: true }
  if (input.state === 'closed')
    return { refuse: 'This PR was closed without merging: there is nothing to cherry-pick.' }
  return { later: true }
}

/** The target branches the `cherrypick/` labels name, once each, in label order. */
export function branchesFromLabels(labels: string[]): string[] {
  const branches = labels
    .filter((l) => l.toLowerCase().startsWith(CHERRYPICK_LABEL_PREFIX))
    .map((l) => l.slice(CHERRYPICK_LABEL_PREFIX.length))
    .filter(isBranchName)
  return [...new Set(branches)]
}

/** Who asked for each branch with a command, newest first (permissions are checked by the caller). */
export function requestsByBranch(comments: Array<{ author: string; body: string }>): Map<string, string[]> {
  const requests = new Map<string, string[]>()
  for (const { author, body } of comments) {
    if (!author || isBosunText(body)) continue
    for (const c of parseCommands(body)) {
      if (c.name !== 'cherrypick' && c.name !== 'cherry-pick') continue
      const parsed = parseCherrypickArgs(c.args)
      if ('error' in parsed) continue
      requests.set(parsed.branch, [author, ...(requests.get(parsed.branch) ?? [])])
    }
  }
  return requests
}

export type PickResult =
  | { opened: { number: number; url: string } }
  | { existing: { number: number; url: string } }
  | { conflict: true; files?: string[]; hint: string }
  | { empty: true }
  | { failed: string }

// File names are untrusted: one line each, and no backtick to close the code span early.
const code = (text: string) => `\`${text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``
const MAX_LISTED_FILES = 20

/** The reply line for one branch's pick. */
export function renderPickResult(branch: string, result: PickResult): string {
  if ('opened' in result) return `Opened ${result.opened.url}: this PR cherry-picked onto ${code(branch)}.`
  if ('existing' in result)
    return `The cherry-pick onto ${code(branch)} is already open: ${result.existing.url}.`
  if ('empty' in result) return `${code(branch)} already has this PR's changes: no cherry-pick is needed.`
  if ('failed' in result) return `Could not cherry-pick onto ${code(branch)}: ${result.failed}`
  const files = result.files ?? []
  const listed = files.slice(0, MAX_LISTED_FILES).map(code).join(', ')
  const more = files.length > MAX_LISTED_FILES ? ` and ${files.length - MAX_LISTED_FILES} more` : ''
  const what = files.length
    ? `these files of this PR changed on ${code(branch)} too and could not be applied: ${listed}${more}.`
    : 'GitHub reports a merge conflict but not which files clash.'
  return `The cherry-pick onto ${code(branch)} conflicts: ${what} Pick it by hand (${result.hint}) and open the PR yourself.`
}

// ---- talking to GitHub -------------------------------------------------------------------------

/** What a pick needs to know about the merged PR (from `pulls.get` or the `closed` payload). */
export interface MergedPull {
  number: number
  title: string
  mergeCommit: string
  /** Commits in the PR (how far a rebase merge walks back). */
  commits: number
}

async function branchHead(run: ActionRun, branch: string): Promise<string | undefined> {
  try {
    const { data } = await run.github.rest.git.getRef({ ...run.repo, ref: `heads/${branch}` })
    return data.object.sha
  } catch (error) {
    if (httpStatus(error) === 404) return undefined
    throw error
  }
}

async function openCherrypick(run: ActionRun, pull: number, branch: string) {
  const { data } = await run.github.rest.pulls.list({
    ...run.repo,
    state: 'open',
    head: `${run.repo.owner}:${cherrypickBranch(pull, branch)}`,
    base: branch,
    per_page: 1,
  })
  return data[0] ? { number: data[0].number, url: data[0].html_url } : undefined
}

/** The PR's last commit (a rebase merge repeats it at the tip); read only when it can matter. */
async function lastCommit(
  run: ActionRun,
  pull: number,
): Promise<{ message: string; author?: Person } | undefined> {
  const commits = await run.github.paginate(run.github.rest.pulls.listCommits, {
    ...run.repo,
    pull_number: pull,
    per_page: 100,
  })
  const last = commits.at(-1)
  if (!last) return undefined
  const author = last.commit.author
  return {
    message: last.commit.message,
    ...(author?.name && author.email
      ? { author: { name: author.name, email: author.email, date: author.date } }
      : {}),
  }
}

/** The PR's files that the target branch changed since the change's base: what could not apply. */
async function clashingFiles(run: ActionRun, pull: number, from: string, temp: string) {
  const { github, repo } = run
  const [{ data: compare }, files] = await Promise.all([
    github.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${from}...${temp}`, per_page: 1 }),
    github.paginate(github.rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 }),
  ])
  const changedOnTarget = new Set((compare.files ?? []).map((f) => f.filename))
  return files.map((f) => f.filename).filter((f) => changedOnTarget.has(f))
}

/** Cherry-picks a merged PR onto `branch` and opens the PR, unless one is open already. */
export async function pickPull(
  run: ActionRun,
  pull: MergedPull,
  branch: string,
  requester?: string,
): Promise<PickResult> {
  const { github, repo } = run
  const existing = await openCherrypick(run, pull.number, branch)
  if (existing) return { existing }
  const onto = await branchHead(run, branch)
  if (!onto) return { failed: `there is no branch ${code(branch)}.` }
  const git = githubGit(github, repo)
  const merge = await git.commit(pull.mergeCommit)
  const needsLast = merge.parents.length === 1 && pull.commits > 1
  const plan = changeBase(merge, {
    commits: pull.commits,
    last: needsLast ? await lastCommit(run, pull.number) : undefined,
  })
  if ('error' in plan) return { failed: `${plan.error}.` }
  const from = 'from' in plan ? plan.from : await firstParentAncestor(git, merge.sha, plan.walk)
  const outcome = await cherryPick(git, {
    pick: merge.sha,
    from,
    onto,
    branch: cherrypickBranch(pull.number, branch),
    tempBranch: tempBranch(pull.number, branch),
    message: `${pull.title} (#${pull.number})\n\n(cherry picked from commit ${merge.sha})`,
    author: merge.author,
  })
  if ('empty' in outcome) return { empty: true }
  if ('conflict' in outcome) {
    const hint =
      merge.parents.length > 1
        ? `\`git cherry-pick -m 1 ${merge.sha}\``
        : 'from' in plan
          ? `\`git cherry-pick ${merge.sha}\``
          : `\`git cherry-pick ${from}..${merge.sha}\``
    const files = await clashingFiles(run, pull.number, from, outcome.tempCommit)
    return { conflict: true, hint, ...(files.length ? { files } : {}) }
  }
  const { data: created } = await github.rest.pulls.create({
    ...repo,
    title: `[${branch}] ${pull.title}`.slice(0, 256),
    head: cherrypickBranch(pull.number, branch),
    base: branch,
    body: `${marker('cherry-pick')}\nCherry-pick of #${pull.number} onto \`${branch}\`.\n\n(cherry picked from commit ${merge.sha})`,
  })
  run.report.result.comments.push(`cherry-pick PR #${created.number}`)
  if (requester)
    await github.rest.issues.addAssignees({ ...repo, issue_number: created.number, assignees: [requester] })
  return { opened: { number: created.number, url: created.html_url } }
}

async function runCherrypick(ctx: CommandContext): Promise<Outcome> {
  const parsed = parseCherrypickArgs(ctx.args)
  if ('error' in parsed) return refuse(parsed.error)
  const { branch } = parsed
  const { run, target } = ctx
  const [{ data: pr }, head] = await Promise.all([
    run.github.rest.pulls.get({ ...run.repo, pull_number: target.number }),
    branchHead(run, branch),
  ])
  const plan = decideCherrypick({
    branch,
    branchExists: !!head,
    baseRef: pr.base.ref,
    state: pr.state,
    merged: !!pr.merged,
  })
  if ('refuse' in plan) return refuse(plan.refuse)
  await target.addLabels([cherrypickLabel(branch)])
  if ('later' in plan)
    return done(`Once this PR merges I will open a cherry-pick of it onto ${code(branch)}.`)
  if (!pr.merge_commit_sha) return refuse('GitHub has not recorded the merge commit yet; try again shortly.')
  const result = await pickPull(
    run,
    { number: pr.number, title: pr.title, mergeCommit: pr.merge_commit_sha, commits: pr.commits },
    branch,
    ctx.actor,
  )
  const text = renderPickResult(branch, result)
  return 'conflict' in result || 'failed' in result ? refuse(text) : done(text)
}

export const cherrypick: CommandSpec = {
  name: 'cherrypick',
  aliases: { 'cherry-pick': '' },
  usage: 'BRANCH',
  help: 'Adds `cherrypick/BRANCH`: once the PR merges (at once if it has), opens a PR to BRANCH with its change (branch `cherry-pick-N-to-BRANCH`), assigned to you; on a conflict, replies with what clashed.',
  who: 'collaborator',
  on: 'pull',
  group: 'state',
  example: '/cherrypick release-1.2',
  run: runCherrypick,
}

// ---- the PR merged -----------------------------------------------------------------------------

type PullComment = { author: string; body: string }

async function pullComments(run: ActionRun, pull: number): Promise<PullComment[]> {
  const comments = await run.github.paginate(run.github.rest.issues.listComments, {
    ...run.repo,
    issue_number: pull,
    per_page: 100,
  })
  return comments.map((c) => ({ author: c.user?.login ?? '', body: c.body ?? '' }))
}

/** The newest requester of each branch who is a collaborator (a hand-made label has none). */
async function requesters(
  run: ActionRun,
  comments: PullComment[],
  branches: string[],
): Promise<Map<string, string>> {
  const requests = requestsByBranch(comments)
  const found = new Map<string, string>()
  for (const branch of branches) {
    for (const login of requests.get(branch) ?? []) {
      if (await run.permissions.isCollaborator(login)) {
        found.set(branch, login)
        break
      }
    }
  }
  return found
}

/** Marks the reply to a merge: once it is written, a re-delivered `closed` event has nothing to do. */
const mergeReplyPurpose = (mergeCommit: string) => `cherry-pick ${mergeCommit}`

/**
 * pull_request_target closed: a merged PR with `cherrypick/BRANCH` labels gets one pick per label.
 * The merge may be bosun's own (the merge pool), so the sender is not a reason to skip. The reply,
 * marked with the merge commit, is the last write: a re-delivery that finds it does nothing, and one
 * after a crash halfway skips the picks whose PRs are open.
 */
export async function cherrypickOnMerge(run: ActionRun): Promise<void> {
  const pr = run.ctx.payload.pull_request
  if (!pr?.merged) return run.report.skip('closed without merging')
  const labels: string[] = (pr.labels ?? []).map((l: { name?: string }) => String(l.name ?? ''))
  const branches = branchesFromLabels(labels)
  if (!branches.length) return run.report.skip(`no ${CHERRYPICK_LABEL_PREFIX} label`)
  const { config, viewer } = await run.preflight()
  if (config.commands.disabled.includes(cherrypick.name)) return run.report.skip('/cherrypick is disabled')
  if (!pr.merge_commit_sha) return run.report.skip('the merge commit is not known')
  const comments = await pullComments(run, pr.number)
  const purpose = mergeReplyPurpose(String(pr.merge_commit_sha))
  if (comments.some((c) => sameLogin(c.author, viewer) && c.body.startsWith(marker(purpose))))
    return run.report.skip('already handled (bosun has answered this merge)')
  const asked = await requesters(run, comments, branches)
  const pull: MergedPull = {
    number: pr.number,
    title: String(pr.title ?? ''),
    mergeCommit: String(pr.merge_commit_sha),
    commits: Number(pr.commits ?? 1),
  }
  const lines: string[] = []
  for (const branch of branches) {
    const result = await pickPull(run, pull, branch, asked.get(branch))
    if ('existing' in result) continue
    const who = asked.get(branch)
    lines.push(`${who ? `@${who}: ` : ''}${renderPickResult(branch, result)}`)
  }
  if (!lines.length) return run.report.skip('every cherry-pick is open already')
  await postReply(run.github, run.repo, pr.number, purpose, lines.join('\n\n'))
  run.report.result.comments.push('cherry-pick')
}
