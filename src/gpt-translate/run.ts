// gpt-translate: `/gt INPUT OUTPUT LANG` (or `/gpt-translate …`) in a comment translates documents
// and commits the result. On an issue: one branch, one commit with every file, one PR linking the
// issue. On a same-repository PR: one commit on its head branch. On a fork PR: a commit only when
// the author allows maintainer edits. Files are read through the API (never checked out or run)
// and written through the Git Data API (blobs, tree, commit, ref), so many files make one commit.
import { httpStatus } from '../core/github.js'
import * as core from '@actions/core'
import { runAction, type ActionRun } from '../core/action.js'
import { parseCommands } from '../core/commands.js'
import type { Config } from '../core/config.js'
import type { Repo } from '../core/context.js'
import { Llm } from '../core/llm.js'
import { isBosunText } from '../core/loop-guard.js'
import { postReply, react } from '../core/writes.js'
import {
  StructureError,
  translateJson,
  translateMarkdown,
  translateYaml,
  type TranslatedFile,
} from './documents.js'
import { DATA_TYPES, parseRequest, resolvePairs, type Pair } from './paths.js'

const COMMANDS = new Set(['gt', 'gpt-translate'])
/** Tokens per chunk sent to the model: room for the answer within common context limits. */
const CHUNK_BUDGET = 1200

class Refusal extends Error {}

interface Place {
  repo: Repo
  /** Branch to read from and (for PRs) commit to. */
  branch: string
  headSha: string
  kind: 'issue' | 'pull' | 'fork'
}

async function place(run: ActionRun, number: number, isPull: boolean): Promise<Place> {
  const gh = run.github
  if (!isPull) {
    const { data: repo } = await gh.rest.repos.get({ ...run.repo })
    const { data: ref } = await gh.rest.git.getRef({ ...run.repo, ref: `heads/${repo.default_branch}` })
    return { repo: run.repo, branch: repo.default_branch, headSha: ref.object.sha, kind: 'issue' }
  }
  const { data: pr } = await gh.rest.pulls.get({ ...run.repo, pull_number: number })
  if (pr.state !== 'open') throw new Refusal('This pull request is closed.')
  const headRepo = pr.head.repo
  if (!headRepo) throw new Refusal('The head repository of this pull request no longer exists.')
  const fork = headRepo.full_name.toLowerCase() !== `${run.repo.owner}/${run.repo.repo}`.toLowerCase()
  if (fork && !pr.maintainer_can_modify) {
    throw new Refusal(
      'This pull request comes from a fork that does not allow edits from maintainers, so I cannot commit to it. Ask the author to tick “Allow edits by maintainers”, or run `/gt` on an issue to get a separate PR.',
    )
  }
  return {
    repo: { owner: headRepo.owner.login, repo: headRepo.name },
    branch: pr.head.ref,
    headSha: pr.head.sha,
    kind: fork ? 'fork' : 'pull',
  }
}

async function translateFile(
  llm: Llm,
  language: string,
  path: string,
  text: string,
  config: Config,
): Promise<TranslatedFile> {
  const ext = path.slice(path.lastIndexOf('.')).toLowerCase()
  if (ext === '.json') return translateJson(llm, language, text)
  if (DATA_TYPES.includes(ext)) return translateYaml(llm, language, text)
  return translateMarkdown(llm, language, text, {
    budget: CHUNK_BUDGET,
    frontMatterKeys: config.gptTranslate.frontMatterKeys,
  })
}

async function gptTranslate(run: ActionRun): Promise<void> {
  const { eventName, payload } = run.ctx
  if (eventName !== 'issue_comment' || payload.action !== 'created')
    return run.report.skip(`gpt-translate reads new comments, not ${eventName} ${payload.action ?? ''}`)
  if (run.skipBotSender()) return
  const body = String(payload.comment?.body ?? '')
  if (isBosunText(body)) return run.report.skip('text written by bosun')
  const commands = parseCommands(body).filter((c) => COMMANDS.has(c.name))
  if (!commands.length) return run.report.skip('no /gt command')
  const number: number = payload.issue.number
  const isPull = !!payload.issue.pull_request
  const actor = String(payload.comment.user?.login ?? '')
  const commentRef = { kind: 'issue_comment' as const, id: Number(payload.comment.id) }
  const reply = async (text: string, ok: boolean) => {
    await react(run.github, run.repo, commentRef, ok ? '+1' : 'confused')
    await postReply(run.github, run.repo, number, 'gpt-translate', `@${actor} ${text}`)
    run.report.result.comments.push(ok ? 'gpt-translate result' : 'gpt-translate refusal')
  }

  const { config } = await run.preflight()
  if (await run.sentBySelf()) return run.report.skip('event sent by the bot itself')
  if (!(await run.permissions.isCollaborator(actor)))
    return reply('`/gt` is for collaborators (write access or above).', false)
  if (!run.ctx.inputs.openaiApiKey) {
    core.notice('gpt-translate: no openai-api-key; nothing translated.')
    return reply('translation is not set up here: the workflow passes no `openai-api-key`.', false)
  }
  const llm = new Llm({
    apiKey: run.ctx.inputs.openaiApiKey,
    baseUrl: run.ctx.inputs.openaiBaseUrl,
    model: run.ctx.inputs.model || config.translate.model,
    log: run.log,
  })
  const started = Date.now()
  try {
    const request = parseRequest(commands[0].args)
    if ('error' in request) throw new Refusal(request.error)
    const where = await place(run, number, isPull)
    const gh = run.github
    const { data: tree } = await gh.rest.git.getTree({
      ...where.repo,
      tree_sha: where.headSha,
      recursive: 'true',
    })
    const blobs = tree.tree.filter((e) => e.type === 'blob' && e.path)
    const pairs = resolvePairs(
      request,
      blobs.map((e) => e.path!),
    )
    if ('error' in pairs) throw new Refusal(pairs.error)
    if (pairs.length > config.gptTranslate.maxFiles)
      throw new Refusal(
        `That is ${pairs.length} files; at most ${config.gptTranslate.maxFiles} per command here (config \`gpt-translate.max-files\`).`,
      )
    const size = (p: Pair) => blobs.find((e) => e.path === p.input)?.size ?? 0
    const bytes = pairs.reduce((n, p) => n + size(p), 0)
    if (bytes > config.gptTranslate.maxBytes)
      throw new Refusal(
        `Those files hold ${bytes} bytes; at most ${config.gptTranslate.maxBytes} per command here (config \`gpt-translate.max-bytes\`).`,
      )

    // Read and translate everything before writing anything.
    const results = await Promise.all(
      pairs.map(async (pair) => {
        const { data } = await gh.rest.repos.getContent({
          ...where.repo,
          path: pair.input,
          ref: where.headSha,
          mediaType: { format: 'raw' },
        })
        try {
          return { pair, out: await translateFile(llm, request.language, pair.input, String(data), config) }
        } catch (error) {
          if (error instanceof StructureError)
            throw new Refusal(`\`${pair.input}\`: ${error.message}. Nothing was committed.`)
          throw error
        }
      }),
    )

    const created = await Promise.all(
      results.map((r) => gh.rest.git.createBlob({ ...where.repo, content: r.out.text, encoding: 'utf-8' })),
    )
    const { data: newTree } = await gh.rest.git.createTree({
      ...where.repo,
      base_tree: tree.sha,
      tree: results.map((r, i) => ({
        path: r.pair.output,
        mode: '100644' as const,
        type: 'blob' as const,
        sha: created[i].data.sha,
      })),
    })
    const files = results.map((r) => r.pair.output)
    const message = `docs: translate ${files.length === 1 ? files[0] : `${files.length} files`} into ${request.language}\n\nRequested by @${actor} in #${number} (/gt).`
    const { data: commit } = await gh.rest.git.createCommit({
      ...where.repo,
      message,
      tree: newTree.sha,
      parents: [where.headSha],
    })
    let link: string
    if (where.kind === 'issue') {
      const branch = `bosun/gt-${number}-${commit.sha.slice(0, 7)}`
      await gh.rest.git.createRef({ ...where.repo, ref: `refs/heads/${branch}`, sha: commit.sha })
      const { data: pr } = await gh.rest.pulls.create({
        ...where.repo,
        head: branch,
        base: where.branch,
        title: `docs: translate into ${request.language}`,
        body: `Translates ${results.map((r) => `\`${r.pair.input}\` → \`${r.pair.output}\``).join(', ')} into ${request.language}.\n\nRequested in #${number} by @${actor}.`,
      })
      link = `opened #${pr.number}`
    } else {
      try {
        await gh.rest.git.updateRef({
          ...where.repo,
          ref: `heads/${where.branch}`,
          sha: commit.sha,
          force: false,
        })
      } catch (error) {
        if (httpStatus(error) === 422)
          throw new Refusal('The branch moved while I was translating; run `/gt` again.')
        throw error
      }
      link = `committed ${commit.sha.slice(0, 7)} to \`${where.branch}\``
    }
    run.report.result.files.push(...files)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const chunks = results.reduce((n, r) => n + r.out.chunks, 0)
    const lines = results.map((r) => `- \`${r.pair.input}\` → \`${r.pair.output}\``)
    await reply(
      `${link}: translated ${files.length} file(s) into ${request.language}.\n\n${lines.join('\n')}\n\n${chunks} chunk(s), ${llm.usage.calls} model call(s), ${llm.usage.promptTokens + llm.usage.completionTokens} tokens (${llm.usage.promptTokens} prompt, ${llm.usage.completionTokens} completion), ${seconds} s, model ${llm.model}.`,
      true,
    )
    run.report.sections.push(
      `gpt-translate: ${files.length} file(s), ${chunks} chunk(s), ${llm.usage.calls} model call(s), ${seconds} s.`,
    )
  } catch (error) {
    if (error instanceof Refusal) return reply(error.message, false)
    const message = String((error as Error).message ?? error).split('\n')[0]
    await reply(`the translation failed: ${message}. Nothing was committed.`, false)
    throw error
  }
}

export const run = () => runAction('gpt-translate', gptTranslate)
