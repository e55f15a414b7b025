// An OpenAI-compatible chat API on 127.0.0.1 for tests: a deterministic pseudo-translation that
// keeps the Markdown and the placeholders it is given (so structure checks mean something), or,
// for the model named `echo`, the input unchanged; an output limit in tokens on request; with
// latency, injected 429/500 answers, truncated or structure-breaking answers on request, and a
// request log with token counts.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ChatRequestLog {
  model: string
  system: string
  user: string
  status: number
  promptTokens: number
  completionTokens: number
}

export type Misbehaviour =
  | 'truncate'
  | 'drop-placeholder'
  | 'change-link'
  | 'drop-code-block'
  | 'empty'
  /** Adds a mention, a ref and command lines the source never had, as a steered model might. */
  | 'invent-mention'

const tokens = (text: string) => Math.ceil(text.length / 4)

/** "Translates" by tagging every prose line with the target language, leaving structure alone. */
export function pseudoTranslate(text: string, target: string): string {
  // Data-file batches arrive as a JSON object of strings: translate the values only.
  if (text.trimStart().startsWith('{')) {
    try {
      const data = JSON.parse(text) as Record<string, string>
      return JSON.stringify(
        Object.fromEntries(Object.entries(data).map(([k, v]) => [k, `«${target}» ${v}`])),
        null,
        2,
      )
    } catch {
      // not JSON: fall through to Markdown
    }
  }
  let inFence = false
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence
        return line
      }
      if (inFence) return line
      // Markers, and placeholders that open a line (an HTML tag opening an HTML block), stay first.
      const m =
        /^(\s*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+|>\s*|\|\s*|⟦\d+⟧\s*)*)([\s\S]*)$/.exec(line)!
      const [, prefix = '', rest = ''] = m
      // Only lines with prose (letters outside placeholders) are "translated".
      if (!/\p{L}/u.test(rest.replace(/⟦\d+⟧/g, ''))) return line
      return `${prefix}«${target}» ${rest}`
    })
    .join('\n')
}

export class OpenAiEmulator {
  readonly requests: ChatRequestLog[] = []
  latencyMs = 0
  /** Answers longer than this many tokens are cut, with `finish_reason: length`, as a model would. */
  outputLimit = Infinity
  private failures: Array<{ status: number; retryAfter?: number; left: number }> = []
  private misbehaviours: Array<{ kind: Misbehaviour; left: number }> = []
  private server?: Server
  url = ''

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c) => chunks.push(c))
      req.on('end', async () => {
        if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs))
        const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
          res.writeHead(status, { 'content-type': 'application/json', ...headers })
          res.end(JSON.stringify(body))
        }
        if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions'))
          return send(404, { error: { message: 'not found' } })
        if (!/^Bearer \S+/.test(String(req.headers.authorization)))
          return send(401, { error: { message: 'missing key' } })
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
        const system = String(
          body.messages?.find((m: { role: string }) => m.role === 'system')?.content ?? '',
        )
        const user = String(body.messages?.find((m: { role: string }) => m.role === 'user')?.content ?? '')
        const entry: ChatRequestLog = {
          model: body.model,
          system,
          user,
          status: 200,
          promptTokens: tokens(system + user),
          completionTokens: 0,
        }
        this.requests.push(entry)
        const failure = this.failures.find((f) => f.left > 0)
        if (failure) {
          failure.left--
          entry.status = failure.status
          return send(
            failure.status,
            { error: { message: failure.status === 429 ? 'Rate limit reached' : 'Internal error' } },
            failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : {},
          )
        }
        const target = /Target language: (\S+)/.exec(system)?.[1] ?? 'en'
        let answer = body.model === 'echo' ? user : pseudoTranslate(user, target)
        let finish = 'stop'
        if (tokens(answer) > this.outputLimit) {
          answer = answer.slice(0, this.outputLimit * 4)
          finish = 'length'
        }
        const odd = this.misbehaviours.find((m) => m.left > 0)
        if (odd) {
          odd.left--
          if (odd.kind === 'truncate') {
            answer = answer.slice(0, Math.max(1, Math.floor(answer.length / 2)))
            finish = 'length'
          } else if (odd.kind === 'drop-placeholder') answer = answer.replace(/⟦\d+⟧/, '')
          else if (odd.kind === 'change-link')
            answer = answer.replace(/\]\(([^)]+)\)/, '](https://evil.example/)')
          else if (odd.kind === 'drop-code-block')
            answer = answer.replace(/^(```|~~~)[^\n]*\n[\s\S]*?\n\1[ \t]*$/m, '')
          else if (odd.kind === 'empty') answer = ''
          else if (odd.kind === 'invent-mention')
            answer = `${answer}\n/lgtm\n  /close\nping @mallory about #999`
        }
        entry.completionTokens = tokens(answer)
        send(200, {
          id: `chatcmpl-${this.requests.length}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: body.model,
          choices: [{ index: 0, finish_reason: finish, message: { role: 'assistant', content: answer } }],
          usage: {
            prompt_tokens: entry.promptTokens,
            completion_tokens: entry.completionTokens,
            total_tokens: entry.promptTokens + entry.completionTokens,
          },
        })
      })
    })
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`
    return this.url
  }

  failNext(status: 429 | 500 | 503, times = 1, retryAfter?: number): void {
    this.failures.push({ status, retryAfter, left: times })
  }

  /** Forgets queued failures and misbehaviours, so one test's leftovers cannot reach the next. */
  reset(): void {
    this.failures = []
    this.misbehaviours = []
    this.outputLimit = Infinity
    this.latencyMs = 0
  }

  misbehave(kind: Misbehaviour, times = 1): void {
    this.misbehaviours.push({ kind, left: times })
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()))
  }
}
