// issue-translate: translates a new non-English issue, PR, comment, discussion or discussion comment
// through an OpenAI-compatible chat API. Title and body are judged and translated each on its own.
// Code, links, mentions and #refs are protected by placeholders and put back byte for byte; a
// mention, #ref or slash-command line the model made up goes into a code span, so a translation
// never pings anyone or reads as a command. Without an API key (forks get no secrets) it leaves a
// notice and writes nothing.
//
// A pipeline: limits (budget per event and per user) → read (what is already there) → translate →
// check → write → reply, with the writer chosen from a table of source kind × mode. Every
// translation carries a hidden marker naming its source, its author and the model calls it cost;
// only markers on comments written by the token's own user count, for "already translated" and
// for the hourly budget.
import { runEntry, type ActionRun, type PartEntry } from '../core/action.js'
import { parseCommands } from '../core/commands.js'
import type { Config } from '../core/config.js'
import type { Payload } from '../core/context.js'
import { eventOf } from '../core/payload.js'
import { detectLanguage, sameLanguage } from '../core/language.js'
import { Llm } from '../core/llm.js'
import { isBosunText } from '../core/loop-guard.js'
import { sameLogin } from '../core/permissions.js'
import { neutralise, protect, restore } from '../core/protect.js'
import { marker } from '../core/writes.js'

export const TRANSLATED_MARKER = '<!-- bosun:translated -->'

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  zh: 'Chinese',
  ja: 'Japanese',
  ko: 'Korean',
  ru: 'Russian',
  es: 'Spanish',
  de: 'German',
  fr: 'French',
  pt: 'Portuguese',
}
const languageName = (code: string) => LANGUAGE_NAMES[code.split('-')[0] ?? code] ?? code

export type Source =
  | { kind: 'issue' | 'pull'; number: number; title: string; body: string }
  | { kind: 'comment'; number: number; commentId: number; author: string; body: string }
  | { kind: 'discussion'; nodeId: string; title: string; body: string }
  | { kind: 'discussion_comment'; discussionId: string; commentId: string; author: string; body: string }

export function sourceOf(eventName: string, payload: Payload): Source | { skip: string } {
  const action = payload.action
  const event = eventOf(eventName, payload)
  const s = (v: unknown) => (typeof v === 'string' ? v : '')
  switch (event.name) {
    case 'issues':
      if (event.payload.action !== 'opened') return { skip: `issues ${action}` }
      return {
        kind: 'issue',
        number: event.payload.issue.number,
        title: s(event.payload.issue.title),
        body: s(event.payload.issue.body),
      }
    case 'pull_request':
    case 'pull_request_target':
      if (event.payload.action !== 'opened') return { skip: `${eventName} ${action}` }
      return {
        kind: 'pull',
        number: event.payload.pull_request.number,
        title: s(event.payload.pull_request.title),
        body: s(event.payload.pull_request.body),
      }
    case 'issue_comment':
      if (event.payload.action !== 'created') return { skip: `issue_comment ${action}` }
      return {
        kind: 'comment',
        number: event.payload.issue.number,
        commentId: event.payload.comment.id,
        author: s(event.payload.comment.user?.login),
        body: s(event.payload.comment.body),
      }
    case 'discussion':
      if (event.payload.action !== 'created') return { skip: `discussion ${action}` }
      return {
        kind: 'discussion',
        nodeId: s(event.payload.discussion.node_id),
        title: s(event.payload.discussion.title),
        body: s(event.payload.discussion.body),
      }
    case 'discussion_comment':
      if (event.payload.action !== 'created') return { skip: `discussion_comment ${action}` }
      return {
        kind: 'discussion_comment',
        discussionId: s(event.payload.discussion.node_id),
        commentId: s(event.payload.comment.node_id),
        author: s(event.payload.comment.user?.login),
        body: s(event.payload.comment.body),
      }
    default:
      return { skip: `issue-translate does not handle ${eventName}` }
  }
}

// ---- markers -----------------------------------------------------------------------------------

/** Names what was translated, so a second delivery of the same event finds it. */
export function sourceKey(source: Source): string {
  switch (source.kind) {
    case 'issue':
    case 'pull':
      return `issue-${source.number}`
    case 'comment':
      return `comment-${source.commentId}`
    case 'discussion':
      return `discussion-${source.nodeId}`
    case 'discussion_comment':
      return `discussion-comment-${source.commentId}`
  }
}

const authorOf = (source: Source, payload: Payload) =>
  'author' in source
    ? source.author
    : String((payload.issue ?? payload.pull_request ?? payload.discussion)?.user?.login ?? '')

export const translationMarker = (key: string, author: string, calls: number) =>
  marker(`translation of=${key} for=${author.toLowerCase()} calls=${calls}`)

const MARKER_FIELDS = /<!-- bosun:translation of=(\S+) for=(\S+) calls=(\d+) -->/g

export function markersIn(body: string): Array<{ key: string; author: string; calls: number }> {
  return [...body.matchAll(MARKER_FIELDS)].map(([, key = '', author = '', calls]) => ({
    key,
    author,
    calls: Number(calls),
  }))
}

// ---- limits ------------------------------------------------------------------------------------

interface Part {
  name: 'title' | 'body'
  text: string
  /** Detected language, when there was enough prose to judge. */
  language?: string
}

/**
 * Title and body judged each on its own: a Chinese title over an English body is translated. A
 * title too short to judge follows the body when the body needs translating.
 */
export async function partsToTranslate(
  title: string | undefined,
  body: string,
  target: string,
): Promise<Part[]> {
  const judged: Part[] = []
  // Body first: it carries the most and decides for a title too short to judge.
  for (const [name, text] of [
    ['body', body],
    ['title', title],
  ] as const) {
    if (text === undefined || !text.trim()) continue
    judged.push({ name, text, language: (await detectLanguage(text)).language })
  }
  const foreign = (p: Part) => !!p.language && !sameLanguage(p.language, target)
  const bodyPart = judged.find((p) => p.name === 'body')
  return judged.filter(
    (p) => foreign(p) || (p.name === 'title' && !p.language && !!bodyPart && foreign(bodyPart)),
  )
}

const HOUR_MS = 3600_000

/**
 * Model calls made for this author in the last hour, counted from bosun's own translations: the
 * markers on comments written by the token's user, and (edit mode) markers bosun appended to the
 * author's own comments and issues. No server keeps a counter; GitHub's history is the counter.
 */
async function callsInLastHour(
  run: ActionRun,
  viewer: string,
  author: string,
  edit: boolean,
): Promise<number> {
  const since = new Date(Date.now() - HOUR_MS).toISOString()
  const gh = run.github
  let calls = 0
  const count = (body: string | null | undefined, writer: string) => {
    for (const m of markersIn(body ?? ''))
      if (sameLogin(m.author, author) && (sameLogin(writer, viewer) || (edit && sameLogin(writer, author))))
        calls += m.calls
  }
  let pages = 0
  for await (const page of gh.paginate.iterator(gh.rest.issues.listCommentsForRepo, {
    ...run.repo,
    since,
    per_page: 100,
  })) {
    for (const c of page.data) if (c.created_at >= since || edit) count(c.body, c.user?.login ?? '')
    if (++pages >= 10) break
  }
  if (edit) {
    const { data } = await gh.rest.issues.listForRepo({ ...run.repo, since, state: 'all', per_page: 100 })
    for (const i of data) count(i.body, i.user?.login ?? '')
  }
  return calls
}

function overBudget(
  config: Config,
  chars: number,
  used: number,
  calls: number,
  author: string,
): string | undefined {
  const { maxChars, callsPerUserPerHour } = config.translate.budget
  if (chars > maxChars)
    return `not translated: ${chars} characters, over the ${maxChars} per event allowed here (config \`translate.budget.max-chars\`).`
  if (used + calls > callsPerUserPerHour)
    return `not translated: @${author} already used ${used} of ${callsPerUserPerHour} translation calls this hour (config \`translate.budget.calls-per-user-per-hour\`).`
  return undefined
}

// ---- read: what a previous delivery already wrote ------------------------------------------------

/** Whether a translation of this source by the token's own user is already there. */
async function alreadyTranslated(
  run: ActionRun,
  source: Source,
  viewer: string,
  edit: boolean,
): Promise<boolean> {
  const key = sourceKey(source)
  const has = (body: string | null | undefined) => markersIn(body ?? '').some((m) => m.key === key)
  const gh = run.github
  if (edit && (source.kind === 'issue' || source.kind === 'pull')) {
    // The payload holds the body as written; a marker that is there now and was not then is ours.
    const { data } = await gh.rest.issues.get({ ...run.repo, issue_number: source.number })
    if (has(data.body) && !has(source.body)) return true
  }
  if (edit && source.kind === 'comment') {
    const { data } = await gh.rest.issues.getComment({ ...run.repo, comment_id: source.commentId })
    if (has(data.body) && !has(source.body)) return true
  }
  if (source.kind !== 'issue' && source.kind !== 'pull' && source.kind !== 'comment') return false
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, {
    ...run.repo,
    issue_number: source.number,
    per_page: 100,
  })) {
    if (page.data.some((c) => sameLogin(c.user?.login ?? '', viewer) && has(c.body))) return true
  }
  return false
}

// ---- translate and check -----------------------------------------------------------------------

export function systemPrompt(target: string): string {
  return [
    `You translate GitHub issues and comments into ${languageName(target)}.`,
    `Target language: ${target}`,
    'Keep the Markdown structure exactly: headings, lists, task lists, tables, emphasis, line breaks.',
    'Placeholders like ⟦0⟧ stand for code, links, mentions and references: copy each one exactly once, unchanged.',
    'Text already in the target language stays as it is. Answer with the translation only.',
  ].join('\n')
}

/** One part through the model: protected, translated, invented mentions and commands neutralised, restored. */
async function translatePart(llm: Llm, target: string, text: string, log: ActionRun['log']): Promise<string> {
  const guarded = protect(text)
  const answer = await llm.complete(systemPrompt(target), guarded.text)
  const safe = neutralise(answer.trim())
  if (safe.neutralised.length)
    log.info(`The model wrote ${safe.neutralised.join(', ')}, not in the source: put in code spans.`)
  return restore(safe.text, guarded.slots)
}

// ---- write -------------------------------------------------------------------------------------

interface Translation {
  title?: string
  body?: string
  heading: string
  /** The hidden marker naming the source, its author and the calls spent. */
  footer: string
}

interface WriteArgs {
  run: ActionRun
  source: Source
  out: Translation
  config: Config
}

const bodyOf = (a: WriteArgs) => a.out.body ?? a.source.body
const appended = (a: WriteArgs) =>
  `${a.source.body}\n\n---\n${a.out.heading}\n\n${bodyOf(a)}\n\n${a.out.footer}`
const titled = (a: WriteArgs) =>
  `${a.out.heading}\n\n## ${a.out.title ?? ('title' in a.source ? a.source.title : '')}\n\n${bodyOf(a)}\n\n${a.out.footer}`
const byAuthor = (a: WriteArgs) =>
  `${a.out.heading} Comment by @${'author' in a.source ? a.source.author : ''}:\n\n${bodyOf(a)}\n\n${a.out.footer}`

type Writer = (a: WriteArgs) => Promise<void>

const issueReply: Writer = async (a) => {
  if (a.source.kind !== 'issue' && a.source.kind !== 'pull') return
  await a.run.github.rest.issues.createComment({
    ...a.run.repo,
    issue_number: a.source.number,
    body: titled(a),
  })
}
const issueEdit: Writer = async (a) => {
  if (a.source.kind !== 'issue' && a.source.kind !== 'pull') return
  await a.run.github.rest.issues.update({
    ...a.run.repo,
    issue_number: a.source.number,
    ...(a.out.body !== undefined ? { body: appended(a) } : {}),
    ...(a.config.translate.modifyTitle && a.out.title ? { title: a.out.title } : {}),
  })
}
const commentReply: Writer = async (a) => {
  if (a.source.kind !== 'comment') return
  await a.run.github.rest.issues.createComment({
    ...a.run.repo,
    issue_number: a.source.number,
    body: byAuthor(a),
  })
}
const commentEdit: Writer = async (a) => {
  if (a.source.kind !== 'comment') return
  await a.run.github.rest.issues.updateComment({
    ...a.run.repo,
    comment_id: a.source.commentId,
    body: appended(a),
  })
}
const discussionReply: Writer = async (a) => {
  if (a.source.kind !== 'discussion') return
  await a.run.github.graphql(
    `mutation($id: ID!, $body: String!) { addDiscussionComment(input: { discussionId: $id, body: $body }) { comment { id } } }`,
    { id: a.source.nodeId, body: titled(a) },
  )
}
const discussionEdit: Writer = async (a) => {
  if (a.source.kind !== 'discussion') return
  await a.run.github.graphql(
    `mutation($id: ID!, $body: String!, $title: String) { updateDiscussion(input: { discussionId: $id, body: $body, title: $title }) { discussion { id } } }`,
    {
      id: a.source.nodeId,
      body: a.out.body !== undefined ? appended(a) : a.source.body,
      title: a.config.translate.modifyTitle ? a.out.title : undefined,
    },
  )
}
const discussionCommentReply: Writer = async (a) => {
  if (a.source.kind !== 'discussion_comment') return
  await a.run.github.graphql(
    `mutation($id: ID!, $reply: ID!, $body: String!) { addDiscussionComment(input: { discussionId: $id, replyToId: $reply, body: $body }) { comment { id } } }`,
    { id: a.source.discussionId, reply: a.source.commentId, body: byAuthor(a) },
  )
}
const discussionCommentEdit: Writer = async (a) => {
  if (a.source.kind !== 'discussion_comment') return
  await a.run.github.graphql(
    `mutation($id: ID!, $body: String!) { updateDiscussionComment(input: { commentId: $id, body: $body }) { comment { id } } }`,
    { id: a.source.commentId, body: appended(a) },
  )
}

type Mode = Config['translate']['mode']

/** Where a translation goes: by what was written and the configured mode. */
export const WRITERS: Record<Source['kind'], Record<Mode, Writer>> = {
  issue: { comment: issueReply, edit: issueEdit },
  pull: { comment: issueReply, edit: issueEdit },
  comment: { comment: commentReply, edit: commentEdit },
  discussion: { comment: discussionReply, edit: discussionEdit },
  discussion_comment: { comment: discussionCommentReply, edit: discussionCommentEdit },
}

/**
 * Edit mode never rewrites text that holds commands: the approval history reads those comments,
 * and a rewritten one would change what a reviewer said. Such text gets a reply instead.
 */
export function modeFor(config: Config, source: Source): Mode {
  if (config.translate.mode === 'edit' && parseCommands(source.body).length) return 'comment'
  return config.translate.mode
}

// ---- the pipeline ------------------------------------------------------------------------------

export async function translateIssue(run: ActionRun): Promise<void> {
  const source = sourceOf(run.ctx.eventName, run.ctx.payload)
  if ('skip' in source) return run.report.skip(source.skip)
  if (run.skipBotSender()) return
  // Free loop guard: bosun's own texts carry a marker. A user pasting one only opts out themselves.
  if (isBosunText(source.body) || source.body.includes(TRANSLATED_MARKER))
    return run.report.skip('text written or translated by bosun')
  if (!run.ctx.inputs.openaiApiKey) {
    run.log.notice(
      'issue-translate: no openai-api-key (fork PRs and Dependabot get no secrets); nothing translated.',
    )
    return run.report.skip('no OpenAI API key')
  }
  const title = 'title' in source ? source.title : undefined
  // The detector needs no request: English and short texts cost nothing.
  const preliminary = await partsToTranslate(title, source.body, 'en')
  const pre = await run.preflight()
  if (await run.sentBySelf()) return run.report.skip('event sent by the bot itself')
  const { config, viewer } = pre
  const target = config.translate.target
  const parts = target === 'en' ? preliminary : await partsToTranslate(title, source.body, target)
  if (!parts.length) return run.report.skip(`nothing to translate: too little prose, or already in ${target}`)

  // limits
  const mode = modeFor(config, source)
  const author = authorOf(source, run.ctx.payload)
  const chars = parts.reduce((n, p) => n + protect(p.text).text.length, 0)
  const used = await callsInLastHour(run, viewer, author, config.translate.mode === 'edit')
  const refusal = overBudget(config, chars, used, parts.length, author)
  if (refusal) {
    run.log.notice(`issue-translate: ${refusal}`)
    run.report.sections.push(`issue-translate: ${refusal}`)
    return run.report.skip(refusal)
  }
  // read
  if (await alreadyTranslated(run, source, viewer, mode === 'edit'))
    return run.report.skip(`${sourceKey(source)} is already translated (a re-delivered event)`)

  // translate and check: nothing is written unless every part translated and restored.
  const llm = new Llm({
    apiKey: run.ctx.inputs.openaiApiKey,
    baseUrl: run.ctx.inputs.openaiBaseUrl,
    model: run.ctx.inputs.model || config.translate.model,
    log: run.log,
  })
  const out: Translation = { heading: '', footer: '' }
  for (const part of parts) out[part.name] = await translatePart(llm, target, part.text, run.log)
  const from = languageName(parts.find((p) => p.language)?.language ?? 'und')
  out.footer = translationMarker(sourceKey(source), author, llm.usage.calls)
  out.heading = `${TRANSLATED_MARKER}\n> Translated from ${from} to ${languageName(target)} by bosun (${llm.model}).`

  // write and reply
  await WRITERS[source.kind][mode]({ run, source, out, config })
  run.report.result.comments.push(mode === 'edit' ? 'translation appended' : 'translation posted')
  run.report.sections.push(
    `Translated ${parts.map((p) => p.name).join(' and ')} of ${source.kind.replace('_', ' ')} from ${from}: ${llm.usage.calls} model call(s), ${llm.usage.promptTokens} prompt and ${llm.usage.completionTokens} completion tokens.`,
  )
}

export const entry: PartEntry = { name: 'issue-translate', body: translateIssue }
export const run = () => runEntry(entry)
