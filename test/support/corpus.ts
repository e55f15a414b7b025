// The translation corpus: real README and CHANGELOG files shipped in the installed npm packages
// (the lockfile pins their versions), from a few hundred bytes to the largest available, listed in
// test/fixtures/corpus.txt. Nothing in it was written for bosun. Used by the fidelity test and
// `npm run bench`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Llm } from '../../src/core/llm.js'
import { checkTranslation, translateMarkdown } from '../../src/gpt-translate/documents.js'
import { ROOT } from '../emulator/paths.js'

export interface CorpusFile {
  path: string
  text: string
}

export function corpus(): CorpusFile[] {
  return readFileSync(join(ROOT, 'test/fixtures/corpus.txt'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }))
}

export interface CorpusResult {
  tried: number
  /** Translated, checked and intact: what `/gt` would commit. */
  committed: number
  /** One line per file that was not: the file and the reason. */
  failures: string[]
}

/**
 * Translates every file as `/gt` would. `expect` says what intact means for this model: for an
 * echo model the output must equal the input; otherwise the structure must match.
 */
export async function runCorpus(
  llm: Llm,
  files: CorpusFile[],
  options: { budget: number; echo: boolean },
): Promise<CorpusResult> {
  const result: CorpusResult = { tried: files.length, committed: 0, failures: [] }
  for (const file of files) {
    try {
      const out = await translateMarkdown(llm, 'ja', file.text, {
        budget: options.budget,
        frontMatterKeys: ['title', 'description'],
      })
      const problem = options.echo
        ? out.text === file.text
          ? undefined
          : 'the echoed file differs from its source'
        : checkTranslation(out)
      if (problem) result.failures.push(`${file.path}: ${problem}`)
      else result.committed++
    } catch (error) {
      result.failures.push(`${file.path}: ${(error as Error).message}`)
    }
  }
  return result
}
