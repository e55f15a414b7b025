// One GraphQL request at the start of a run that has work to do: the config file from the default
// branch, the token's own login (for the loop guard), whether the labels the event names exist, and
// whatever small reads the action adds (other files, search counts). Facts that would otherwise cost
// a REST request each.
import { ConfigError, parseConfig, resolveConfig, type Config } from './config.js'
import type { Repo } from './context.js'
import type { GitHub } from './github.js'
import { member } from './unknown.js'

export interface PreflightOptions {
  /** Labels whose existence to check. */
  labels?: string[]
  /** Extra files to read: alias → `ref:path` expression. */
  files?: Record<string, string>
  /** Issue/PR search counts: alias → search query (e.g. `repo:o/r is:pr author:x`). */
  counts?: Record<string, string>
  /** Raw GraphQL selections on the repository (aliased), answered in `repository`. */
  repositoryFields?: string
  /** Raw GraphQL selections at the query's root (aliased, e.g. a `node(id:)`), answered in `root`. */
  rootFields?: string
  /**
   * Repository selections GitHub may refuse (collaborators need push access): when the answer is a
   * GraphQL error, the request is made again without them and they are absent from `repository`.
   */
  optionalRepositoryFields?: string
}

export interface Preflight {
  /** Login the token acts as (`name[bot]` for app and GITHUB_TOKEN tokens). */
  viewer: string
  config: Config
  /** Lower-cased label name → its spelling in the repository, or undefined when it does not exist. */
  labels: Map<string, string | undefined>
  files: Record<string, string | undefined>
  counts: Record<string, number>
  /** The repository object, for `repositoryFields`: each caller reads its own aliases with a typed reader. */
  repository: Record<string, unknown>
  /** The whole answer, for `rootFields`: each caller reads its own aliases with a typed reader. */
  root: Record<string, unknown>
}

/**
 * The answer to the preflight query: the fixed parts typed, the aliases the query built from the
 * options (`l0`, `f_x`, `c_x`) and the callers' own selections `unknown` until read.
 */
interface PreflightAnswer {
  [alias: string]: unknown
  viewer: { login: string }
  repository: PreflightRepository | null
}

interface PreflightRepository {
  [alias: string]: unknown
  config: BlobAnswer | null
}

/** `object(expression:) { ... on Blob { text } }`: null when absent, `{}` when not a blob. */
type BlobAnswer = { text?: string }

const stringOrUndefined = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined

export function checkConfigPath(path: string): void {
  if (!path || path.startsWith('/') || path.split('/').includes('..')) {
    throw new ConfigError(path, ['config-path must be a relative path inside the repository'])
  }
}

const ALIAS = /^[a-zA-Z][a-zA-Z0-9_]*$/

export async function preflight(
  github: GitHub,
  repo: Repo,
  configPath: string,
  options: PreflightOptions = {},
): Promise<Preflight> {
  const { optionalRepositoryFields, ...required } = options
  if (!optionalRepositoryFields) return preflightRequest(github, repo, configPath, required)
  try {
    return await preflightRequest(github, repo, configPath, {
      ...required,
      repositoryFields: `${required.repositoryFields ?? ''}\n    ${optionalRepositoryFields}`,
    })
  } catch (error) {
    if ((error as Error)?.name !== 'GraphqlResponseError') throw error
    return preflightRequest(github, repo, configPath, required)
  }
}

async function preflightRequest(
  github: GitHub,
  repo: Repo,
  configPath: string,
  options: PreflightOptions,
): Promise<Preflight> {
  checkConfigPath(configPath)
  const names = [...new Set((options.labels ?? []).map((l) => l.toLowerCase()))].slice(0, 50)
  const fileAliases = Object.keys(options.files ?? {})
  const countAliases = Object.keys(options.counts ?? {})
  for (const alias of [...fileAliases, ...countAliases])
    if (!ALIAS.test(alias)) throw new Error(`bad preflight alias ${alias}`)
  const vars = [
    '$owner: String!',
    '$name: String!',
    '$config: String!',
    ...names.map((_n, i) => `$l${i}: String!`),
    ...fileAliases.map((a) => `$f_${a}: String!`),
    ...countAliases.map((a) => `$c_${a}: String!`),
  ]
  const query = `query(${vars.join(', ')}) {
  viewer { login }
  ${options.rootFields ?? ''}
  ${countAliases.map((a) => `c_${a}: search(query: $c_${a}, type: ISSUE, first: 0) { issueCount }`).join('\n  ')}
  repository(owner: $owner, name: $name) {
    config: object(expression: $config) { ... on Blob { text } }
    ${names.map((_n, i) => `l${i}: label(name: $l${i}) { name }`).join('\n    ')}
    ${fileAliases.map((a) => `f_${a}: object(expression: $f_${a}) { ... on Blob { text } }`).join('\n    ')}
    ${options.repositoryFields ?? ''}
  }
}`
  const variables: Record<string, string> = {
    owner: repo.owner,
    name: repo.repo,
    config: `HEAD:${configPath}`,
  }
  names.forEach((n, i) => (variables[`l${i}`] = n))
  for (const [a, expression] of Object.entries(options.files ?? {})) variables[`f_${a}`] = expression
  for (const [a, search] of Object.entries(options.counts ?? {})) variables[`c_${a}`] = search
  const data = await github.graphql<PreflightAnswer>(query, variables)
  const repository = data.repository
  if (!repository) throw new Error(`Repository ${repo.owner}/${repo.repo} is not visible to the token.`)
  const text = repository.config?.text
  const labels = new Map<string, string | undefined>()
  names.forEach((n, i) => labels.set(n, stringOrUndefined(member(repository[`l${i}`], 'name'))))
  return {
    viewer: data.viewer.login,
    config: typeof text === 'string' ? parseConfig(text, configPath) : resolveConfig({}),
    labels,
    files: Object.fromEntries(
      fileAliases.map((a) => [a, stringOrUndefined(member(repository[`f_${a}`], 'text'))]),
    ),
    counts: Object.fromEntries(
      countAliases.map((a) => [a, Number(member(data[`c_${a}`], 'issueCount') ?? 0)]),
    ),
    repository,
    root: data,
  }
}
