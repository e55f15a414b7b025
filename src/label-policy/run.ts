// label-policy: keeps a PR's or issue's labels true to its state (size, WIP, lgtm after a push,
// approval by OWNERS, ok-to-test gate, title/commit rules, path labels, restricted labels, issue
// template) and keeps the repository's label set in line with the config. Every policy decides in
// decisions.ts; this file gathers what they need in as few requests as possible and writes only
// differences. It never checks out or runs PR code.
import { httpStatus } from '../core/github.js'
import picomatch from 'picomatch'
import { runAction, type ActionRun } from '../core/action.js'
import {
  lgtmKeptOnSameTree,
  readReviewFacts,
  reviewFactsFields,
  syncApproval,
  type ReviewFacts,
} from '../core/approval-sync.js'
import type { Config } from '../core/config.js'
import type { Payload } from '../core/context.js'
import { BUILTIN_LABELS } from '../core/label-definitions.js'
import { isAllowedFor } from '../core/labels.js'
import { LabelChanges } from '../core/label-changes.js'
import { isBotAccount } from '../core/loop-guard.js'
import { loadOwners, type OwnersTree } from '../core/owners.js'
import { LGTM_CONTEXT, trustedStatus } from '../core/review-state.js'
import * as writes from '../core/writes.js'
import { INVALID_OWNERS_LABEL, renderOwnersComment } from '../core/owners-validate.js'
import { checkOwnersChanges, type OwnersChange } from './verify-owners.js'
import {
  checkCommits,
  checkTitle,
  countChangedLines,
  declaredLabels,
  generatedMatcher,
  INVALID_COMMIT,
  INVALID_TITLE,
  isWorkInProgress,
  missingHeadings,
  NEEDS_MORE_INFO,
  pathLabels,
  pickReviewers,
  planLabelSync,
  renderRulesComment,
  renderTemplateComment,
  SIZE_LABELS,
  sizeLabel,
  WIP_LABEL,
  type ChangedFile,
} from './decisions.js'

const SYNC_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch'])
const PR_EVENTS = new Set(['pull_request_target', 'pull_request'])
/** The changed files riding in the preflight: enough to see whether a PR touches OWNERS. */
const CHANGED_FILES_FIELD = 'files(first: 100) { totalCount nodes { path changeType } }'
/** GitHub's list-files endpoint stops at 3,000 files. */
const MAX_LISTED_FILES = 3000

async function applyLabels(run: ActionRun, number: number, plan: LabelChanges): Promise<void> {
  const { added, removed } = plan
  await Promise.all([
    added.length ? writes.addLabels(run.github, run.repo, number, added) : undefined,
    ...removed.map((l) => writes.removeLabel(run.github, run.repo, number, l)),
  ])
  run.report.result.labelsAdded.push(...added)
  run.report.result.labelsRemoved.push(...removed)
}

const labelNames = (item: Payload): string[] =>
  (item.labels ?? []).map((l: { name?: string } | string) => (typeof l === 'string' ? l : String(l.name)))

/** A bot comment for a purpose: created, updated in place, or left alone when already right. */
async function syncComment(
  run: ActionRun,
  number: number,
  purpose: string,
  text: string,
  mayExist: boolean,
): Promise<void> {
  if (!mayExist) {
    await writes.postReply(run.github, run.repo, number, purpose, text)
    run.report.result.comments.push(`${purpose} posted`)
    return
  }
  const { viewer } = await run.preflight()
  const outcome = await writes.upsertBotComment(run.github, run.repo, number, purpose, text, viewer)
  if (outcome !== 'unchanged') run.report.result.comments.push(`${purpose} ${outcome}`)
}

/** Restricted labels: one added by someone not allowed is taken off again, with a reply saying who may. */
async function enforceRestrictedLabel(
  run: ActionRun,
  config: Config,
  number: number,
  payload: Payload,
): Promise<void> {
  const name = String(payload.label?.name ?? '')
  const key = Object.keys(config.labels.restricted).find((l) => l.toLowerCase() === name.toLowerCase())
  const sender = run.ctx.sender?.login ?? ''
  if (!key) return
  const allowed = config.labels.restricted[key].allowed
  if (await isAllowedFor(run.github, sender, allowed)) return
  await writes.removeLabel(run.github, run.repo, number, name)
  run.report.result.labelsRemoved.push(name)
  await writes.postReply(
    run.github,
    run.repo,
    number,
    'restricted-label',
    `@${sender}: only ${allowed.join(', ')} may add the \`${key}\` label, so it was removed.`,
  )
  run.report.result.comments.push('restricted-label reply')
}

async function pullRequestPolicies(run: ActionRun): Promise<void> {
  const { payload } = run.ctx
  const action = String(payload.action)
  const pr = payload.pull_request
  const number: number = pr.number
  const author = String(pr.user?.login ?? '')
  const is = (...actions: string[]) => actions.includes(action)
  if (
    !is('opened', 'reopened', 'edited', 'synchronize', 'ready_for_review', 'converted_to_draft', 'labeled')
  ) {
    return run.report.skip(`pull_request ${action} is not one label-policy handles`)
  }
  // Events bosun's own writes cause (labels, edits) are never acted on when a bot sent them.
  if (is('labeled', 'edited') && run.skipBotSender()) return
  // A new base branch changes the diff (size, paths), a new title the WIP and title verdicts.
  const baseChanged = is('edited') && !!payload.changes?.base
  if (is('edited') && !payload.changes?.title && !baseChanged)
    return run.report.skip('edit changed neither the title nor the base branch')

  const opened = is('opened')
  // verify-owners: a new or changed head may change OWNERS files.
  const verifyOwners = is('opened', 'reopened', 'synchronize')
  const pre = await run.preflight({
    files: { gitattributes: `${pr.base?.ref ?? 'HEAD'}:.gitattributes` },
    ...(opened
      ? { counts: { authorPrs: `repo:${run.repo.owner}/${run.repo.repo} is:pr author:${author}` } }
      : {}),
    // The labels as they are now, not as the (possibly re-delivered) payload saw them; on a push,
    // the review history too.
    repositoryFields: `live: pullRequest(number: ${Math.trunc(number)}) { labels(first: 100) { nodes { name } }
      reviewRequests(first: 1) { totalCount }
      ${verifyOwners ? CHANGED_FILES_FIELD : ''}
      ${is('synchronize', 'opened') ? reviewFactsFields() : ''} }`,
  })
  // A push is a push, whoever made it (a /gt commit by bosun needs a new review too).
  if (!is('synchronize') && (await run.sentBySelf())) return run.report.skip('event sent by the bot itself')
  const config = pre.config

  if (is('labeled')) return enforceRestrictedLabel(run, config, number, payload)

  const live = pre.repository.live?.labels?.nodes as Array<{ name: string }> | undefined
  const original = live ? live.map((l) => l.name) : labelNames(pr)
  const plan = new LabelChanges(original)
  const generated = generatedMatcher(pre.files.gitattributes)
  const ignoreGlobs = config.size.ignore.length ? picomatch(config.size.ignore, { dot: true }) : undefined
  const ignored = (path: string) => !!generated?.(path) || !!ignoreGlobs?.(path)
  const sized = is('opened', 'reopened', 'synchronize') || baseChanged
  const pathsConfigured = Object.keys(config.labels.paths).length > 0
  // Approval follows the head: recounted on every push, and on open for the author's own files.
  const approvalOnOpen = opened && !config.approve.requireSelfApproval
  const approvalOnPush = is('synchronize')
  const recount = approvalOnOpen || approvalOnPush
  const wantReviewers = (opened && !pr.draft) || is('ready_for_review')
  const listed = pre.repository.live?.files as
    { totalCount: number; nodes: Array<{ path: string; changeType: string }> } | undefined
  const listedInFull = !!listed && listed.totalCount <= listed.nodes.length
  const needFiles =
    (sized && (generated !== undefined || ignoreGlobs !== undefined || pathsConfigured)) ||
    recount ||
    (wantReviewers && config.reviewers.count > 0) ||
    (verifyOwners && !listedInFull)
  const tooMany = Number(pr.changed_files ?? 0) > MAX_LISTED_FILES
  // Both rules are checked on every event that can change either verdict, so the comment is always whole.
  const rulesApply = is('opened', 'reopened', 'edited', 'synchronize')
  const commitRule = !!config.rules.commitMessage && rulesApply

  // Independent reads go out together.
  const headSha = String(pr.head?.sha ?? '')
  const [files, commits, authorIsCollaborator, facts] = await Promise.all([
    needFiles && !tooMany
      ? run.github.paginate(run.github.rest.pulls.listFiles, {
          ...run.repo,
          pull_number: number,
          per_page: 100,
        })
      : Promise.resolve(undefined),
    commitRule
      ? run.github.paginate(run.github.rest.pulls.listCommits, {
          ...run.repo,
          pull_number: number,
          per_page: 100,
        })
      : Promise.resolve(undefined),
    is('opened', 'reopened') ? run.permissions.isCollaborator(author) : Promise.resolve(undefined),
    recount
      ? readReviewFacts(run.github, run.repo, number, pre.viewer, pre.repository.live)
      : Promise.resolve<ReviewFacts>({ headSha, statuses: [], history: [] }),
  ])
  const changed: ChangedFile[] | undefined = files?.map((f) => ({
    filename: f.filename,
    additions: f.additions,
    deletions: f.deletions,
  }))
  const paths = files?.flatMap((f) =>
    f.previous_filename ? [f.filename, f.previous_filename] : [f.filename],
  )
  const ownersChanges: OwnersChange[] | undefined = files
    ? files.map((f) => ({ path: f.filename, removed: f.status === 'removed' }))
    : listedInFull
      ? listed!.nodes.map((n) => ({ path: n.path, removed: n.changeType === 'DELETED' }))
      : undefined
  const ownersProblems =
    verifyOwners && ownersChanges && !tooMany
      ? await checkOwnersChanges(run, { headSha, baseRef: String(pr.base?.ref ?? '') }, ownersChanges)
      : undefined
  if (verifyOwners && !tooMany) plan.set(INVALID_OWNERS_LABEL, !!ownersProblems?.length)
  const hadOwnersLabel = original.some((l) => l.toLowerCase() === INVALID_OWNERS_LABEL)

  let owners: OwnersTree | undefined
  if (paths && (recount || wantReviewers)) {
    owners = await loadOwners(
      run.github,
      run.repo,
      { pullNumber: number },
      paths.length ? paths : ['OWNERS'],
      (logins) => run.permissions.withAccess(logins),
    )
  }

  // size/*
  if (sized) {
    let lines: number
    if (changed && !tooMany) lines = countChangedLines(changed, ignored)
    else {
      lines = Number(pr.additions ?? 0) + Number(pr.deletions ?? 0)
      if (tooMany)
        run.log.notice(
          `PR #${number} changes more than ${MAX_LISTED_FILES} files: size/* is from the PR's totals, generated files included.`,
        )
    }
    const label = sizeLabel(lines, config.size.thresholds)
    for (const l of SIZE_LABELS) plan.set(l, l === label)
  }

  // do-not-merge/work-in-progress
  if (is('opened', 'reopened', 'edited', 'ready_for_review', 'converted_to_draft')) {
    plan.set(
      WIP_LABEL,
      isWorkInProgress(String(pr.title ?? ''), action === 'converted_to_draft' ? true : !!pr.draft),
    )
  }

  // lgtm is for the commits that were reviewed: a push takes it away (unless configured to keep it
  // across a push that leaves the tree as reviewed).
  const pushedOverLgtm = is('synchronize') && config.lgtm.resetOnPush && plan.has('lgtm')
  const kept =
    pushedOverLgtm && config.lgtm.keepOnSameTree && payload.before && payload.after
      ? await lgtmKeptOnSameTree(
          run.github,
          run.repo,
          String(payload.before),
          String(payload.after),
          pre.viewer,
        )
      : undefined
  const lgtmReset = pushedOverLgtm && !kept
  if (lgtmReset) plan.remove('lgtm')

  // needs-ok-to-test for authors without write access (never for bots' PRs they were given).
  if (is('opened', 'reopened') && authorIsCollaborator === false && !plan.has('ok-to-test'))
    plan.add('needs-ok-to-test')

  // approved while the approvals in the history cover the head's files (the author's own on open).
  let approvalNote: string | undefined
  if (recount && paths && owners && !tooMany) {
    const result = await syncApproval({
      github: run.github,
      repo: run.repo,
      number,
      author,
      viewer: pre.viewer,
      files: paths,
      owners,
      requireSelfApproval: config.approve.requireSelfApproval,
      permissions: run.permissions,
      facts,
      postNotification: false,
    })
    plan.set('approved', result.state.approved)
    if (result.notification === 'updated') approvalNote = 'approval notification updated'
  }

  // Path labels are only added: a maintainer's manual label is never taken away.
  if (sized && paths) for (const l of pathLabels(paths, config.labels.paths)) plan.add(l)

  // Title and commit-message rules.
  const rules = {
    title: rulesApply ? checkTitle(String(pr.title ?? ''), config.rules.title) : undefined,
    commits: commits
      ? checkCommits(
          commits.map((c) => ({ sha: c.sha, message: c.commit.message, parents: c.parents?.length ?? 1 })),
          config.rules.commitMessage,
        )
      : undefined,
  }
  if (rulesApply && config.rules.title) plan.set(INVALID_TITLE, !!rules.title)
  if (commitRule) plan.set(INVALID_COMMIT, !!rules.commits)
  const rulesBroken = !!(rules.title || rules.commits)
  const hadRuleLabel = original.some((l) => [INVALID_TITLE, INVALID_COMMIT].includes(l.toLowerCase()))

  const lgtmNow = trustedStatus(facts.statuses, LGTM_CONTEXT, pre.viewer)
  if (kept && !(lgtmNow?.state === 'success' && lgtmNow.description.includes('kept: same tree'))) {
    const by = /^LGTM by ([^ .]+)/.exec(kept.description)?.[1]
    await writes.setCommitStatus(
      run.github,
      run.repo,
      headSha,
      LGTM_CONTEXT,
      'success',
      `LGTM${by ? ` by ${by}` : ''} kept: same tree as ${String(payload.before).slice(0, 7)}.`,
    )
  }
  await applyLabels(run, number, plan)
  if (approvalNote) run.report.result.comments.push(approvalNote)

  if (lgtmReset) {
    // Recorded on the new head too: a /lgtm written before this push can no longer land on it.
    await writes.setCommitStatus(
      run.github,
      run.repo,
      headSha,
      LGTM_CONTEXT,
      'pending',
      'New commits since lgtm: needs a new review.',
    )
    await syncComment(
      run,
      number,
      'lgtm-reset',
      'New commits were pushed after `lgtm`, so it was removed: a reviewer needs to look again and `/lgtm`.',
      true,
    )
  }
  // A rules comment is written when a rule is broken, and updated to say so once it is fixed.
  if (rulesApply && (rulesBroken || hadRuleLabel))
    await syncComment(run, number, 'rules', renderRulesComment(rules), !opened)
  // One comment naming the problems, updated to say the files are valid once they are.
  if (verifyOwners && !tooMany && (ownersProblems?.length || hadOwnersLabel))
    await syncComment(run, number, 'invalid-owners', renderOwnersComment(ownersProblems ?? []), true)
  if (wantReviewers && owners && changed) {
    const already = (pr.requested_reviewers ?? []).map((r: { login: string }) => r.login)
    const requestedNow = Number(pre.repository.live?.reviewRequests?.totalCount ?? 0)
    const reviewers =
      already.length || requestedNow
        ? []
        : pickReviewers(changed, owners, {
            author,
            exclude: [pre.viewer],
            count: config.reviewers.count,
            seed: `${run.repo.repo}#${number}`,
          })
    if (reviewers.length) await requestReviews(run, number, reviewers)
  }
  if (opened && config.welcome.pr !== false && (pre.counts.authorPrs ?? 0) <= 1 && !isBotAccount(pr.user)) {
    // Looked up first, so a re-delivered `opened` never welcomes twice.
    await syncComment(run, number, 'welcome', config.welcome.pr.replace(/\{author\}/g, `@${author}`), true)
  }
}

/**
 * Requests reviews; GitHub refuses (422) anyone without access, which means the OWNERS file names
 * someone who is not a collaborator. That is the maintainers' to fix: warn, and never fail the run.
 */
async function requestReviews(run: ActionRun, number: number, reviewers: string[]): Promise<void> {
  try {
    await run.github.rest.pulls.requestReviewers({ ...run.repo, pull_number: number, reviewers })
    run.report.result.comments.push(`review requested from ${reviewers.map((r) => `@${r}`).join(', ')}`)
  } catch (error) {
    if (httpStatus(error) !== 422) throw error
    run.log.warning(
      `GitHub refused review requests for ${reviewers.map((r) => `@${r}`).join(', ')} on #${number}: OWNERS reviewers must be collaborators with access to the repository.`,
    )
  }
}

async function issuePolicies(run: ActionRun): Promise<void> {
  const { payload } = run.ctx
  const action = String(payload.action)
  const issue = payload.issue
  const number: number = issue.number
  const author = String(issue.user?.login ?? '')
  if (!['opened', 'edited', 'labeled'].includes(action))
    return run.report.skip(`issues ${action} is not one label-policy handles`)
  if (issue.pull_request) return run.report.skip('a pull request: handled on pull_request_target')
  if (action !== 'opened' && run.skipBotSender()) return
  if (action === 'edited' && !payload.changes?.body) return run.report.skip('edit did not change the body')
  const pre = await run.preflight(
    action === 'opened'
      ? { counts: { authorIssues: `repo:${run.repo.owner}/${run.repo.repo} is:issue author:${author}` } }
      : {},
  )
  if (await run.sentBySelf()) return run.report.skip('event sent by the bot itself')
  const config = pre.config
  if (action === 'labeled') return enforceRestrictedLabel(run, config, number, payload)

  const original = labelNames(issue)
  const plan = new LabelChanges(original)
  const headings = config.rules.issueHeadings
  const missing = headings.length ? missingHeadings(String(issue.body ?? ''), headings) : []
  if (headings.length) plan.set(NEEDS_MORE_INFO, missing.length > 0)
  await applyLabels(run, number, plan)
  if (headings.length && (missing.length || original.some((l) => l.toLowerCase() === NEEDS_MORE_INFO))) {
    await syncComment(run, number, 'issue-template', renderTemplateComment(missing), action !== 'opened')
  }
  if (
    action === 'opened' &&
    config.welcome.issue !== false &&
    (pre.counts.authorIssues ?? 0) <= 1 &&
    !isBotAccount(issue.user)
  ) {
    await syncComment(run, number, 'welcome', config.welcome.issue.replace(/\{author\}/g, `@${author}`), true)
  }
}

async function labelSync(run: ActionRun): Promise<void> {
  const { eventName, payload } = run.ctx
  if (eventName === 'push') {
    const defaultRef = `refs/heads/${payload.repository?.default_branch ?? 'main'}`
    if (payload.ref !== defaultRef) return run.report.skip(`push to ${payload.ref}, not the default branch`)
    const path = run.ctx.inputs.configPath
    const touched = (payload.commits ?? []).some((c: Payload) =>
      [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])].includes(path),
    )
    if (!touched) return run.report.skip(`push did not change ${path}`)
  }
  const { config } = await run.preflight()
  const existing = await run.github.paginate(run.github.rest.issues.listLabelsForRepo, {
    ...run.repo,
    per_page: 100,
  })
  const ops = planLabelSync(
    existing.map((l) => ({ name: l.name, color: l.color, description: l.description })),
    declaredLabels(BUILTIN_LABELS, config.labels.definitions),
    config.labels.deleteUndeclared,
  )
  const done: string[] = []
  for (const op of ops) {
    if (op.op === 'create') {
      await run.github.rest.issues.createLabel({
        ...run.repo,
        name: op.label.name,
        ...(op.label.color ? { color: op.label.color } : {}),
        ...(op.label.description !== undefined ? { description: op.label.description } : {}),
      })
      done.push(`created \`${op.label.name}\``)
    } else if (op.op === 'update') {
      await run.github.rest.issues.updateLabel({
        ...run.repo,
        name: op.current,
        ...(op.current !== op.label.name ? { new_name: op.label.name } : {}),
        ...(op.label.color ? { color: op.label.color } : {}),
        ...(op.label.description !== undefined ? { description: op.label.description } : {}),
      })
      done.push(
        op.current !== op.label.name
          ? `renamed \`${op.current}\` to \`${op.label.name}\``
          : `updated \`${op.label.name}\``,
      )
    } else {
      await run.github.rest.issues.deleteLabel({ ...run.repo, name: op.name })
      done.push(`deleted \`${op.name}\``)
    }
  }
  run.report.sections.push(
    done.length
      ? `Label sync:\n\n${done.map((d) => `- ${d}`).join('\n')}`
      : 'Label sync: every label is as declared.',
  )
}

export async function policy(run: ActionRun): Promise<void> {
  const { eventName } = run.ctx
  if (SYNC_EVENTS.has(eventName)) return labelSync(run)
  if (PR_EVENTS.has(eventName) && run.ctx.payload.pull_request) return pullRequestPolicies(run)
  if (eventName === 'issues' && run.ctx.payload.issue) return issuePolicies(run)
  run.report.skip(`label-policy does not handle ${eventName}`)
}

export const run = () =>
  runAction('label-policy', policy, { bulk: SYNC_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? '') })
