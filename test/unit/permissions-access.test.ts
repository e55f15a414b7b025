import { describe, expect, it } from '@jest/globals'
import type { GitHub } from '../../src/core/github.js'
import { PermissionResolver } from '../../src/core/permissions.js'

const httpError = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status })

/** A client whose collaborator check answers `check` and whose permission API answers `permission`. */
function resolver(check: number, permission: string, collaborators?: string[]) {
  const calls: string[] = []
  const github = {
    graphql: async (query: string) => {
      calls.push('graphql')
      if (!collaborators) throw new Error('Must have push access to view repository collaborators.')
      const logins = [...query.matchAll(/(u\d+): collaborators\(login: "([^"]+)"/g)]
      return {
        repository: Object.fromEntries(
          logins.map(([, alias, login]) => [alias, { totalCount: collaborators.includes(login!) ? 1 : 0 }]),
        ),
      }
    },
    rest: {
      repos: {
        checkCollaborator: async ({ username }: { username: string }) => {
          calls.push(`check ${username}`)
          if (check !== 204) throw httpError(check)
          return { status: 204 }
        },
        getCollaboratorPermissionLevel: async ({ username }: { username: string }) => {
          calls.push(`permission ${username}`)
          return { data: { permission, role_name: permission } }
        },
      },
    },
  } as unknown as GitHub
  return { permissions: new PermissionResolver(github, { owner: 'o', repo: 'r' }), calls }
}

describe('repository access (OWNERS filtering)', () => {
  it.each([
    [204, 'write', true],
    [404, 'read', false],
    // Without the rights the check needs, the permission API decides: only "none" means no access.
    [403, 'none', false],
    [403, 'read', true],
  ])('check %i, permission %s → %s', async (check, permission, expected) => {
    const { permissions } = resolver(check, permission)
    expect(await permissions.hasAccess('Alice')).toBe(expected)
  })

  it('asks once per person per run, whatever the case', async () => {
    const { permissions, calls } = resolver(204, 'write')
    await Promise.all([
      permissions.hasAccess('Alice'),
      permissions.hasAccess('alice'),
      permissions.hasAccess('ALICE'),
    ])
    expect(calls).toEqual(['check Alice'])
  })

  it('lets other errors through', async () => {
    const { permissions } = resolver(500, 'write')
    await expect(permissions.hasAccess('alice')).rejects.toThrow('HTTP 500')
  })

  it('answers a whole OWNERS tree in one request, and from the cache after', async () => {
    const { permissions, calls } = resolver(204, 'write', ['ada', 'sam'])
    expect([...(await permissions.withAccess(['Ada', 'sam', 'gone']))].sort()).toEqual(['ada', 'sam'])
    expect(await permissions.hasAccess('gone')).toBe(false)
    expect(await permissions.withAccess(['ada', 'gone'])).toEqual(new Set(['ada']))
    expect(calls).toEqual(['graphql'])
  })

  it('falls back to one check each when GraphQL refuses', async () => {
    const { permissions, calls } = resolver(404, 'read')
    expect(await permissions.withAccess(['ada', 'sam'])).toEqual(new Set())
    expect(calls.sort()).toEqual(['check ada', 'check sam', 'graphql'])
  })
})
