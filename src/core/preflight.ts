// One GraphQL request at the start of a run that has work to do: the config file from the default
// branch, the token's own login (for the loop guard) and whether the labels the commands name exist.
// Three facts that would otherwise cost three or more REST requests.
import { ConfigError, parseConfig, resolveConfig, type Config } from './config.js'
import type { Repo } from './context.js'
import type { GitHub } from './github.js'

export interface Preflight {
  /** Login the token acts as (`name[bot]` for app and GITHUB_TOKEN tokens). */
  viewer: string
  config: Config
  /** Lower-cased label name → its spelling in the repository, or undefined when it does not exist. */
  labels: Map<string, string | undefined>
}

export function checkConfigPath(path: string): void {
  if (!path || path.startsWith('/') || path.split('/').includes('..')) {
    throw new ConfigError(path, ['config-path must be a relative path inside the repository'])
  }
}

export async function preflight(
  github: GitHub,
  repo: Repo,
  configPath: string,
  labelNames: string[] = [],
): Promise<Preflight> {
  checkConfigPath(configPath)
  const names = [...new Set(labelNames.map((l) => l.toLowerCase()))].slice(0, 50)
  const labelFields = names.map((_n, i) => `l${i}: label(name: $l${i}) { name }`).join('\n    ')
  const labelVars = names.map((_n, i) => `, $l${i}: String!`).join('')
  const query = `query($owner: String!, $name: String!, $config: String!${labelVars}) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    config: object(expression: $config) { ... on Blob { text } }
    ${labelFields}
  }
}`
  const variables: Record<string, string> = {
    owner: repo.owner,
    name: repo.repo,
    config: `HEAD:${configPath}`,
  }
  names.forEach((n, i) => (variables[`l${i}`] = n))
  const data = await github.graphql<{
    viewer: { login: string }
    repository: ({ config: { text?: string | null } | null } & Record<string, unknown>) | null
  }>(query, variables)
  if (!data.repository) throw new Error(`Repository ${repo.owner}/${repo.repo} is not visible to the token.`)
  const text = data.repository.config?.text
  const labels = new Map<string, string | undefined>()
  names.forEach((n, i) => labels.set(n, (data.repository![`l${i}`] as { name?: string } | null)?.name))
  return {
    viewer: data.viewer.login,
    config: typeof text === 'string' ? parseConfig(text, configPath) : resolveConfig({}),
    labels,
  }
}
