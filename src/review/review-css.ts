/**
 * The review page's stylesheet. A string constant rather than a .css file because the
 * code runs from dist/ after tsc, which copies no other files; the server sends it as
 * /assets/review.css (the CSP forbids inline styles) and static pages inline it.
 *
 * Fonts are the system's: no web fonts, so the page works offline. CJK needs a CJK font
 * on the machine (Noto CJK on Linux: the fonts-noto-cjk package).
 */
export const REVIEW_CSS = `
:root {
  --ink: #1d1d1f; --muted: #6b6b70; --line: #e3e1dc; --paper: #fbfaf7; --card: #ffffff;
  --accent: #9b1c1c; --ok: #1f7a3d; --bad: #b42318; --warn: #b54708;
  --money: #d9f2df; --money-b: #2f8a4a; --ratio: #dbe8fb; --ratio-b: #2f62b5;
  --quantity: #fdeccc; --quantity-b: #b7791f; --time: #ece2fa; --time-b: #7047b8;
  --person: #c2410c; --organization: #0f766e; --place: #7c5a2a; --product: #6b7280;
  --sans: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
  --serif: "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", Georgia, serif;
}
* { box-sizing: border-box; }
html, body { margin: 0; background: var(--paper); color: var(--ink); font: 15px/1.55 var(--sans); }
[hidden] { display: none !important; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
kbd { font: 12px/1 ui-monospace, "SFMono-Regular", Menlo, monospace; border: 1px solid #cfcac0; border-bottom-width: 2px; border-radius: 4px; padding: 2px 5px; background: #fff; }
code { font-family: ui-monospace, Menlo, monospace; }
h1, h2, h3 { margin: 0; font-weight: 600; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.bar { display: flex; align-items: center; gap: 16px; padding: 10px 20px; background: #fff; border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 5; }
.brand { font: 600 20px/1 var(--serif); color: var(--accent); letter-spacing: .04em; }
.brand span { font: 500 14px var(--sans); color: var(--muted); letter-spacing: 0; margin-left: 6px; }
.controls { display: flex; gap: 10px; align-items: center; margin-left: auto; }
input[type=search], select, textarea { font: inherit; border: 1px solid #cfcac0; border-radius: 6px; padding: 6px 10px; background: #fff; color: var(--ink); }
input[type=search] { width: 300px; }
button { font: inherit; cursor: pointer; border: 1px solid #cfcac0; background: #fff; border-radius: 6px; padding: 3px 9px; color: var(--ink); }
button:hover { border-color: var(--ink); }
button.ghost { border-radius: 50%; width: 28px; height: 28px; padding: 0; }
.shown { color: var(--muted); font-size: 13px; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 999px; background: #eee; color: var(--muted); white-space: nowrap; }
.badge.v-ok { background: #e3f4e8; color: var(--ok); }
.badge.v-flagged { background: #fdebd3; color: var(--warn); }
.badge.v-broken { background: #fde4e1; color: var(--bad); }
.id { color: var(--muted); font-size: 12px; }
.hint { color: var(--muted); font-size: 12.5px; margin: 2px 0 8px; }
.empty { padding: 40px; text-align: center; color: var(--muted); }

/* index */
main.index { max-width: 1200px; margin: 0 auto; padding: 20px; }
table { border-collapse: collapse; width: 100%; }
table.articles { background: var(--card); border: 1px solid var(--line); border-radius: 8px; }
table.articles th, table.articles td { padding: 10px 12px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
table.articles th { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 600; }
table.articles td.title a { font: 600 17px/1.4 var(--serif); color: var(--ink); }
table.articles td.title .en { color: #3b3b40; font-size: 14px; }
table.articles tr.cur { background: #fff8e6; }
table.articles tr.broken .error { color: var(--bad); font-size: 13px; }
.num, table.articles th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; }
td.warn { color: var(--warn); font-weight: 700; }
.tick { color: var(--ok); }

/* article */
.article-bar .back { white-space: nowrap; font-weight: 600; }
.titles { min-width: 0; flex: 1; }
.titles h1 { font: 600 21px/1.35 var(--serif); }
.titles .en { margin: 2px 0 0; color: #3b3b40; font-size: 14px; }
.meta { display: flex; gap: 10px; align-items: center; color: var(--muted); font-size: 13px; flex-wrap: wrap; justify-content: flex-end; max-width: 46%; }
.progress { font-weight: 600; color: var(--ink); }
.saved { font-size: 12px; color: var(--ok); min-width: 3em; }
.panes { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); height: calc(100vh - 66px); }
.pane { overflow-y: auto; padding: 18px 22px 60px; }
.sheet-pane { padding: 16px 16px 60px; }
.source-pane { background: #fff; border-right: 1px solid var(--line); }
.source-text { font: 17px/2 var(--serif); white-space: pre-wrap; word-break: break-word; max-width: 44em; margin: 0 auto; text-align: justify; }
.src-path { color: var(--muted); font-size: 12px; max-width: 44em; margin: 16px auto 0; word-break: break-all; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 12px; font-size: 12.5px; color: var(--muted); max-width: 44em; margin: 0 auto 14px; padding-bottom: 10px; border-bottom: 1px solid var(--line); }
.lg.f { padding: 0 6px; border-radius: 3px; color: var(--ink); }
.lg.e { color: var(--ink); }
.lg.flagged-lg { color: var(--ink); outline: 2px dashed var(--warn); outline-offset: 1px; padding: 0 4px; }

mark.f { color: inherit; padding: 1px 0; border-radius: 2px; cursor: pointer; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.g-money { background: var(--money); } .g-ratio { background: var(--ratio); } .g-quantity { background: var(--quantity); } .g-time { background: var(--time); }
mark.f.flagged { outline: 2px dashed var(--warn); outline-offset: 1px; }
mark.f.hl { box-shadow: 0 0 0 2px var(--ink); background: #ffd84d; }
.e { border-bottom: 2px solid; padding-bottom: 1px; }
.e.t-person { border-color: var(--person); } .e.t-organization { border-color: var(--organization); }
.e.t-place { border-color: var(--place); } .e.t-product { border-color: var(--product); border-bottom-style: dotted; }
.s.hl-s { background: #fff3bf; box-shadow: 0 0 0 3px #fff3bf; }
.s.hl-s-fact { background: #f6f3ea; box-shadow: 0 0 0 3px #f6f3ea; }

.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin-bottom: 16px; }
.card h2 { font-size: 15px; margin-bottom: 6px; }
.card h2 .count { color: var(--muted); font-weight: 500; }
.issues { border-color: #f1c38f; background: #fffaf2; }
.issues.ok { border-color: #bfe3cb; background: #f6fcf8; }
.issues ol { margin: 0; padding-left: 22px; }
.issues li { padding: 6px 8px; border-radius: 6px; cursor: pointer; }
.issues li.cur { background: #fdebd3; }
.issues .where { font: 12px ui-monospace, Menlo, monospace; color: var(--muted); }
.issues q { font-weight: 600; }
.problem { color: var(--warn); font: 12.5px/1.45 var(--sans); margin-top: 2px; }
.summary { margin-top: 10px; }
.summary h3 { font-size: 13px; color: var(--muted); font-weight: 600; }
.summary h3 .prov { font-weight: 400; }
.summary p { margin: 4px 0 0; }
.summary[lang=zh] p { font: 16px/1.9 var(--serif); }
.summary[lang=en] p { font-size: 15px; line-height: 1.6; }
.ss.linked { cursor: pointer; border-radius: 3px; }
.ss.linked:hover { background: #f3efe6; }
.ss.on { background: #fff3bf; }
.ss.flagged { text-decoration: underline wavy var(--warn); text-underline-offset: 4px; }
mark.claim { background: #fdebd3; color: inherit; outline: 2px dashed var(--warn); }

#facts th, #facts td { padding: 7px 6px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
#facts th { font-size: 11.5px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 600; }
#facts th.num, #facts td.num { text-align: right; }
#facts td.text { font: 15.5px/1.5 var(--serif); }
#facts td.kind, #facts td.unit { font-size: 12.5px; color: var(--muted); }
#facts td.en { font-size: 13px; }
#facts td.val { font-size: 13px; white-space: nowrap; }
#facts td.text > span[lang] { white-space: nowrap; }
#facts tr { cursor: pointer; }
#facts tbody tr:hover { background: #faf8f3; }
#facts tr.cur { background: #fff8e6; box-shadow: inset 3px 0 0 var(--accent); }
#facts tr.flagged td.text { font-weight: 600; }
#facts tr[data-status=approved] .state { color: var(--ok); font-weight: 600; }
#facts tr[data-status=rejected] .state { color: var(--bad); font-weight: 600; }
#facts tr[data-status=rejected] td.text > span[lang] { text-decoration: line-through; color: var(--muted); }
#facts .state { font-size: 12px; color: var(--muted); white-space: nowrap; }
#facts td.act { white-space: nowrap; }
#facts td.act button { padding: 0 6px; margin-left: 2px; font-size: 13px; }
#facts .chip { display: inline-block; width: 9px; height: 9px; border-radius: 2px; margin-right: 6px; vertical-align: 1px; }
#facts .chip.g-money { background: var(--money-b); } #facts .chip.g-ratio { background: var(--ratio-b); }
#facts .chip.g-quantity { background: var(--quantity-b); } #facts .chip.g-time { background: var(--time-b); }
.comment { font: 13px/1.45 var(--sans); color: #3b3b40; background: #f6f3ea; border-radius: 4px; padding: 3px 7px; margin-top: 4px; white-space: pre-wrap; }
tr.editor td { background: #fff8e6; }
tr.editor textarea { width: 100%; min-height: 56px; resize: vertical; }
tr.editor .row { display: flex; gap: 8px; align-items: center; margin-top: 6px; }
tr.editor .msg { color: var(--warn); font-size: 12.5px; }
.entities ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
.entities li { font-size: 14px; }

.help { position: fixed; inset: 0; background: rgba(20, 20, 20, .35); display: flex; align-items: center; justify-content: center; z-index: 20; }
.help-box { background: #fff; border-radius: 10px; padding: 20px 26px; min-width: 320px; box-shadow: 0 10px 40px rgba(0,0,0,.2); }
.help dl { display: grid; grid-template-columns: auto 1fr; gap: 8px 16px; margin: 14px 0; }
.help dt { text-align: right; } .help dd { margin: 0; }
.toast { position: fixed; bottom: 18px; left: 50%; transform: translateX(-50%); background: var(--ink); color: #fff; padding: 8px 16px; border-radius: 6px; font-size: 14px; opacity: 0; pointer-events: none; transition: opacity .2s; }
.toast.show { opacity: 1; } .toast.err { background: var(--bad); }
.badge.ro { background: #eee; }

@media (max-width: 900px) {
  .panes { display: block; height: auto; }
  .pane { overflow: visible; }
  .meta { max-width: none; }
  .article-bar { flex-wrap: wrap; position: static; }
}
@media print {
  html, body { background: #fff; font-size: 11pt; }
  .bar { position: static; border: 0; padding: 0 0 8pt; }
  .controls, .act, #facts th:last-child.act, button, .hint, .saved, .toast, .help, .back { display: none !important; }
  .panes { display: block; height: auto; }
  .pane { overflow: visible; padding: 0; }
  .source-pane { border: 0; }
  .source-text { font-size: 11.5pt; line-height: 1.8; max-width: none; }
  .card { border: 0; padding: 0; margin: 12pt 0; break-inside: auto; }
  #facts tr { break-inside: avoid; }
  mark.f { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark.f.hl { box-shadow: none; }
  a { color: inherit; }
}
`;
