// /release end to end through dist/: who may run it, bad and existing versions, the tag and the
// release with notes grouped by kind/* from the PRs merged since the previous tag, and the workflow
// variant answering when its workflow_run completes. Also OpenIM's /accept as a custom command.
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import {
  addLabel,
  addMilestone,
  addTag,
  addWorkflow,
  addComment,
  createIssue,
  createPull,
  markMerged,
  type Issue,
  type Workflow,
} from '../emulator/state.js'
import { serializers } from '../emulator/rest.js'
import { example } from '../support/payloads.js'
import { BOT, Scenario } from '../support/scenario.js'

// Spawning a bundle can take seconds on a loaded machine.
jest.setTimeout(60_000)
const s = new Scenario()
const RELEASE_CONFIG = `release:
  allowed: [rel, '@acme/release-managers']
commands:
  custom:
    accept:
      permission: [cora, '@acme/triagers']
      assign: commenter
      labels: [triage/accepted]
      milestone: latest
    accept-old:
      permission: [cora]
      assign: commenter
      labels: [triage/accepted]
      milestone: v0.9
`

const merged = (title: string, labels: string[], at: string, author = 'paula') => {
  const pr = createPull(s.emu.state, s.repo, { author, title, labels, files: [{ filename: 'a.ts' }] })
  markMerged(s.repo, pr, at)
  return pr
}
const issue = () => createIssue(s.emu.state, s.repo, { author: 'paula' })
const lastReply = (i: Issue) => s.botComments(i).at(-1) ?? ''
const mainSha = () => s.repo.branches.get('main')!.sha

beforeAll(async () => {
  await s.start()
  s.people({ rel: 'write', tina: 'read', rosa: 'write', paula: null, cora: 'read', tom: null })
  s.repo.teams.set('acme/release-managers', ['tina'])
  s.repo.teams.set('acme/triagers', ['tom'])
  for (const l of ['kind/bug', 'kind/feature', 'kind/cleanup', 'triage/accepted']) addLabel(s.repo, l)
  addTag(s.repo, 'v1.0.0', 'a'.repeat(40), '2026-01-01T00:00:00Z')
  addTag(s.repo, 'nightly', 'b'.repeat(40), '2026-01-15T00:00:00Z')
  merged('Before the last release', ['kind/bug'], '2025-12-01T00:00:00Z')
  merged('Add the @thing widget', ['kind/feature'], '2026-02-01T00:00:00Z')
  merged('Fix a crash', ['kind/bug'], '2026-02-02T00:00:00Z', 'colin')
  merged('Tidy up', [], '2026-02-03T00:00:00Z')
  const unmerged = createPull(s.emu.state, s.repo, {
    author: 'paula',
    title: 'Abandoned',
    labels: ['kind/bug'],
  })
  unmerged.state = 'closed'
  unmerged.updatedAt = '2026-02-05T00:00:00Z'
  s.config(RELEASE_CONFIG)
  // The branch head has a commit date too, so a tag on it can be a later release's starting point.
  s.repo.commitDates.set(mainSha(), '2026-03-01T00:00:00Z')
})
afterAll(() => s.stop())
afterEach(() => expect(s.emu.violations).toEqual([]))

describe('/release', () => {
  it.each([
    [
      'a user not in release.allowed',
      'rosa',
      '/release v1.5.0',
      'is for the users and teams in `release.allowed`',
    ],
    ['a version that is not semver', 'rel', '/release v1.2', '`v1.2` is not a semantic version'],
    ['a version with a leading zero', 'rel', '/release v1.02.0', 'is not a semantic version'],
    ['an existing tag', 'rel', '/release v1.0.0', '`v1.0.0` already exists'],
    ['an existing version without the v', 'rel', '/release 1.0.0', '`v1.0.0` already exists'],
    ['a branch that does not exist', 'rel', '/release v1.5.0 nope', 'There is no branch `nope`'],
    ['no version', 'rel', '/release', 'Usage: `/release vX.Y.Z [BRANCH]`'],
  ])('refuses %s and changes nothing', async (_, who, body, message) => {
    const i = issue()
    await s.comment(i, who, body)
    expect(lastReply(i)).toContain(message)
    expect([...s.repo.tags.keys()].sort()).toEqual(['nightly', 'v1.0.0'])
    expect(s.repo.releases).toEqual([])
  })

  it('lets a release-managers team member tag the default branch and publish notes grouped by kind', async () => {
    const i = issue()
    await s.comment(i, 'tina', '/release v1.1.0')
    expect(s.repo.tags.get('v1.1.0')).toBe(mainSha())
    expect(s.repo.releases).toHaveLength(1)
    const notes = s.repo.releases[0]! // its length is 1 (above)
    expect(notes).toMatchObject({ tagName: 'v1.1.0', name: 'v1.1.0', author: BOT })
    // Only the PRs merged after v1.0.0's commit: not the older one, not the unmerged one.
    expect(notes.body).toBe(
      [
        '### Features',
        '',
        '- Add the @\u200bthing widget (#2, @paula)',
        '',
        '### Bug fixes',
        '',
        '- Fix a crash (#3, @colin)',
        '',
        '### Other changes',
        '',
        '- Tidy up (#4, @paula)',
        '',
      ].join('\n'),
    )
    expect(lastReply(i)).toContain('Released [v1.1.0](https://github.com/acme/widgets/releases/tag/v1.1.0)')
    expect(lastReply(i)).toContain('with 3 pull requests since `v1.0.0`')
  })

  it('lets a listed user release again: the notes start at the newest earlier tag', async () => {
    merged('Remove dead code', ['kind/cleanup'], '2026-03-05T00:00:00Z')
    s.repo.branches.set('release-2', { sha: 'c'.repeat(40), files: new Map() })
    const i = issue()
    await s.comment(i, 'rel', '/release v2.0.0 release-2')
    expect(s.repo.tags.get('v2.0.0')).toBe('c'.repeat(40))
    // Closed PRs are listed for the named base branch only; #6 went into main.
    expect(s.repo.releases[1]?.body).toBe('No pull requests were merged since the previous release.\n')
    expect(lastReply(i)).toContain('from `release-2` (ccccccc) with 0 pull requests since `v1.1.0`')
  })

  it('refuses the tag it just made', async () => {
    const i = issue()
    await s.comment(i, 'rel', '/release v2.0.0')
    expect(lastReply(i)).toContain('`v2.0.0` already exists')
    expect(s.repo.releases).toHaveLength(2)
  })
})

describe('/release with release.workflow', () => {
  let workflow: Workflow
  beforeAll(() => {
    workflow = addWorkflow(s.repo, 'release.yml', 'Release', ['version'])
    s.config(
      RELEASE_CONFIG.replace(
        "'@acme/release-managers']\n",
        "'@acme/release-managers']\n  workflow: release.yml\n",
      ),
    )
  })

  const completed = (runId: number, conclusion: string) => {
    const run = s.repo.workflowRuns.find((r) => r.id === runId)!
    run.status = 'completed'
    run.conclusion = conclusion
    const payload = example('workflow_run', 'completed')
    payload.repository = { ...payload.repository, ...serializers(s.emu.state, s.emu.url).repo(s.repo) }
    payload.sender = { ...payload.sender, ...serializers(s.emu.state, s.emu.url).user(BOT) }
    delete payload.installation
    delete payload.organization
    Object.assign(payload.workflow_run, {
      id: run.id,
      name: run.name,
      path: workflow.path,
      event: 'workflow_dispatch',
      status: 'completed',
      conclusion,
      created_at: run.createdAt,
      head_branch: run.headBranch,
      head_sha: run.headSha,
      html_url: `https://github.com/acme/widgets/actions/runs/${run.id}`,
    })
    return payload
  }

  it('dispatches the workflow with input version, then replies with the conclusion', async () => {
    const i = issue()
    await s.comment(i, 'rel', '/release v3.0.0')
    expect(s.repo.dispatches.at(-1)).toEqual({
      workflow: workflow.path,
      ref: 'main',
      inputs: { version: 'v3.0.0' },
    })
    expect(s.repo.tags.has('v3.0.0')).toBe(false)
    const run = s.repo.workflowRuns.at(-1)!
    expect(lastReply(i)).toContain(`<!-- bosun:release-run ${run.id} -->`)
    expect(lastReply(i)).toContain('I will reply here when it completes')

    // Someone else copies the marker onto another issue: not trusted, nobody is answered there.
    const decoy = issue()
    addComment(s.emu.state, s.repo, decoy.number, 'rosa', `<!-- bosun:release-run ${run.id} -->`)

    const before = s.botComments(i).length
    await s.run('command-dispatch', 'workflow_run', completed(run.id, 'success'))
    expect(s.botComments(i)).toHaveLength(before + 1)
    expect(lastReply(i)).toContain(
      `The release workflow succeeded: [Release](https://github.com/acme/widgets/actions/runs/${run.id}).`,
    )
    expect(s.botComments(decoy)).toEqual([])
  })

  it('reports a failed run through the all-in-one action', async () => {
    const i = issue()
    await s.comment(i, 'tina', '/release v3.1.0')
    const run = s.repo.workflowRuns.at(-1)!
    await s.run('all-in-one', 'workflow_run', completed(run.id, 'failure'))
    expect(lastReply(i)).toContain('The release workflow ended with `failure`')
  })

  it('ignores runs of other workflows and runs nobody waits for', async () => {
    const i = issue()
    await s.comment(i, 'rel', '/release v3.2.0')
    const run = s.repo.workflowRuns.at(-1)!
    const other = completed(run.id, 'success')
    other.workflow_run.path = '.github/workflows/ci.yml'
    await s.run('command-dispatch', 'workflow_run', other)
    const unknown = completed(run.id, 'success')
    unknown.workflow_run.id = 999999
    await s.run('command-dispatch', 'workflow_run', unknown)
    expect(s.botComments(i)).toHaveLength(1)
  })
})

describe('custom command like /accept', () => {
  beforeAll(() => {
    s.config(RELEASE_CONFIG)
    addMilestone(s.repo, 'v1.0', 'open', '2026-05-01T00:00:00Z')
    addMilestone(s.repo, 'v2.0', 'open', '2026-09-01T00:00:00Z')
    addMilestone(s.repo, 'someday', 'open', null)
    addMilestone(s.repo, 'v0.9', 'closed', '2027-01-01T00:00:00Z')
  })

  it.each([
    ['a listed user', 'cora'],
    ['a member of a listed team', 'tom'],
  ])('lets %s assign themselves, label and set the latest milestone', async (_, who) => {
    const i = issue()
    await s.comment(i, who, '/accept')
    expect(i.assignees).toEqual([who])
    expect(i.labels).toEqual(['triage/accepted'])
    expect(s.repo.milestones.get(i.milestone!)?.title).toBe('v2.0')
  })

  it('refuses a milestone that is not open before assigning or labelling', async () => {
    const i = issue()
    await s.comment(i, 'cora', '/accept-old')
    expect(lastReply(i)).toContain('There is no open milestone `v0.9`.')
    expect(i.assignees).toEqual([])
    expect(i.labels).toEqual([])
    expect(i.milestone).toBeNull()
  })

  it('refuses anyone else, collaborators included, and changes nothing', async () => {
    const i = issue()
    await s.comment(i, 'rosa', '/accept')
    expect(lastReply(i)).toContain('`/accept` is for `cora`, `@acme/triagers`.')
    expect(i.assignees).toEqual([])
    expect(i.labels).toEqual([])
    expect(i.milestone).toBeNull()
  })
})
