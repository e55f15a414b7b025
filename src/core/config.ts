// Loads .github/bosun.yml from the default branch (never from a PR head), validates it against
// the schema and fills in defaults. An invalid file is one error listing every problem.
import { Ajv, type ErrorObject } from 'ajv'
import { closest } from 'fastest-levenshtein'
import { parseDocument } from 'yaml'
import { configSchema } from './config-schema.js'
import { DURATION_HINT, parseDuration } from './duration.js'
import { regexProblem } from './regex.js'
import { firstLine } from './github.js'

export type Level = 'anyone' | 'author' | 'collaborator' | 'reviewer' | 'approver'

export interface CustomCommand {
  /** A level, or the users and `@org/team`s who may run it. */
  permission?: Level | string[]
  reply?: string
  /** `commenter`: assign the issue or PR to whoever ran the command. */
  assign?: 'commenter'
  /** A milestone title, or `latest` (the open milestone due last). */
  milestone?: string
  labels?: string[]
  close?: boolean
  dispatch?: { workflow: string; ref?: string }
  description?: string
}

export interface LabelDefinition {
  name: string
  color?: string
  description?: string
  previously?: string[]
}

export interface RequiredLabelRule {
  /** RE2 pattern; validated when the config is read. */
  match: string
  missing: string
  on: Array<'issues' | 'pulls'>
  comment?: string
}

export interface Config {
  commands: { disabled: string[]; custom: Record<string, CustomCommand> }
  permissions: Record<string, Level>
  lgtm: { resetOnPush: boolean; reviewActsAsLgtm: boolean; keepOnSameTree: boolean }
  approve: { requireSelfApproval: boolean }
  reviewers: { count: number }
  labels: {
    additional: string[]
    restricted: Record<string, { allowed: string[] }>
    paths: Record<string, string[]>
    definitions: LabelDefinition[]
    deleteUndeclared: boolean
    /** Prow's require-matching-label rules. */
    require: RequiredLabelRule[]
  }
  size: { thresholds: { s: number; m: number; l: number; xl: number; xxl: number }; ignore: string[] }
  rules: { title?: string; commitMessage?: string; issueHeadings: string[] }
  welcome: { pr: string | false; issue: string | false }
  merge: {
    method: 'merge' | 'squash' | 'rebase'
    requireLabels: string[]
    blockLabels: string[]
    requiredContexts: string[]
    ignoredContexts: string[]
    updateBranch: boolean
    deleteBranch: boolean
    maxPerRun: number
    commitTitle?: string
    /** Base branch → milestone title set on merge (Prow's milestone-applier). */
    milestones: Record<string, string>
  }
  translate: {
    target: string
    mode: 'comment' | 'edit'
    modifyTitle: boolean
    model: string
    budget: { maxChars: number; callsPerUserPerHour: number }
  }
  gptTranslate: { maxFiles: number; maxBytes: number; frontMatterKeys: string[]; chunkTokens?: number }
  /** The pinned issue the sweep keeps up to date with the merge pool. */
  dashboard: { enabled: boolean; title: string }
  /** `/release`: who may run it, and the workflow to dispatch instead of tagging directly. */
  release: { allowed: string[]; workflow?: string }
  /** Label and comment while a PR conflicts with its base (on unless `needs-rebase: false`). */
  needsRebase: boolean
  /** Inactivity automation; undefined (off) until `lifecycle:` is configured. */
  lifecycle?: LifecycleConfig
  /** Where the config came from, for messages; undefined when defaults were used. */
  source?: string
}

/** A duration as written (for comments) and in milliseconds. */
export interface Duration {
  text: string
  ms: number
}

export interface LifecycleConfig {
  stale: Duration
  rotten: Duration
  close: Duration | false
  exemptLabels: string[]
  on: Array<'issues' | 'pulls'>
}

const durationOf = (text: string | undefined, fallback: string): Duration => {
  const chosen = text ?? fallback
  return { text: chosen, ms: parseDuration(chosen) ?? parseDuration(fallback)! }
}

function resolveLifecycle(l: RawLifecycle | null | undefined): LifecycleConfig | undefined {
  if (l === undefined || l === null) return undefined
  return {
    stale: durationOf(l.stale, '90d'),
    rotten: durationOf(l.rotten, '30d'),
    close: l.close === false ? false : durationOf(l.close, '30d'),
    exemptLabels: l['exempt-labels'] ?? ['lifecycle/frozen'],
    on: l.on ?? ['issues', 'pulls'],
  }
}

export const DEFAULT_WELCOME_PR =
  'Thanks for your first pull request here! A reviewer will take a look soon. Type `/commands` in a comment to see what the bot can do.'
export const DEFAULT_WELCOME_ISSUE =
  'Thanks for opening your first issue here! A maintainer will triage it soon. Type `/commands` in a comment to see what the bot can do.'

/** The raw file shape (kebab-case keys, all optional), as the schema accepts it. */
export interface RawConfig {
  commands?: { disabled?: string[]; custom?: Record<string, CustomCommand> }
  permissions?: Record<string, Level>
  lgtm?: { 'reset-on-push'?: boolean; 'review-acts-as-lgtm'?: boolean; 'keep-on-same-tree'?: boolean }
  approve?: { 'require-self-approval'?: boolean }
  reviewers?: { count?: number }
  labels?: {
    additional?: string[]
    restricted?: Record<string, { allowed: string[] }>
    paths?: Record<string, string[]>
    definitions?: LabelDefinition[]
    'delete-undeclared'?: boolean
    require?: Array<Omit<RequiredLabelRule, 'on'> & Partial<Pick<RequiredLabelRule, 'on'>>>
  }
  size?: { thresholds?: Partial<Config['size']['thresholds']>; ignore?: string[] }
  rules?: { title?: string; 'commit-message'?: string; 'issue-headings'?: string[] }
  welcome?: { pr?: string | false; issue?: string | false }
  merge?: {
    method?: Config['merge']['method']
    'require-labels'?: string[]
    'block-labels'?: string[]
    'required-contexts'?: string[]
    'ignored-contexts'?: string[]
    'update-branch'?: boolean
    'delete-branch'?: boolean
    'max-per-run'?: number
    'commit-title'?: string
    milestones?: Record<string, string>
  }
  translate?: {
    target?: string
    mode?: Config['translate']['mode']
    'modify-title'?: boolean
    model?: string
    budget?: { 'max-chars'?: number; 'calls-per-user-per-hour'?: number }
  }
  'gpt-translate'?: {
    'max-files'?: number
    'max-bytes'?: number
    'front-matter-keys'?: string[]
    'chunk-tokens'?: number
  }
  dashboard?: { enabled?: boolean; title?: string }
  release?: { allowed?: string[]; workflow?: string }
  'needs-rebase'?: boolean
  lifecycle?: RawLifecycle | null
}

interface RawLifecycle {
  stale?: string
  rotten?: string
  close?: string | false
  'exempt-labels'?: string[]
  on?: LifecycleConfig['on']
}

/** A JSON Schema node, as far as suggesting a key needs it. */
interface SchemaNode {
  properties?: Record<string, SchemaNode>
  items?: SchemaNode
  additionalProperties?: SchemaNode | boolean
}

/** Turns a validated raw object into a complete Config. */
export function resolveConfig(raw: RawConfig = {}, source?: string): Config {
  const c = raw.commands ?? {}
  const l = raw.labels ?? {}
  const s = raw.size ?? {}
  const m = raw.merge ?? {}
  const t = raw.translate ?? {}
  const w = raw.welcome ?? {}
  return {
    commands: { disabled: (c.disabled ?? []).map((n: string) => n.toLowerCase()), custom: c.custom ?? {} },
    permissions: raw.permissions ?? {},
    lgtm: {
      resetOnPush: raw.lgtm?.['reset-on-push'] ?? true,
      reviewActsAsLgtm: raw.lgtm?.['review-acts-as-lgtm'] ?? false,
      keepOnSameTree: raw.lgtm?.['keep-on-same-tree'] ?? false,
    },
    approve: { requireSelfApproval: raw.approve?.['require-self-approval'] ?? false },
    reviewers: { count: raw.reviewers?.count ?? 2 },
    labels: {
      additional: l.additional ?? [],
      restricted: l.restricted ?? {},
      paths: l.paths ?? {},
      definitions: l.definitions ?? [],
      deleteUndeclared: l['delete-undeclared'] ?? false,
      require: (l.require ?? []).map((r) => ({ on: ['issues', 'pulls'], ...r })),
    },
    size: {
      thresholds: { s: 10, m: 30, l: 100, xl: 500, xxl: 1000, ...(s.thresholds ?? {}) },
      ignore: s.ignore ?? [],
    },
    rules: {
      title: raw.rules?.title,
      commitMessage: raw.rules?.['commit-message'],
      issueHeadings: raw.rules?.['issue-headings'] ?? [],
    },
    welcome: { pr: w.pr ?? DEFAULT_WELCOME_PR, issue: w.issue ?? DEFAULT_WELCOME_ISSUE },
    merge: {
      method: m.method ?? 'merge',
      requireLabels: m['require-labels'] ?? ['lgtm', 'approved'],
      blockLabels: m['block-labels'] ?? ['do-not-merge/*', 'needs-rebase', 'needs-ok-to-test'],
      requiredContexts: m['required-contexts'] ?? [],
      ignoredContexts: m['ignored-contexts'] ?? [],
      updateBranch: m['update-branch'] ?? false,
      deleteBranch: m['delete-branch'] ?? false,
      maxPerRun: m['max-per-run'] ?? 10,
      commitTitle: m['commit-title'],
      milestones: m.milestones ?? {},
    },
    translate: {
      target: t.target ?? 'en',
      mode: t.mode ?? 'comment',
      modifyTitle: t['modify-title'] ?? false,
      model: t.model ?? 'gpt-4o-mini',
      budget: {
        maxChars: t.budget?.['max-chars'] ?? 20000,
        callsPerUserPerHour: t.budget?.['calls-per-user-per-hour'] ?? 20,
      },
    },
    gptTranslate: {
      maxFiles: raw['gpt-translate']?.['max-files'] ?? 50,
      maxBytes: raw['gpt-translate']?.['max-bytes'] ?? 1048576,
      frontMatterKeys: raw['gpt-translate']?.['front-matter-keys'] ?? ['title', 'description'],
      chunkTokens: raw['gpt-translate']?.['chunk-tokens'],
    },
    dashboard: { enabled: raw.dashboard?.enabled ?? false, title: raw.dashboard?.title ?? 'bosun dashboard' },
    release: { allowed: raw.release?.allowed ?? [], workflow: raw.release?.workflow },
    needsRebase: raw['needs-rebase'] ?? true,
    lifecycle: resolveLifecycle(raw.lifecycle),
    source,
  }
}

export class ConfigError extends Error {
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`Invalid config ${path}:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

let validator: ReturnType<Ajv['compile']> | undefined
function validate(raw: unknown) {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: true, verbose: true })
    // Config patterns run in RE2 (linear time): valid means valid RE2 syntax.
    ajv.addFormat('regex', (text: string) => regexProblem(text) === undefined)
    ajv.addFormat('duration', (text: string) => parseDuration(text) !== undefined)
    validator = ajv.compile(configSchema)
  }
  const ok = validator(raw)
  return ok ? [] : (validator.errors ?? [])
}

/** The schema node at a JSON pointer, to suggest the closest valid key for a misspelling. */
function schemaAt(pointer: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = configSchema as SchemaNode
  for (const part of pointer.split('/').filter(Boolean)) {
    if (!node) return undefined
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~')
    if (node.properties && key in node.properties) node = node.properties[key]
    else if (node.items && /^\d+$/.test(key)) node = node.items
    else if (typeof node.additionalProperties === 'object') node = node.additionalProperties
    else return undefined
  }
  return node
}

function keyPath(pointer: string): string {
  const parts = pointer
    .split('/')
    .filter(Boolean)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '')
}

/** Whether an anyOf failed at `path` because a duration branch did (`lifecycle.close: soon`). */
const durationBranchFailed = (errors: ErrorObject[], path: string) =>
  errors.some(
    (x) =>
      x.instancePath === path &&
      x.keyword === 'format' &&
      (x.params as { format: string }).format === 'duration',
  )

export function describeProblems(errors: ErrorObject[]): string[] {
  const problems: string[] = []
  // Branch errors of an anyOf repeat what its own summary says; keep only the summary.
  for (const e of errors.filter((x) => !/\/anyOf\/\d+\//.test(x.schemaPath))) {
    const at = keyPath(e.instancePath) || '(top level)'
    if (e.keyword === 'additionalProperties') {
      const key = (e.params as { additionalProperty: string }).additionalProperty
      const full = keyPath(`${e.instancePath}/${key}`)
      const valid = Object.keys(schemaAt(e.instancePath)?.properties ?? {})
      const hint = valid.length ? `; did you mean "${closest(key, valid)}"?` : ''
      problems.push(`${full}: unknown key${hint}`)
    } else if (e.keyword === 'enum') {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues
      problems.push(`${at}: must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`)
    } else if (e.keyword === 'format' && (e.params as { format: string }).format === 'regex') {
      const reason = regexProblem(String(e.data))
      problems.push(
        `${at}: not a valid regular expression (RE2 syntax: no lookaround or backreferences)${reason ? `: ${reason}` : ''}`,
      )
    } else if (e.keyword === 'format' && (e.params as { format: string }).format === 'duration') {
      problems.push(`${at}: ${JSON.stringify(e.data)} is not a duration: ${DURATION_HINT}`)
    } else if (e.keyword === 'anyOf' && durationBranchFailed(errors, e.instancePath)) {
      problems.push(`${at}: ${JSON.stringify(e.data)} is not a duration or false: ${DURATION_HINT}`)
    } else if (e.keyword === 'anyOf') {
      problems.push(`${at}: must be a non-empty string or false`)
    } else if (e.keyword === 'propertyNames' || e.keyword === 'pattern') {
      if (e.keyword === 'propertyNames') {
        const name = (e.params as { propertyName: string }).propertyName
        problems.push(
          `${keyPath(`${e.instancePath}/${name}`)}: name must be lower-case letters, digits and dashes`,
        )
      } else {
        problems.push(`${at}: ${e.message}`)
      }
    } else {
      problems.push(`${at}: ${e.message}`)
    }
  }
  return [...new Set(problems)]
}

/** Parses and validates YAML text; throws ConfigError listing every problem. */
export function parseConfig(text: string, path: string): Config {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true })
  if (doc.errors.length) {
    throw new ConfigError(
      path,
      doc.errors.map((e) => `YAML ${e.linePos ? `line ${e.linePos[0].line}` : ''}: ${firstLine(e.message)}`),
    )
  }
  const raw: unknown = doc.toJS() ?? {}
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new ConfigError(path, ['(top level): must be a mapping'])
  const errors = validate(raw)
  if (errors.length) throw new ConfigError(path, describeProblems(errors))
  return resolveConfig(raw as RawConfig, path) // the schema accepted it
}
