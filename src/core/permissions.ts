// Who may do what. Collaborator status always comes from the collaborator-permission API, never from
// author_association (which shows private org members as CONTRIBUTOR and outside collaborators as
// COLLABORATOR). Answers are cached for the run so several commands cost one request per user.
import type { Level } from './config.js'
import type { Repo } from './context.js'
import { httpStatus, type GitHub } from './github.js'
import { normLogin, type OwnersTree, type RidingFields } from './owners.js'

const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write'])

export const sameLogin = (a: string | undefined, b: string | undefined): boolean =>
  !!a && !!b && a.toLowerCase() === b.toLowerCase()

export class PermissionResolver {
  private cache = new Map<string, Promise<string>>()
  private access = new Map<string, Promise<boolean>>()
  /** GraphQL refused to list collaborators (no push access): ask REST from then on. */
  private collaboratorsRefused = false

  constructor(
    private github: GitHub,
    private repo: Repo,
  ) {}

  /** The user's repository permission: admin, maintain, write, triage, read or none. */
  permissionOf(login: string): Promise<string> {
    const key = login.toLowerCase()
    let pending = this.cache.get(key)
    if (!pending) {
      pending = this.github.rest.repos
        .getCollaboratorPermissionLevel({ ...this.repo, username: login })
        .then((res) => String(res.data.role_name || res.data.permission || 'none'))
        .catch((error: unknown) => {
          if (httpStatus(error) === 404) return 'none'
          throw error
        })
      this.cache.set(key, pending)
    }
    return pending
  }

  private async rawPermissionOf(login: string): Promise<string> {
    try {
      const { data } = await this.github.rest.repos.getCollaboratorPermissionLevel({
        ...this.repo,
        username: login,
      })
      return String(data.permission || 'none')
    } catch (error) {
      if (httpStatus(error) === 404) return 'none'
      throw error
    }
  }

  async isCollaborator(login: string): Promise<boolean> {
    return WRITE_PERMISSIONS.has(await this.permissionOf(login))
  }

  /**
   * Whether the user has any access to the repository (outside collaborator, team or org member
   * with a base permission): what Prow's collaborator list holds. The permission API cannot tell:
   * on a public repository it answers `read` for everyone.
   */
  hasAccess(login: string): Promise<boolean> {
    const key = login.toLowerCase()
    let pending = this.access.get(key)
    if (!pending) {
      pending = this.github.rest.repos
        .checkCollaborator({ ...this.repo, username: login })
        .then(() => true)
        .catch(async (error: unknown) => {
          if (httpStatus(error) === 404) return false
          // The check needs push access (and read:org for classic tokens, `members` for Apps).
          // Without it, the permission API still tells "none" (no access) from the rest.
          if (httpStatus(error) === 403) return (await this.rawPermissionOf(login)) !== 'none'
          throw error
        })
      this.access.set(key, pending)
    }
    return pending
  }

  /**
   * Which of `logins` have access to the repository, in one GraphQL request for all those not yet
   * cached (`collaborators(login:)`, the same list the collaborator check reads), so an OWNERS tree
   * of any size costs one request, not one per person. Falls back to one check each when GraphQL
   * refuses (the token lacks push access, say).
   */
  async withAccess(logins: Iterable<string>): Promise<Set<string>> {
    const wanted = [...new Set([...logins].map((l) => l.toLowerCase()))]
    const unknown = wanted.filter((l) => !this.access.has(l))
    if (unknown.length) {
      const batch = this.collaboratorBatch(unknown)
      for (const [i, login] of unknown.entries())
        this.access.set(
          login,
          batch.then((found) => found?.[i] ?? this.checkCollaborator(login)),
        )
    }
    const answers = await Promise.all(wanted.map((l) => this.access.get(l)!))
    return new Set(wanted.filter((_l, i) => answers[i]))
  }

  /**
   * Access fields for `logins` not yet known, to ride in another repository query of the same
   * round trip (the OWNERS read): the same `collaborators(login:)` list `withAccess` reads. Nothing
   * is cached unless the query answered.
   */
  accessFields(logins: string[]): RidingFields | undefined {
    const unknown = [...new Set(logins.map((l) => l.toLowerCase()))].filter((l) => !this.access.has(l))
    if (!unknown.length || this.collaboratorsRefused) return undefined
    return {
      fields: unknown
        .map(
          (login, i) => `access${i}: collaborators(login: ${JSON.stringify(login)}, first: 1) { totalCount }`,
        )
        .join(' '),
      read: (repository) =>
        unknown.forEach((login, i) => {
          // Absent: the request was made again without them, GraphQL having refused.
          if (!(`access${i}` in repository)) this.collaboratorsRefused = true
          const answer = repository[`access${i}`] as { totalCount?: number } | null | undefined
          if (answer) this.access.set(login, Promise.resolve((answer.totalCount ?? 0) > 0))
        }),
    }
  }

  /** One request for up to 100 logins; undefined when GraphQL cannot answer. */
  private async collaboratorBatch(logins: string[]): Promise<boolean[] | undefined> {
    if (this.collaboratorsRefused) return undefined
    const results: boolean[] = []
    for (let start = 0; start < logins.length; start += 100) {
      const chunk = logins.slice(start, start + 100)
      const fields = chunk.map(
        (login, i) => `u${i}: collaborators(login: ${JSON.stringify(login)}, first: 1) { totalCount }`,
      )
      try {
        const res = await this.github.graphql<{ repository: Record<string, { totalCount: number } | null> }>(
          `query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`,
          { owner: this.repo.owner, name: this.repo.repo },
        )
        chunk.forEach((_l, i) => results.push((res.repository[`u${i}`]?.totalCount ?? 0) > 0))
      } catch {
        this.collaboratorsRefused = true
        return undefined
      }
    }
    return results
  }

  private checkCollaborator(login: string): Promise<boolean> {
    this.access.delete(login.toLowerCase())
    return this.hasAccess(login)
  }
}

/** Everything a level check needs to know about the actor and the issue or PR at hand. */
export interface Actor {
  login: string
  /** Author of the issue or PR the command is on. */
  author: string
  /** OWNERS for the target, loaded only when a reviewer or approver level is checked. */
  owners?: () => Promise<OwnersTree>
  /**
   * The same OWNERS before people without access are dropped, read together with the actor's own
   * access: lets a reviewer's yes come without everyone else's access.
   */
  ownersAsWritten?: () => Promise<OwnersTree>
  /** Changed files for a PR; [] on an issue. */
  files?: () => Promise<string[]>
}

/**
 * Whether the actor holds `level` or a higher one. `author` and `collaborator` are answered from the
 * author field and the permission API alone. `reviewer` and `approver` need the actor to own at least
 * one changed file in OWNERS (on an issue: to be listed in any OWNERS file); without OWNERS files they
 * mean collaborator.
 */
export async function meetsLevel(
  level: Level,
  actor: Actor,
  permissions: PermissionResolver,
): Promise<boolean> {
  switch (level) {
    case 'anyone':
      return true
    case 'author':
      return sameLogin(actor.login, actor.author) || permissions.isCollaborator(actor.login)
    case 'collaborator':
      return permissions.isCollaborator(actor.login)
    case 'reviewer':
    case 'approver': {
      if (await ownsAsWritten(level, actor, permissions)) return true
      const owners = actor.owners ? await actor.owners() : undefined
      if (!owners || owners.isEmpty) return permissions.isCollaborator(actor.login)
      const files = actor.files ? await actor.files() : []
      return ownsAFile(level, owners, actor.login, files)
    }
  }
}

/** Whether `login` is a reviewer (approver) of one of `files`; of anything in OWNERS when none. */
function ownsAFile(level: 'reviewer' | 'approver', owners: OwnersTree, actor: string, files: string[]) {
  const login = normLogin(actor)
  const owns = (f: string) =>
    level === 'approver' ? owners.isApproverOf(login, f) : owners.isReviewerOf(login, f)
  if (files.length) return files.some(owns)
  return [...owners.files.values()].some(
    (file) => file.approvers.includes(login) || (level === 'reviewer' && file.reviewers.includes(login)),
  )
}

/**
 * The quick yes: the actor owns a file in OWNERS as written and has repository access. Dropping
 * people without access only removes names, and fewer names only make a `no_parent_owners` walk
 * go further up, never stop sooner; so such an actor owns that file in the filtered tree too. Only
 * a no needs everyone's access (the full check after this).
 */
async function ownsAsWritten(level: 'reviewer' | 'approver', actor: Actor, permissions: PermissionResolver) {
  if (!actor.ownersAsWritten) return false
  const [owners, files] = await Promise.all([actor.ownersAsWritten(), actor.files ? actor.files() : []])
  if (owners.isEmpty || !ownsAFile(level, owners, actor.login, files)) return false
  return (await permissions.withAccess([actor.login])).has(actor.login.toLowerCase())
}

export function describeLevel(level: Level): string {
  switch (level) {
    case 'anyone':
      return 'anyone'
    case 'author':
      return 'the author or a collaborator'
    case 'collaborator':
      return 'collaborators (write access or above)'
    case 'reviewer':
      return 'reviewers in OWNERS of the changed files'
    case 'approver':
      return 'approvers in OWNERS of the changed files'
  }
}
