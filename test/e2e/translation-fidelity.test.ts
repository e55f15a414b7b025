// Fidelity on real documents nobody here wrote: README and CHANGELOG files shipped inside the
// installed npm packages, translated through the OpenAI emulator. Every check must hold for every
// file: same code blocks byte for byte, same link and image targets, same headings.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Llm } from '../../src/core/llm.js'
import { memoryLogger } from '../../src/core/log.js'
import { compareStructure, structureOf, translateMarkdown } from '../../src/gpt-translate/documents.js'
import { OpenAiEmulator } from '../emulator/openai.js'
import { ROOT } from '../emulator/paths.js'

/** README.md / CHANGELOG.md of installed packages, sorted, up to 200 KB each. */
function realDocuments(limit: number): string[] {
  const found: string[] = []
  const packages = (dir: string) =>
    readdirSync(dir).flatMap((name) =>
      name.startsWith('@') ? readdirSync(join(dir, name)).map((n) => join(dir, name, n)) : [join(dir, name)],
    )
  for (const pkg of packages(join(ROOT, 'node_modules')).sort()) {
    for (const file of ['README.md', 'CHANGELOG.md']) {
      const path = join(pkg, file)
      try {
        if (statSync(path).size < 200_000) found.push(path)
      } catch {
        // not there
      }
    }
  }
  return found.slice(0, limit)
}

const ai = new OpenAiEmulator()
let llm: Llm
beforeAll(async () => {
  await ai.start()
  llm = new Llm({
    apiKey: 'sk-fidelity',
    baseUrl: ai.url,
    model: 'emulated',
    log: memoryLogger(),
    concurrency: 8,
  })
})
afterAll(() => ai.stop())

describe('translation fidelity on real documents', () => {
  const docs = realDocuments(60)

  it('finds at least 50 documents', () => {
    expect(docs.length).toBeGreaterThanOrEqual(50)
  })

  it('keeps every code block, link target and heading of every document', async () => {
    const failures: string[] = []
    for (const path of docs) {
      const text = readFileSync(path, 'utf8')
      try {
        const out = await translateMarkdown(llm, 'ja', text, {
          budget: 1200,
          frontMatterKeys: ['title', 'description'],
        })
        const difference = compareStructure(structureOf(text), structureOf(out.text))
        if (difference) failures.push(`${path.slice(ROOT.length)}: ${difference}`)
      } catch (error) {
        failures.push(`${path.slice(ROOT.length)}: ${(error as Error).message}`)
      }
    }
    expect(failures).toEqual([])
    expect(llm.usage.calls).toBeGreaterThan(docs.length)
  }, 120_000)
})
