// A user's repository as `bosun check` and `bosun simulate` read it from disk, written to a
// temporary directory per test. (Kept out of the tree as real files: an OWNERS file committed under
// test/ would make its names owners of that directory in bosun's own reviews.)
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export const CHECKOUT_FILES: Record<string, string> = {
  '.github/bosun.yml': [
    'labels:',
    '  definitions:',
    "    - { name: kind/feature, color: 'a2eeef' }",
    "    - { name: kind/bug, color: 'd73a4a' }",
    'merge:',
    '  method: squash',
    '',
  ].join('\n'),
  OWNERS: 'approvers: [maya]\nreviewers: [colin]\n',
  'api/OWNERS': 'approvers: [api-approvers]\nreviewers: [rev]\n',
  OWNERS_ALIASES: 'aliases:\n  api-approvers: [ada]\n',
  'README.md': '# widgets\n',
  'docs/index.md': 'docs\n',
}

/** Writes the fixture (with `overrides` replacing or adding files) and returns its directory. */
export function writeCheckout(overrides: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'bosun-checkout-'))
  for (const [path, text] of Object.entries({ ...CHECKOUT_FILES, ...overrides })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}
