/**
 * The playground's markup: a static shell that the script fills in. Nothing from a request is interpolated
 * here except the asset version and the language list (both from this repository), so the page needs no
 * escaping; everything an article contributes is added later through textContent.
 */

const LANGUAGE_NAMES: Record<string, string> = {
  ru: 'Russian',
  en: 'English',
  uk: 'Ukrainian',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
}

export function pageHtml(languages: readonly string[], version: string): string {
  const options = languages
    .map((l) => `<option value="${l}">${LANGUAGE_NAMES[l] ?? l} (${l})</option>`)
    .join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>quotecast playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/playground.css?v=${version}">
<script src="/playground.js?v=${version}" defer></script>
</head>
<body>
<a class="skip" href="#results">Skip to results</a>
<header class="top">
  <h1>quotecast</h1>
  <p>A news article in: its summary, its quotations and who said them, and a narration out.</p>
  <nav aria-label="API"><a href="/docs">API reference</a><a href="/openapi.json">OpenAPI</a></nav>
</header>
<main>
<form id="form" class="card" novalidate>
  <h2>Article</h2>
  <label for="text">Article text <span class="hint">— paste it, or drop a .txt file here</span></label>
  <textarea id="text" name="text" spellcheck="false" aria-describedby="text-hint"
    placeholder="Paste a news article…"></textarea>
  <p id="text-hint" class="hint">Ctrl+Enter analyzes. The text is sent to this Worker only and cached by its content address.</p>
  <div class="controls">
    <div class="field"><label for="file">Open a .txt file</label>
      <input id="file" type="file" accept=".txt,text/plain"></div>
    <div class="field"><label for="language">Language</label>
      <select id="language" name="language"><option value="auto">Detect automatically</option>${options}</select></div>
    <div class="field"><label for="sentences">Key sentences <span class="hint">(optional)</span></label>
      <input id="sentences" name="sentences" type="number" min="1" max="20" inputmode="numeric"></div>
    <div class="field"><label for="title">Headline <span class="hint">(optional)</span></label>
      <input id="title" name="title" type="text" maxlength="1000"></div>
    <div class="field" id="key-field" hidden><label for="apikey">API key</label>
      <input id="apikey" type="password" autocomplete="off"></div>
    <button type="submit" id="analyze" class="primary">Analyze</button>
    <button type="button" id="sample">Try an example</button>
  </div>
  <p id="status" role="status" aria-live="polite"></p>
  <div id="problem" class="problem" role="alert" hidden></div>
</form>

<section id="results" aria-label="Results" hidden>
  <div class="card" id="summary-card">
    <h2 id="summary-h" tabindex="-1">Summary</h2>
    <ul class="meta" id="meta"></ul>
    <p class="lead" id="lead"></p>
    <h3 class="hint">Key sentences</h3>
    <ol class="key" id="key"></ol>
  </div>
  <div class="grid">
    <div class="card">
      <h2 id="article-h">The article, quotes highlighted</h2>
      <ul class="legend" id="legend" aria-label="Speaker colours"></ul>
      <p class="hint" id="article-hint">Hover a quote, or Tab to it, to see who said it and how sure quotecast is.</p>
      <div id="article" aria-labelledby="article-h"></div>
    </div>
    <div>
      <div class="card"><h2>Speakers</h2><ul class="speakers" id="speakers"></ul></div>
      <div class="card"><h2>Sections</h2><ul class="sections" id="sections"></ul></div>
      <div class="card"><h2>Keywords</h2><ul class="keywords" id="keywords"></ul></div>
      <div class="card" id="narration"><h2>Narration</h2>
        <div class="field"><label for="source">Read aloud</label>
          <select id="source"><option value="summary">the summary</option><option value="quotes">each speaker’s quotes</option>
            <option value="article">the whole article</option></select></div>
        <p class="hint">Quoted words are read in a voice of their speaker’s own, the rest by the narrator.</p>
        <div id="audio" aria-live="polite"></div></div>
    </div>
  </div>
  <details class="card"><summary>Raw JSON</summary><pre class="json" id="raw"></pre></details>
</section>
<div id="descriptions" hidden></div>
<div id="tip" role="presentation" aria-hidden="true" hidden></div>
</main>
</body>
</html>`
}
