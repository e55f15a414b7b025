// Property tests of the approval recount: whatever sequence of comments, review bodies, withdrawals,
// edits by other people and forged bosun markers a PR's history holds, the recount never grants more
// than the OWNERS text says.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { evaluateApproval, reviewApprovals, type HistoryEntry } from '../../src/core/approval.js'
import { OwnersTree, parseOwners } from '../../src/core/owners.js'

const owners = new OwnersTree(
  new Map([
    ['', parseOwners('approvers: [root]\n', '')],
    ['docs', parseOwners('approvers: [dora]\n', 'docs')],
    ['src', parseOwners('approvers: [sam]\noptions: { no_parent_owners: true }\n', 'src')],
  ]),
)
const people = ['root', 'dora', 'sam', 'eve', 'mallory', 'author']
const files = ['README.md', 'docs/a.md', 'src/x.ts']

const commandText = fc.constantFrom(
  '/approve',
  '/approve no-issue',
  '/approve cancel',
  '/remove-approve',
  'lgtm, thanks',
  '> /approve',
  '```\n/approve\n```',
  '<!-- /approve -->',
  'please /approve',
)
const entry: fc.Arbitrary<HistoryEntry> = fc.record({
  login: fc.constantFrom(...people),
  // Blocks apart, so that each item is read on its own (no lazy continuation of a quote).
  body: fc.array(commandText, { minLength: 1, maxLength: 3 }).map((items) => items.join('\n\n')),
  isBot: fc.boolean(), // a bot, the token's user, or a (possibly forged) bosun marker
  createdAt: fc
    .integer({ min: 0, max: 1000 })
    .map((s) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString()),
  editedBy: fc.option(fc.constantFrom(...people), { nil: undefined }),
})

/** What a careful reader of the history would count: the last genuine word of each person. */
function expectedApprovers(history: HistoryEntry[]): Set<string> {
  const ordered = history
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Date.parse(a.e.createdAt!) - Date.parse(b.e.createdAt!) || a.i - b.i)
  const standing = new Set<string>()
  for (const { e } of ordered) {
    if (e.isBot) continue
    const editedByOther = e.editedBy !== undefined && e.editedBy !== e.login
    for (const line of e.body.split('\n\n')) {
      if (line === '/approve cancel' || line === '/remove-approve') standing.delete(e.login)
      else if ((line === '/approve' || line === '/approve no-issue') && !editedByOther) standing.add(e.login)
    }
  }
  return standing
}

describe('approval recount (property)', () => {
  it('counts exactly the genuine, unwithdrawn approvals: no edit, quote, code or marker adds one', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (history) => {
        expect(reviewApprovals(history, 'author').approvers).toEqual(expectedApprovers(history))
      }),
      { numRuns: 1000 },
    )
  })

  it('never approves a file none of whose OWNERS approvers approved (the author aside)', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), fc.boolean(), (history, requireSelf) => {
        const { approvers, authorWithdrew } = reviewApprovals(history, 'author')
        const state = evaluateApproval({
          files,
          owners,
          approvers,
          author: 'author',
          requireSelfApproval: requireSelf,
          authorWithdrew,
        })
        if (!state.approved) return
        for (const file of files) {
          const allowed = owners.approversOf(file)
          expect([...approvers].some((a) => allowed.has(a))).toBe(true)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('an edit by someone else, or a marker, can only take approvals away', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 10 }),
        fc.nat(),
        fc.constantFrom(...people),
        (history, pick, editor) => {
          if (!history.length) return
          const index = pick % history.length
          const tampered = history.map((e, i) =>
            i === index
              ? { ...e, body: `${e.body}\n/approve`, editedBy: editor === e.login ? 'mallory' : editor }
              : e,
          )
          if (tampered[index]!.login === 'mallory') return
          const before = reviewApprovals(history, 'author').approvers
          const after = reviewApprovals(tampered, 'author').approvers
          for (const login of after) expect(before.has(login)).toBe(true)
        },
      ),
      { numRuns: 1000 },
    )
  })
})
