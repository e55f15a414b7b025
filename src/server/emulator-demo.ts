// `bosun serve --emulator`: the demo story told through the webhook server. An emulated GitHub with
// the App installed on one repository; every event reaches the server as a signed webhook, and the
// transcript shows what the server did with it.
import { DEMO_FILES, tellDemo, type DemoHost } from '../../scripts/demo.js'
import { Scenario } from '../../test/support/scenario.js'
import { ServerHost } from '../../test/support/server-host.js'

/** Actions' event names back to the webhook names GitHub sends an App. */
const WEBHOOK_NAME: Record<string, string> = { pull_request_target: 'pull_request' }

export async function serveEmulatorDemo(print: (line: string) => void): Promise<number> {
  const s = new Scenario('acme/widgets')
  await s.start({ files: DEMO_FILES })
  const host = await new ServerHost(s).start()
  print(`bosun serve on ${host.server.url} as the App ${host.bot}, GitHub emulated on ${s.emu.url}`)
  const server: DemoHost = {
    perPart: false,
    run: async (event, payload) => {
      const answer = await host.send(WEBHOOK_NAME[event] ?? event, payload)
      const record = host.server.delivery(answer.id)
      return answer.status < 300 && record?.outcome !== 'failed' ? 0 : 1
    },
  }
  try {
    await tellDemo(s, server)
    const records = host.server.deliveries()
    const outcomes = new Map<string, number>()
    for (const r of records) outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1)
    const ms = records
      .filter((r) => r.finishedAt)
      .map((r) => r.finishedAt! - r.receivedAt)
      .sort((a, b) => a - b)
    print(
      `\n${records.length} deliveries (${[...outcomes].map(([o, n]) => `${n} ${o}`).join(', ')}); received to done: median ${ms[Math.floor(ms.length / 2)]} ms, slowest ${ms[ms.length - 1]} ms (the first loads the parts)`,
    )
    return s.emu.violations.length || outcomes.has('failed') ? 1 : 0
  } finally {
    await host.stop()
    await s.stop()
  }
}
