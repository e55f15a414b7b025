// How much text one model call may carry. A chunk's answer is about as long as its input (longer
// into some scripts), so the input budget leaves the model's output limit room for twice the
// chunk, stays well inside its context window, and is capped so long files spread over several
// concurrent calls. `gpt-translate.chunk-tokens` overrides the default for any model.

export interface ModelLimits {
  /** Context window, tokens. */
  context: number
  /** Most tokens one answer may hold. */
  output: number
}

/** Longest prefix wins; names as OpenAI-compatible servers spell them. */
export const MODEL_LIMITS: Array<[prefix: string, limits: ModelLimits]> = [
  ['gpt-4o-mini', { context: 128_000, output: 16_384 }],
  ['gpt-4o', { context: 128_000, output: 16_384 }],
  ['gpt-4.1', { context: 1_000_000, output: 32_768 }],
  ['gpt-4-turbo', { context: 128_000, output: 4_096 }],
  ['gpt-4', { context: 8_192, output: 4_096 }],
  ['gpt-3.5-turbo', { context: 16_385, output: 4_096 }],
  ['gpt-5', { context: 400_000, output: 128_000 }],
  ['o1', { context: 200_000, output: 100_000 }],
  ['o3', { context: 200_000, output: 100_000 }],
  ['o4-mini', { context: 200_000, output: 100_000 }],
  ['deepseek', { context: 64_000, output: 8_192 }],
  ['qwen', { context: 32_768, output: 8_192 }],
  ['glm', { context: 128_000, output: 4_096 }],
  ['claude', { context: 200_000, output: 8_192 }],
  ['llama', { context: 8_192, output: 4_096 }],
]

/** Unknown models: the smallest common limits. */
export const DEFAULT_LIMITS: ModelLimits = { context: 8_192, output: 4_096 }

/** Tokens per chunk beyond which more calls in parallel beat longer answers. */
export const MAX_CHUNK_TOKENS = 1_500

export function limitsOf(model: string): ModelLimits {
  const name = model.toLowerCase().replace(/^.*\//, '') // `openai/gpt-4o` on routers
  let best: [string, ModelLimits] | undefined
  for (const entry of MODEL_LIMITS)
    if (name.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry
  return best?.[1] ?? DEFAULT_LIMITS
}

/** Input tokens per chunk for a model, or the configured override. */
export function chunkBudget(model: string, configured?: number): number {
  if (configured) return configured
  const { context, output } = limitsOf(model)
  return Math.min(MAX_CHUNK_TOKENS, Math.floor(output / 2), Math.floor(context / 4))
}
