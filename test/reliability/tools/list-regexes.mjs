#!/usr/bin/env node
// Lists every regular expression in src/** (literals and `new RegExp`/`RegExp(` calls) with file:line, from the
// TypeScript syntax tree rather than a grep, so multi-line and computed patterns are not missed.
// Usage: node test/reliability/tools/list-regexes.mjs [--json]
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

const root = new URL('../../../', import.meta.url).pathname
const files = []
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) walk(p)
    else if (p.endsWith('.ts')) files.push(p)
  }
}
walk(join(root, 'src'))

const found = []
for (const file of files.sort()) {
  const text = readFileSync(file, 'utf8')
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const visit = (node) => {
    const isCtor =
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    if (ts.isRegularExpressionLiteral(node) || isCtor) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart())
      found.push({
        file: relative(root, file),
        line: line + 1,
        kind: isCtor ? 'new RegExp' : 'literal',
        source: node.getText(),
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
}
if (process.argv.includes('--json')) console.log(JSON.stringify(found, null, 2))
else for (const r of found) console.log(`${r.file}:${r.line}\t${r.kind}\t${r.source.replace(/\s+/g, ' ')}`)
