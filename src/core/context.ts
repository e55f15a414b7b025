// The run context: everything an action learns from the Actions runner's environment.
// Read once, from an explicit env object, so tests can build one without touching process.env.
import { readFileSync } from 'node:fs'
import type { Payload } from './payload.js'

export interface Repo {
  owner: string
  repo: string
}

export type { Payload } from './payload.js'

export interface Inputs {
  token: string
  configPath: string
  dryRun: boolean
  openaiApiKey: string
  openaiBaseUrl: string
  model: string
}

export interface RunContext {
  eventName: string
  action: string | undefined
  payload: Payload
  repo: Repo
  /** Login of whoever caused the event (the payload's sender). */
  sender: { login: string; type: string } | undefined
  apiUrl: string
  graphqlUrl: string
  serverUrl: string
  /** The job that is running us, so auto-merge never waits on its own check run. */
  job: string
  workflow: string
  runId: number
  inputs: Inputs
}

type Env = Record<string, string | undefined>

/** Reads an action input the way @actions/core does (INPUT_<NAME>, spaces as underscores, upper case). */
export function readInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback
  if (/^(true|yes|on|1)$/i.test(value)) return true
  if (/^(false|no|off|0)$/i.test(value)) return false
  throw new Error(`Input "${name}" must be true or false, got "${value}".`)
}

export function readInputs(env: Env): Inputs {
  return {
    token: readInput(env, 'token') || env.GITHUB_TOKEN || '',
    configPath: readInput(env, 'config-path') || '.github/bosun.yml',
    dryRun: parseBoolean('dry-run', readInput(env, 'dry-run'), false),
    openaiApiKey: readInput(env, 'openai-api-key'),
    openaiBaseUrl: readInput(env, 'openai-base-url'),
    model: readInput(env, 'model'),
  }
}

export function readRunContext(env: Env = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  let payload: Payload = {}
  if (env.GITHUB_EVENT_PATH) {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Payload
  }
  // schedule and workflow_dispatch payloads carry no repository object: GITHUB_REPOSITORY is authoritative.
  const full = env.GITHUB_REPOSITORY || payload.repository?.full_name || ''
  const [owner, repo] = full.split('/')
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set (expected "owner/repo").')
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
  return {
    eventName,
    action: typeof payload.action === 'string' ? payload.action : undefined,
    payload,
    repo: { owner, repo },
    sender: payload.sender
      ? { login: String(payload.sender.login), type: String(payload.sender.type ?? '') }
      : undefined,
    apiUrl,
    graphqlUrl: env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    job: env.GITHUB_JOB ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    runId: Number(env.GITHUB_RUN_ID ?? 0),
    inputs: readInputs(env),
  }
}
