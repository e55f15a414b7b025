// issue-translate: translates a new non-English issue, PR, comment, discussion or discussion comment
// through an OpenAI-compatible chat API. Code, links, mentions and #refs are protected by
// placeholders and put back byte for byte; bosun's own output carries a marker and is never
// translated again. Without an API key (forks get no secrets) it leaves a notice and writes nothing.
import * as core from '@actions/core'
import { runAction, type ActionRun } from '../core/action.js'
import type { Payload } from '../core/context.js'
import { detectLanguage, sameLanguage } from '../core/language.js'
import { Llm } from '../core/llm.js'
import { isBosunText } from '../core/loop-guard.js'
import { protect, restore } from '../core/protect.js'

export const TRANSLATED_MARKER = '<!-- bosun:translated -->'
const BODY_SEPARATOR = '<!-- bosun:body -->'

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
const languageName = (code: string) => LANGUAGE_NAMES[code.split('-')[0]] ?? code

type Source =
  | { kind: 'issue' | 'pull'; number: number; title: string; body: string }
  | { kind: 'comment'; number: number; commentId: number; author: string; body: string }
  | { kind: 'discussion'; nodeId: string; title: string; body: string }
  | { kind: 'discussion_comment'; discussionId: string; commentId: string; author: string; body: string }

export function sourceOf(eventName: string, payload: Payload): Source | { skip: string } {
  const action = payload.action
  const s = (v: unknown) => (typeof v === 'string' ? v : '')
  switch (eventName) {
    case 'issues':
      if (action !== 'opened') return { skip: `issues ${action}` }
      return {
        kind: 'issue',
        number: payload.issue.number,
        title: s(payload.issue.title),
        body: s(payload.issue.body),
      }
    case 'pull_request':
    case 'pull_request_target':
      if (action !== 'opened') return { skip: `${eventName} ${action}` }
      return {
        kind: 'pull',
        number: payload.pull_request.number,
        title: s(payload.pull_request.title),
        body: s(payload.pull_request.body),
      }
    case 'issue_comment':
      if (action !== 'created') return { skip: `issue_comment ${action}` }
      return {
        kind: 'comment',
        number: payload.issue.number,
        commentId: payload.comment.id,
        author: s(payload.comment.user?.login),
        body: s(payload.comment.body),
      }
    case 'discussion':
      if (action !== 'created') return { skip: `discussion ${action}` }
      return {
        kind: 'discussion',
        nodeId: s(payload.discussion.node_id),
        title: s(payload.discussion.title),
        body: s(payload.discussion.body),
      }
    case 'discussion_comment':
      if (action !== 'created') return { skip: `discussion_comment ${action}` }
      return {
        kind: 'discussion_comment',
        discussionId: s(payload.discussion.node_id),
        commentId: s(payload.comment.node_id),
        author: s(payload.comment.user?.login),
        body: s(payload.comment.body),
      }
    default:
      return { skip: `issue-translate does not handle ${eventName}` }
  }
}

export function systemPrompt(target: string): string {
  return [
    `You translate GitHub issues and comments into ${languageName(target)}.`,
    `Target language: ${target}`,
    'Keep the Markdown structure exactly: headings, lists, task lists, tables, emphasis, line breaks.',
    'Placeholders like ⟦0⟧ stand for code, links, mentions and references: copy each one exactly once, unchanged.',
    'Text already in the target language stays as it is. Answer with the translation only.',
  ].join('\n')
}

async function translate(
  llm: Llm,
  target: string,
  title: string | undefined,
  body: string,
): Promise<{ title?: string; body: string }> {
  const text = title === undefined ? body : `${title}\n\n${BODY_SEPARATOR}\n\n${body}`
  const guarded = protect(text)
  const answer = await llm.complete(systemPrompt(target), guarded.text)
  const restored = restore(answer.trim(), guarded.slots)
  if (title === undefined) return { body: restored }
  const [t, ...rest] = restored.split(BODY_SEPARATOR)
  return { title: t.trim(), body: rest.join(BODY_SEPARATOR).trim() }
}

export async function translateIssue(run: ActionRun): Promise<void> {
  const source = sourceOf(run.ctx.eventName, run.ctx.payload)
  if ('skip' in source) return run.report.skip(source.skip)
  if (run.skipBotSender()) return
  if (isBosunText(source.body) || source.body.includes(TRANSLATED_MARKER))
    return run.report.skip('text written or translated by bosun')
  if (!run.ctx.inputs.openaiApiKey) {
    core.notice(
      'issue-translate: no openai-api-key (fork PRs and Dependabot get no secrets); nothing translated.',
    )
    return run.report.skip('no OpenAI API key')
  }
  const title = 'title' in source ? source.title : undefined
  const detection = await detectLanguage(`${title ?? ''}\n\n${source.body}`)
  if (!detection.language) return run.report.skip('too little prose to judge its language')
  const pre = await run.preflight()
  if (await run.sentBySelf()) return run.report.skip('event sent by the bot itself')
  const { config } = pre
  const target = config.translate.target
  if (sameLanguage(detection.language, target)) return run.report.skip(`already in ${target}`)

  const llm = new Llm({
    apiKey: run.ctx.inputs.openaiApiKey,
    baseUrl: run.ctx.inputs.openaiBaseUrl,
    model: run.ctx.inputs.model || config.translate.model,
    log: run.log,
  })
  // Translate first: nothing is written unless the whole translation succeeded.
  const out = await translate(llm, target, title, source.body)
  const from = languageName(detection.language)
  const heading = `${TRANSLATED_MARKER}\n> Translated from ${from} to ${languageName(target)} by bosun (${llm.model}).`
  const gh = run.github
  const repo = run.repo
  const edit = config.translate.mode === 'edit'
  const appended = (original: string, translated: string) => `${original}\n\n---\n${heading}\n\n${translated}`

  switch (source.kind) {
    case 'issue':
    case 'pull':
      if (edit) {
        await gh.rest.issues.update({
          ...repo,
          issue_number: source.number,
          body: appended(source.body, out.body),
          ...(config.translate.modifyTitle && out.title ? { title: out.title } : {}),
        })
      } else {
        await gh.rest.issues.createComment({
          ...repo,
          issue_number: source.number,
          body: `${heading}\n\n## ${out.title}\n\n${out.body}`,
        })
      }
      break
    case 'comment':
      if (edit)
        await gh.rest.issues.updateComment({
          ...repo,
          comment_id: source.commentId,
          body: appended(source.body, out.body),
        })
      else
        await gh.rest.issues.createComment({
          ...repo,
          issue_number: source.number,
          body: `${heading} Comment by @${source.author}:\n\n${out.body}`,
        })
      break
    case 'discussion':
      if (edit) {
        await gh.graphql(
          `mutation($id: ID!, $body: String!, $title: String) { updateDiscussion(input: { discussionId: $id, body: $body, title: $title }) { discussion { id } } }`,
          {
            id: source.nodeId,
            body: appended(source.body, out.body),
            title: config.translate.modifyTitle ? out.title : undefined,
          },
        )
      } else {
        await gh.graphql(
          `mutation($id: ID!, $body: String!) { addDiscussionComment(input: { discussionId: $id, body: $body }) { comment { id } } }`,
          {
            id: source.nodeId,
            body: `${heading}\n\n## ${out.title}\n\n${out.body}`,
          },
        )
      }
      break
    case 'discussion_comment':
      if (edit) {
        await gh.graphql(
          `mutation($id: ID!, $body: String!) { updateDiscussionComment(input: { commentId: $id, body: $body }) { comment { id } } }`,
          {
            id: source.commentId,
            body: appended(source.body, out.body),
          },
        )
      } else {
        await gh.graphql(
          `mutation($id: ID!, $reply: ID!, $body: String!) { addDiscussionComment(input: { discussionId: $id, replyToId: $reply, body: $body }) { comment { id } } }`,
          {
            id: source.discussionId,
            reply: source.commentId,
            body: `${heading} Comment by @${source.author}:\n\n${out.body}`,
          },
        )
      }
      break
  }
  run.report.result.comments.push(edit ? 'translation appended' : 'translation posted')
  run.report.sections.push(
    `Translated ${source.kind.replace('_', ' ')} from ${from}: ${llm.usage.calls} model call(s), ${llm.usage.promptTokens} prompt and ${llm.usage.completionTokens} completion tokens.`,
  )
}

export const run = () => runAction('issue-translate', translateIssue)
