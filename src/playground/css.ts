/**
 * The playground's stylesheet, served at /playground.css. Light by default, dark under
 * prefers-color-scheme; one column on a phone, article beside the speaker panel from 60rem.
 * Speaker colours are a fixed palette (--c0…--c7, a tint and a solid per theme) chosen so that quote text
 * on its tint keeps a contrast above 4.5:1 in both themes; the script assigns --sp per speaker.
 */
export const CSS = `
:root {
  color-scheme: light dark;
  --bg: #f7f7f5; --fg: #1c1c1c; --muted: #5b5b5b; --card: #fff; --line: #d9d9d4; --accent: #1f5fbf;
  --focus: #1f5fbf; --err-bg: #fdecec; --err-fg: #8a1010; --code: #f0f0ec;
  --c0: #1f6fd1; --c1: #d9730d; --c2: #1d8a4a; --c3: #8a3fc7; --c4: #c8333b; --c5: #0e8a8a; --c6: #8a6d12;
  --c7: #c23b87; --none: #8a8a8a;
  --tint: 20%;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #161719; --fg: #e8e8e6; --muted: #a3a3a0; --card: #1f2023; --line: #3a3b3f; --accent: #7fb0ff;
    --focus: #9cc2ff; --err-bg: #3a1b1b; --err-fg: #ffc9c9; --code: #26272b;
    --c0: #6ea8ff; --c1: #ffa552; --c2: #5ccf8a; --c3: #c79bff; --c4: #ff7b82; --c5: #4fd1d1; --c6: #e0c04f;
    --c7: #ff8cc6; --none: #9a9a9a;
    --tint: 28%;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 3px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--card); padding: .5rem; z-index: 10; }
header.top { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem 1rem; padding: 1rem 1.25rem .25rem;
  max-width: 78rem; margin: 0 auto; }
header.top h1 { margin: 0; font-size: 1.5rem; letter-spacing: -.01em; }
header.top p { margin: 0; color: var(--muted); flex: 1 1 20rem; }
header.top nav a { margin-left: .75rem; }
main { max-width: 78rem; margin: 0 auto; padding: .5rem 1.25rem 3rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.1rem;
  margin: 0 0 1rem; min-width: 0; }
.card > h2 { margin: 0 0 .6rem; font-size: 1.1rem; }
label { font-weight: 600; }
.hint { color: var(--muted); font-size: .9rem; font-weight: 400; }
textarea, input, select, button { font: inherit; color: inherit; }
textarea { width: 100%; min-height: 12rem; resize: vertical; padding: .6rem .7rem; border: 1px solid var(--line);
  border-radius: 8px; background: var(--bg); line-height: 1.5; }
form.dragging textarea { border: 2px dashed var(--accent); }
.controls { display: flex; flex-wrap: wrap; gap: .75rem 1.25rem; align-items: end; margin-top: .75rem; }
.field { display: flex; flex-direction: column; gap: .2rem; }
.field input, .field select { padding: .4rem .5rem; border: 1px solid var(--line); border-radius: 6px;
  background: var(--bg); min-height: 2.4rem; }
.field input[type=number] { width: 6rem; }
.field input[type=file] { padding: .3rem; max-width: 16rem; }
button { cursor: pointer; border-radius: 8px; border: 1px solid var(--line); background: var(--card);
  padding: .45rem .9rem; min-height: 2.4rem; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
@media (prefers-color-scheme: dark) { button.primary { color: #0b1a33; } }
button[disabled] { opacity: .6; cursor: progress; }
button.link { border: 0; background: none; color: var(--accent); padding: 0; min-height: 0; text-decoration: underline; }
#status { min-height: 1.5rem; color: var(--muted); margin: .5rem 0 0; }
.problem { background: var(--err-bg); color: var(--err-fg); border-radius: 8px; padding: .75rem 1rem; margin: .75rem 0 0; }
.problem h3 { margin: 0 0 .25rem; font-size: 1rem; }
.problem p, .problem ul { margin: .25rem 0; }
.meta { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0; padding: 0; list-style: none;
  color: var(--muted); font-size: .92rem; }
.meta b { color: var(--fg); font-weight: 600; }
.lead { font-size: 1.12rem; font-weight: 600; margin: .25rem 0 .75rem; }
ol.key { margin: 0; padding-left: 1.4rem; }
ol.key li { margin: .35rem 0; }
.grid { display: grid; gap: 1rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 60rem) { .grid { grid-template-columns: minmax(0, 1.7fr) minmax(0, 1fr); align-items: start; } }
#article { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.7; margin: 0; font-size: 1rem; }
mark.q { --sp: var(--none); color: inherit; background: color-mix(in srgb, var(--sp) var(--tint), transparent);
  border-bottom: 2px solid var(--sp); border-radius: 3px; padding: 0 1px; cursor: help;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.q.indirect { background: color-mix(in srgb, var(--sp) 9%, transparent); border-bottom-style: dashed; }
mark.q:hover, mark.q:focus-visible, mark.q.on { background: color-mix(in srgb, var(--sp) 40%, transparent); }
::highlight(key-sentence) { text-decoration: underline 2px; text-decoration-color: var(--muted);
  text-underline-offset: 4px; }
#tip { position: absolute; z-index: 20; max-width: min(22rem, 90vw); background: var(--fg); color: var(--bg);
  padding: .45rem .6rem; border-radius: 6px; font-size: .85rem; line-height: 1.4; pointer-events: none;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); }
#tip b { display: block; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; margin: 0 0 .75rem;
  font-size: .9rem; color: var(--muted); }
.swatch { display: inline-block; width: .85rem; height: .85rem; border-radius: 3px; background: var(--sp);
  vertical-align: -1px; margin-right: .35rem; }
ul.speakers, ul.sections { list-style: none; margin: 0; padding: 0; }
ul.speakers > li { padding: .6rem 0; border-top: 1px solid var(--line); }
ul.speakers > li:first-child { border-top: 0; padding-top: 0; }
.speaker h3 { margin: 0; font-size: 1rem; }
.speaker .role, .speaker .aliases, .speaker .counts { margin: .1rem 0; font-size: .9rem; color: var(--muted); }
.share { display: flex; align-items: center; gap: .5rem; margin: .3rem 0; }
.bar { flex: 1; height: .7rem; background: var(--code); border-radius: 99px; overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--sp); border-radius: 99px; min-width: 2px; }
.pct { font-variant-numeric: tabular-nums; min-width: 3.2rem; text-align: right; font-weight: 600; }
ul.sections > li { margin: 0 0 .7rem; }
ul.sections h3 { font-size: .98rem; margin: 0; }
ul.sections p { margin: .15rem 0 0; font-size: .92rem; }
ul.keywords { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem; padding: 0; margin: 0; }
ul.keywords li { background: var(--code); border: 1px solid var(--line); border-radius: 99px; padding: .1rem .6rem;
  font-size: .9rem; }
audio { width: 100%; margin: .25rem 0; }
details > summary { cursor: pointer; font-weight: 600; }
pre.json { background: var(--code); padding: .75rem; border-radius: 8px; overflow: auto; max-height: 32rem;
  font-size: .8rem; line-height: 1.4; }
.quiet { color: var(--muted); font-size: .92rem; margin: .25rem 0; }
[hidden] { display: none !important; }
`
