// /ok-to-test, /retest and /test: CI control for the PR's current head SHA. /ok-to-test also
// approves the head's workflow runs that GitHub holds for approval (label-policy does it again on
// each push while the PR stays ok-to-test); `/test ?` lists what `/test` can run.
import type { ApprovedRuns } from '../../core/approve-runs.js'
import { splitArgs } from '../../core/commands.js'
import type { HeadRun } from '../target.js'
import { done, refuse, type CommandContext, type CommandSpec, type Outcome } from '../types.js'

export const NEEDS_OK_TO_TEST = 'needs-ok-to-test'
export const OK_TO_TEST = 'ok-to-test'
const FAILED = new Set(['failure', 'timed_out', 'cancelled', 'startup_failure'])

function gate(ctx: CommandContext): Outcome | undefined {
  if (ctx.target.hasLabel(NEEDS_OK_TO_TEST)) {
    return refuse(`This PR needs \`/ok-to-test\` from a collaborator before its tests can be run.`)
  }
  return undefined
}

/** `/test ?` or a bare `/test` asks what can be run; anything else names workflows. */
export function testRequest(args: string): { list: true } | { list: false; names: string[] } {
  const names = splitArgs(args).map((n) => n.toLowerCase())
  return !names.length || (names.length === 1 && names[0] === '?') ? { list: true } : { list: false, names }
}

/** The reply to `/test ?`: each workflow that ran for the head once, by the names `/test` takes. */
export function runnableList(runs: Array<{ name?: string | null; path?: string }>, headSha: string): string {
  const short = headSha.slice(0, 7)
  const names = [...new Set(runs.map((r) => String(r.name ?? '')).filter(Boolean))].sort()
  if (!names.length) return `No workflow has run for ${short} yet, so \`/test\` has nothing to re-run.`
  const rows = names.map((n) => {
    const file = runs
      .find((r) => r.name === n)
      ?.path?.split('/')
      .pop()
    return `- \`${n}\`${file ? ` (\`${file}\`)` : ''}`
  })
  return [`Workflows \`/test\` can re-run for ${short} (or \`/test all\`):`, '', ...rows].join('\n')
}

/** What /ok-to-test says about the runs it started; nothing when none was waiting. */
export function approvedNote(result: ApprovedRuns): string | undefined {
  const names = [...result.approved, ...result.rerun]
  if (!names.length) return undefined
  return `Approved the workflow runs waiting for a maintainer: ${names.map((n) => `\`${n}\``).join(', ')}.`
}

export const ciCommands: CommandSpec[] = [
  {
    name: 'ok-to-test',
    help: `Marks a PR from a non-collaborator as safe to test: removes \`${NEEDS_OK_TO_TEST}\`, adds \`${OK_TO_TEST}\`, and approves the head's workflow runs waiting for approval (again after each push while the label stays).`,
    who: 'collaborator',
    on: 'pull',
    group: 'ci',
    async run({ target }) {
      await target.removeLabel(NEEDS_OK_TO_TEST)
      await target.addLabels([OK_TO_TEST])
      return done(approvedNote(await target.approveWaitingRuns()))
    },
  },
  {
    name: 'retest',
    help: 'Re-runs the failed jobs of every failed workflow run for the PR head.',
    who: 'author',
    on: 'pull',
    group: 'ci',
    async run(ctx) {
      const blocked = gate(ctx)
      if (blocked) return blocked
      const { headSha, runs } = await ctx.target.headRuns()
      const failed = runs.filter((r) => r.status === 'completed' && FAILED.has(String(r.conclusion)))
      if (!failed.length) return done(`No failed workflow run for ${headSha.slice(0, 7)}; nothing to re-run.`)
      for (const run of failed) await ctx.target.rerun(run.id, 'failed')
      return done(`Re-running failed jobs of ${failed.map((r) => `\`${r.name}\``).join(', ')}.`)
    },
  },
  {
    name: 'test',
    usage: 'NAME…|all|?',
    help: 'Re-runs the named workflows (by name or file name), or all of them, for the PR head; `/test ?` (or `/test` alone) lists them.',
    who: (args) => (testRequest(args).list ? 'anyone' : 'author'),
    whoText: 'anyone (listing); the author or a collaborator (running)',
    on: 'pull',
    group: 'ci',
    example: '/test build',
    async run(ctx) {
      const request = testRequest(ctx.args)
      if (request.list) {
        const { headSha, runs } = await ctx.target.headRuns()
        const list = runnableList(runs, headSha)
        return done(gate(ctx) ? `${list}\n\nThis PR needs \`/ok-to-test\` from a collaborator first.` : list)
      }
      const blocked = gate(ctx)
      if (blocked) return blocked
      const names = request.names
      const { runs } = await ctx.target.headRuns()
      const file = (path: string | undefined) => (path ?? '').split('/').pop()?.toLowerCase() ?? ''
      const matches = (r: HeadRun, n: string) =>
        String(r.name).toLowerCase() === n || file(r.path) === n || file(r.path).replace(/\.ya?ml$/, '') === n
      const chosen = names.includes('all') ? runs : runs.filter((r) => names.some((n) => matches(r, n)))
      const missing = names.filter((n) => n !== 'all' && !runs.some((r) => matches(r, n)))
      if (missing.length || !chosen.length) {
        const available = [...new Set(runs.map((r) => `\`${r.name}\``))].join(', ')
        return refuse(
          `No workflow run named ${missing.map((m) => `\`${m}\``).join(', ') || 'that'} for this PR head. ${available ? `Available: ${available}.` : 'No workflow has run for it yet.'}`,
        )
      }
      const running = chosen.filter((r) => r.status !== 'completed')
      if (running.length)
        return refuse(
          `${running.map((r) => `\`${r.name}\``).join(', ')} ${running.length > 1 ? 'are' : 'is'} still running.`,
        )
      for (const run of chosen) await ctx.target.rerun(run.id, 'all')
      return done(`Re-running ${chosen.map((r) => `\`${r.name}\``).join(', ')}.`)
    },
  },
]
