import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createGitHubClient } from '../../src/core/github.js'
import { memoryLogger } from '../../src/core/log.js'
import { createMetrics, instrumentOctokit, type DeliveryOutcome } from '../../src/server/metrics.js'
import { GitHubEmulator } from '../emulator/server.js'
import { createIssue } from '../emulator/state.js'

const emu = new GitHubEmulator()
const repo = { owner: 'acme', repo: 'widgets' }

beforeAll(async () => {
  await emu.start()
  emu.state.createRepo('acme/widgets')
  emu.state.addToken('ghs_installation', 'bosun[bot]')
  createIssue(emu.state, emu.state.repo('acme/widgets'), { author: 'alice' })
})
afterAll(() => emu.stop())

/** The value of one sample line of the text exposition format, or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

describe('server metrics', () => {
  const deliveries: [string, DeliveryOutcome, number][] = [
    ['issue_comment', 'ok', 0.2],
    ['issue_comment', 'ok', 0.7],
    ['issue_comment', 'duplicate', 0],
    ['pull_request', 'error', 3],
    ['push', 'ignored', 0.01],
  ]

  it.each([
    ['bosun_deliveries_total{event="issue_comment",outcome="ok"}', 2],
    ['bosun_deliveries_total{event="issue_comment",outcome="duplicate"}', 1],
    ['bosun_deliveries_total{event="pull_request",outcome="error"}', 1],
    ['bosun_deliveries_total{event="push",outcome="ignored"}', 1],
    // A duplicate did no work: it is counted, but not timed.
    ['bosun_delivery_duration_seconds_count{event="issue_comment"}', 2],
    ['bosun_delivery_duration_seconds_bucket{le="0.25",event="issue_comment"}', 1],
    ['bosun_delivery_duration_seconds_bucket{le="1",event="issue_comment"}', 2],
    ['bosun_delivery_duration_seconds_bucket{le="2",event="pull_request"}', 0],
    ['bosun_delivery_duration_seconds_bucket{le="5",event="pull_request"}', 1],
  ])('counts deliveries by event and outcome and times them: %s = %d', async (series, value) => {
    const metrics = createMetrics({ processMetrics: false })
    for (const [event, outcome, seconds] of deliveries) metrics.recordDelivery(event, outcome, seconds)
    expect(sample(await metrics.render(), series)).toBe(value)
  })

  it('reads the queue depth at scrape time', async () => {
    const metrics = createMetrics({ processMetrics: false })
    expect(sample(await metrics.render(), 'bosun_queue_depth')).toBe(0)
    let depth = 7
    metrics.setQueueDepthSource(async () => depth)
    expect(sample(await metrics.render(), 'bosun_queue_depth')).toBe(7)
    depth = 2
    expect(sample(await metrics.render(), 'bosun_queue_depth')).toBe(2)
  })

  it.each([
    [
      { method: 'get', status: 200, rateLimitRemaining: '4999' },
      'bosun_github_requests_total{method="GET",status="200"}',
    ],
    [{ method: 'POST', status: 404 }, 'bosun_github_requests_total{method="POST",status="404"}'],
    [{ method: 'POST' }, 'bosun_github_requests_total{method="POST",status="error"}'],
  ])('counts a GitHub request %j as %s', async (record, series) => {
    const metrics = createMetrics({ processMetrics: false })
    metrics.recordGitHubRequest(record)
    expect(sample(await metrics.render(), series)).toBe(1)
  })

  it.each([
    [{ rateLimitRemaining: '4321', installationId: 42 }, 'installation="42",resource="core"', 4321],
    [{ rateLimitRemaining: '12', rateLimitResource: 'graphql' }, 'installation="app",resource="graphql"', 12],
    [{ rateLimitRemaining: 'soon' }, 'installation="app",resource="core"', undefined],
    [{}, 'installation="app",resource="core"', undefined],
  ])('records the rate limit remaining of %j', async (record, labels, value) => {
    const metrics = createMetrics({ processMetrics: false })
    metrics.recordGitHubRequest({ method: 'GET', status: 200, ...record })
    expect(sample(await metrics.render(), `bosun_github_rate_limit_remaining{${labels}}`)).toBe(value)
  })

  it("exposes Node's process metrics unless told not to", async () => {
    expect(await createMetrics().render()).toContain('bosun_process_resident_memory_bytes')
    expect(await createMetrics({ processMetrics: false }).render()).not.toContain('process_')
  })

  it('counts the requests of an instrumented Octokit, retries and failures included', async () => {
    const metrics = createMetrics({ processMetrics: false })
    const gh = createGitHubClient({
      token: 'ghs_installation',
      apiUrl: emu.url,
      log: memoryLogger(),
      retries: 1,
      dryRun: false,
    })
    instrumentOctokit(gh, metrics, 42)
    emu.resetLog()
    emu.inject({ match: 'issues/get', status: 503 })
    await gh.rest.issues.get({ ...repo, issue_number: 1 })
    await expect(gh.rest.issues.get({ ...repo, issue_number: 99 })).rejects.toThrow()
    const text = await metrics.render()
    expect(emu.requests.map((r) => r.status)).toEqual([503, 200, 404])
    expect(sample(text, 'bosun_github_requests_total{method="GET",status="503"}')).toBe(1)
    expect(sample(text, 'bosun_github_requests_total{method="GET",status="200"}')).toBe(1)
    expect(sample(text, 'bosun_github_requests_total{method="GET",status="404"}')).toBe(1)
    expect(sample(text, 'bosun_github_rate_limit_remaining{installation="42",resource="core"}')).toBe(4999)
  })
})
