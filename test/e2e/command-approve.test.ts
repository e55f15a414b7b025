// /approve and /lgtm with a multi-directory OWNERS tree (root, api/ with aliases, secure/ with
// no_parent_owners), through dist/command-dispatch: exactly when `approved` appears and disappears,
// and what the one notification comment says.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { createPull, type Issue } from '../emulator/state.js'
import { reviewPayload } from '../support/payloads.js'
import { Scenario } from '../support/scenario.js'

const s = new Scenario()

beforeAll(async () => {
  await s.start({
    files: {
      OWNERS: 'approvers: [root-approver]\nreviewers: [rr]\n',
      OWNERS_ALIASES: 'aliases:\n  api-approvers: [Alan, alba]\n',
      'api/OWNERS': 'approvers: [api-approvers]\nreviewers: [rev-api]\n',
      'secure/OWNERS': 'options:\n  no_parent_owners: true\napprovers: [sam]\n',
    },
  })
  s.people({
    paula: null,
    alan: 'read',
    alba: 'read',
    sam: 'write',
    'root-approver': 'write',
    rr: 'read',
    'rev-api': 'read',
    colin: 'write',
  })
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

const pr = (files: string[], author = 'paula') =>
  createPull(s.emu.state, s.repo, { author, files: files.map((filename) => ({ filename })) })
const notifications = (p: Issue) => s.botComments(p).filter((b) => b.includes('<!-- bosun:approve -->'))

describe('/approve with OWNERS', () => {
  it('approves a PR touching one directory, and un-approves on cancel', async () => {
    const p = pr(['api/server.go'])
    await s.comment(p, 'alan', '/approve')
    expect(p.labels).toEqual(['approved'])
    expect(notifications(p)).toHaveLength(1)
    expect(notifications(p)[0]).toContain('**APPROVED**')
    expect(notifications(p)[0]).toContain('approved by: @alan')
    await s.comment(p, 'alan', '/approve cancel')
    expect(p.labels).toEqual([])
    expect(notifications(p)).toHaveLength(1)
    expect(notifications(p)[0]).toContain('**NOT APPROVED**')
    expect(notifications(p)[0]).toContain(
      '- **api/OWNERS** (`api/server.go`) — suggested: `/assign @alan` `/assign @alba`',
    )
  })

  it('needs an approver for each directory when a PR touches two', async () => {
    const p = pr(['api/server.go', 'secure/keys.go'])
    await s.comment(p, 'alba', '/approve')
    expect(p.labels).toEqual([])
    expect(notifications(p)[0]).toContain('**secure/OWNERS** (`secure/keys.go`) — suggested: `/assign @sam`')
    expect(notifications(p)[0]).not.toContain('**api/OWNERS**')
    await s.comment(p, 'sam', '/approve')
    expect(p.labels).toEqual(['approved'])
    expect(notifications(p)).toHaveLength(1)
    await s.comment(p, 'sam', '/remove-approve')
    expect(p.labels).toEqual([])
  })

  it('lets a root approver cover subdirectories, except below no_parent_owners', async () => {
    const p = pr(['api/server.go', 'README.md'])
    await s.comment(p, 'root-approver', '/approve')
    expect(p.labels).toEqual(['approved'])
    const secure = pr(['secure/keys.go'])
    const run = await s.comment(secure, 'root-approver', '/approve')
    expect(run.result.commands[0].ok).toBe(false)
    expect(secure.labels).toEqual([])
    expect(s.botComments(secure).pop()).toContain('`/approve` is for approvers in OWNERS of a changed file')
  })

  it('counts the author as an approver of what they own', async () => {
    const p = pr(['api/server.go', 'secure/keys.go'], 'sam')
    await s.comment(p, 'alan', '/approve')
    expect(p.labels).toEqual(['approved'])
    expect(notifications(p)[0]).toMatch(/approved by: (@alan, @sam|@sam, @alan)/)
  })

  it('recomputes from the whole history: a cancel in an older comment keeps counting', async () => {
    const p = pr(['api/a.go', 'api/b.go'])
    await s.comment(p, 'alan', '/approve')
    await s.comment(p, 'alan', 'Wait, found a bug.\n/approve cancel')
    await s.comment(p, 'alba', '/approve no-issue')
    expect(p.labels).toEqual(['approved'])
    expect(notifications(p)[0]).toContain('approved by: @alba.')
  })

  it('does not let /label approved bypass approval', async () => {
    const p = pr(['api/a.go'])
    await s.comment(p, 'colin', '/label approved')
    expect(p.labels).toEqual([])
  })

  it('reads /approve from a review body', async () => {
    const p = pr(['secure/a.go'])
    const run = await s.run(
      'command-dispatch',
      'pull_request_review',
      reviewPayload(s.emu, s.repo, p, 'sam', 'Looks right.\n/approve', 'approved'),
    )
    expect(run.code).toBe(0)
    expect(p.labels).toEqual(['approved'])
  })
})

describe('/lgtm', () => {
  it('refuses the author, lets a reviewer add it (assigning them) and the author cancel it', async () => {
    const p = pr(['api/server.go'])
    await s.comment(p, 'paula', '/lgtm')
    expect(p.labels).toEqual([])
    expect(s.botComments(p).pop()).toContain('You cannot LGTM your own pull request.')
    await s.comment(p, 'rev-api', '/lgtm')
    expect(p.labels).toEqual(['lgtm'])
    expect(p.assignees).toEqual(['rev-api'])
    await s.comment(p, 'paula', '/lgtm cancel')
    expect(p.labels).toEqual([])
  })

  it('refuses a reviewer of other files and /label lgtm', async () => {
    const p = pr(['secure/a.go'])
    await s.comment(p, 'rev-api', '/lgtm')
    await s.comment(p, 'colin', '/label lgtm')
    expect(p.labels).toEqual([])
  })
})

describe('without OWNERS files', () => {
  const t = new Scenario('acme/plain')
  beforeAll(async () => {
    await t.start()
    t.people({ paula: null, colin: 'write', rhea: 'read' })
  })
  afterAll(() => t.stop())

  it('one collaborator approval covers every file; reviewers and approvers are collaborators', async () => {
    const p = createPull(t.emu.state, t.repo, {
      author: 'paula',
      files: [{ filename: 'a/b.go' }, { filename: 'c.md' }],
    })
    await t.comment(p, 'rhea', '/approve\n/lgtm')
    expect(p.labels).toEqual([])
    await t.comment(p, 'colin', '/approve\n/lgtm')
    expect(p.labels.sort()).toEqual(['approved', 'lgtm'])
    const notes = t.botComments(p).filter((b) => b.includes('bosun:approve'))
    expect(notes).toHaveLength(1)
    expect(notes[0]).toContain('**APPROVED**')
    expect(t.emu.violations).toEqual([])
  })
})
