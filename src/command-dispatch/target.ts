// The issue or PR a command acts on, built from the event payload. Labels are tracked locally so
// several commands in one comment see each other's effects and idempotent changes make no request.
import type { ActionRun } from '../core/action.js'
import type { Payload } from '../core/context.js'
import { loadOwners, OwnersTree } from '../core/owners.js'
import * as writes from '../core/writes.js'

export interface TargetData {
  number: number
  isPull: boolean
  author: string
  title: string
  state: string
  labels: string[]
  assignees: string[]
  /** PR only. */
  headSha?: string
  baseRef?: string
  draft?: boolean
  sameRepository?: boolean
}

/** Reads the issue or PR from the payloads of the events command-dispatch handles. */
export function targetFromPayload(payload: Payload): TargetData | undefined {
  const item = payload.pull_request ?? payload.issue
  if (!item || typeof item.number !== 'number') return undefined
  const isPull = !!payload.pull_request || !!payload.issue?.pull_request
  const pr = payload.pull_request
  return {
    number: item.number,
    isPull,
    author: String(item.user?.login ?? ''),
    title: String(item.title ?? ''),
    state: String(item.state ?? 'open'),
    labels: (item.labels ?? []).map((l: { name?: string } | string) =>
      typeof l === 'string' ? l : String(l.name),
    ),
    assignees: (item.assignees ?? []).map((a: { login: string }) => a.login),
    headSha: pr?.head?.sha,
    baseRef: pr?.base?.ref,
    draft: pr?.draft,
    sameRepository: pr ? pr.head?.repo?.full_name === pr.base?.repo?.full_name : undefined,
  }
}

export class Target {
  private labelSet: Map<string, string>
  private pullPromise?: Promise<{ headSha: string; baseRef: string; draft: boolean; sameRepository: boolean }>
  private filesPromise?: Promise<string[]>
  private ownersPromise?: Promise<OwnersTree>

  constructor(
    private readonly run: ActionRun,
    readonly data: TargetData,
  ) {
    this.labelSet = new Map(data.labels.map((l) => [l.toLowerCase(), l]))
  }

  get number() {
    return this.data.number
  }
  get isPull() {
    return this.data.isPull
  }
  get author() {
    return this.data.author
  }
  get labels(): string[] {
    return [...this.labelSet.values()]
  }

  hasLabel(name: string): boolean {
    return this.labelSet.has(name.toLowerCase())
  }

  /** Adds the labels not already present in one request; records them in the report. */
  async addLabels(names: string[]): Promise<void> {
    const missing = [...new Set(names)].filter((n) => !this.hasLabel(n))
    if (!missing.length) return
    await writes.addLabels(this.run.github, this.run.repo, this.number, missing)
    for (const n of missing) this.labelSet.set(n.toLowerCase(), n)
    this.run.report.result.labelsAdded.push(...missing)
  }

  async removeLabel(name: string): Promise<void> {
    const present = this.labelSet.get(name.toLowerCase())
    if (!present) return
    await writes.removeLabel(this.run.github, this.run.repo, this.number, present)
    this.labelSet.delete(name.toLowerCase())
    this.run.report.result.labelsRemoved.push(present)
  }

  /** PR details that issue_comment payloads lack (head SHA, base branch), fetched once. */
  pull(): Promise<{ headSha: string; baseRef: string; draft: boolean; sameRepository: boolean }> {
    if (!this.isPull) throw new Error('not a pull request')
    if (this.data.headSha && this.data.baseRef) {
      return Promise.resolve({
        headSha: this.data.headSha,
        baseRef: this.data.baseRef,
        draft: !!this.data.draft,
        sameRepository: !!this.data.sameRepository,
      })
    }
    this.pullPromise ??= this.run.github.rest.pulls
      .get({ ...this.run.repo, pull_number: this.number })
      .then(({ data }) => ({
        headSha: data.head.sha,
        baseRef: data.base.ref,
        draft: !!data.draft,
        sameRepository: data.head.repo?.full_name === data.base.repo.full_name,
      }))
    return this.pullPromise
  }

  /** Changed files of a PR (every page), fetched once; [] on an issue. */
  files(): Promise<string[]> {
    if (!this.isPull) return Promise.resolve([])
    this.filesPromise ??= this.run.github
      .paginate(this.run.github.rest.pulls.listFiles, {
        ...this.run.repo,
        pull_number: this.number,
        per_page: 100,
      })
      .then((files) =>
        files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])),
      )
    return this.filesPromise
  }

  /** OWNERS for the changed files, read from the PR's base branch (the default branch on issues). */
  owners(): Promise<OwnersTree> {
    this.ownersPromise ??= (async () => {
      const [files, ref] = await Promise.all([
        this.files(),
        this.isPull ? this.pull().then((p) => p.baseRef) : this.defaultBranch(),
      ])
      return loadOwners(this.run.github, this.run.repo, ref, files.length ? files : ['OWNERS'])
    })()
    return this.ownersPromise
  }

  private async defaultBranch(): Promise<string> {
    const fromPayload = this.run.ctx.payload.repository?.default_branch
    if (fromPayload) return String(fromPayload)
    const { data } = await this.run.github.rest.repos.get({ ...this.run.repo })
    return data.default_branch
  }
}
