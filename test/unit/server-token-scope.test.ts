import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PART_PERMISSIONS, tokenPermissions } from '../../src/server/github-app.js'
import { parseManifest } from '../../src/server/manifest.js'

describe("a delivery's installation token permissions", () => {
  it("asks for exactly app.yml's permissions at most (the App has no more to give)", () => {
    const manifest = parseManifest(readFileSync(join(process.cwd(), 'app.yml'), 'utf8'))
    expect(PART_PERMISSIONS).toEqual(manifest.default_permissions)
  })

  it.each([
    ['issue_comment', false],
    ['pull_request_target', false],
    ['schedule', false],
    ['discussion', true],
    ['discussion_comment', true],
  ])('%s: discussions written only for discussion events (%s)', (event, discussions) => {
    const permissions = tokenPermissions(event)
    expect(permissions.discussions === 'write').toBe(discussions)
    expect(permissions).toMatchObject({ metadata: 'read', contents: 'write', issues: 'write' })
  })
})
