// gpt-translate: `/gt INPUT OUTPUT LANG` (or `/gpt-translate …`) in a comment translates documents
// and commits the result. On an issue: one branch, one commit with every file, one PR linking the
// issue. On a same-repository PR: one commit on its head branch. On a fork PR: a commit only when
// the author allows maintainer edits. Files are read through the API (never checked out or run)
// and written through the Git Data API (blobs, tree, commit, ref), so many files make one commit.
//
// The run is a pipeline: limits → read → translate → check → write → reply. Everything that can
// refuse (permission, paths, symlinks, sizes) is decided before the first model call, and every
// write is decided against what a previous delivery of the same comment already left: the reply
// (marked with the comment id), the branch `bosun/gt-<comment id>` and its PR, or the commit with
// the comment id in its trailer.
import { runEntry, type ActionRun, type PartEntry } from '../core/action.js'
import { parseCommands, type ParsedCommand } from '../core/commands.js'
import type { Config } from '../core/config.js'
import type { Repo } from '../core/context.js'
import { carried } from '../core/payload.js'
import { firstLine, httpStatus } from '../core/github.js'
import { Llm } from '../core/llm.js'
import { isBosunText } from '../core/loop-guard.js'
import { sameLogin } from '../core/permissions.js'
import { marker, react } from '../core/writes.js'
import { chunkBudget } from './budget.js'
import {
  checkTranslation,
  StructureError,
  translateJson,
  translateMarkdown,
  translateYaml,
  type TranslatedFile,
} from './documents.js'
import { DATA_TYPES, parseRequest, resolvePairs, type Pair, type Request } from './paths.js'
import { part } from './part.js'

const COMMANDS: ReadonlySet<string> = new Set(part.commands)
/** A dry run's writes return nothing; later steps refer to this instead of a real SHA. */
const DRY_RUN_SHA = 'dry-run'

class Refusal extends Error {}

interface Place {
  repo: Repo
  /** Branch to read from and (for PRs) commit to. */
  branch: string
  headSha: string
  kind: 'issue' | 'pull' | 'fork'
}

/** What the comment asks for, once every limit has been checked. */
interface Plan {
  run: ActionRun
  config: Config
  number: number
  actor: string
  commentId: number
  request: Request
  where: Place
  treeSha: string
  pairs: Pair[]
  llm: Llm
}

interface Result {
  pair: Pair
  source: string
  out: TranslatedFile
}

// ---- limits ------------------------------------------------------------------------------------

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

interface TreeEntry {
  path?: string
  mode?: string
  type?: string
  size?: number
}

const isRegularFile = (e: TreeEntry) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755')
const kindOf = (e: TreeEntry) =>
  e.mode === '120000' ? 'a symbolic link' : e.type === 'commit' ? 'a submodule' : 'a directory'

/**
 * Symlinks and submodules are neither read nor overwritten: a symlink would make `/gt` read what
 * it points at (even under .github/), and the size checked would be the link's.
 */
export function refuseSpecialEntries(request: Request, pairs: Pair[], tree: TreeEntry[]): string | undefined {
  const byPath = new Map(tree.filter((e) => e.path).map((e) => [e.path!, e]))
  for (const input of request.inputs.split(',')) {
    const entry = byPath.get(input.replace(/^\.\//, ''))
    if (entry && !isRegularFile(entry))
      return `\`${input}\` is ${kindOf(entry)}; \`/gt\` translates regular files only.`
  }
  for (const { output } of pairs) {
    const entry = byPath.get(output)
    if (entry && !isRegularFile(entry))
      return `\`${output}\` is ${kindOf(entry)}; \`/gt\` writes regular files only.`
    const parts = output.split('/')
    for (let i = 1; i < parts.length; i++) {
      const parent = byPath.get(parts.slice(0, i).join('/'))
      if (parent && parent.type !== 'tree')
        return `\`${output}\` cannot be written: \`${parent.path}\` is ${parent.type === 'blob' && isRegularFile(parent) ? 'a file' : kindOf(parent)}.`
    }
  }
  return undefined
}

async function limits(
  run: ActionRun,
  config: Config,
  command: ParsedCommand,
  ids: { number: number; isPull: boolean; actor: string; commentId: number },
): Promise<Plan> {
  const request = parseRequest(command.args)
  if ('error' in request) throw new Refusal(request.error)
  const where = await place(run, ids.number, ids.isPull)
  const { data: tree } = await run.github.rest.git.getTree({
    ...where.repo,
    tree_sha: where.headSha,
    recursive: 'true',
  })
  const files = tree.tree.filter(isRegularFile)
  const pairs = resolvePairs(
    request,
    files.map((e) => e.path),
  )
  if ('error' in pairs) {
    throw new Refusal(refuseSpecialEntries(request, [], tree.tree) ?? pairs.error)
  }
  const special = refuseSpecialEntries(request, pairs, tree.tree)
  if (special) throw new Refusal(special)
  if (pairs.length > config.gptTranslate.maxFiles)
    throw new Refusal(
      `That is ${pairs.length} files; at most ${config.gptTranslate.maxFiles} per command here (config \`gpt-translate.max-files\`).`,
    )
  const sizes = new Map(files.map((e) => [e.path, e.size ?? 0]))
  const bytes = pairs.reduce((n, p) => n + (sizes.get(p.input) ?? 0), 0)
  if (bytes > config.gptTranslate.maxBytes)
    throw new Refusal(
      `Those files hold ${bytes} bytes; at most ${config.gptTranslate.maxBytes} per command here (config \`gpt-translate.max-bytes\`).`,
    )
  const llm = new Llm({
    apiKey: run.ctx.inputs.openaiApiKey,
    baseUrl: run.ctx.inputs.openaiBaseUrl,
    model: run.ctx.inputs.model || config.translate.model,
    log: run.log,
  })
  return { run, config, ...ids, request, where, treeSha: tree.sha, pairs, llm }
}

// ---- read, translate, check ---------------------------------------------------------------------

async function read(plan: Plan): Promise<Array<{ pair: Pair; source: string }>> {
  return Promise.all(
    plan.pairs.map(async (pair) => {
      const { data } = await plan.run.github.rest.repos.getContent({
        ...plan.where.repo,
        path: pair.input,
        ref: plan.where.headSha,
        mediaType: { format: 'raw' },
      })
      // format: 'raw' answers the file's text; Octokit types the JSON form.
      return { pair, source: data as unknown as string }
    }),
  )
}

function translateFile(plan: Plan, path: string, text: string): Promise<TranslatedFile> {
  const { llm, request, config } = plan
  const ext = path.slice(path.lastIndexOf('.')).toLowerCase()
  if (ext === '.json') return translateJson(llm, request.language, text)
  if (DATA_TYPES.includes(ext)) return translateYaml(llm, request.language, text)
  return translateMarkdown(llm, request.language, text, {
    budget: chunkBudget(llm.model, config.gptTranslate.chunkTokens),
    frontMatterKeys: config.gptTranslate.frontMatterKeys,
    log: plan.run.log,
    name: path,
  })
}

async function translate(plan: Plan, sources: Array<{ pair: Pair; source: string }>): Promise<Result[]> {
  return Promise.all(
    sources.map(async ({ pair, source }) => {
      try {
        return { pair, source, out: await translateFile(plan, pair.input, source) }
      } catch (error) {
        if (error instanceof StructureError)
          throw new Refusal(`\`${pair.input}\`: ${error.message}. Nothing was committed.`)
        throw error
      }
    }),
  )
}

/** The whole documents against their sources, once more, before anything is written. */
function check(results: Result[]): void {
  for (const r of results) {
    const difference = checkTranslation(r.out)
    if (difference)
      throw new Refusal(
        `\`${r.pair.input}\`: the translation does not match the document (${difference}). Nothing was committed.`,
      )
  }
}

// ---- write -------------------------------------------------------------------------------------

const branchFor = (commentId: number) => `bosun/gt-${commentId}`
const trailerFor = (commentId: number) => `Bosun-Gt-Comment: ${commentId}`
const files = (pairs: Pair[]) => pairs.map((p) => p.output)

function commitMessage(plan: Plan): string {
  const out = files(plan.pairs)
  return `docs: translate ${out.length === 1 ? out[0] : `${out.length} files`} into ${plan.request.language}\n\nRequested by @${plan.actor} in #${plan.number} (/gt).\n\n${trailerFor(plan.commentId)}`
}

async function createCommit(plan: Plan, results: Result[]): Promise<string> {
  const gh = plan.run.github
  const repo = plan.where.repo
  const blobs = await Promise.all(
    results.map((r) => gh.rest.git.createBlob({ ...repo, content: r.out.text, encoding: 'utf-8' })),
  )
  const { data: tree } = await gh.rest.git.createTree({
    ...repo,
    base_tree: plan.treeSha,
    tree: results.map((r, i) => ({
      path: r.pair.output,
      mode: '100644' as const,
      type: 'blob' as const,
      sha: blobs[i]?.data?.sha ?? DRY_RUN_SHA,
    })),
  })
  const { data: commit } = await gh.rest.git.createCommit({
    ...repo,
    message: commitMessage(plan),
    tree: tree?.sha ?? DRY_RUN_SHA,
    parents: [plan.where.headSha],
  })
  return commit?.sha ?? DRY_RUN_SHA
}

/** The PR a previous delivery opened from this comment's branch, if any. */
async function existingPull(plan: Plan): Promise<number | undefined> {
  const { data } = await plan.run.github.rest.pulls.list({
    ...plan.where.repo,
    head: `${plan.where.repo.owner}:${branchFor(plan.commentId)}`,
    state: 'all',
  })
  return data[0]?.number
}

async function branchExists(plan: Plan): Promise<boolean> {
  try {
    await plan.run.github.rest.git.getRef({ ...plan.where.repo, ref: `heads/${branchFor(plan.commentId)}` })
    return true
  } catch (error) {
    if (httpStatus(error) === 404) return false
    throw error
  }
}

async function openPull(plan: Plan): Promise<string> {
  const existing = await existingPull(plan)
  if (existing) return `opened #${existing}`
  const pairs = plan.pairs.map((p) => `\`${p.input}\` → \`${p.output}\``).join(', ')
  const { data: pr } = await plan.run.github.rest.pulls.create({
    ...plan.where.repo,
    head: branchFor(plan.commentId),
    base: plan.where.branch,
    title: `docs: translate into ${plan.request.language}`,
    body: `Translates ${pairs} into ${plan.request.language}.\n\nRequested in #${plan.number} by @${plan.actor}.`,
  })
  return pr ? `opened #${pr.number}` : 'would open a PR (dry run)'
}

/** A commit on the PR's head branch made by an earlier delivery of this comment. */
async function existingCommit(plan: Plan): Promise<string | undefined> {
  const { data } = await plan.run.github.rest.pulls.listCommits({
    ...plan.run.repo,
    pull_number: plan.number,
    per_page: 100,
  })
  const trailer = trailerFor(plan.commentId)
  return data.find((c) => c.commit.message.split('\n').includes(trailer))?.sha
}

interface Writer {
  /** What an earlier delivery already wrote, as the reply's link, or undefined. */
  done(plan: Plan): Promise<string | undefined>
  write(plan: Plan, results: Result[]): Promise<string>
}

const toIssue: Writer = {
  async done(plan) {
    return (await branchExists(plan)) ? openPull(plan) : undefined
  },
  async write(plan, results) {
    const sha = await createCommit(plan, results)
    try {
      await plan.run.github.rest.git.createRef({
        ...plan.where.repo,
        ref: `refs/heads/${branchFor(plan.commentId)}`,
        sha,
      })
    } catch (error) {
      // A concurrent delivery of the same comment created it first: its PR is the answer.
      if (httpStatus(error) !== 422) throw error
    }
    return openPull(plan)
  },
}

const toPullHead: Writer = {
  async done(plan) {
    const sha = await existingCommit(plan)
    return sha ? `committed ${sha.slice(0, 7)} to \`${plan.where.branch}\`` : undefined
  },
  async write(plan, results) {
    const sha = await createCommit(plan, results)
    try {
      await plan.run.github.rest.git.updateRef({
        ...plan.where.repo,
        ref: `heads/${plan.where.branch}`,
        sha,
        force: false,
      })
    } catch (error) {
      if (httpStatus(error) === 422)
        throw new Refusal('The branch moved while I was translating; run `/gt` again.')
      throw error
    }
    return `committed ${sha.slice(0, 7)} to \`${plan.where.branch}\``
  },
}

/** Where the translation goes, by where the command was written. */
const WRITERS: Record<Place['kind'], Writer> = { issue: toIssue, pull: toPullHead, fork: toPullHead }

// ---- reply -------------------------------------------------------------------------------------

const replyMarker = (commentId: number) => marker(`gpt-translate:${commentId}`)

/** Whether the token's own user already answered this comment (a re-delivered event). */
async function answered(run: ActionRun, number: number, commentId: number, viewer: string): Promise<boolean> {
  const tag = replyMarker(commentId)
  for await (const page of run.github.paginate.iterator(run.github.rest.issues.listComments, {
    ...run.repo,
    issue_number: number,
    per_page: 100,
  })) {
    if (page.data.some((c) => sameLogin(c.user?.login ?? '', viewer) && c.body?.includes(tag))) return true
  }
  return false
}

function summary(plan: Plan, results: Result[], link: string, started: number): string {
  const { llm } = plan
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const chunks = results.reduce((n, r) => n + r.out.chunks, 0)
  const lines = results.map((r) => `- \`${r.pair.input}\` → \`${r.pair.output}\``)
  plan.run.report.sections.push(
    `gpt-translate: ${results.length} file(s), ${chunks} chunk(s), ${llm.usage.calls} model call(s), ${seconds} s.`,
  )
  return `${link}: translated ${results.length} file(s) into ${plan.request.language}.\n\n${lines.join('\n')}\n\n${chunks} chunk(s), ${llm.usage.calls} model call(s), ${llm.usage.promptTokens + llm.usage.completionTokens} tokens (${llm.usage.promptTokens} prompt, ${llm.usage.completionTokens} completion), ${seconds} s, model ${llm.model}.`
}

// ---- the pipeline ------------------------------------------------------------------------------

export async function gptTranslate(run: ActionRun): Promise<void> {
  const { eventName, payload } = run.ctx
  if (eventName !== 'issue_comment' || payload.action !== 'created')
    return run.report.skip(`gpt-translate reads new comments, not ${eventName} ${payload.action ?? ''}`)
  if (run.skipBotSender()) return
  const body = String(payload.comment?.body ?? '')
  if (isBosunText(body)) return run.report.skip('text written by bosun')
  const [command] = parseCommands(body).filter((c) => COMMANDS.has(c.name))
  if (!command) return run.report.skip('no /gt command')
  const [issue, comment] = [carried(payload.issue, 'issue'), carried(payload.comment, 'comment')]
  const ids = {
    number: Number(issue.number),
    isPull: !!issue.pull_request,
    actor: String(comment.user?.login ?? ''),
    commentId: Number(comment.id),
  }
  const reply = async (text: string, ok: boolean) => {
    await react(run.github, run.repo, { kind: 'issue_comment', id: ids.commentId }, ok ? '+1' : 'confused')
    await run.github.rest.issues.createComment({
      ...run.repo,
      issue_number: ids.number,
      body: `${replyMarker(ids.commentId)}\n@${ids.actor} ${text}`,
    })
    run.report.result.comments.push(ok ? 'gpt-translate result' : 'gpt-translate refusal')
  }

  const { config, viewer } = await run.preflight()
  if (await run.sentBySelf()) return run.report.skip('event sent by the bot itself')
  if (await answered(run, ids.number, ids.commentId, viewer))
    return run.report.skip(`comment ${ids.commentId} was already answered (a re-delivered event)`)
  if (!(await run.permissions.isCollaborator(ids.actor)))
    return reply('`/gt` is for collaborators (write access or above).', false)
  if (!run.ctx.inputs.openaiApiKey) {
    run.log.notice('gpt-translate: no openai-api-key; nothing translated.')
    return reply('translation is not set up here: the workflow passes no `openai-api-key`.', false)
  }
  const started = Date.now()
  try {
    const plan = await limits(run, config, command, ids)
    const writer = WRITERS[plan.where.kind]
    const earlier = await writer.done(plan)
    if (earlier) {
      run.report.result.files.push(...files(plan.pairs))
      return reply(`${earlier}: this comment was already translated.`, true)
    }
    const results = await translate(plan, await read(plan))
    check(results)
    const link = await writer.write(plan, results)
    run.report.result.files.push(...files(plan.pairs))
    await reply(summary(plan, results, link, started), true)
  } catch (error) {
    if (error instanceof Refusal) return reply(error.message, false)
    await reply(`the translation failed: ${firstLine(error)}. Nothing was committed.`, false)
    throw error
  }
}

export const entry: PartEntry = { name: 'gpt-translate', body: gptTranslate }
export const run = () => runEntry(entry)
