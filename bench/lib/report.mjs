// Plain-text tables for the terminal and for pasting into the README (they are valid Markdown tables).

export function fmtMs(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return '—'
  if (x < 0.1) return x.toFixed(3)
  if (x < 10) return x.toFixed(2)
  if (x < 100) return x.toFixed(1)
  return Math.round(x).toLocaleString('en')
}

export function fmtInt(x) {
  return x === null || x === undefined ? '—' : x.toLocaleString('en')
}

export function fmtExp(x) {
  return x === null || x === undefined ? '—' : x.toFixed(2)
}

/**
 * An exponent in a target line: one more decimal where two would print it equal to the limit (1.104 against
 * ≤ 1.1 reads "1.10" and fails), so that a verdict never contradicts the figure beside it.
 */
export function fmtExpAgainst(x, limit) {
  if (x === null || x === undefined) return '—'
  return x.toFixed(2) === limit.toFixed(2) && x !== limit ? x.toFixed(3) : x.toFixed(2)
}

export function fmtRatio(x) {
  if (x === null || x === undefined) return '—'
  return `${x < 10 ? x.toFixed(1) : Math.round(x)}×`
}

/**
 * A Markdown table with padded columns; `align` holds 'l' or 'r' per column. A `|` inside a cell (an error's stack,
 * joined on one line) is escaped, so that it stays one cell.
 */
export function table(headers, rows, align) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c).replaceAll('|', '\\|')))
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((r) => [...r[i]].length)))
  const pad = (s, i) => {
    const gap = ' '.repeat(widths[i] - [...s].length)
    return align[i] === 'r' ? gap + s : s + gap
  }
  const line = (r) => `| ${r.map(pad).join(' | ')} |`
  const rule = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n')
}
