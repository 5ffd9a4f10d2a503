// The playground in a real browser: `npm run test:browser`.
//
// Starts `wrangler dev` on port 8804 with its own throw-away state, drives Debian's Chromium through
// playwright-core (Playwright's own browser download cannot work offline), pastes the sample article,
// presses Analyze and checks what a person would see. Screenshots go to test/artifacts/ (git-ignored).
// Plain Node (node:test), not vitest: the workerd pool runs test/**/*.test.ts inside workerd, where neither
// a browser nor a child process can start.

import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const PORT = Number(process.env.PLAYGROUND_PORT ?? 8804)
const ORIGIN = `http://127.0.0.1:${PORT}`
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARTIFACTS = join(ROOT, 'test', 'artifacts')
const SEED = readFileSync(join(ROOT, 'test', 'fixtures', 'seed-ru.txt'), 'utf8')
// Without these, Chromium waits on connections that this offline machine blocks (updates, sync, QUIC).
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const scratch = mkdtempSync(join(tmpdir(), 'quotecast-playground-'))
let wrangler
let withTts = false
let wranglerLog = ''
let context
let page
const pageErrors = []

async function waitForHealth(deadlineMs) {
  const until = Date.now() + deadlineMs
  while (Date.now() < until) {
    if (wrangler.exitCode !== null) throw new Error(`wrangler dev exited early:\n${wranglerLog}`)
    try {
      const res = await fetch(`${ORIGIN}/healthz`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`wrangler dev did not answer /healthz within ${deadlineMs} ms:\n${wranglerLog}`)
}

function stopWrangler() {
  if (!wrangler || wrangler.exitCode !== null) return
  // wrangler dev runs workerd as a child: end the whole process group this test started, by its id.
  try {
    process.kill(-wrangler.pid, 'SIGTERM')
  } catch {
    wrangler.kill('SIGTERM')
  }
}

before(async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`)
  // Something already on the port would be tested instead of this checkout: refuse rather than mislead.
  const occupied = await fetch(`${ORIGIN}/healthz`).then(
    () => true,
    () => false,
  )
  assert.ok(!occupied, `port ${PORT} is in use; stop that server or set PLAYGROUND_PORT`)
  mkdirSync(ARTIFACTS, { recursive: true })
  // With the TTS Worker beside it (as `npm run dev` runs them), the narration is real; its wasm is generated
  // from node_modules first (idempotent, fast when already done).
  withTts = existsSync(join(ROOT, 'tts', 'wrangler.toml'))
  if (withTts)
    execFileSync(process.execPath, [join(ROOT, 'tts', 'scripts', 'vendor.mjs')], { stdio: 'inherit' })
  const configs = withTts ? ['-c', 'wrangler.toml', '-c', join('tts', 'wrangler.toml')] : []
  wrangler = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
      'dev',
      ...configs,
      '--port',
      String(PORT),
      '--ip',
      '127.0.0.1',
      '--inspector-port',
      String(PORT + 1000),
      '--persist-to',
      join(scratch, 'state'),
      '--show-interactive-dev-session=false',
      '--log-level',
      'warn',
    ],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        WRANGLER_SEND_METRICS: 'false',
        CI: 'true',
        NO_COLOR: '1',
        // A registry of its own: another `wrangler dev` on this machine must not answer our TTS binding.
        WRANGLER_REGISTRY_PATH: join(scratch, 'registry'),
      },
    },
  )
  wrangler.stdout.on('data', (d) => {
    wranglerLog += d
  })
  wrangler.stderr.on('data', (d) => {
    wranglerLog += d
  })
  process.on('exit', stopWrangler)
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => {
      stopWrangler()
      process.exit(130)
    })
  await waitForHealth(120_000)

  context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light',
  })
  page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`))
  page.on('console', (m) => {
    // A 404/503 from /v1/audio is the page working as designed while narration is unavailable.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) pageErrors.push(m.text())
  })
  await page.goto(`${ORIGIN}/`)
  await page.getByLabel('Article text').fill(SEED)
  await page.getByRole('button', { name: 'Analyze' }).click()
  await page.locator('#results').waitFor({ state: 'visible', timeout: 30_000 })
  // The narration request settles last; wait for it so the screenshot shows its final state.
  await page.waitForFunction(
    () => !/Preparing/.test(document.getElementById('audio')?.textContent ?? ''),
    null,
    {
      timeout: 120_000,
    },
  )
  await page.locator('#text').evaluate((el) => {
    el.scrollTop = 0
  })
  await page.screenshot({ path: join(ARTIFACTS, 'playground.png'), fullPage: true })
})

after(async () => {
  try {
    if (page) {
      // The built-in English example, one screen: the README's picture (docs/playground.png is a copy).
      await page.getByRole('button', { name: 'Try an example' }).click()
      await page.getByRole('button', { name: 'Analyze' }).click()
      await page.locator('#status').getByText('Done').waitFor()
      await page.locator('#summary-card').evaluate((el) => el.scrollIntoView())
      await page.screenshot({ path: join(ARTIFACTS, 'playground-example.png') })
      // The same page as a phone in dark mode.
      await page.setViewportSize({ width: 390, height: 844 })
      await page.emulateMedia({ colorScheme: 'dark' })
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: join(ARTIFACTS, 'playground-phone-dark.png') })
      await page.locator('#article-h').evaluate((el) => el.scrollIntoView())
      await page.screenshot({ path: join(ARTIFACTS, 'playground-phone-dark-article.png') })
    }
    await context?.close()
  } finally {
    stopWrangler()
    rmSync(scratch, { recursive: true, force: true })
  }
})

/** The analysis the page received, from its raw JSON block. */
async function analysis() {
  return JSON.parse(await page.locator('#raw').textContent())
}

/**
 * Analyses what the text box holds and waits for the result and then for its narration to settle. Under
 * `wrangler dev` the synthesizer shares the machine with the analysis: a narration the page has stopped waiting
 * for may still be synthesizing, and on a slow CI machine an analysis queued behind two of them once missed the
 * 30 s wait for "Done".
 */
async function analyzeAndSettle() {
  await page.getByRole('button', { name: 'Analyze' }).click()
  await page.locator('#status').getByText('Done').waitFor()
  await page.waitForFunction(
    () => !/Preparing/.test(document.getElementById('audio')?.textContent ?? ''),
    null,
    { timeout: 120_000 },
  )
}

describe('playground with the sample article', () => {
  test('highlights 4 quotes in 2 speaker colours, each exactly at its offsets', async () => {
    const a = await analysis()
    const marks = page.locator('#article mark.q.direct')
    const found = await marks.evaluateAll((els) =>
      els.map((el) => ({
        text: el.textContent,
        quote: el.getAttribute('data-quote'),
        speaker: el.getAttribute('data-speaker'),
        colour: getComputedStyle(el).borderBottomColor,
      })),
    )
    for (const m of found) {
      const q = a.quotes.find((x) => x.id === m.quote)
      assert.equal(m.text, SEED.slice(q.start, q.end), `quote ${q.id} is highlighted at its offsets`)
    }
    // The article shown is the exact text sent: highlights added no characters and lost none.
    assert.equal(await page.locator('#article').textContent(), SEED)
    assert.equal(found.length, 4, 'direct quotes highlighted')
    assert.deepEqual(
      found.filter((m) => m.speaker === 'none').map((m) => m.text.slice(0, 40)),
      [],
      'every quote has a speaker',
    )
    assert.equal(new Set(found.map((m) => m.colour)).size, 2, 'distinct speaker colours')
  })

  test('shows who said a quote on keyboard focus', async () => {
    // Real key presses, so the browser applies its keyboard focus styles (:focus-visible).
    await page.locator('#summary-h').focus()
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab')
      if (await page.evaluate(() => document.activeElement?.matches('#article mark.q'))) break
    }
    const first = page.locator('#article mark.q:focus')
    assert.equal(await first.count(), 1, 'a quote is reachable with Tab')
    const tip = page.locator('#tip')
    assert.equal(await tip.isVisible(), true)
    const text = await tip.textContent()
    assert.match(text, /attributed by \S+, confidence \d+(\.\d)?%/)
    const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle)
    assert.notEqual(outline, 'none', 'focused quote shows a visible focus ring')
    await page.screenshot({ path: join(ARTIFACTS, 'playground-quote-focus.png') })
    await page.keyboard.press('Escape')
    assert.equal(await tip.isVisible(), false)
  })

  test('lists 2 speakers, each with a share bar', async () => {
    const speakers = page.locator('#speakers li.speaker[data-speaker]')
    assert.equal(await speakers.count(), 2, 'speakers')
    const shares = await speakers.evaluateAll((els) =>
      els.map((el) => ({
        pct: Number.parseFloat(el.querySelector('.pct')?.textContent?.replace(/^\D+/, '') ?? 'NaN'),
        bar: el.querySelector('.bar > span')?.getBoundingClientRect().width ?? 0,
      })),
    )
    for (const s of shares) {
      assert.ok(s.pct > 0 && s.pct <= 100, `share ${s.pct}%`)
      assert.ok(s.bar > 0, 'bar drawn')
    }
    assert.ok(Math.abs(shares.reduce((t, s) => t + s.pct, 0) - 100) < 1, 'shares add up to 100%')
  })

  test('lists 6 sections, the lead, key sentences and keywords', async () => {
    assert.equal(await page.locator('#sections > li').count(), 6, 'sections')
    assert.ok(((await page.locator('#lead').textContent()) ?? '').length > 20, 'lead')
    assert.ok((await page.locator('#key > li').count()) >= 1, 'key sentences')
    assert.ok((await page.locator('#keywords > li').count()) >= 1, 'keywords')
  })

  test('plays the narration, and narrates the quotes on request', async () => {
    const box = page.locator('#audio')
    const player = box.locator('audio')
    if (!withTts) {
      // Without the synthesizer Worker the page says why, quietly, instead of showing a player.
      assert.match((await box.textContent()) ?? '', /^No narration: .+/)
      return
    }
    assert.equal(await player.count(), 1, `a player, not: ${await box.textContent()}`)
    assert.match((await player.getAttribute('src')) ?? '', /^blob:/)
    assert.match((await box.locator('a[download]').getAttribute('download')) ?? '', /-summary\.mp3$/)
    const duration = await player.evaluate(
      (el) =>
        new Promise((resolve) => {
          if (el.readyState >= 1) resolve(el.duration)
          else el.addEventListener('loadedmetadata', () => resolve(el.duration), { once: true })
        }),
    )
    assert.ok(duration > 5, `narration lasts ${duration} s`)
    await page.getByLabel('Read aloud').selectOption('quotes')
    await box.locator('a[download$="-quotes.mp3"]').waitFor({ timeout: 120_000 })
    await page.getByLabel('Read aloud').selectOption('summary')
    await box.locator('a[download$="-summary.mp3"]').waitFor({ timeout: 120_000 })
  })

  test('page raised no script errors or CSP violations', () => {
    assert.deepEqual(pageErrors, [])
  })

  test('shows problem details: title, detail and each field error', async () => {
    await page.getByLabel('Article text').fill('   ')
    await page.getByRole('button', { name: 'Analyze' }).click()
    const alert = page.getByRole('alert')
    await alert.waitFor({ state: 'visible' })
    assert.match((await alert.locator('h3').textContent()) ?? '', /Validation failed \(422\)/)
    assert.match((await alert.locator('li').first().textContent()) ?? '', /^text: .+/)
    // Restore the analysis for the screenshots taken after the tests.
    await page.getByLabel('Article text').fill(SEED)
    await analyzeAndSettle()
    assert.equal(await page.locator('#problem').isHidden(), true)
  })

  test('shows markup in an article as text, and highlights after astral characters at the right place', async () => {
    const hostile =
      '🙂🙂 <img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>\n' +
      'Мэр Анна Петрова сказала: «Мост <b>построят</b> к весне, 🙂 обещаю». Депутат Иван Орлов заявил: ' +
      '«Денег на мост нет».\n'
    await page.getByLabel('Article text').fill(hostile)
    await analyzeAndSettle()
    assert.equal(
      await page.locator('#results img, #results script, #article b, #key b, #lead b, #sections b').count(),
      0,
    )
    assert.equal(await page.evaluate(() => window.__pwned), undefined)
    assert.equal(await page.locator('#article').textContent(), hostile)
    const a = await analysis()
    const marks = await page
      .locator('#article mark.q')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('data-quote'), el.textContent]))
    assert.ok(marks.length >= 1, 'the quotes of the hostile article are highlighted')
    for (const [id, text] of marks) {
      const q = a.quotes.find((x) => x.id === id)
      assert.equal(text, hostile.slice(q.start, q.end))
    }
    // Back to the sample article for the tests and screenshots that follow.
    await page.getByLabel('Article text').fill(SEED)
    await analyzeAndSettle()
  })

  test('loads a dropped or chosen .txt file into the text box', async () => {
    await page.getByLabel('Open a .txt file').setInputFiles({
      name: 'article.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(SEED, 'utf8'),
    })
    await page.locator('#status').getByText('Loaded article.txt').waitFor()
    assert.equal(await page.getByLabel('Article text').inputValue(), SEED)
    // Dropped on the text box: the form takes the file instead of the browser opening it.
    const drop = async (name, type, text) => {
      const dataTransfer = await page.evaluateHandle(
        ([n, t, body]) => {
          const dt = new DataTransfer()
          dt.items.add(new File([body], n, { type: t }))
          return dt
        },
        [name, type, text],
      )
      await page.dispatchEvent('#text', 'dragover', { dataTransfer })
      await page.dispatchEvent('#text', 'drop', { dataTransfer })
    }
    await drop('dropped.txt', 'text/plain', 'Она сказала: «Всё готово».')
    await page.locator('#status').getByText('Loaded dropped.txt').waitFor()
    assert.equal(await page.getByLabel('Article text').inputValue(), 'Она сказала: «Всё готово».')
    await drop('photo.png', 'image/png', 'not text')
    assert.match((await page.getByRole('alert').textContent()) ?? '', /Not a text file/)
    await page.getByLabel('Article text').fill(SEED)
  })

  test('asks for an API key on a deployment that requires one, and sends it', async () => {
    // This wrangler dev has no API_KEYS; its /healthz is made to say it has, which is all the page looks at.
    const keyed = await context.newPage()
    try {
      await keyed.route('**/healthz', (route) =>
        route.fulfill({ json: { status: 'ok', engine: 'x', languages: ['en'], cache: 'kv', auth: true } }),
      )
      await keyed.goto(`${ORIGIN}/`)
      const key = keyed.getByLabel('API key')
      await key.waitFor({ state: 'visible' })
      await key.fill('demo-key')
      await keyed.getByLabel('Article text').fill('He said: "Yes."')
      const [request] = await Promise.all([
        keyed.waitForRequest((r) => r.url().endsWith('/v1/analyze')),
        keyed.getByRole('button', { name: 'Analyze' }).click(),
      ])
      assert.equal(request.headers().authorization, 'Bearer demo-key')
    } finally {
      await keyed.close()
    }
  })

  test('fits a phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    assert.ok(overflow <= 0, `page is ${overflow}px wider than a phone`)
    await page.setViewportSize({ width: 1280, height: 900 })
  })
})
