/**
 * The playground's script, served at /playground.js. Plain browser JavaScript kept as a string so the Worker
 * needs no build step and the bundle stays small (no framework). Rules it keeps:
 * - Article text only ever enters the DOM as text nodes (textContent / append of strings), never as HTML.
 * - Highlights come from the quotes' start/end offsets into the exact string that was sent
 *   (textarea.value, in which the browser has already normalised line breaks), never from searching the text.
 * - Errors show the problem+json `title`, `detail` and every `errors[]` entry.
 * (No template literals inside: this file is itself a template literal.)
 */
export const JS = String.raw`(() => {
'use strict'
const $ = (id) => document.getElementById(id)
const form = $('form'), textEl = $('text'), fileEl = $('file'), langEl = $('language')
const sentencesEl = $('sentences'), titleEl = $('title'), keyEl = $('apikey'), button = $('analyze')
const statusEl = $('status'), problemEl = $('problem'), results = $('results'), tip = $('tip')
const PALETTE_SIZE = 8
const MAX_FILE_BYTES = 2 * 1024 * 1024
let inflight = null
let audioUrl = null
let narration = null // { body, analysis, controller } of the latest narration request
const nextQuote = new Map()
let lang = 'en'
/** Text from the article, marked with its language. */
const t = (text) => h('span', { lang }, text)

/** Builds an element; strings among the children become text nodes, so they are never parsed as HTML. */
function h(tag, props, ...children) {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false) continue
    if (k === 'class') el.className = v
    else if (k === 'sp') el.style.setProperty('--sp', v)
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v)
    else el.setAttribute(k, v === true ? '' : String(v))
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c)
  return el
}
const pct = (x) => Math.round(x * 1000) / 10 + '%'
const say = (msg) => { statusEl.textContent = msg }
const plural = (n, one, many) => n + ' ' + (n === 1 ? one : many)
function authHeaders() {
  const key = keyEl.value.trim()
  return key ? { authorization: 'Bearer ' + key } : {}
}

// ---- errors -------------------------------------------------------------------------------------------
async function readProblem(res) {
  let body = null
  try { body = await res.json() } catch (_) { body = null }
  if (body && typeof body === 'object' && typeof body.title === 'string') return body
  return { title: 'Request failed', status: res.status,
    detail: 'The server answered ' + res.status + ' ' + res.statusText + ' without a problem description.' }
}
function showProblem(p, retryAfter) {
  problemEl.replaceChildren(h('h3', null, p.title + (p.status ? ' (' + p.status + ')' : '')))
  if (p.detail) problemEl.append(h('p', null, p.detail))
  if (Array.isArray(p.errors) && p.errors.length > 0)
    problemEl.append(h('ul', null, ...p.errors.map((e) =>
      h('li', null, h('code', null, e.path || '(body)'), ': ' + e.message))))
  if (retryAfter) problemEl.append(h('p', null, 'You can try again in ' + retryAfter + ' s.'))
  if (typeof p.type === 'string' && p.type.startsWith('/problems/'))
    problemEl.append(h('p', null, h('a', { href: p.type }, 'About this error')))
  problemEl.hidden = false
}

// ---- analysis -----------------------------------------------------------------------------------------
async function analyze() {
  const text = textEl.value
  const body = { text, language: langEl.value }
  const title = titleEl.value.trim()
  if (title) body.title = title
  const n = sentencesEl.value.trim()
  if (n) body.options = { summarySentences: Number(n) }
  if (inflight) inflight.abort()
  if (narration) narration.controller.abort()
  inflight = new AbortController()
  const signal = inflight.signal
  problemEl.hidden = true
  button.disabled = true
  form.setAttribute('aria-busy', 'true')
  say('Analyzing…')
  const t0 = performance.now()
  try {
    const res = await fetch('/v1/analyze', {
      method: 'POST', body: JSON.stringify(body), signal,
      headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders() },
    })
    if (!res.ok) {
      showProblem(await readProblem(res), res.headers.get('retry-after'))
      say('The analysis failed.')
      return
    }
    const a = await res.json()
    render(text, a, res.headers.get('x-cache'), performance.now() - t0)
    const direct = a.quotes.filter((q) => q.kind === 'direct').length
    say('Done: ' + plural(direct, 'quote', 'quotes') + ' and ' + plural(a.quotes.length - direct, 'reported statement',
      'reported statements') + ', ' + plural(a.speakers.length, 'speaker', 'speakers') + ', ' +
      plural(a.summary.sections.length, 'section', 'sections') + '.')
    $('summary-h').focus()
    narrate(body, a)
  } catch (e) {
    if (e && e.name === 'AbortError') return
    showProblem({ title: 'Could not reach quotecast', detail: String((e && e.message) || e) })
    say('The analysis failed.')
  } finally {
    // A newer request (Ctrl+Enter while busy) owns the busy state now.
    if (inflight && inflight.signal === signal) {
      button.disabled = false
      form.removeAttribute('aria-busy')
    }
  }
}

function render(text, a, xCache, ms) {
  const byId = new Map(a.speakers.map((s) => [s.id, s]))
  const colour = new Map(a.speakers.map((s, i) => [s.id, 'var(--c' + (i % PALETTE_SIZE) + ')']))
  const colourOf = (id) => (id && colour.get(id)) || 'var(--none)'
  renderMeta(a, xCache, ms)
  // Article text is in the article's language, the page's own words in English: screen readers switch voices.
  lang = a.language
  for (const id of ['lead', 'article', 'keywords']) $(id).setAttribute('lang', lang)
  $('lead').textContent = a.summary.lead
  $('key').replaceChildren(...a.summary.sentences.map((s) =>
    h('li', null, t(s.text), ' ', h('button', { type: 'button', class: 'link', onclick: () => locate(s.start, s.end) },
      'show in article'))))
  renderArticle(text, a.quotes, byId, colourOf)
  markKeySentences(a.summary.sentences)
  renderLegend(a, colourOf)
  renderSpeakers(a, colourOf)
  $('sections').replaceChildren(...a.summary.sections.map((s) =>
    h('li', null, h('h3', null, s.heading ? t(s.heading) : '(untitled)'), s.summary ? h('p', null, t(s.summary)) : null,
      h('button', { type: 'button', class: 'link', onclick: () => locate(s.start, s.end) }, 'show in article'))))
  if (a.summary.sections.length === 0) $('sections').append(h('li', { class: 'quiet' }, 'No sections: the article has no headings.'))
  $('keywords').replaceChildren(...a.summary.keywords.map((k) => h('li', null, k)))
  $('raw').textContent = JSON.stringify(a, null, 2)
  results.hidden = false
}

function renderMeta(a, xCache, ms) {
  const m = a.meta
  const secs = m.readingTimeSeconds
  const items = [
    ['Language', a.language], ['Words', m.words], ['Sentences', m.sentences], ['Paragraphs', m.paragraphs],
    ['Reading time', Math.floor(secs / 60) + ' min ' + (secs % 60) + ' s'],
    m.date ? ['Date', m.date] : null, m.title ? ['Headline', m.title] : null,
    ['Engine', a.engine], xCache ? ['Cache', xCache] : null, ['Answered in', Math.round(ms) + ' ms'],
  ]
  $('meta').replaceChildren(...items.filter(Boolean).map(([k, v]) => h('li', null, k + ': ', h('b', null, String(v)))))
  // The cached copy of this analysis, for calling the API by id (the id is 64 hex characters, checked here).
  if (/^[0-9a-f]{64}$/.test(a.id))
    $('meta').append(h('li', null, h('a', { href: '/v1/analyses/' + a.id }, 'GET /v1/analyses/' + a.id.slice(0, 8) + '…')))
}

/** Quotes that can be marked without overlapping: direct quotes first, then reported speech around them. */
function placeable(quotes, length) {
  const valid = quotes.filter((q) => Number.isInteger(q.start) && Number.isInteger(q.end) &&
    q.start >= 0 && q.start < q.end && q.end <= length)
  const order = valid.slice().sort((x, y) => (x.kind === y.kind ? x.start - y.start : x.kind === 'direct' ? -1 : 1))
  const chosen = []
  for (const q of order) if (!chosen.some((c) => q.start < c.end && c.start < q.end)) chosen.push(q)
  return chosen.sort((x, y) => x.start - y.start)
}

function describe(q, s) {
  const who = s ? s.name : 'Speaker not named in the article'
  return who + '. ' + (q.kind === 'direct' ? 'Direct quote' : 'Reported speech') + ', attributed by ' + q.method +
    ', confidence ' + pct(q.confidence) + (q.cue ? ', cue “' + q.cue + '”' : '') + '.'
}

function renderArticle(text, quotes, byId, colourOf) {
  const article = $('article'), descriptions = $('descriptions')
  const parts = [], descs = []
  let pos = 0
  const placed = placeable(quotes, text.length)
  const left = quotes.length - placed.length
  $('article-hint').textContent = 'Hover a quote, or Tab to it, to see who said it and how sure quotecast is.' +
    (left > 0 ? ' ' + plural(left, 'quote overlaps', 'quotes overlap') + ' another and appear only in the raw JSON.' : '')
  placed.forEach((q, i) => {
    if (q.start > pos) parts.push(text.slice(pos, q.start))
    const s = q.speakerId ? byId.get(q.speakerId) : null
    const descId = 'quote-desc-' + i
    descs.push(h('span', { id: descId }, describe(q, s)))
    parts.push(h('mark', {
      class: 'q ' + (q.kind === 'direct' ? 'direct' : 'indirect'), tabindex: '0', sp: colourOf(s && s.id),
      'data-quote': q.id, 'data-speaker': s ? s.id : 'none', 'aria-describedby': descId,
    }, text.slice(q.start, q.end)))
    pos = q.end
  })
  if (pos < text.length) parts.push(text.slice(pos))
  article.replaceChildren(...parts)
  descriptions.replaceChildren(...descs)
  nextQuote.clear()
}

function renderLegend(a, colourOf) {
  const items = a.speakers.filter((s) => s.quoteIds.length > 0).map((s) =>
    h('li', null, h('span', { class: 'swatch', sp: colourOf(s.id), 'aria-hidden': 'true' }), t(s.name)))
  if (a.quotes.some((q) => !q.speakerId))
    items.push(h('li', null, h('span', { class: 'swatch', sp: colourOf(null), 'aria-hidden': 'true' }), 'speaker not named'))
  if (a.quotes.some((q) => q.kind === 'indirect')) items.push(h('li', null, 'dashed: reported speech'))
  if (window.CSS && CSS.highlights && a.summary.sentences.length > 0) items.push(h('li', null, 'underlined: key sentence'))
  $('legend').replaceChildren(...items)
}

function renderSpeakers(a, colourOf) {
  const list = $('speakers')
  list.replaceChildren(...a.speakers.map((s) => h('li', { class: 'speaker', sp: colourOf(s.id), 'data-speaker': s.id },
    h('h3', null, h('span', { class: 'swatch', 'aria-hidden': 'true' }), t(s.name)),
    s.role ? h('p', { class: 'role' }, t(s.role)) : null,
    h('div', { class: 'share' },
      h('div', { class: 'bar', 'aria-hidden': 'true' }, barFill(s.share)),
      h('span', { class: 'pct' }, h('span', { class: 'sr' }, 'Share of quoted words: '), pct(s.share))),
    h('p', { class: 'counts' }, plural(s.quoteCount, 'quote', 'quotes') + ' · ' +
      plural(s.statementCount, 'statement', 'statements') + ' · ' + plural(s.quotedWords, 'quoted word', 'quoted words')),
    s.aliases.length > 0 ? h('p', { class: 'aliases' }, 'Also: ', t(s.aliases.join(', '))) : null,
    s.quoteIds.length > 0
      ? h('button', { type: 'button', class: 'link', onclick: () => focusNextQuote(s.id) }, 'go to their quotes')
      : null)))
  const anonymous = a.quotes.filter((q) => !q.speakerId).length
  if (anonymous > 0)
    list.append(h('li', { class: 'speaker', sp: colourOf(null) }, h('h3', null,
      h('span', { class: 'swatch', 'aria-hidden': 'true' }), 'Not named'),
      h('p', { class: 'counts' }, plural(anonymous, 'quote', 'quotes') + ' the article does not attribute')))
  if (list.children.length === 0) list.append(h('li', { class: 'quiet' }, 'No speakers found.'))
}
function barFill(share) {
  const fill = h('span')
  fill.style.width = Math.max(0, Math.min(1, share)) * 100 + '%'
  return fill
}

function focusNextQuote(speakerId) {
  const marks = Array.from(document.querySelectorAll('#article mark.q'))
    .filter((m) => m.getAttribute('data-speaker') === speakerId)
  if (marks.length === 0) return
  const i = (nextQuote.get(speakerId) || 0) % marks.length
  nextQuote.set(speakerId, i + 1)
  marks[i].focus()
  marks[i].scrollIntoView({ block: 'center' })
}

// ---- locating offsets in the rendered article ------------------------------------------------------------
/** A DOM Range over [start, end) of the article: its text nodes, in order, are exactly the text sent. */
function rangeFor(start, end) {
  const walker = document.createTreeWalker($('article'), NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  let pos = 0, started = false, node
  while ((node = walker.nextNode())) {
    const len = node.data.length
    if (!started && start <= pos + len) { range.setStart(node, start - pos); started = true }
    if (started && end <= pos + len) { range.setEnd(node, end - pos); return range }
    pos += len
  }
  return null
}
function locate(start, end) {
  const range = rangeFor(start, end)
  if (!range) return
  const sel = window.getSelection()
  sel.removeAllRanges()
  sel.addRange(range)
  const r = range.getBoundingClientRect()
  window.scrollTo({ top: window.scrollY + r.top - window.innerHeight / 3 })
}
function markKeySentences(sentences) {
  if (!(window.CSS && CSS.highlights && window.Highlight)) return
  const ranges = sentences.map((s) => rangeFor(s.start, s.end)).filter(Boolean)
  CSS.highlights.set('key-sentence', new Highlight(...ranges))
}

// ---- tooltip for quotes (hover and keyboard focus) --------------------------------------------------------
function showTip(mark) {
  const desc = $(mark.getAttribute('aria-describedby'))
  if (!desc) return
  const [who, ...rest] = desc.textContent.split('. ')
  tip.replaceChildren(h('b', null, who), rest.join('. '))
  tip.hidden = false
  // Below the quote's last line so the quote stays readable; above its first line near the bottom edge.
  const rects = mark.getClientRects()
  const first = rects[0] || mark.getBoundingClientRect()
  const last = rects[rects.length - 1] || first
  const width = tip.offsetWidth, height = tip.offsetHeight
  const below = last.bottom + 6 + height <= window.innerHeight
  const anchor = below ? last : first
  const left = Math.max(8, Math.min(anchor.left, document.documentElement.clientWidth - width - 8))
  tip.style.left = left + window.scrollX + 'px'
  tip.style.top = (below ? last.bottom + 6 : first.top - height - 6) + window.scrollY + 'px'
}
const hideTip = () => { tip.hidden = true }
const isQuote = (el) => el instanceof Element && el.matches('mark.q')
document.addEventListener('mouseover', (e) => { if (isQuote(e.target)) showTip(e.target) })
document.addEventListener('mouseout', (e) => { if (isQuote(e.target) && document.activeElement !== e.target) hideTip() })
document.addEventListener('focusin', (e) => { if (isQuote(e.target)) showTip(e.target); else hideTip() })
document.addEventListener('focusout', (e) => { if (isQuote(e.target)) hideTip() })
document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTip() })

// ---- narration -------------------------------------------------------------------------------------------
async function narrate(body, a) {
  const box = $('audio')
  if (narration) narration.controller.abort()
  narration = { body, analysis: a, controller: new AbortController() }
  const signal = narration.controller.signal
  if (audioUrl) URL.revokeObjectURL(audioUrl)
  audioUrl = null
  const source = $('source').value
  const request = { ...body, options: { ...(body.options || {}), source } }
  box.replaceChildren(h('p', { class: 'quiet' }, 'Preparing the narration…'))
  const quiet = (msg) => box.replaceChildren(h('p', { class: 'quiet' }, 'No narration: ' + msg))
  try {
    const res = await fetch('/v1/audio', {
      method: 'POST', body: JSON.stringify(request), signal,
      headers: { 'content-type': 'application/json', accept: 'audio/mpeg, audio/wav;q=0.9', ...authHeaders() },
    })
    const type = (res.headers.get('content-type') || '').split(';')[0].trim().toLowerCase()
    if (res.status !== 200) {
      const p = await readProblem(res)
      return quiet(p.detail || p.title)
    }
    if (!type.startsWith('audio/')) return quiet('the answer was not audio (' + (type || 'no type') + ').')
    const blob = await res.blob()
    audioUrl = URL.createObjectURL(blob)
    const ext = type === 'audio/mpeg' ? 'mp3' : type.includes('wav') ? 'wav' : 'audio'
    box.replaceChildren(
      h('audio', { controls: true, preload: 'metadata', src: audioUrl, 'aria-label': 'Narration of the article' }),
      h('p', null, h('a', { href: audioUrl, download: 'quotecast-' + a.id.slice(0, 12) + '-' + source + '.' + ext },
        'Download (' + ext.toUpperCase() + ', ' + Math.max(1, Math.round(blob.size / 1024)) + ' KB)')))
  } catch (e) {
    if (!(e && e.name === 'AbortError')) quiet(String((e && e.message) || e))
  }
}

$('source').addEventListener('change', () => { if (narration) narrate(narration.body, narration.analysis) })

// ---- input: typing, a file, a drop, the example -----------------------------------------------------------
async function loadFile(file) {
  if (!file) return
  problemEl.hidden = true
  const looksText = /\.txt$/i.test(file.name) || file.type.startsWith('text/')
  if (!looksText) return showProblem({ title: 'Not a text file', detail: file.name + ' is not a .txt file.' })
  if (file.size > MAX_FILE_BYTES)
    return showProblem({ title: 'File too large', detail: file.name + ' has ' + file.size + ' bytes; the limit is ' + MAX_FILE_BYTES + '.' })
  textEl.value = await file.text()
  say('Loaded ' + file.name + ' (' + textEl.value.length + ' characters). Press Analyze.')
  textEl.focus()
}
const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files')
form.addEventListener('dragover', (e) => { if (hasFiles(e)) { e.preventDefault(); form.classList.add('dragging') } })
form.addEventListener('dragleave', (e) => { if (!form.contains(e.relatedTarget)) form.classList.remove('dragging') })
form.addEventListener('drop', (e) => {
  if (!hasFiles(e)) return
  e.preventDefault()
  form.classList.remove('dragging')
  loadFile(e.dataTransfer.files[0])
})
// A file dropped beside the form must not make the browser navigate away from the page.
window.addEventListener('dragover', (e) => { if (hasFiles(e)) e.preventDefault() })
window.addEventListener('drop', (e) => { if (hasFiles(e)) e.preventDefault() })
fileEl.addEventListener('change', () => loadFile(fileEl.files[0]))
form.addEventListener('submit', (e) => { e.preventDefault(); analyze() })
textEl.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); form.requestSubmit() }
})
$('sample').addEventListener('click', () => {
  textEl.value = SAMPLE
  fileEl.value = ''
  langEl.value = 'auto'
  say('Example loaded. Press Analyze.')
  textEl.focus()
})
// The API key field appears only on deployments that require one.
fetch('/healthz').then((r) => r.json()).then((hz) => { if (hz && hz.auth) $('key-field').hidden = false }).catch(() => {})

const SAMPLE = 'Riverside council approves a footbridge\n' +
  'The Riverside town council voted on Tuesday to build a pedestrian bridge across the Alder river. ' +
  '"This bridge will join two halves of our town that have been apart for too long," said Mayor Helen Ortiz. ' +
  'Construction is expected to start in the spring.\n' +
  'Not everyone is convinced. "We asked for a full traffic study and we still have not seen one," said Tom Becker, ' +
  'who chairs the Mill Street traders\' association. Becker said that the council had ignored the shops.\n' +
  'Ortiz promised that the study would be published before any work begins. ' +
  '"Nobody will be surprised by this project," she said.\n'
})()
`
