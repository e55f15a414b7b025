// A tiny round-robin HTTP load balancer for several `bosun serve` replicas behind one webhook URL
// (tests and the bench). Each request goes to the next upstream; one refusing the connection is
// skipped, as a load balancer's health checks would; one failing mid-request answers 502 (GitHub's
// delivery failed, and it is redelivered).
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface LoadBalancer {
  url: string
  close(): Promise<void>
}

export function startLoadBalancer(upstreams: () => string[]): Promise<LoadBalancer> {
  let next = 0
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const attempt = (tries: number) => {
        const list = upstreams()
        const target = new URL(req.url ?? '/', list[next++ % list.length])
        const out = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        })
        out.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'ECONNREFUSED' && tries < list.length) return attempt(tries + 1)
          if (!res.headersSent) res.writeHead(502).end()
        })
        out.end(body)
      }
      attempt(1)
    })
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  )
}
