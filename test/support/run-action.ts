// Runs a committed bundle the way the Actions runner does: `node dist/<name>/index.js` under Node 24
// (the platform's pinned Node package, see node24.ts), inputs as INPUT_* with action.yml defaults, the event in a file
// named by GITHUB_EVENT_PATH, outputs and summary in files, and nothing else from our environment.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'

import { ROOT } from '../emulator/paths.js'
import { node24 } from './node24.js'

export { ROOT }
export const NODE24 = node24(ROOT)

export interface ActionRunResult {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  result: any
  ms: number
  /** Server host only: why the server ignored the delivery before any part ran (the job condition). */
  ignored?: string
}

export interface RunOptions {
  action: string
  event: string
  payload: object
  apiUrl: string
  repository: string
  token: string
  inputs?: Record<string, string>
  env?: Record<string, string>
}

function actionYml(action: string): string {
  return action === 'all-in-one' ? join(ROOT, 'action.yml') : join(ROOT, 'actions', action, 'action.yml')
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIM\nvalue\nDELIM`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '' // i < lines.length
    const [, name, delimiter] = /^([^=<]+)<<(.+)$/.exec(line) ?? []
    if (name !== undefined && delimiter !== undefined) {
      const end = lines.indexOf(delimiter, i + 1)
      outputs[name] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (line.includes('=')) {
      const [k = '', ...v] = line.split('=')
      outputs[k] = v.join('=')
    }
  }
  return outputs
}

/**
 * The inputs the runner hands the action: action.yml's defaults, the token, then the test's values
 * (each must be one action.yml declares).
 */
export function actionInputs(action: string, token: string, given: Record<string, string> = {}) {
  const spec = parse(readFileSync(actionYml(action), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const inputs: Record<string, string> = {}
  for (const [name, def] of Object.entries(spec.inputs)) inputs[name] = def.default ?? ''
  inputs.token = token
  Object.assign(inputs, given)
  for (const name of Object.keys(inputs))
    if (!(name in spec.inputs)) throw new Error(`action ${action} has no input ${name}`)
  return inputs
}

/** The INPUT_* variables the runner sets for `inputs`. */
export const inputEnv = (inputs: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  )

export async function runAction(options: RunOptions): Promise<ActionRunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bosun-run-'))
  const eventPath = join(dir, 'event.json')
  const outputPath = join(dir, 'output')
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(options.payload))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    RUNNER_TEMP: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_JOB: 'bosun',
    GITHUB_WORKFLOW: 'bosun',
    GITHUB_RUN_ID: '1',
    GITHUB_ACTOR: String((options.payload as { sender?: { login?: string } }).sender?.login ?? 'someone'),
  }
  Object.assign(env, inputEnv(actionInputs(options.action, options.token, options.inputs)))
  Object.assign(env, options.env)
  const started = Date.now()
  const child = spawn(NODE24, [join(ROOT, 'dist', options.action, 'index.js')], { env, cwd: dir })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  const code: number = await new Promise((res) => child.on('close', (c) => res(c ?? -1)))
  const ms = Date.now() - started
  const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'))
  let result: unknown
  try {
    result = outputs.result ? JSON.parse(outputs.result) : undefined
  } catch {
    result = outputs.result
  }
  return { code, stdout, stderr, outputs, summary: readFileSync(summaryPath, 'utf8'), result, ms }
}
