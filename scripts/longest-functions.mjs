// The longest functions under a folder (default src/), by lines from signature to closing brace:
// where to look first when a change wants a shorter function. `node scripts/longest-functions.mjs [dir] [count]`
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

const root = process.argv[2] ?? 'src'
const count = Number(process.argv[3] ?? 10)

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* sourceFiles(path)
    else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path
  }
}

/** A readable name: the declaration's own, else the variable or property it is assigned to. */
function nameOf(node) {
  if (node.name) return node.name.getText()
  const parent = node.parent
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name)
    return parent.name.getText()
  return '(anonymous)'
}

const functions = []
for (const file of sourceFiles(root)) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line + 1
      functions.push({ where: `${relative('.', file)}:${start}`, name: nameOf(node), lines: end - start + 1 })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
}
functions.sort((a, b) => b.lines - a.lines)
for (const f of functions.slice(0, count))
  console.log(`${String(f.lines).padStart(4)}  ${f.name}  ${f.where}`)
