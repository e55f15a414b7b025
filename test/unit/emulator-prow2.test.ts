// The emulator's approve-workflow-run, workflow-run status filter and team review requests answer
// as GitHub does, refusals included.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/core'
import { GitHubEmulator } from '../emulator/server.js'
import {
  addCollaborator,
  addWorkflow,
  addWorkflowRun,
  createPull,
  type Repository,
} from '../emulator/state.js'

const emu = new GitHubEmulator()
let octokit: Octokit
let repo: Repository

beforeAll(async () => {
  await emu.start()
  repo = emu.state.createRepo('acme/widgets')
  emu.state.addToken('t0ken', 'bot')
  addCollaborator(emu.state, repo, 'bot', 'write')
  repo.teams.set('acme/reviewers', ['rita'])
  octokit = new Octokit({ auth: 't0ken', baseUrl: emu.url })
})
afterAll(() => emu.stop())

const status = (p: Promise<{ status: number }>) =>
  p.then(
    (r) => r.status,
    (e: { status: number }) => e.status,
  )

describe('workflow runs waiting for approval', () => {
  it('lists them by conclusion with status=action_required and approves only waiting fork runs', async () => {
    const ci = addWorkflow(repo, 'ci.yml', 'ci')
    const fork = addWorkflowRun(repo, ci, 'a'.repeat(40), 'action_required', { fromFork: true })
    const sameRepo = addWorkflowRun(repo, ci, 'a'.repeat(40), 'action_required')
    const done = addWorkflowRun(repo, ci, 'a'.repeat(40), 'success', { fromFork: true })
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs', {
      owner: 'acme',
      repo: 'widgets',
      head_sha: 'a'.repeat(40),
      status: 'action_required',
    })
    expect(data.workflow_runs.map((r) => Number(r.id))).toEqual([fork.id, sameRepo.id])
    expect(data.workflow_runs[0]).toMatchObject({ status: 'completed', conclusion: 'action_required' })
    const approve = (id: number) =>
      status(octokit.request('POST /repos/acme/widgets/actions/runs/{run_id}/approve', { run_id: id }))
    expect(await approve(fork.id)).toBe(201)
    expect(fork).toMatchObject({ approved: true, status: 'queued' })
    expect(await approve(fork.id)).toBe(403) // no longer waiting
    expect(await approve(sameRepo.id)).toBe(403)
    expect(await approve(done.id)).toBe(403)
    expect(await approve(999999)).toBe(404)
    expect(emu.violations).toEqual([])
  })
})

describe('team review requests', () => {
  it('requests a team of the owner, refuses an unknown one (422) and withdraws', async () => {
    const pr = createPull(emu.state, repo, { author: 'alice' })
    const path = `/repos/acme/widgets/pulls/${pr.number}/requested_reviewers`
    expect(await status(octokit.request(`POST ${path}`, { team_reviewers: ['nope'] }))).toBe(422)
    expect(pr.pull!.requestedTeams).toEqual([])
    const { data } = await octokit.request(`POST ${path}`, { team_reviewers: ['Reviewers'] })
    expect(data.requested_teams.map((t: { slug: string }) => t.slug)).toEqual(['reviewers'])
    expect(await status(octokit.request(`DELETE ${path}`, { reviewers: [], team_reviewers: ['nope'] }))).toBe(
      422,
    )
    await octokit.request(`DELETE ${path}`, { reviewers: [], team_reviewers: ['reviewers'] })
    expect(pr.pull!.requestedTeams).toEqual([])
    expect(emu.violations).toEqual([])
  })
})
