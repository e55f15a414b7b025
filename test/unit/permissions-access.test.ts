import { describe, expect, it } from '@jest/globals'
import type { GitHub } from '../../src/core/github.js'
import { PermissionResolver } from '../../src/core/permissions.js'

const httpError = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status })

/** A client whose collaborator check answers `check` and whose permission API answers `permission`. */
function resolver(check: number, permission: string) {
  const calls: string[] = []
  const github = {
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
})
