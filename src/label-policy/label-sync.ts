// Label sync: keeps the repository's labels in line with bosun's built-ins and labels.definitions,
// on a push that changes the config, hourly as a backstop, and by hand. planLabelSync decides.
import { lifecycleSweep } from './lifecycle.js'
import type { ActionRun } from '../core/action.js'
import { BUILTIN_LABELS } from '../core/label-definitions.js'
import { declaredLabels, planLabelSync, type SyncOp } from './decisions.js'

export const SYNC_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch'])

/** Why a push needs no sync (not the default branch, config untouched), or undefined. */
function pushSkipReason(run: ActionRun): string | undefined {
  const { payload } = run.ctx
  const defaultRef = `refs/heads/${payload.repository?.default_branch ?? 'main'}`
  if (payload.ref !== defaultRef) return `push to ${payload.ref}, not the default branch`
  const path = run.ctx.inputs.configPath
  const touched = (payload.commits ?? []).some((c) =>
    [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])].includes(path),
  )
  return touched ? undefined : `push did not change ${path}`
}

const labelFields = (label: SyncOp & { op: 'create' | 'update' }) => ({
  ...(label.label.color ? { color: label.label.color } : {}),
  ...(label.label.description !== undefined ? { description: label.label.description } : {}),
})

/** Performs one operation; returns what it did, for the report. */
async function perform(run: ActionRun, op: SyncOp): Promise<string> {
  if (op.op === 'create') {
    await run.github.rest.issues.createLabel({ ...run.repo, name: op.label.name, ...labelFields(op) })
    return `created \`${op.label.name}\``
  }
  if (op.op === 'update') {
    const renamed = op.current !== op.label.name
    await run.github.rest.issues.updateLabel({
      ...run.repo,
      name: op.current,
      ...(renamed ? { new_name: op.label.name } : {}),
      ...labelFields(op),
    })
    return renamed ? `renamed \`${op.current}\` to \`${op.label.name}\`` : `updated \`${op.label.name}\``
  }
  await run.github.rest.issues.deleteLabel({ ...run.repo, name: op.name })
  return `deleted \`${op.name}\``
}

export async function labelSync(run: ActionRun): Promise<void> {
  if (run.ctx.eventName === 'push') {
    const reason = pushSkipReason(run)
    if (reason) return run.report.skip(reason)
  }
  const { config, viewer } = await run.preflight()
  const existing = await run.github.paginate(run.github.rest.issues.listLabelsForRepo, {
    ...run.repo,
    per_page: 100,
  })
  const ops = planLabelSync(
    existing.map((l) => ({ name: l.name, color: l.color, description: l.description })),
    declaredLabels(BUILTIN_LABELS, config.labels.definitions),
    config.labels.deleteUndeclared,
  )
  // One at a time: bulk writes follow GitHub's pace (the client spaces them).
  const done: string[] = []
  for (const op of ops) done.push(await perform(run, op))
  run.report.sections.push(
    done.length
      ? `Label sync:\n\n${done.map((d) => `- ${d}`).join('\n')}`
      : 'Label sync: every label is as declared.',
  )
  // Lifecycle automation rides on the scheduled (and hand-started) sync, never on a config push.
  if (run.ctx.eventName !== 'push' && config.lifecycle)
    run.report.sections.push(await lifecycleSweep(run, config, viewer))
}
