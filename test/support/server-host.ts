// bosun's webhook server on a Scenario: a GitHub App (a fresh RSA key pair) installed on the
// scenario's repository, the server authenticating as that App against the emulator, and signed
// webhook deliveries. Logs are kept in memory, so tests can check that no secret ever reaches them.
import { generateKeyPairSync } from 'node:crypto'
import { Writable } from 'node:stream'
import { createServerLog } from '../../src/server/log.js'
import { BosunServer, WEBHOOK_PATH, type ServerOptions } from '../../src/server/server.js'
import { botLogin, createApp, installApp, type EmulatedApp, type Installation } from '../emulator/apps.js'
import { deliverWebhook, type DeliveryAnswer, type WebhookDelivery } from '../emulator/webhooks.js'
import type { Scenario } from './scenario.js'

export const WEBHOOK_SECRET = 'whsec-emulated-0123456789abcdef'
export const APP_SLUG = 'bosun'
export const APP_BOT = `${APP_SLUG}[bot]`

let keys: { publicKey: string; privateKey: string } | undefined
/** One key pair per process: RSA generation costs tens of milliseconds. */
export function appKeys(): { publicKey: string; privateKey: string } {
  keys ??= generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  })
  return keys
}

export class ServerHost {
  server!: BosunServer
  app!: EmulatedApp
  installation!: Installation
  readonly logLines: string[] = []

  constructor(
    readonly s: Scenario,
    private readonly options: Partial<ServerOptions> = {},
    /** An App already installed on the scenario's repository (several servers, one App); log level. */
    private readonly reuse: { app?: EmulatedApp; installation?: Installation; logLevel?: string } = {},
  ) {}

  get bot(): string {
    return botLogin(this.app)
  }

  async start(): Promise<this> {
    const { publicKey, privateKey } = appKeys()
    this.app = this.reuse.app ?? createApp(this.s.emu.state, { slug: APP_SLUG, publicKeyPem: publicKey })
    this.installation =
      this.reuse.installation ?? installApp(this.s.emu.state, this.app, this.s.repo.owner, [this.s.repo])
    const lines = this.logLines
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean))
        done()
      },
    })
    this.server = new BosunServer({
      appId: String(this.app.id),
      privateKey,
      webhookSecret: WEBHOOK_SECRET,
      apiUrl: this.s.emu.url,
      port: 0,
      host: '127.0.0.1',
      sweepIntervalMs: 0,
      log: createServerLog(sink, this.reuse.logLevel ?? 'debug'),
      ...this.options,
    })
    await this.server.start()
    return this
  }

  stop(): Promise<void> {
    return this.server.stop()
  }

  get webhookUrl(): string {
    return `${this.server.url}${WEBHOOK_PATH}`
  }

  /** Sends one signed delivery for the App's installation; does not wait for it to be processed. */
  deliver(d: WebhookDelivery, options: { signWith?: string } = {}): Promise<DeliveryAnswer> {
    return deliverWebhook(
      this.webhookUrl,
      WEBHOOK_SECRET,
      { installationId: this.installation.id, ...d },
      options,
    )
  }

  /** Sends a delivery and waits until the server has done everything it queued. */
  async send(name: string, payload: object, id?: string): Promise<DeliveryAnswer> {
    const answer = await this.deliver({ name, payload, id })
    await this.server.idle()
    return answer
  }
}
