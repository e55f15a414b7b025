// Matches every emulator request to an operation of GitHub's own REST description
// (@octokit/openapi) and validates request bodies against its schemas. Anything GitHub would not
// accept becomes a violation, which fails the test that caused it.
import { createRequire } from 'node:module'
import { Ajv, type ValidateFunction } from 'ajv'

const require = createRequire(import.meta.url)

export interface Operation {
  operationId: string
  method: string
  template: string
  regex: RegExp
  params: string[]
  /** Number of literal segments: more literal routes win over templated ones. */
  literalScore: number
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  requestBody?: any
}

export interface MatchedOperation {
  operation: Operation
  params: Record<string, string>
}

// Parameters whose values may contain slashes (file paths, git refs, compare ranges).
const MULTI_SEGMENT = new Set(['path', 'ref', 'basehead'])

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Spec = any
let spec: Spec | undefined
let operations: Operation[] | undefined
let ajv: Ajv | undefined
const validators = new Map<string, ValidateFunction>()

function loadSpec(): Spec {
  spec ??= require('@octokit/openapi/generated/api.github.com.json')
  return spec
}

export function allOperations(): Operation[] {
  if (operations) return operations
  const s = loadSpec()
  const list: Operation[] = []
  for (const [template, methods] of Object.entries<Record<string, Spec>>(s.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!op || typeof op !== 'object' || !op.operationId) continue
      const params: string[] = []
      const pattern = template
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\\?\{(\w+)\\?\}/g, (_m, name: string) => {
          params.push(name)
          return MULTI_SEGMENT.has(name) ? '(.+)' : '([^/]+)'
        })
      list.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        template,
        regex: new RegExp(`^${pattern.replace(/\{/g, '').replace(/\}/g, '')}$`),
        params,
        literalScore: template.split('/').filter((seg) => seg && !seg.startsWith('{')).length,
        requestBody: op.requestBody,
      })
    }
  }
  list.sort((a, b) => b.literalScore - a.literalScore || a.params.length - b.params.length)
  operations = list
  return list
}

export function matchOperation(method: string, pathname: string): MatchedOperation | undefined {
  for (const operation of allOperations()) {
    if (operation.method !== method.toUpperCase()) continue
    const m = operation.regex.exec(pathname)
    if (!m) continue
    const params: Record<string, string> = {}
    operation.params.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] ?? '')))
    return { operation, params }
  }
  return undefined
}

/**
 * Makes an OpenAPI 3.0 schema plain JSON Schema for Ajv: local `#/components/...` references resolve
 * against the spec's components, and `nullable: true` becomes an explicit null alternative.
 */
function rebase<T>(node: T): T {
  if (Array.isArray(node)) return node.map(rebase) as T
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(node)) {
      if (k === 'nullable') continue
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `github${v}` : rebase(v)
    }
    if ((node as { nullable?: unknown }).nullable === true) {
      if (typeof out.type === 'string') out.type = [out.type, 'null']
      else return { anyOf: [out, { type: 'null' }] } as T
    }
    return out as T
  }
  return node
}

function getAjv(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false })
    ajv.addSchema({ $id: 'github', components: rebase(loadSpec().components) })
  }
  return ajv
}

/** Returns the problems GitHub's schema finds in a JSON body, or [] when it is acceptable. */
export function validateBody(operation: Operation, body: unknown): string[] {
  const content = operation.requestBody?.content
  const required = operation.requestBody?.required === true
  if (body === undefined) return required ? ['request body is required'] : []
  const jsonSchema = content?.['application/json']?.schema
  if (!jsonSchema) return content ? [] : ['operation takes no request body']
  let validate = validators.get(operation.operationId)
  if (!validate) {
    validate = getAjv().compile(rebase(jsonSchema))
    validators.set(operation.operationId, validate)
  }
  if (validate(body)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message}`)
}
