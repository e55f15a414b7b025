// What a run did, collected as it happens: written as the `result` output (JSON) and as a short
// job summary. Dry runs list the writes they would have made instead.
import * as core from '@actions/core'
import type { PlannedWrite } from './github.js'

export interface Result {
  action: string
  event: string
  dryRun: boolean
  skipped?: string
  commands: Array<{ command: string; ok: boolean; message?: string }>
  labelsAdded: string[]
  labelsRemoved: string[]
  comments: string[]
  merged: number[]
  files: string[]
  plannedWrites?: PlannedWrite[]
  error?: string
}

/** When set (by the all-in-one action), results are handed here instead of each setting `result`. */
let collector: ((result: Result) => void) | undefined
export function collectResults(fn: ((result: Result) => void) | undefined): void {
  collector = fn
}

export class Report {
  readonly result: Result
  /** Extra Markdown tables an action adds to its summary (the merge pool, translated files…). */
  readonly sections: string[] = []

  constructor(action: string, event: string, dryRun: boolean) {
    this.result = {
      action,
      event,
      dryRun,
      commands: [],
      labelsAdded: [],
      labelsRemoved: [],
      comments: [],
      merged: [],
      files: [],
    }
  }

  skip(reason: string): void {
    this.result.skipped = reason
  }

  summaryMarkdown(): string {
    const r = this.result
    const lines = [`### bosun ${r.action}${r.dryRun ? ' (dry run)' : ''}`, '']
    if (r.skipped) lines.push(`Nothing to do: ${r.skipped}`)
    if (r.error) lines.push(`**Failed:** ${r.error}`)
    for (const c of r.commands)
      lines.push(`- \`${c.command}\`: ${c.ok ? 'done' : `refused — ${c.message ?? ''}`}`)
    if (r.labelsAdded.length) lines.push(`- Labels added: ${r.labelsAdded.map((l) => `\`${l}\``).join(', ')}`)
    if (r.labelsRemoved.length)
      lines.push(`- Labels removed: ${r.labelsRemoved.map((l) => `\`${l}\``).join(', ')}`)
    if (r.comments.length) lines.push(`- Comments: ${r.comments.join(', ')}`)
    if (r.merged.length) lines.push(`- Merged: ${r.merged.map((n) => `#${n}`).join(', ')}`)
    if (r.files.length) lines.push(`- Files: ${r.files.map((f) => `\`${f}\``).join(', ')}`)
    if (r.plannedWrites?.length) {
      lines.push('', 'Writes a real run would make:', '')
      for (const w of r.plannedWrites) lines.push(`- \`${w.method} ${new URL(w.url).pathname}\``)
    }
    if (lines.length === 2) lines.push('No changes.')
    return [...lines, ...this.sections.map((s) => `\n${s}`)].join('\n') + '\n'
  }

  async publish(): Promise<void> {
    if (collector) collector(this.result)
    else core.setOutput('result', JSON.stringify(this.result))
    if (process.env.GITHUB_STEP_SUMMARY) {
      // write() appends to the file and clears the buffer, so each part adds its own section.
      await core.summary.addRaw(this.summaryMarkdown()).write()
    }
  }
}
