// /ok-to-test, /retest and /test: CI control for the PR's current head SHA.
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

export const ciCommands: CommandSpec[] = [
  {
    name: 'ok-to-test',
    help: `Marks a PR from a non-collaborator as safe to test: removes \`${NEEDS_OK_TO_TEST}\`, adds \`${OK_TO_TEST}\`.`,
    who: 'collaborator',
    on: 'pull',
    group: 'ci',
    async run({ target }) {
      await target.removeLabel(NEEDS_OK_TO_TEST)
      await target.addLabels([OK_TO_TEST])
      return done()
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
    usage: 'NAME…|all',
    help: 'Re-runs the named workflows (by name or file name), or all of them, for the PR head.',
    who: 'author',
    on: 'pull',
    group: 'ci',
    example: '/test build',
    async run(ctx) {
      const blocked = gate(ctx)
      if (blocked) return blocked
      const names = splitArgs(ctx.args).map((n) => n.toLowerCase())
      if (!names.length) return refuse('Name a workflow, or `all`.')
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
