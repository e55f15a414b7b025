// Commands a repository defines in config (`commands.custom`): reply, labels, close, and
// workflow_dispatch with `key=value` arguments as inputs (only inputs the workflow declares). Those
// inputs are whatever the commenter typed: untrusted text, so each is one line of bounded length;
// the workflow must still treat them as data (never interpolate them into `run:`).
import { httpStatus } from '../../core/github.js'
import { parse } from 'yaml'
import type { CustomCommand } from '../../core/config.js'
import { splitArgs } from '../../core/commands.js'
import { isAllowedFor } from '../../core/labels.js'
import { member } from '../../core/unknown.js'
import type { Milestone } from '../target.js'
import { done, refuse, type CommandContext, type CommandSpec, type Outcome } from '../types.js'

/** Inputs a workflow declares under `on.workflow_dispatch.inputs`, or undefined if it has no such trigger. */
export function declaredInputs(workflowYaml: string): string[] | undefined {
  const doc: unknown = parse(workflowYaml) ?? {}
  const on = member(doc, 'on') ?? member(doc, 'true') // YAML 1.1 readers turn a bare `on` key into true
  if (on === 'workflow_dispatch' || (Array.isArray(on) && on.includes('workflow_dispatch'))) return []
  if (!on || typeof on !== 'object' || !('workflow_dispatch' in on)) return undefined
  return Object.keys(member(on.workflow_dispatch, 'inputs') ?? {})
}

/** Longest value a dispatch input may have. */
export const MAX_INPUT_CHARS = 256
// Line breaks of every kind (NEL and the Unicode separators too) and other control characters.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

export function parseKeyValues(args: string): {
  inputs: Record<string, string>
  invalid: string[]
  unsafe: string[]
} {
  const inputs: Record<string, string> = {}
  const invalid: string[] = []
  const unsafe: string[] = []
  for (const word of splitArgs(args)) {
    const [, name, value] = /^([A-Za-z_][A-Za-z0-9_-]*)=(.*)$/s.exec(word) ?? []
    if (name === undefined || value === undefined) invalid.push(word)
    else if (CONTROL.test(value) || value.length > MAX_INPUT_CHARS) unsafe.push(name)
    else inputs[name] = value
  }
  return { inputs, invalid, unsafe }
}

async function dispatch(ctx: CommandContext, spec: NonNullable<CustomCommand['dispatch']>): Promise<Outcome> {
  const { github, repo } = ctx.run
  const { inputs, invalid, unsafe } = parseKeyValues(ctx.args)
  if (invalid.length)
    return refuse(
      `Arguments must be \`key=value\`; not understood: ${invalid.map((w) => `\`${w.slice(0, 40)}\``).join(', ')}.`,
    )
  if (unsafe.length)
    return refuse(
      `Input values must be one line of at most ${MAX_INPUT_CHARS} characters without control characters; refused: ${unsafe.map((k) => `\`${k}\``).join(', ')}.`,
    )
  const workflowPath = spec.workflow.includes('/') ? spec.workflow : `.github/workflows/${spec.workflow}`
  let ref = spec.ref
  if (!ref) ref = (await github.rest.repos.get({ ...repo })).data.default_branch
  let text: string
  try {
    const res = await github.rest.repos.getContent({
      ...repo,
      path: workflowPath,
      ref,
      mediaType: { format: 'raw' },
    })
    // format: 'raw' answers the file's text; Octokit types the JSON form.
    text = res.data as unknown as string
  } catch (error) {
    if (httpStatus(error) === 404)
      return refuse(`The workflow \`${workflowPath}\` does not exist on \`${ref}\`.`)
    throw error
  }
  const declared = declaredInputs(text)
  if (!declared) return refuse(`\`${workflowPath}\` has no \`workflow_dispatch\` trigger.`)
  const extra = Object.keys(inputs).filter((k) => !declared.includes(k))
  if (extra.length) {
    return refuse(
      `\`${workflowPath}\` does not declare the input${extra.length > 1 ? 's' : ''} ${extra.map((k) => `\`${k}\``).join(', ')}. Declared: ${declared.map((k) => `\`${k}\``).join(', ') || '(none)'}.`,
    )
  }
  await github.rest.actions.createWorkflowDispatch({
    ...repo,
    workflow_id: workflowPath.split('/').pop()!,
    ref,
    inputs,
  })
  return done(`Started \`${workflowPath}\` on \`${ref}\`.`)
}

export type MilestoneInfo = Milestone

/**
 * The milestone `milestone:` names among the open ones: a title (exact, else case-insensitive), or
 * `latest` = the one due last; when none has a due date, the one created last (highest number).
 * Milestones without a due date rank below dated ones.
 */
export function chooseMilestone(open: MilestoneInfo[], wanted: string): MilestoneInfo | undefined {
  if (wanted.toLowerCase() !== 'latest')
    return (
      open.find((m) => m.title === wanted) ?? open.find((m) => m.title.toLowerCase() === wanted.toLowerCase())
    )
  return [...open].sort((a, b) => (b.due_on ?? '').localeCompare(a.due_on ?? '') || b.number - a.number)[0]
}

/** The open milestone to set, looked up before anything changes, or the refusal. */
async function findMilestone(ctx: CommandContext, wanted: string): Promise<MilestoneInfo | Outcome> {
  const milestone = chooseMilestone(await ctx.target.openMilestones(), wanted)
  if (!milestone)
    return refuse(
      wanted.toLowerCase() === 'latest'
        ? 'This repository has no open milestone to set.'
        : `There is no open milestone \`${wanted}\`.`,
    )
  return milestone
}

async function assignCommenter(ctx: CommandContext): Promise<Outcome> {
  const assignees = await ctx.target.addAssignees([ctx.actor])
  // GitHub silently drops assignees who lack access to the repository.
  if (!assignees.some((a) => a.toLowerCase() === ctx.actor.toLowerCase()))
    return refuse(`GitHub did not assign @${ctx.actor}: they may lack access to this repository.`)
  return done()
}

export function customCommand(name: string, def: CustomCommand): CommandSpec {
  const effects = [
    def.reply ? 'replies' : '',
    def.labels?.length ? `adds ${def.labels.map((l) => `\`${l}\``).join(', ')}` : '',
    def.close ? 'closes the issue' : '',
    def.assign === 'commenter' ? 'assigns whoever runs it' : '',
    def.milestone
      ? def.milestone.toLowerCase() === 'latest'
        ? 'sets the latest open milestone'
        : `sets milestone \`${def.milestone}\``
      : '',
    def.dispatch
      ? `starts workflow \`${def.dispatch.workflow}\` (\`key=value\` arguments become inputs: untrusted text, one line of at most ${MAX_INPUT_CHARS} characters each)`
      : '',
  ].filter(Boolean)
  return {
    name,
    usage: def.dispatch ? '[key=value…]' : undefined,
    help: def.description ?? `Custom command: ${effects.join(', ') || 'does nothing'}.`,
    // A list of users and teams is checked in run(): levels cannot name teams.
    who: Array.isArray(def.permission) ? 'anyone' : (def.permission ?? 'collaborator'),
    whoText: Array.isArray(def.permission) ? def.permission.map((p) => `\`${p}\``).join(', ') : undefined,
    group: 'help',
    async run(ctx) {
      if (Array.isArray(def.permission) && !(await isAllowedFor(ctx.run.github, ctx.actor, def.permission)))
        return refuse(`\`/${name}\` is for ${def.permission.map((p) => `\`${p}\``).join(', ')}.`)
      let note: string | undefined
      if (def.dispatch) {
        const outcome = await dispatch(ctx, def.dispatch)
        if (!outcome.ok) return outcome
        note = outcome.note
      }
      const milestone = def.milestone ? await findMilestone(ctx, def.milestone) : undefined
      if (milestone && 'ok' in milestone) return milestone
      if (def.assign === 'commenter') {
        const assigned = await assignCommenter(ctx)
        if (!assigned.ok) return assigned
      }
      if (milestone) await ctx.target.update({ milestone: milestone.number })
      if (def.labels?.length) await ctx.target.addLabels(def.labels)
      if (def.reply) note = note ? `${def.reply}\n\n${note}` : def.reply
      if (def.close && ctx.target.data.state !== 'closed') {
        await ctx.target.update({ state: 'closed' })
      }
      return done(note)
    },
  }
}
