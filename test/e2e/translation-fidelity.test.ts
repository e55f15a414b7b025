// Fidelity on real documents nobody here wrote (test/support/corpus.ts): 100 README and CHANGELOG
// files of installed packages, 400 bytes to 740 KB, translated through the OpenAI emulator by a
// model that echoes its input and by the deterministic pseudo-translator. Every file must come
// back intact: byte for byte from the echo model, with the same structure from the other.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Llm } from '../../src/core/llm.js'
import { memoryLogger } from '../../src/core/log.js'
import { parseDoc, planChunks } from '../../src/gpt-translate/documents.js'
import { OpenAiEmulator } from '../emulator/openai.js'
import { corpus, runCorpus } from '../support/corpus.js'

const ai = new OpenAiEmulator()
beforeAll(() => ai.start())
afterAll(() => ai.stop())

const llm = (model: string) =>
  new Llm({ apiKey: 'sk-fidelity', baseUrl: ai.url, model, log: memoryLogger(), concurrency: 8 })

describe('translation fidelity on real documents', () => {
  const files = corpus()

  it('has at least 80 real files, from under 1 KB to over 500 KB', () => {
    expect(files.length).toBeGreaterThanOrEqual(80)
    const sizes = files.map((f) => f.text.length).sort((a, b) => a - b)
    expect(sizes[0]).toBeLessThan(1000)
    expect(sizes.at(-1)).toBeGreaterThan(500_000)
  })

  it('gives every file back byte for byte with a model that echoes its input', async () => {
    const echo = llm('echo')
    const result = await runCorpus(echo, files, { budget: 1500, echo: true })
    expect(result.failures).toEqual([])
    expect(result.committed).toBe(files.length)
    expect(echo.usage.calls).toBeGreaterThan(files.length)
  }, 300_000)

  it('keeps the structure of every file with the pseudo-translating model', async () => {
    const pseudo = llm('gpt-4o-mini')
    const result = await runCorpus(pseudo, files, { budget: 1500, echo: false })
    expect(result.failures).toEqual([])
    expect(result.committed).toBe(files.length)
  }, 300_000)

  it('retries answers cut at the output limit in smaller pieces, never committing a cut answer', async () => {
    // Answers over 1,000 tokens are cut: many 1,500-token chunks must be redone in halves.
    ai.outputLimit = 1000
    try {
      const pseudo = llm('gpt-4o-mini')
      const big = files.filter((f) => f.text.length > 50_000 && f.text.length < 120_000)
      const planned = big.reduce((n, f) => n + planChunks(parseDoc(f.text), 1500).length, 0)
      const result = await runCorpus(pseudo, big, { budget: 1500, echo: false })
      expect(big.length).toBeGreaterThan(0)
      expect(result.failures).toEqual([])
      expect(pseudo.usage.calls).toBeGreaterThan(planned)
    } finally {
      ai.outputLimit = Infinity
    }
  }, 300_000)
})
