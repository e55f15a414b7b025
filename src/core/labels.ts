// Which labels exist: the repository's (looked up on demand, cached) plus those bosun's config
// declares. Commands may only apply labels that exist, so a typo never creates a stray label.
import type { Config } from './config.js'
import type { Repo } from './context.js'
import { httpStatus, type GitHub } from './github.js'
import { sameLogin } from './permissions.js'

/** Labels bosun itself manages; users cannot set them with /label. */
export const PROTECTED_LABELS = ['lgtm', 'approved']

export function configuredLabels(config: Config): string[] {
  return [
    ...config.labels.additional,
    ...config.labels.definitions.map((d) => d.name),
    ...Object.keys(config.labels.restricted),
    ...Object.keys(config.labels.paths),
  ]
}

export class LabelCatalog {
  private exists = new Map<string, Promise<string | undefined>>()
  private all?: Promise<string[]>

  constructor(
    private github: GitHub,
    private repo: Repo,
    private config: Config,
    /** Answers already known (from the preflight request), lower-cased name → spelling or undefined. */
    known: Map<string, string | undefined> = new Map(),
  ) {
    for (const [name, spelling] of known) this.exists.set(name, Promise.resolve(spelling))
  }

  /** The label's canonical spelling if it exists in the repository or the config, else undefined. */
  find(name: string): Promise<string | undefined> {
    const key = name.toLowerCase()
    const configured = configuredLabels(this.config).find((l) => l.toLowerCase() === key)
    if (configured) return Promise.resolve(configured)
    let pending = this.exists.get(key)
    if (!pending) {
      pending = this.github.rest.issues
        .getLabel({ ...this.repo, name })
        .then((res) => res.data.name)
        .catch((error: unknown) => {
          if (httpStatus(error) === 404) return undefined
          throw error
        })
      this.exists.set(key, pending)
    }
    return pending
  }

  /** Every label with a prefix (`kind/`), for "valid values are …" replies. */
  async withPrefix(prefix: string): Promise<string[]> {
    this.all ??= this.github
      .paginate(this.github.rest.issues.listLabelsForRepo, { ...this.repo, per_page: 100 })
      .then((labels) => labels.map((l) => l.name))
    const names = new Set([...(await this.all), ...configuredLabels(this.config)])
    return [...names].filter((n) => n.toLowerCase().startsWith(prefix.toLowerCase())).sort()
  }
}

/** Whether `login` is among `allowed`: logins, or `@org/team` checked through the team-membership API. */
export async function isAllowedFor(github: GitHub, login: string, allowed: string[]): Promise<boolean> {
  for (const entry of allowed) {
    const [, org, teamSlug] = /^@([^/]+)\/(.+)$/.exec(entry) ?? []
    if (org === undefined || teamSlug === undefined) {
      if (sameLogin(entry.replace(/^@/, ''), login)) return true
      continue
    }
    try {
      const { data } = await github.rest.teams.getMembershipForUserInOrg({
        org,
        team_slug: teamSlug,
        username: login,
      })
      if (data.state === 'active') return true
    } catch (error) {
      if (httpStatus(error) !== 404) throw error
    }
  }
  return false
}
