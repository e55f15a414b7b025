// bosun as a GitHub App: a JWT signed with the App's private key for /app routes, and installation
// tokens (cached by @octokit/auth-app until shortly before they expire) for everything else. A
// delivery's token reaches only the delivery's repository and carries only the permissions the
// parts need for its event, so a part misled by one repository's content cannot touch another.
import { App } from '@octokit/app'
import { Octokit } from '@octokit/core'
import type { Repo } from '../core/context.js'

export interface AppCredentials {
  appId: string
  privateKey: string
  apiUrl: string
}

export interface InstalledRepo extends Repo {
  installationId: number
}

/** What the parts may ask of a repository: app.yml's permissions (a unit test holds them equal). */
export const PART_PERMISSIONS: Readonly<Record<string, 'read' | 'write'>> = {
  metadata: 'read',
  issues: 'write',
  pull_requests: 'write',
  statuses: 'write',
  contents: 'write',
  checks: 'read',
  actions: 'write',
  discussions: 'write',
  members: 'read',
}

const DISCUSSION_EVENTS = new Set(['discussion', 'discussion_comment'])

/** A delivery's token permissions: only discussion events (translation) write discussions. */
export function tokenPermissions(eventName: string): Record<string, 'read' | 'write'> {
  const { discussions, ...rest } = PART_PERMISSIONS
  return DISCUSSION_EVENTS.has(eventName) && discussions ? { ...rest, discussions } : rest
}

/** Whom a token is for: one repository and the event being handled there. */
export interface TokenScope {
  repo: Repo
  eventName: string
}

export class GitHubApp {
  private readonly app: App

  constructor(credentials: AppCredentials) {
    this.app = new App({
      appId: credentials.appId,
      privateKey: credentials.privateKey,
      Octokit: Octokit.defaults({ baseUrl: credentials.apiUrl, userAgent: 'bosun-server' }),
      // @octokit/app logs with console by default; the server logs for itself.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    })
  }

  /**
   * An installation token, limited to `scope`'s repository and its event's permissions when given;
   * the same one per (installation, repository, permissions) until it nears expiry (one hour on GitHub).
   */
  async installationToken(installationId: number, scope?: TokenScope): Promise<string> {
    const narrowed = scope
      ? { repositoryNames: [scope.repo.repo], permissions: tokenPermissions(scope.eventName) }
      : {}
    const auth = (await this.app.octokit.auth({ type: 'installation', installationId, ...narrowed })) as {
      token: string
    }
    return auth.token
  }

  /** The installation that covers a repository (deliveries always name theirs; this is the fallback). */
  async installationFor(repo: Repo): Promise<number> {
    const { data } = await this.app.octokit.request('GET /repos/{owner}/{repo}/installation', {
      owner: repo.owner,
      repo: repo.repo,
    })
    return data.id
  }

  /** Every repository of every installation, for the timed sweeps. */
  async repositories(): Promise<InstalledRepo[]> {
    const repos: InstalledRepo[] = []
    for await (const { installation } of this.app.eachInstallation.iterator()) {
      for await (const { repository } of this.app.eachRepository.iterator({
        installationId: installation.id,
      })) {
        repos.push({ owner: repository.owner.login, repo: repository.name, installationId: installation.id })
      }
    }
    return repos
  }
}
