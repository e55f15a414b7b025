// The Dockerfile, compose.yaml and deploy/kubernetes.yaml against the server's contract: its
// environment variables, its port, and its /healthz and /readyz endpoints.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, parseAllDocuments } from 'yaml'

const ROOT = process.cwd()
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')

/** Every variable `bosun serve` reads; nothing else belongs in a deployment's environment. */
const CONTRACT_ENV = new Set([
  'BOSUN_APP_ID',
  'BOSUN_PRIVATE_KEY',
  'BOSUN_PRIVATE_KEY_PATH',
  'BOSUN_WEBHOOK_SECRET',
  'PORT',
  'DATABASE_URL',
  'GITHUB_API_URL',
  'OPENAI_API_KEY',
  'OPENAI_BASE_URL',
])
const DEFAULT_PORT = 3000

/** Dockerfile instructions, continuation lines joined and comments dropped. */
function instructions(text: string): { op: string; args: string }[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [op, ...rest] = line.split(/\s+/)
      return { op: op!.toUpperCase(), args: rest.join(' ') }
    })
}

describe('Dockerfile', () => {
  const steps = instructions(read('Dockerfile'))
  const args = (op: string) => steps.filter((s) => s.op === op).map((s) => s.args)

  it.each([
    ['FROM', ['node:24-slim AS build', 'node:24-slim']],
    ['USER', ['node']],
    ['EXPOSE', [String(DEFAULT_PORT)]],
    ['CMD', ['["bosun", "serve"]']],
  ])('%s is %j', (op, expected) => {
    expect(args(op)).toEqual(expected)
  })

  it('installs from the lockfile only, production dependencies in the image', () => {
    const installs = args('RUN').filter((a) => a.includes('npm ci'))
    expect(installs).toHaveLength(2) // the build stage's, then the image's
    expect(installs[1]).toMatch(/npm ci --omit=dev\b/)
    expect(args('RUN').join(' ')).not.toMatch(/npm install\b/)
  })

  it('defaults PORT to the port it exposes, and its health check asks /healthz', () => {
    expect(args('ENV').join(' ')).toContain(`PORT=${DEFAULT_PORT}`)
    expect(args('HEALTHCHECK').join(' ')).toContain('/healthz')
  })

  it('copies what the command needs: bin/, the bundles, app.yml and the compiled server', () => {
    const copied = args('COPY').map((a) => a.split(' ')[0])
    expect(copied).toEqual(expect.arrayContaining(['bin/', 'dist/', 'app.yml']))
    // bin/bosun.mjs imports .tools-build/src/cli/main.js, which the build stage compiles.
    const tools = JSON.parse(read('tsconfig.tools.json')) as { compilerOptions: { outDir: string } }
    expect(args('RUN').join(' ')).toContain('tsc -p tsconfig.tools.json')
    expect(args('COPY')).toContain(`--from=build /src/${tools.compilerOptions.outDir}/src/ .tools-build/src/`)
    expect(read('bin/bosun.mjs')).toContain("join(root, '.tools-build', 'src', 'cli', 'main.js')")
  })
})

interface ComposeService {
  environment?: Record<string, string>
  env_file?: string
  ports?: string[]
  depends_on?: Record<string, { condition: string }>
  secrets?: string[]
  healthcheck?: { test: string[] }
}

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml')) as {
    services: Record<string, ComposeService>
    secrets: Record<string, { file: string }>
  }
  const bosun = compose.services.bosun!

  it('sets only contract variables, and DATABASE_URL points at its postgres service', () => {
    for (const name of Object.keys(bosun.environment ?? {})) expect(CONTRACT_ENV).toContain(name)
    const url = new URL(bosun.environment!.DATABASE_URL!.replace(/\$\{[^}]*\}/g, 'x'))
    expect(compose.services[url.hostname]).toBeDefined()
    expect(bosun.depends_on?.[url.hostname]?.condition).toBe('service_healthy')
    expect(compose.services[url.hostname]!.healthcheck).toBeDefined()
  })

  it('reads the files bosun serve --setup writes, the key as a secret file', () => {
    expect(bosun.env_file).toBe('./bosun-app/app.env')
    expect(compose.secrets[bosun.secrets![0]!]!.file).toBe('./bosun-app/private-key.pem')
    expect(bosun.environment!.BOSUN_PRIVATE_KEY_PATH).toBe(`/run/secrets/${bosun.secrets![0]}`)
  })

  it('publishes the port it listens on', () => {
    const port = bosun.environment!.PORT
    expect(bosun.ports).toEqual([`${port}:${port}`])
  })
})

interface Container {
  ports: { name: string; containerPort: number }[]
  env: { name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }[]
  livenessProbe: { httpGet: { path: string; port: string } }
  readinessProbe: { httpGet: { path: string; port: string } }
}

describe('deploy/kubernetes.yaml', () => {
  const docs = parseAllDocuments(read('deploy/kubernetes.yaml')).map((d) => d.toJS())
  const kind = (k: string) => docs.find((d) => d.kind === k)
  const deployment = kind('Deployment')
  const pod = deployment.spec.template
  const container = pod.spec.containers[0] as Container
  const env = new Map(container.env.map((e) => [e.name, e]))

  it('runs at least two replicas, never all down during a rollout', () => {
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2)
    expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0)
  })

  it('sets only contract variables, the secrets through secret references', () => {
    for (const name of env.keys()) expect(CONTRACT_ENV).toContain(name)
    for (const name of ['BOSUN_APP_ID', 'BOSUN_PRIVATE_KEY', 'BOSUN_WEBHOOK_SECRET', 'DATABASE_URL']) {
      expect(env.get(name)?.valueFrom?.secretKeyRef.key).toBe(name)
      expect(env.get(name)?.value).toBeUndefined()
    }
  })

  it.each([
    ['livenessProbe', '/healthz'],
    ['readinessProbe', '/readyz'],
  ] as const)('%s asks %s on the port PORT names', (probe, path) => {
    expect(container[probe].httpGet.path).toBe(path)
    const port = container.ports.find((p) => p.name === container[probe].httpGet.port)
    expect(port?.containerPort).toBe(Number(env.get('PORT')?.value))
  })

  it('runs as a non-root user', () => {
    expect(pod.spec.securityContext.runAsNonRoot).toBe(true)
    expect(pod.spec.securityContext.runAsUser).not.toBe(0)
  })

  it('has a Service that selects the pods and targets their port', () => {
    const service = kind('Service')
    expect(pod.metadata.labels).toMatchObject(service.spec.selector)
    expect(container.ports.map((p) => p.name)).toContain(service.spec.ports[0].targetPort)
  })

  it('lets Prometheus find /metrics on that port', () => {
    expect(pod.metadata.annotations['prometheus.io/path']).toBe('/metrics')
    expect(Number(pod.metadata.annotations['prometheus.io/port'])).toBe(Number(env.get('PORT')?.value))
  })
})
