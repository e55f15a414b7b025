// bosun as a GitHub App: a JWT signed with the App's private key for /app routes, and installation
// tokens (cached by @octokit/auth-app until shortly before they expire) for everything else.
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

  /** An installation token; the same one until it nears expiry (one hour on GitHub). */
  async installationToken(installationId: number): Promise<string> {
    const auth = (await this.app.octokit.auth({ type: 'installation', installationId })) as { token: string }
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
