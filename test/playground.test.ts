import { describe, expect, it } from 'vitest'
import { CSS } from '../src/playground/css'
import { JS } from '../src/playground/js'
import { call } from './helpers'

// What the page promises that can be checked without a browser; test/browser/ drives it in Chromium.
describe('GET / playground', () => {
  it('is a self-contained HTML page under a strict content security policy', async () => {
    const res = await call('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("connect-src 'self'")
    const html = await res.text()
    // No CDN, no external font or script: every src/href is same-origin, a fragment or data:.
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1] ?? '')
    expect(refs.length).toBeGreaterThan(2)
    for (const ref of refs) expect(ref).toMatch(/^(\/(?!\/)|#|data:)/)
    // No inline script or style for the CSP to block.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(html).not.toMatch(/\sstyle="/)
  })

  it('labels every control and offers every language', async () => {
    const html = await (await call('/')).text()
    const ids = [...html.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1])
    expect(ids).toEqual(expect.arrayContaining(['text', 'file', 'language', 'sentences', 'title']))
    for (const id of ids) expect(html).toContain(`<label for="${id}"`)
    for (const lang of ['auto', 'ru', 'en', 'uk', 'de', 'fr', 'es']) expect(html).toContain(`value="${lang}"`)
    expect(html).toContain('role="status"')
    expect(html).toContain('role="alert"')
  })

  it('serves its script and stylesheet, cacheable for good under their content hash', async () => {
    const html = await (await call('/')).text()
    const js = html.match(/src="(\/playground\.js\?v=[0-9a-f]{8})"/)?.[1]
    const css = html.match(/href="(\/playground\.css\?v=[0-9a-f]{8})"/)?.[1]
    expect(js && css).toBeTruthy()
    const jsRes = await call(js as string)
    expect(jsRes.status).toBe(200)
    expect(jsRes.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(jsRes.headers.get('cache-control')).toContain('immutable')
    expect(await jsRes.text()).toBe(JS)
    const cssRes = await call(css as string)
    expect(cssRes.headers.get('content-type')).toMatch(/^text\/css/)
    expect(await cssRes.text()).toBe(CSS)
    // An old or missing version is served fresh rather than cached under the wrong name.
    expect((await call('/playground.js?v=00000000')).headers.get('cache-control')).toBe('no-cache')
  })

  it('never turns text into markup in the script', () => {
    for (const sink of [
      'innerHTML',
      'outerHTML',
      'insertAdjacentHTML',
      'document.write',
      'eval(',
      'new Function',
    ])
      expect(JS).not.toContain(sink)
    // Offsets, not text search, place the highlights.
    expect(JS).toContain('text.slice(q.start, q.end)')
    expect(JS).not.toMatch(/\.indexOf\(q\.text|\.search\(/)
  })

  it('keeps the page small so the analysis Worker stays small', async () => {
    const html = await (await call('/')).text()
    const bytes = new TextEncoder().encode(html + JS + CSS).length
    expect(bytes).toBeLessThan(48 * 1024)
  })
})
