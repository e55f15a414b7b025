// `bosun check --repo PATH`: validates a checkout's .github/bosun.yml and OWNERS files with the
// loaders the actions use, so the messages are the ones a run would fail with.
import { commandConfigProblems } from '../command-dispatch/registry.js'
import { ConfigError, parseConfig, type Config } from '../core/config.js'
import { firstLine } from '../core/github.js'
import { OwnersError, parseAliases, parseOwners } from '../core/owners.js'
import type { CheckoutFiles } from './checkout.js'

export interface CheckResult {
  problems: string[]
  notes: string[]
  config?: Config
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

function checkConfig(checkout: CheckoutFiles, result: CheckResult): void {
  if (checkout.config === undefined) {
    result.notes.push(`${checkout.configPath}: absent, bosun uses the defaults`)
    return
  }
  try {
    const config = parseConfig(checkout.config, checkout.configPath)
    const problems = commandConfigProblems(config)
    if (problems.length) throw new ConfigError(checkout.configPath, problems)
    result.config = config
    result.notes.push(`${checkout.configPath}: valid`)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    result.problems.push(error.message)
  }
}

function checkOwners(checkout: CheckoutFiles, result: CheckResult): void {
  let aliases = new Map<string, string[]>()
  const aliasText = checkout.files.OWNERS_ALIASES
  if (aliasText !== undefined) {
    try {
      aliases = parseAliases(aliasText)
    } catch (error) {
      result.problems.push(`OWNERS_ALIASES is not valid YAML: ${firstLine(message(error))}`)
    }
  }
  const owners = Object.keys(checkout.files).filter((p) => p === 'OWNERS' || p.endsWith('/OWNERS'))
  for (const path of owners.sort()) {
    const dir = path === 'OWNERS' ? '' : path.slice(0, -'/OWNERS'.length)
    try {
      // `path` is one of the keys of `checkout.files`.
      const file = parseOwners(checkout.files[path]!, dir, aliases)
      if (!file.approvers.length && !file.reviewers.length && !file.filters.length && !file.noParentOwners)
        result.notes.push(`${path}: names no approvers or reviewers`)
    } catch (error) {
      if (!(error instanceof OwnersError)) throw error
      result.problems.push(firstLine(error))
    }
  }
  result.notes.push(
    owners.length
      ? `${owners.length} OWNERS file${owners.length === 1 ? '' : 's'}${aliases.size ? `, ${aliases.size} aliases` : ''}`
      : 'no OWNERS files: reviewer and approver both mean collaborator',
  )
}

export function checkCheckout(checkout: CheckoutFiles): CheckResult {
  const result: CheckResult = { problems: [], notes: [] }
  checkConfig(checkout, result)
  checkOwners(checkout, result)
  return result
}
