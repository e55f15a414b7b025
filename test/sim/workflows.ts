// Workflow files as GitHub reads them: parsed and converted by GitHub's own parser
// (@actions/workflow-parser), with job `if:` and `concurrency.group` evaluated by GitHub's own
// expression engine (@actions/expressions). The simulator never re-implements either.
import { Evaluator, Lexer, Parser, data } from '@actions/expressions'
import { truthy } from '@actions/expressions/result'
import type { FunctionDefinition } from '@actions/expressions/funcs/info'
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  isBasicExpression,
  isMapping,
  isString,
  parseWorkflow,
} from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import { parse } from 'yaml'
import type { EventsConfig } from '@actions/workflow-parser/model/workflow-template'

export interface Concurrency {
  /** A literal group name or `${{ }}` expression text, as written. */
  group: Expression
  cancelInProgress: boolean
  /** `single` (GitHub's default: one pending run) or `max` (up to 100 pending, in order). */
  queue: 'single' | 'max'
}

/** Either a literal string or an expression to evaluate. */
export type Expression = { literal: string } | { expr: string }

export interface SimJob {
  id: string
  /** The job's `if:` as the parser normalised it (`success() && (...)` when no status function). */
  condition: string
  /** Job-level concurrency; a skipped job never enters its group. */
  concurrency?: Concurrency
  /** The bosun action a step uses: `command-dispatch`, … or `all-in-one`; undefined for other steps. */
  action?: string
  /** Expressions of the step's `with:` (token, openai-api-key). */
  with: Record<string, Expression>
}

export interface SimWorkflow {
  file: string
  name: string
  events: EventsConfig
  /** Workflow-level concurrency: the run enters it before any job `if:` is decided. */
  concurrency?: Concurrency
  jobs: SimJob[]
}

function expression(token: TemplateToken): Expression {
  if (isBasicExpression(token)) return { expr: token.expression }
  if (isString(token)) return { literal: token.value }
  throw new Error(`unexpected token ${token.toString()}`)
}

interface RawWorkflow {
  jobs?: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }>
}

/** `${{ expr }}` alone is that expression; other text is a literal (bosun's templates need no more). */
function templateString(text: string): Expression {
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(text.trim())?.[1]
  if (whole !== undefined && !whole.includes('}}')) return { expr: whole.trim() }
  if (text.includes('${{')) throw new Error(`simulator cannot evaluate mixed text: ${text}`)
  return { literal: text }
}

function readConcurrency(token: TemplateToken | undefined): Concurrency | undefined {
  if (!token) return undefined
  if (isString(token) || isBasicExpression(token))
    return { group: expression(token), cancelInProgress: false, queue: 'single' }
  if (!isMapping(token)) throw new Error('concurrency must be a string or a mapping')
  const result: Concurrency = { group: { literal: '' }, cancelInProgress: false, queue: 'single' }
  for (const { key, value } of token) {
    const name = isString(key) ? key.value : ''
    // GitHub's parser (0.3.61) knows `queue` (single | max); the converter keeps it, so no raw YAML read.
    if (name === 'group') result.group = expression(value)
    else if (name === 'cancel-in-progress') result.cancelInProgress = value.toString() === 'true'
    else if (name === 'queue') result.queue = value.toString() === 'max' ? 'max' : 'single'
  }
  return result
}

/**
 * Maps `uses: $OWNER/bosun[/actions/NAME]@REF` (any owner, any ref) and, in this repository's own
 * workflows, `uses: ./` or `./actions/NAME` to the local action.
 */
export function bosunAction(uses: string): string | undefined {
  const match =
    /^[^/]+\/bosun(?:\/actions\/([a-z-]+))?@/.exec(uses) ?? /^\.\/?(?:actions\/([a-z-]+))?\/?$/.exec(uses)
  if (!match) return undefined
  return match[1] ?? 'all-in-one'
}

/** Parses one workflow file; throws with GitHub's own error messages when it is invalid. */
export async function loadWorkflow(file: string, text: string): Promise<SimWorkflow> {
  // GitHub fills in `$default-branch` when a maintainer adds an organisation template; the
  // simulated repository's default branch is `main`.
  const content = text.replaceAll('$default-branch', 'main')
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors()
  if (errors.length || !parsed.value) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`)
  const template = await convertWorkflowTemplate(parsed.context, parsed.value)
  if (template.errors?.length) throw new Error(`${file}: ${template.errors.map((e) => e.Message).join('; ')}`)
  const root = parsed.value
  let name = file
  if (isMapping(root))
    for (const { key, value } of root) if (isString(key) && key.value === 'name') name = value.toString()
  const jobs: SimJob[] = template.jobs.map((job) => {
    const steps = job.type === 'job' ? job.steps : []
    const step = steps.find((s) => 'uses' in s && bosunAction(s.uses.value)) as
      { uses: { value: string }; with?: TemplateToken } | undefined
    // The converter keeps no step `with:`; read it from the YAML GitHub parsed.
    const withs: Record<string, Expression> = {}
    const raw = (parse(content) as RawWorkflow).jobs?.[job.id.value]?.steps ?? []
    const rawStep = raw.find((st) => typeof st.uses === 'string' && bosunAction(st.uses))
    for (const [key, value] of Object.entries(rawStep?.with ?? {})) withs[key] = templateString(String(value))
    return {
      id: job.id.value,
      condition: job.if.expression,
      concurrency: readConcurrency(job.concurrency),
      action: step ? bosunAction(step.uses.value) : undefined,
      with: withs,
    }
  })
  return { file, name, events: template.events, concurrency: readConcurrency(template.concurrency), jobs }
}

// Job status functions: a job of a run that has just started has no failed dependency.
const STATUS: Map<string, FunctionDefinition> = new Map(
  (
    [
      ['success', true],
      ['always', true],
      ['failure', false],
      ['cancelled', false],
    ] as const
  ).map(([fn, value]) => [fn, { name: fn, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value) }]),
)
const CONTEXTS = [
  'github',
  'vars',
  'secrets',
  'inputs',
  'needs',
  'env',
  'matrix',
  'strategy',
  'runner',
  'job',
]

export type Contexts = Record<string, unknown>

function evaluate(expr: string, contexts: Contexts): data.ExpressionData {
  const lexed = new Lexer(expr).lex()
  const tree = new Parser(lexed.tokens, CONTEXTS, [...STATUS.values()]).parse()
  const dict = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary
  return new Evaluator(tree, dict, STATUS).evaluate()
}

export function evaluateString(e: Expression, contexts: Contexts): string {
  return 'literal' in e ? e.literal : evaluate(e.expr, contexts).coerceString()
}

export function evaluateCondition(condition: string, contexts: Contexts): boolean {
  return truthy(evaluate(condition, contexts))
}
