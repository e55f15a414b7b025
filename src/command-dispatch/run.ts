// command-dispatch: find the slash commands in a comment, review or new issue/PR body, check who
// may run each, run them in order, then give one reaction and at most one reply.
import { decideRule } from '../label-policy/policies/require-matching-label.js'
import { reviewFactsFields } from '../core/approval-sync.js'
import { describeError, isRefusal } from '../core/github.js'
import { runEntry, type ActionRun, type PartEntry } from '../core/action.js'
import { ConfigError, type Config } from '../core/config.js'
import { MAX_COMMANDS_PER_COMMENT, parseCommands, type ParsedCommand } from '../core/commands.js'
import type { Payload } from '../core/context.js'
import { eventOf } from '../core/payload.js'
import { LabelCatalog } from '../core/labels.js'
import { isBosunText } from '../core/loop-guard.js'
import { meetsLevel } from '../core/permissions.js'
import type { RidingFields } from '../core/owners.js'
import type { PreflightOptions } from '../core/preflight.js'
import { postReply, react, type CommentRef } from '../core/writes.js'
import { lifecycleActivity } from '../label-policy/lifecycle.js'
import { cherrypickOnMerge } from './commands/cherrypick.js'
import { releaseRunCompleted } from './commands/release.js'
import { renderFeedback, type CommandResult } from './feedback.js'
import {
  commandConfigProblems,
  findBuiltin,
  FOREIGN_COMMANDS,
  requiredLevel,
  resolveCommand,
  whoText,
} from './registry.js'
import { Target, targetFromPayload, type TargetData, type TargetSeed } from './target.js'
import type { CommandContext, Outcome } from './types.js'

export interface CommandSource {
  text: string
  ref: CommentRef
  author: string
  /** When the comment was written (ISO 8601); '' for a review, an issue or a PR body. */
  writtenAt: string
  /** The commit a submitted review was of; '' for any other source. */
  reviewedSha: string
}

/** Where the commands of an event are written, or why the event is not one we act on. */
export function commandSource(eventName: string, payload: Payload): CommandSource | { skip: string } {
  const action = payload.action
  const event = eventOf(eventName, payload)
  const from = (
    text: unknown,
    ref: CommentRef,
    user: { login?: string } | undefined,
    when: { writtenAt?: string | null; reviewedSha?: string | null } = {},
  ): CommandSource => ({
    text: typeof text === 'string' ? text : '',
    ref,
    author: String(user?.login ?? ''),
    writtenAt: String(when.writtenAt ?? ''),
    reviewedSha: String(when.reviewedSha ?? ''),
  })
  switch (event.name) {
    case 'issue_comment':
      if (event.payload.action !== 'created')
        return { skip: `issue_comment ${action} (only new comments are read)` }
      return from(
        event.payload.comment?.body,
        { kind: 'issue_comment', id: event.payload.comment?.id },
        event.payload.comment?.user,
        { writtenAt: event.payload.comment?.created_at },
      )
    case 'pull_request_review':
      if (event.payload.action !== 'submitted') return { skip: `pull_request_review ${action}` }
      return from(event.payload.review?.body, { kind: 'review' }, event.payload.review?.user, {
        reviewedSha: event.payload.review?.commit_id,
      })
    case 'pull_request_review_comment':
      if (event.payload.action !== 'created') return { skip: `pull_request_review_comment ${action}` }
      return from(
        event.payload.comment?.body,
        { kind: 'review_comment', id: event.payload.comment?.id },
        event.payload.comment?.user,
        { writtenAt: event.payload.comment?.created_at },
      )
    case 'issues':
      if (event.payload.action !== 'opened') return { skip: `issues ${action}` }
      return from(
        event.payload.issue?.body,
        { kind: 'issue', number: event.payload.issue?.number },
        event.payload.issue?.user,
      )
    case 'pull_request':
    case 'pull_request_target':
      if (event.payload.action !== 'opened') return { skip: `${eventName} ${action}` }
      return from(
        event.payload.pull_request?.body,
        { kind: 'issue', number: event.payload.pull_request?.number },
        event.payload.pull_request?.user,
      )
    default:
      return { skip: `event ${eventName} carries no commands` }
  }
}

async function runOne(
  run: ActionRun,
  ctx: CommandContext,
  command: ParsedCommand,
): Promise<{ outcome: Outcome; crashed?: unknown }> {
  const resolved = resolveCommand(command.name, command.args, ctx.config)
  if (!resolved) return { outcome: { ok: true } }
  if ('disabled' in resolved)
    return { outcome: { ok: false, reason: `\`/${resolved.disabled}\` is disabled in this repository.` } }
  const { spec, args } = resolved
  if (spec.on === 'pull' && !ctx.target.isPull)
    return { outcome: { ok: false, reason: `\`/${spec.name}\` only works on pull requests.` } }
  if (spec.on === 'issue' && ctx.target.isPull)
    return { outcome: { ok: false, reason: `\`/${spec.name}\` only works on issues.` } }
  const level = requiredLevel(spec, args, ctx.config)
  if (!(await ctx.can(level))) {
    return { outcome: { ok: false, reason: `\`/${spec.name}\` is for ${whoText(spec, ctx.config)}.` } }
  }
  try {
    return { outcome: await spec.run({ ...ctx, args }) }
  } catch (error) {
    run.log.warning(`/${spec.name} failed: ${describeError(error, 'reply')}`)
    // A refusal fails the command only; anything else is reported to the user and fails the step too.
    return {
      outcome: { ok: false, reason: describeError(error, 'reply') },
      crashed: isRefusal(error) ? undefined : error,
    }
  }
}

const REVIEW_COMMANDS = new Set(['lgtm', 'remove-lgtm', 'approve', 'remove-approve'])
const SEEN_FIELDS = '... on Reactable { reactionGroups { viewerHasReacted } }'

/** The GraphQL id of the text bosun reacts to (a comment, or a new issue or PR), if it has one. */
function sourceNodeId(payload: Payload, ref: CommentRef): string | undefined {
  const id =
    ref.kind === 'issue_comment' || ref.kind === 'review_comment'
      ? payload.comment?.node_id
      : ref.kind === 'issue'
        ? (payload.pull_request ?? payload.issue)?.node_id
        : undefined
  return typeof id === 'string' && id ? id : undefined
}

const CHANGED_FILES_FIELDS =
  'files(first: 100) { totalCount nodes { path changeType } } baseRef { target { oid } }'
/** Change types whose file has one path: a rename or copy also counts under its old name, which only REST lists. */
const ONE_PATH = new Set(['ADDED', 'MODIFIED', 'DELETED', 'CHANGED'])

interface ChangedFields {
  files?: { totalCount?: number; nodes?: Array<{ path?: string; changeType?: string }> }
  baseRef?: { target?: { oid?: string } } | null
}

/** The changed files the preflight read, when they are all of them and none needs its old name. */
function preflightFiles(changed: ChangedFields | null | undefined): string[] | undefined {
  const nodes = changed?.files?.nodes
  if (!nodes || nodes.length !== changed?.files?.totalCount) return undefined
  if (!nodes.every((f) => typeof f.path === 'string' && ONE_PATH.has(String(f.changeType)))) return undefined
  return nodes.map((f) => f.path!)
}

/** What the preflight already read about the PR (changed files, the base branch's commit). */
function preflightSeed(changed: ChangedFields | null | undefined): TargetSeed {
  const baseOid = changed?.baseRef?.target?.oid
  return { files: preflightFiles(changed), ...(typeof baseOid === 'string' ? { baseOid } : {}) }
}

/** The source text as SEEN_FIELDS reads it (null when the node is gone). */
type SeenNode = { reactionGroups?: Array<{ viewerHasReacted?: boolean }> } | null | undefined

function alreadyAnswered(node: SeenNode) {
  return !!node?.reactionGroups?.some((g) => g.viewerHasReacted)
}

/** The /lgtm an approving (or /lgtm cancel a changes-requested) review implies, if any. */
function reviewVerdict(eventName: string, payload: Payload): ParsedCommand | undefined {
  if (eventName !== 'pull_request_review' || payload.action !== 'submitted') return undefined
  const state = String(payload.review?.state ?? '').toLowerCase()
  if (state === 'approved') return { name: 'lgtm', args: '', raw: '(approving review)', line: 0 }
  if (state === 'changes_requested')
    return { name: 'lgtm', args: 'cancel', raw: '(review requesting changes)', line: 0 }
  return undefined
}

const reviewsPull = (data: TargetData, parsed: ParsedCommand[], verdict: ParsedCommand | undefined) =>
  data.isPull && (!!verdict || parsed.some((c) => REVIEW_COMMANDS.has(c.name)))

/** What the run's one preflight request reads besides the config: labels, review facts, our reaction. */
function preflightOptions(
  source: CommandSource,
  payload: Payload,
  data: TargetData,
  parsed: ParsedCommand[],
  verdict: ParsedCommand | undefined,
  access: RidingFields | undefined,
): PreflightOptions {
  // A comment that also holds another action's command (/gt) gets that action's reaction too, so a
  // reaction proves nothing there; elsewhere it is bosun's record that the comment was handled.
  const sharesComment = parseCommands(source.text).some((c) => FOREIGN_COMMANDS.has(c.name))
  const nodeId = sharesComment ? undefined : sourceNodeId(payload, source.ref)
  return {
    labels: parsed.flatMap((c) => findBuiltin(c.name)?.labelsNeeded?.(c.args) ?? []),
    // /lgtm and /approve read the head and the review history: on a PR that rides here too.
    // So do the changed files their permission check reads OWNERS for, and the actor's access.
    ...(reviewsPull(data, parsed, verdict)
      ? {
          ...(access ? { optionalRepositoryFields: access.fields } : {}),
          repositoryFields: `review: pullRequest(number: ${Math.trunc(data.number)}) { ${reviewFactsFields()} }
    changed: pullRequest(number: ${Math.trunc(data.number)}) { ${CHANGED_FILES_FIELDS} }`,
        }
      : {}),
    ...(nodeId ? { rootFields: `seen: node(id: ${JSON.stringify(nodeId)}) { ${SEEN_FIELDS} }` } : {}),
  }
}

function commandContext(
  run: ActionRun,
  config: Config,
  target: Target,
  source: CommandSource,
  knownLabels: Map<string, string | undefined>,
): CommandContext {
  const actor = source.author
  return {
    run,
    config,
    target,
    actor,
    writtenAt: source.writtenAt,
    reviewedSha: source.reviewedSha,
    args: '',
    labels: new LabelCatalog(run.github, run.repo, config, knownLabels),
    can: (level) =>
      meetsLevel(
        level,
        {
          login: actor,
          author: target.author,
          owners: () => target.owners(),
          ownersAsWritten: () => target.ownersAsWritten(actor),
          files: () => target.files(),
        },
        run.permissions,
      ),
  }
}

/**
 * `labels.require` after the commands changed labels: label-policy never sees bosun's own label
 * writes, so `/kind bug` takes `needs-kind` off here, in the same write (the rule's comment was
 * said when the label went on).
 */
async function requireMatchingLabels(ctx: CommandContext, target: Target): Promise<void> {
  const kind = target.isPull ? 'pulls' : 'issues'
  for (const rule of ctx.config.labels.require.filter((r) => r.on.includes(kind))) {
    const { label } = decideRule(rule, target.labels)
    if (label.on === target.hasLabel(label.name)) continue
    if (label.on) await target.addLabels([label.name])
    else await target.removeLabel(label.name)
  }
}

/** Runs the writes at once; the first that failed, once all are done. */
async function firstFailure(writes: Array<() => Promise<unknown>>): Promise<{ error: unknown } | undefined> {
  const settled = await Promise.allSettled(writes.map((write) => write()))
  const failed = settled.find((s) => s.status === 'rejected')
  return failed ? { error: failed.reason } : undefined
}

/**
 * Runs the commands in order, then writes the label changes of all of them together (beside the
 * last command's own writes, which nothing after them reads); a failed write fails the commands
 * that asked for it. Returns each command's result and the first error that is
 * not GitHub refusing (to fail the step with).
 */
async function runCommands(
  run: ActionRun,
  ctx: CommandContext,
  target: Target,
  commands: ParsedCommand[],
): Promise<{ results: CommandResult[]; crash: unknown }> {
  const results: CommandResult[] = []
  /** The labels each command changed, to blame the right ones if the write fails. */
  const changed: string[][] = []
  /** The last command's writes that nothing after them reads: they go out with the label write. */
  const alongside: Array<() => Promise<unknown>> = []
  let crash: unknown
  for (const [i, command] of commands.entries()) {
    const mark = target.labelChangeCount
    const last = i === commands.length - 1
    const { outcome, crashed } = await runOne(
      run,
      last ? { ...ctx, alongside: (write) => void alongside.push(write) } : ctx,
      command,
    )
    crash ??= crashed
    results.push({ command, outcome })
    changed.push(target.labelsChangedSince(mark))
  }
  if (changed.some((labels) => labels.length)) await requireMatchingLabels(ctx, target)
  const [labelFailure, writeFailure] = await Promise.all([target.flushLabels(), firstFailure(alongside)])
  if (writeFailure) {
    // Every partial outcome is told: the reply names the failure, and the reaction comes after all.
    if (!isRefusal(writeFailure.error)) crash ??= writeFailure.error
    // The last command's writes: runCommands ran at least one command (dispatch returns before
    // it when none is known), so the last result is there.
    const result = results[results.length - 1]!
    run.log.warning(`/${result.command.name} failed: ${describeError(writeFailure.error, 'reply')}`)
    if (result.outcome.ok) result.outcome = { ok: false, reason: describeError(writeFailure.error, 'reply') }
  }
  if (labelFailure) {
    if (!isRefusal(labelFailure.error)) crash ??= labelFailure.error
    results.forEach((result, i) => {
      if (changed[i]?.some((label) => labelFailure.labels.has(label)))
        result.outcome = { ok: false, reason: describeError(labelFailure.error, 'reply') }
    })
  }
  return { results, crash }
}

/** Records the results, replies when there is something to say, and reacts last. */
async function answer(
  run: ActionRun,
  source: CommandSource,
  number: number,
  results: CommandResult[],
  skipped: ParsedCommand[],
): Promise<void> {
  for (const { command, outcome } of results) {
    run.report.result.commands.push({
      command: command.raw,
      ok: outcome.ok,
      ...(outcome.ok ? {} : { message: outcome.reason }),
    })
  }
  const feedback = renderFeedback(source.author, results, skipped)
  if (feedback.reply) {
    await postReply(run.github, run.repo, number, 'reply', feedback.reply)
    run.report.result.comments.push('reply')
  }
  // Last, so that it records the comment as handled only once everything else is written.
  await react(run.github, run.repo, source.ref, feedback.reaction)
}

export async function dispatch(run: ActionRun): Promise<void> {
  // A workflow dispatched by /release (release.workflow) finished: answer the waiting reply.
  if (run.ctx.eventName === 'workflow_run') return releaseRunCompleted(run)
  // A PR merged: its cherrypick/BRANCH labels each get a cherry-pick PR.
  if (run.ctx.eventName === 'pull_request_target' && run.ctx.payload.action === 'closed')
    return cherrypickOnMerge(run)
  const source = commandSource(run.ctx.eventName, run.ctx.payload)
  if ('skip' in source) return run.report.skip(source.skip)
  if (run.skipBotSender()) return
  if (isBosunText(source.text)) return run.report.skip('text written by bosun')
  const parsed = parseCommands(source.text).filter((c) => !FOREIGN_COMMANDS.has(c.name))
  const verdict = reviewVerdict(run.ctx.eventName, run.ctx.payload)
  if (!parsed.length && !verdict) return run.report.skip('no command')
  const data = targetFromPayload(run.ctx.payload)
  if (!data) return run.report.skip('event names no issue or pull request')

  // One request answers the config, the token's login and whether the labels named exist.
  // The actor's repository access (for OWNERS) rides here too; it is never kept past this event.
  const access = reviewsPull(data, parsed, verdict)
    ? run.permissions.accessFields([source.author])
    : undefined
  const pre = await run.preflight(preflightOptions(source, run.ctx.payload, data, parsed, verdict, access))
  access?.read(pre.repository)
  const config = pre.config
  const problems = commandConfigProblems(config)
  if (problems.length) throw new ConfigError(run.ctx.inputs.configPath, problems)
  if (await run.sentBySelf()) return run.report.skip('event sent by the bot itself')
  // The reaction is the last write of a handled comment: finding ours means this delivery is a repeat.
  if (alreadyAnswered(pre.root.seen as SeenNode))
    return run.report.skip('already handled (bosun has reacted to it)')
  // lgtm.review-acts-as-lgtm: an approving review is a /lgtm, one requesting changes a /lgtm cancel.
  if (
    verdict &&
    config.lgtm.reviewActsAsLgtm &&
    !parsed.some((c) => c.name === 'lgtm' || c.name === 'remove-lgtm')
  ) {
    parsed.push(verdict)
  }
  const known = parsed.filter((c) => resolveCommand(c.name, c.args, config))
  if (!known.length) return run.report.skip('no known command')

  const target = new Target(
    run,
    data,
    preflightSeed(pre.repository.changed as ChangedFields | null | undefined),
  )
  const ctx = commandContext(run, config, target, source, pre.labels)
  const { results, crash } = await runCommands(run, ctx, target, known.slice(0, MAX_COMMANDS_PER_COMMENT))
  await answer(run, source, target.number, results, known.slice(MAX_COMMANDS_PER_COMMENT))
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what a failed command threw, as caught
  if (crash) throw crash
}

/** A human's comment or review also takes lifecycle/stale and lifecycle/rotten off the item. */
export const dispatchThenLifecycle = async (run: ActionRun) => {
  await dispatch(run)
  await lifecycleActivity(run, ['issue_comment', 'pull_request_review'])
}

export const entry: PartEntry = { name: 'command-dispatch', body: dispatchThenLifecycle }
export const run = () => runEntry(entry)
