// `bosun serve`: the webhook server, configured from the environment. SIGTERM and SIGINT stop it
// gracefully: it stops accepting deliveries and finishes the ones it has.
import { readFileSync } from 'node:fs'
import type { Logger as Pino } from 'pino'
import { describeError } from '../core/action.js'
import { PARTS, type PartName } from '../parts.js'
import { createServerLog } from './log.js'
import { countingFetch, createMetrics, type Metrics } from './metrics.js'
import type { Delivery, DeliveryQueue } from './queue.js'
import { recordsRoute, type DeliveryRecords } from './records.js'
import { BosunServer, type ServerOptions } from './server.js'

type Env = Record<string, string | undefined>

export class ServerConfigError extends Error {}

const DEFAULT_SWEEP_SECONDS = 3600

function positiveInteger(env: Env, name: string, fallback: number): number {
  const text = env[name]?.trim()
  if (!text) return fallback
  if (!/^\d{1,9}$/.test(text)) throw new ServerConfigError(`${name} must be a whole number, got "${text}"`)
  return Number(text)
}

function privateKey(env: Env): string {
  if (env.BOSUN_PRIVATE_KEY?.trim()) return env.BOSUN_PRIVATE_KEY.replace(/\\n/g, '\n')
  const path = env.BOSUN_PRIVATE_KEY_PATH?.trim()
  if (!path)
    throw new ServerConfigError('set BOSUN_PRIVATE_KEY (PEM text) or BOSUN_PRIVATE_KEY_PATH (a PEM file)')
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new ServerConfigError(`cannot read BOSUN_PRIVATE_KEY_PATH ${path}: ${(error as Error).message}`)
  }
}

/** BOSUN_PARTS: a comma-separated list of the parts to run (all of them when unset). */
function partsFrom(env: Env): PartName[] | undefined {
  const names = (env.BOSUN_PARTS ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)
  if (!names.length) return undefined
  const known: readonly string[] = PARTS.map((p) => p.name)
  const unknown = names.filter((n) => !known.includes(n))
  if (unknown.length)
    throw new ServerConfigError(
      `BOSUN_PARTS: no part named ${unknown.join(', ')} (parts: ${known.join(', ')})`,
    )
  return names as PartName[]
}

/** The server's settings from the environment; every problem is a one-line message. */
export function readServerEnv(
  env: Env,
): ServerOptions & { databaseUrl?: string; replicaTimeoutMs: number; adminToken?: string } {
  const appId = env.BOSUN_APP_ID?.trim()
  if (!appId || !/^\d+$/.test(appId)) throw new ServerConfigError("set BOSUN_APP_ID to the App's numeric id")
  const webhookSecret = env.BOSUN_WEBHOOK_SECRET ?? ''
  if (!webhookSecret) throw new ServerConfigError("set BOSUN_WEBHOOK_SECRET to the App's webhook secret")
  const key = privateKey(env)
  if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(key))
    throw new ServerConfigError('the private key is not a PEM private key (-----BEGIN ... PRIVATE KEY-----)')
  const port = positiveInteger(env, 'PORT', 3000)
  if (port > 65535) throw new ServerConfigError(`PORT must be at most 65535, got ${port}`)
  return {
    appId,
    privateKey: key,
    webhookSecret,
    apiUrl: (env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, ''),
    port,
    concurrency: positiveInteger(env, 'BOSUN_CONCURRENCY', 8) || 1,
    sweepIntervalMs: positiveInteger(env, 'BOSUN_SWEEP_INTERVAL', DEFAULT_SWEEP_SECONDS) * 1000,
    inputs: {
      openaiApiKey: env.OPENAI_API_KEY?.trim() ?? '',
      openaiBaseUrl: env.OPENAI_BASE_URL?.trim() ?? '',
    },
    parts: partsFrom(env),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    ...replicaSettings(env),
  }
}

/** The Postgres replicas' failure timeout and the operator's token for GET /deliveries. */
function replicaSettings(env: Env): { replicaTimeoutMs: number; adminToken?: string } {
  const seconds = positiveInteger(env, 'BOSUN_REPLICA_TIMEOUT', 30)
  if (seconds < 2)
    throw new ServerConfigError(`BOSUN_REPLICA_TIMEOUT must be at least 2 seconds, got ${seconds}`)
  const adminToken = env.BOSUN_ADMIN_TOKEN?.trim() || undefined
  if (adminToken && adminToken.length < 16)
    throw new ServerConfigError('BOSUN_ADMIN_TOKEN must be at least 16 characters long')
  return { replicaTimeoutMs: seconds * 1000, adminToken }
}

/** The Postgres queue and records for several replicas; loaded only when DATABASE_URL is set. */
async function postgresBackend(
  databaseUrl: string,
  replicaTimeoutMs: number,
  log: Pino,
): Promise<{ queue: DeliveryQueue; records: DeliveryRecords }> {
  // Not bundled: graphile-worker needs Node 22.18, and only replicas on Postgres load it.
  const [queueModule, recordsModule] = ['./queue-postgres.js', './records-postgres.js']
  const mod = (await import(queueModule)) as typeof import('./queue-postgres.js')
  const { createPostgresRecords } = (await import(recordsModule)) as typeof import('./records-postgres.js')
  const queue = mod.createPostgresQueue({
    connectionString: databaseUrl,
    onError: (error: unknown, d: Delivery) => log.error({ delivery: d.id }, describeError(error)),
    ...mod.replicaTimings(replicaTimeoutMs),
  })
  return { queue, records: createPostgresRecords({ connectionString: databaseUrl }) }
}

/** What the server tells the metrics: each delivery's outcome, every GitHub request; and GET /metrics. */
export function metricsOptions(metrics: Metrics): Pick<ServerOptions, 'onDelivery' | 'routes' | 'fetch'> {
  return {
    onDelivery: (d) => metrics.recordDelivery(d.event, d.outcome, (d.ms ?? 0) / 1000),
    routes: {
      '/metrics': async (_req, res) => {
        const text = await metrics.render()
        res.writeHead(200, { 'content-type': metrics.contentType }).end(text)
      },
    },
    fetch: (installationId) => countingFetch(metrics, installationId),
  }
}

/** Starts the server and resolves when it has stopped (after SIGTERM or SIGINT). */
export async function serve(env: Env = process.env, log: Pino = createServerLog()): Promise<number> {
  let options: ReturnType<typeof readServerEnv>
  try {
    options = readServerEnv(env)
  } catch (error) {
    if (!(error instanceof ServerConfigError)) throw error
    log.fatal(`bosun serve: ${error.message}`)
    return 2
  }
  const { databaseUrl, replicaTimeoutMs, adminToken, ...rest } = options
  const shared = databaseUrl ? await postgresBackend(databaseUrl, replicaTimeoutMs, log) : undefined
  const metrics = createMetrics()
  const observed = metricsOptions(metrics)
  const routes = { ...observed.routes }
  const server = new BosunServer({ ...rest, ...shared, log, ...observed, routes })
  if (adminToken) routes['/deliveries'] = recordsRoute(server, adminToken)
  metrics.setQueueDepthSource(() => server.queue.depth())
  await server.start()
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      log.info({ signal }, 'shutting down: finishing running deliveries')
      void server.stop().then(resolve)
    }
    process.once('SIGTERM', () => shutdown('SIGTERM'))
    process.once('SIGINT', () => shutdown('SIGINT'))
  })
  return 0
}
