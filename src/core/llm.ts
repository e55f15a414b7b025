// The LLM client both translation actions use: any OpenAI-compatible chat API (OpenAI, Azure
// OpenAI, DeepSeek, Qwen, a local server) through the `openai` package, with bounded concurrency,
// retries with backoff on 429/5xx that honour retry-after (the package's own), a timeout per call,
// and token usage collected for replies and job summaries. The key is masked in logs.
import Bottleneck from 'bottleneck/light.js'
import OpenAI from 'openai'
import type { Logger } from './log.js'
import { firstLine, httpStatus } from './github.js'

export interface LlmOptions {
  apiKey: string
  /** Empty means OpenAI's own API. */
  baseUrl?: string
  model: string
  log: Logger
  concurrency?: number
  timeoutMs?: number
  retries?: number
}

export interface Usage {
  calls: number
  promptTokens: number
  completionTokens: number
}

export class LlmError extends Error {}

/** The answer was cut at the model's output limit: the caller retries in smaller pieces. */
export class TruncatedError extends LlmError {}

export class Llm {
  readonly usage: Usage = { calls: 0, promptTokens: 0, completionTokens: 0 }
  private readonly client: OpenAI
  private readonly limiter: Bottleneck

  constructor(private readonly options: LlmOptions) {
    options.log.secret?.(options.apiKey)
    this.client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseUrl || undefined,
      timeout: options.timeoutMs ?? 120_000,
      maxRetries: options.retries ?? 3,
    })
    this.limiter = new Bottleneck({ maxConcurrent: options.concurrency ?? 4 })
  }

  get model(): string {
    return this.options.model
  }

  /** One chat completion; returns the answer text, or throws LlmError with a one-line reason. */
  async complete(system: string, user: string): Promise<string> {
    return this.limiter.schedule(async () => {
      try {
        const response = await this.client.chat.completions.create({
          model: this.options.model,
          temperature: 0,
          messages: [
            { role: 'system', content: system },
            { role: 'user', content: user },
          ],
        })
        this.usage.calls++
        this.usage.promptTokens += response.usage?.prompt_tokens ?? 0
        this.usage.completionTokens += response.usage?.completion_tokens ?? 0
        const choice = response.choices[0]
        const text = choice?.message?.content
        if (choice?.finish_reason === 'length')
          throw new TruncatedError('the model stopped early (answer truncated at its length limit)')
        if (typeof text !== 'string' || !text.trim()) throw new LlmError('the model returned no text')
        return text
      } catch (error) {
        if (error instanceof LlmError) throw error
        const status = httpStatus(error)
        throw new LlmError(`the model API failed${status ? ` (${status})` : ''}: ${firstLine(error)}`)
      }
    })
  }
}
