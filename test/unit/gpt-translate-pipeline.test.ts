// The translators' pure decisions, table-driven: chunk budgets per model, files /gt refuses to
// touch, which parts of an issue are translated, where edit mode may write, and bosun's markers.
import { describe, expect, it } from '@jest/globals'
import { resolveConfig } from '../../src/core/config.js'
import { chunkBudget } from '../../src/gpt-translate/budget.js'
import { refuseSpecialEntries } from '../../src/gpt-translate/run.js'
import {
  markersIn,
  modeFor,
  partsToTranslate,
  translationMarker,
  type Source,
} from '../../src/issue-translate/run.js'

describe('chunk budget per model', () => {
  const ROWS: Array<[string, number | undefined, number]> = [
    ['gpt-4o-mini', undefined, 1500],
    ['openai/gpt-4o', undefined, 1500],
    ['gpt-4', undefined, 1500],
    ['llama3', undefined, 1500],
    ['some-local-model', undefined, 1500],
    ['gpt-4o-mini', 600, 600],
  ]
  it.each(ROWS)('%s (configured %s) → %d tokens per chunk', (model, configured, expected) => {
    expect(chunkBudget(model, configured)).toBe(expected)
  })
})

describe('symlinks, submodules and paths under files', () => {
  const tree = [
    { path: 'README.md', mode: '100644', type: 'blob' },
    { path: 'docs/link.md', mode: '120000', type: 'blob' },
    { path: 'vendor/lib', mode: '160000', type: 'commit' },
    { path: 'docs', mode: '040000', type: 'tree' },
  ]
  const ROWS: Array<[string, string, string, string | undefined]> = [
    ['a regular file', 'README.md', 'README.ja.md', undefined],
    ['a symlinked INPUT', 'docs/link.md', 'docs/x.md', 'is a symbolic link'],
    ['an OUTPUT over a symlink', 'README.md', 'docs/link.md', 'is a symbolic link'],
    ['an OUTPUT inside a submodule', 'README.md', 'vendor/lib/README.md', '`vendor/lib` is a submodule'],
    ['an OUTPUT under a file', 'README.md', 'README.md/ja.md', '`README.md` is a file'],
    ['an OUTPUT over a directory', 'README.md', 'docs', 'is a directory'],
  ]
  it.each(ROWS)('%s', (_name, input, output, refusal) => {
    const got = refuseSpecialEntries(
      { inputs: input, outputs: output, language: 'ja' },
      [{ input, output }],
      tree,
    )
    if (refusal) expect(got).toContain(refusal)
    else expect(got).toBeUndefined()
  })
})

describe('issue parts judged each on its own', () => {
  const ZH = '运行安装命令之后，项目在 Windows 上无法构建，请帮忙看看这个问题。'
  const EN = 'After running the install command the build fails on Windows with a permission error.'
  const ROWS: Array<[string, string, string, string[]]> = [
    ['Chinese title, English body', '在 Windows 上构建失败了，怎么办？', EN, ['title']],
    ['English title, Chinese body', 'Build fails on Windows after npm install', ZH, ['body']],
    ['short title, Chinese body', '构建失败', ZH, ['body', 'title']],
    ['short title, English body', '构建失败', EN, []],
    ['both English', 'Build fails on Windows after npm install', EN, []],
  ]
  it.each(ROWS)('%s', async (_name, title, body, expected) => {
    expect((await partsToTranslate(title, body, 'en')).map((p) => p.name)).toEqual(expected)
  })
})

describe('edit mode and commands', () => {
  const edit = { ...resolveConfig({ translate: { mode: 'edit' } }) }
  const comment = (body: string): Source => ({ kind: 'comment', number: 1, commentId: 2, author: 'li', body })
  const ROWS: Array<[string, string, string]> = [
    ['prose', '我觉得可以。', 'edit'],
    ['a command', '/lgtm\n我觉得可以。', 'comment'],
    ['a command in code', '```\n/lgtm\n```\n我觉得可以。', 'edit'],
  ]
  it.each(ROWS)('a comment with %s', (_name, body, mode) => {
    expect(modeFor(edit, comment(body))).toBe(mode)
  })
})

describe('translation markers', () => {
  it('round-trips the source, the author and the calls', () => {
    const body = `text\n${translationMarker('issue-3', 'Li', 2)}`
    expect(markersIn(body)).toEqual([{ key: 'issue-3', author: 'li', calls: 2 }])
    expect(markersIn('<!-- bosun:translated -->')).toEqual([])
  })
})
