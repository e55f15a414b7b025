// `npm run demo`: a short story told through the real dist/ bundles against the emulator, printed as
// a transcript of what people wrote and what the bot did. It grows as capabilities land.
import { addCheckRun, addComment, addLabel, createPull, type Issue } from '../test/emulator/state.js'
import { pathToFileURL } from 'node:url'
import type { LoggedRequest } from '../test/emulator/server.js'
import { checkPayload, issueCommentPayload, pullRequestPayload } from '../test/support/payloads.js'
import { Scenario } from '../test/support/scenario.js'

const REACTIONS: Record<string, string> = { '+1': '👍', confused: '😕' }

/** One line per write the bot made, in words. */
function describe(write: LoggedRequest): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const body = write.body as any
  switch (write.operation) {
    case 'issues/add-labels':
      return `labels ${body.labels.map((l: string) => `+${l}`).join(' ')}`
    case 'issues/remove-label':
      return `label -${decodeURIComponent(write.path.split('/').pop()!)}`
    case 'reactions/create-for-issue-comment':
    case 'reactions/create-for-issue':
      return `reacts ${REACTIONS[body.content] ?? body.content}`
    case 'issues/create-comment':
    case 'issues/update-comment': {
      const text = String(body.body)
        .split('\n')
        .filter((l) => l && !l.startsWith('<!--'))
        .map((l) => `      │ ${l}`)
        .join('\n')
      return `${write.operation === 'issues/create-comment' ? 'comments' : 'updates its comment'}:\n${text}`
    }
    case 'issues/add-assignees':
      return `assigns ${body.assignees.map((a: string) => `@${a}`).join(' ')}`
    case 'repos/create-commit-status':
      return `sets status bosun/merge: ${body.state} "${body.description}"`
    case 'pulls/merge':
      return `merges with sha ${String(body.sha).slice(0, 7)} (${body.merge_method})`
    case 'pulls/request-reviewers':
      return `requests review from ${body.reviewers.map((a: string) => `@${a}`).join(' ')}`
    default:
      return `${write.method} ${write.path}`
  }
}

/** How the story reaches bosun: the Action's bundles, one per part, or the server, once per event. */
export interface DemoHost {
  /** Whether each part runs (and is reported) on its own, as separate Action steps do. */
  perPart: boolean
  /** Runs bosun on one event (the Actions name) with the given part, or every part; returns the exit code. */
  run(event: string, payload: object, part?: string): Promise<number>
}

export const DEMO_FILES = {
  OWNERS: 'approvers: [maya]\nreviewers: [colin]\n',
  'api/OWNERS': 'approvers: [ada]\nreviewers: [rev]\n',
}

/** The bundles, as the Actions runner runs them. */
export const bundleHost = (s: Scenario): DemoHost => ({
  perPart: true,
  run: async (event, payload, part = 'all-in-one') => (await s.run(part, event, payload)).code,
})

/** Tells the story on a started scenario (files: DEMO_FILES) through `host`. */
export async function tellDemo(s: Scenario, host: DemoHost): Promise<void> {
  s.people({ paula: null, colin: 'write', ada: 'read', rev: 'read', maya: 'admin' })
  for (const l of ['kind/feature', 'kind/bug', 'area/api']) addLabel(s.repo, l)

  const say = async (who: string, body: string, pr: Issue) => {
    console.log(`\n💬 @${who} on #${pr.number}:`)
    for (const line of body.split('\n')) console.log(`   > ${line}`)
    const comment = addComment(s.emu.state, s.repo, pr.number, who, body)
    s.emu.resetLog()
    const code = await host.run(
      'issue_comment',
      issueCommentPayload(s.emu, s.repo, pr, comment),
      'command-dispatch',
    )
    report(code, pr)
  }
  const report = (code: number, pr: Issue) => {
    const writes = s.emu.writes().filter((w) => w.status < 300)
    console.log(`   🤖 bosun (${s.emu.requests.length} API requests${code ? `, exit ${code}` : ''}):`)
    if (!writes.length) console.log('      (does nothing)')
    for (const w of writes) console.log(`      ${describe(w)}`)
    console.log(`   labels now: ${pr.labels.length ? pr.labels.map((l) => `[${l}]`).join(' ') : '(none)'}`)
  }

  console.log('bosun demo — acme/widgets, OWNERS: root approver @maya, api/ approver @ada, reviewer @rev')

  const pr = createPull(s.emu.state, s.repo, {
    author: 'paula',
    title: 'api: add pagination',
    body: 'Adds pagination to the list endpoint.\n\n/kind feature\n/area api',
    files: [{ filename: 'api/list.go', additions: 40, deletions: 3 }],
  })
  console.log(`\n📬 @paula opens PR #${pr.number} "${pr.title}" with /kind and /area in its description`)
  for (const action of host.perPart ? ['command-dispatch', 'label-policy'] : [undefined]) {
    s.emu.resetLog()
    const opened = await host.run('pull_request_target', pullRequestPayload(s.emu, s.repo, pr), action)
    if (action) console.log(`   (${action})`)
    report(opened, pr)
  }

  await say('paula', 'Thanks for looking!', pr)
  await say('paula', '/lgtm', pr)
  await say('rev', 'Nice and small.\n/lgtm', pr)
  await say(
    'ada',
    '```\n/approve   <- inside a code block: not a command\n```\n/hold\nWaiting for the release branch.',
    pr,
  )
  await say('ada', '/unhold\n/approve', pr)
  await say('paula', '/milestone v2', pr)
  await say('colin', 'Checked the diff: safe to run CI.\n/ok-to-test', pr)

  console.log(
    `\n🟢 CI finishes: check run "build" succeeds on ${pr.pull!.head.sha.slice(0, 7)}; auto-merge evaluates the PR`,
  )
  addCheckRun(s.repo, pr.pull!.head.sha, 'build', 'success')
  s.emu.resetLog()
  const merged = await host.run(
    'check_suite',
    checkPayload(s.emu, s.repo, 'check_suite', pr.pull!.head.sha, [pr.number]),
    'auto-merge',
  )
  report(merged, pr)
  console.log(
    `\n✅ PR #${pr.number} ${pr.pull!.merged ? `merged (${pr.pull!.mergeMethod}) at the reviewed head ${pr.pull!.head.sha.slice(0, 7)}` : 'not merged'}; labels ${pr.labels.map((l) => `[${l}]`).join(' ')}.`,
  )
  if (s.emu.violations.length) {
    console.error(`\nEmulator violations:\n${s.emu.violations.join('\n')}`)
    process.exitCode = 1
  }
}

async function main() {
  const s = new Scenario('acme/widgets')
  await s.start({ files: DEMO_FILES })
  try {
    await tellDemo(s, bundleHost(s))
  } finally {
    await s.stop()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
