import type { EntityType, FactKind, FactSheet } from '../types.js';
import { buildArticleView, countReview, type ArticleView, type FactView, type SummarySentenceView } from './article-view.js';
import type { FactSheetEntry } from './fact-sheets.js';
import { escapeHtml, html, trustedHtml, type RawHtml } from './html.js';
import { REVIEW_CSS } from './review-css.js';
import { REVIEW_JS } from './review-js.js';
import type { ReviewState } from './review-decisions.js';
import { markClaims, markup, type MarkInterval } from './source-markup.js';

/**
 * How a page is delivered. `live` pages load the stylesheet and script from the server
 * (the CSP allows no inline code) and carry the session token for saving decisions;
 * `static` pages inline both and are read-only.
 */
export type PageMode = { readonly kind: 'live'; readonly token: string } | { readonly kind: 'static' };

/** Fact kinds grouped into the colours of the legend. */
export const KIND_GROUPS: readonly { readonly group: string; readonly label: string; readonly kinds: readonly FactKind[] }[] = [
  { group: 'money', label: 'Money 金额', kinds: ['money'] },
  { group: 'ratio', label: 'Ratio 比例', kinds: ['percent', 'percentage_point', 'fraction', 'multiple'] },
  { group: 'quantity', label: 'Quantity 数量', kinds: ['count', 'measure', 'ordinal'] },
  { group: 'time', label: 'Time 时间', kinds: ['date', 'year', 'period', 'duration'] },
];

const ENTITY_LABELS: Readonly<Record<EntityType, string>> = {
  person: 'Person 人物',
  organization: 'Organization 机构',
  place: 'Place 地点',
  product: 'Product 产品',
};

function kindGroup(kind: FactKind): string {
  return KIND_GROUPS.find((g) => g.kinds.includes(kind))?.group ?? 'quantity';
}

function articleHref(mode: PageMode, id: string): string {
  return mode.kind === 'live' ? `/a/${encodeURIComponent(id)}` : `${encodeURIComponent(id)}.html`;
}

function shell(mode: PageMode, page: 'index' | 'article', title: string, attrs: RawHtml, body: RawHtml): string {
  const head =
    mode.kind === 'live'
      ? html`<meta name="jianbao-token" content="${mode.token}"><link rel="stylesheet" href="/assets/review.css"><script src="/assets/review.js" defer></script>`
      : html`<style>${trustedHtml(REVIEW_CSS)}</style>`;
  const tail = mode.kind === 'static' ? html`<script>${trustedHtml(REVIEW_JS)}</script>` : html``;
  return `<!doctype html>\n${html`<html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>${title}</title>${head}</head><body data-page="${page}" data-mode="${mode.kind}" ${attrs}>${body}${tail}</body></html>`.value}\n`;
}

/** The index: one row per fact sheet, flagged first; broken sheets listed with their error. */
export function renderIndexPage(
  entries: readonly FactSheetEntry[],
  reviews: ReadonlyMap<string, ReviewState>,
  mode: PageMode,
): string {
  const ok = entries.filter((e): e is Extract<FactSheetEntry, { ok: true }> => e.ok);
  const broken = entries.filter((e): e is Extract<FactSheetEntry, { ok: false }> => !e.ok);
  const rows = ok
    .map((e) => ({ e, counts: countReview(e.sheet, reviews.get(e.id) ?? { id: e.id, updatedAt: null, decisions: {} }) }))
    .sort(
      (a, b) =>
        Number(b.e.sheet.verification.status === 'flagged') - Number(a.e.sheet.verification.status === 'flagged') ||
        (b.e.sheet.source.publishedAt ?? '').localeCompare(a.e.sheet.source.publishedAt ?? '') ||
        a.e.id.localeCompare(b.e.id),
    );
  const body = html`
<header class="bar"><div class="brand">简报 <span>Review</span></div>
<div class="controls" role="search">
<input id="q" type="search" placeholder="Search titles 搜索标题 ( / )" aria-label="Search titles">
<select id="status" aria-label="Filter by status">
<option value="">All articles</option><option value="flagged">Flagged by verifier</option><option value="ok">Verified ok</option>
<option value="pending">Review not finished</option><option value="done">Review finished</option><option value="broken">Could not load</option>
</select>
<span class="shown"><span id="shown">${ok.length + broken.length}</span> / ${ok.length + broken.length}</span>
${mode.kind === 'live' ? html`<button type="button" id="help-btn" class="ghost" aria-label="Keyboard shortcuts">?</button>` : html`<span class="badge ro">read-only</span>`}
</div></header>
<main class="index">
${ok.length + broken.length === 0 ? html`<p class="empty">No fact sheets in this output folder yet. Run <code>jianbao run &lt;folder&gt;</code> first.</p>` : html``}
<table class="articles"><thead><tr><th>Article 文章</th><th>Date</th><th>Provider</th><th>Verifier</th><th class="num" title="claims flagged by the verifier">Flagged</th><th class="num">Approved</th><th class="num">Rejected</th><th class="num">Facts</th></tr></thead>
<tbody>
${rows.map(({ e, counts }) => {
  const s = e.sheet;
  const titleZh = s.title?.zh ?? s.source.title ?? e.id;
  const titleEn = s.title?.en ?? '';
  const done = counts.facts > 0 && counts.approved + counts.rejected === counts.facts;
  const search = `${titleZh} ${titleEn} ${e.id}`.toLowerCase();
  return html`<tr data-id="${e.id}" data-status="${s.verification.status}" data-review="${done ? 'done' : 'pending'}" data-search="${search}">
<td class="title"><a href="${articleHref(mode, e.id)}" lang="zh">${titleZh}</a>${titleEn ? html`<div class="en" lang="en">${titleEn}</div>` : html``}<div class="id">${e.id}${s.source.outlet ? html` · ${s.source.outlet}` : html``}</div></td>
<td class="date">${s.source.publishedAt ?? '—'}</td>
<td>${s.provenance.provider}${s.provenance.model ? html`<div class="id">${s.provenance.model}</div>` : html``}</td>
<td><span class="badge v-${s.verification.status}">${s.verification.status === 'flagged' ? 'flagged' : 'ok'}</span><div class="id">${s.verification.supported}/${s.verification.checked} supported</div></td>
<td class="num ${counts.flagged > 0 ? 'warn' : ''}">${counts.flagged}</td>
<td class="num">${counts.approved}</td>
<td class="num">${counts.rejected}</td>
<td class="num">${counts.facts}${done ? html` <span class="tick" title="every fact decided">✓</span>` : html``}</td>
</tr>`;
})}
${broken.map(
  (e) => html`<tr data-id="${e.id}" data-status="broken" data-review="pending" data-search="${e.id.toLowerCase()}" class="broken">
<td class="title" colspan="3"><span class="id">${e.id}.json</span><div class="error">${e.error}</div></td><td><span class="badge v-broken">broken</span></td><td colspan="4"></td></tr>`,
)}
</tbody></table>
</main>
${helpDialog('index')}`;
  return shell(mode, 'index', '简报 · Review', html``, body);
}

/** One article: the highlighted source on the left, summaries and the fact sheet on the right. */
export function renderArticlePage(sheet: FactSheet, review: ReviewState, mode: PageMode): string {
  const view = buildArticleView(sheet, review);
  const s = view.sheet;
  const titleZh = s.title?.zh ?? s.source.title ?? s.id;
  const titleEn = s.title?.en ?? null;
  const decided = view.counts.approved + view.counts.rejected;
  const body = html`
<header class="bar article-bar">
<a class="back" href="${mode.kind === 'live' ? '/' : 'index.html'}" aria-label="All articles">← All</a>
<div class="titles"><h1 lang="zh">${titleZh}</h1>${titleEn ? html`<p class="en" lang="en">${titleEn}</p>` : html``}</div>
<div class="meta">
<span>${s.source.publishedAt ?? 'undated'}</span>${s.source.outlet ? html`<span>${s.source.outlet}</span>` : html``}
<span>${s.provenance.provider}${s.provenance.model ? html` · ${s.provenance.model}` : html``}</span>
<span class="badge v-${s.verification.status}">${s.verification.status === 'flagged' ? `${view.counts.flagged} flagged` : 'verified'}</span>
<span id="progress" class="progress" data-total="${view.counts.facts}">${decided} / ${view.counts.facts} decided</span>
${mode.kind === 'live' ? html`<span id="saved" class="saved" aria-live="polite"></span><button type="button" id="help-btn" class="ghost" aria-label="Keyboard shortcuts">?</button>` : html`<span class="badge ro">read-only</span>`}
</div></header>
<main class="panes">
<section class="pane source-pane" aria-label="Source text 原文">
${legend(view)}
<article class="source-text" lang="zh" id="source">${trustedHtml(sourceMarkup(view))}</article>
<p class="src-path">${s.source.path} · ${s.source.encoding} · sha256 ${s.source.sha256.slice(0, 12)}…</p>
</section>
<section class="pane sheet-pane" aria-label="Fact sheet">
${issuesSection(view)}
${summariesSection(view)}
${factsSection(view, mode)}
${entitiesSection(view)}
</section>
</main>
<div id="toast" class="toast" role="status" aria-live="polite"></div>
${helpDialog('article')}`;
  return shell(mode, 'article', `${titleZh} · 简报 Review`, html`data-id="${s.id}"`, body);
}

function legend(view: ArticleView): RawHtml {
  const kinds = new Set(view.sheet.facts.map((f) => kindGroup(f.kind)));
  const types = new Set(view.sheet.entities.map((e) => e.type));
  return html`<div class="legend" aria-label="Legend">
${KIND_GROUPS.filter((g) => kinds.has(g.group)).map((g) => html`<span class="lg f g-${g.group}">${g.label}</span>`)}
${(Object.keys(ENTITY_LABELS) as EntityType[]).filter((t) => types.has(t)).map((t) => html`<span class="lg e t-${t}">${ENTITY_LABELS[t]}</span>`)}
<span class="lg flagged-lg">flagged 存疑</span>
</div>`;
}

function sourceMarkup(view: ArticleView): string {
  const flagged = new Set(view.facts.filter((f) => f.issues.length > 0).map((f) => f.fact.id));
  const intervals: MarkInterval[] = [];
  for (const s of view.sentences) {
    intervals.push({ start: s.start, end: s.end, rank: 0, open: () => `<span class="s" data-sent="${s.index}">`, close: '</span>' });
  }
  for (const f of view.sheet.facts) {
    const cls = `f g-${kindGroup(f.kind)}${flagged.has(f.id) ? ' flagged' : ''}`;
    const title = escapeHtml(`${f.kind}: ${f.en}`);
    intervals.push({
      start: f.span.start,
      end: f.span.end,
      rank: 1,
      open: (continued) => `<mark class="${cls}${continued ? ' cont' : ''}" data-fact="${escapeHtml(f.id)}" title="${title}">`,
      close: '</mark>',
    });
  }
  for (const e of view.sheet.entities) {
    const title = escapeHtml(`${e.en} · ${e.type}`);
    for (const m of e.mentions) {
      intervals.push({
        start: m.start,
        end: m.end,
        rank: 2,
        open: () => `<span class="e t-${e.type}" data-ent="${escapeHtml(e.id)}" title="${title}">`,
        close: '</span>',
      });
    }
  }
  return markup(view.sheet.source.text, intervals);
}

function issuesSection(view: ArticleView): RawHtml {
  if (view.issues.length === 0) {
    return html`<section class="card issues ok" id="issues"><h2>Verifier 核查</h2><p>All ${view.sheet.verification.checked} checked claims were found in the source.</p></section>`;
  }
  return html`<section class="card issues" id="issues"><h2>Flagged by the verifier 存疑 <span class="count">${view.issues.length}</span></h2>
<p class="hint">Press <kbd>n</kbd> to step through them.</p>
<ol>${view.issues.map(
    (i) => html`<li tabindex="-1" data-issue="${i.index}"${i.factId ? html` data-fact="${i.factId}"` : html``}${i.summary ? html` data-summary="${i.summary}"` : html``}>
<span class="where">${i.issue.where}</span> <q>${i.issue.claim}</q><div class="problem">${i.issue.problem}</div></li>`,
  )}</ol></section>`;
}

function summariesSection(view: ArticleView): RawHtml {
  const one = (lang: 'zh' | 'en', label: string, sentences: readonly SummarySentenceView[]): RawHtml => {
    const sum = view.sheet.summaries[lang];
    return html`<div class="summary" lang="${lang === 'zh' ? 'zh' : 'en'}"><h3>${label} <span class="prov">${sum.provider}${sum.model ? ` · ${sum.model}` : ''}</span></h3>
<p>${sentences.map((ss) => {
      const claims = ss.issues.map((i) => view.issues[i]?.issue).filter((x) => x !== undefined);
      return html`<span class="ss${ss.sources.length > 0 ? ' linked' : ''}${ss.issues.length > 0 ? ' flagged' : ''}" data-sources="${ss.sources.join(' ')}" data-issues="${ss.issues.join(' ')}"${ss.sources.length > 0 ? html` tabindex="0" role="button"` : html``}${claims.length > 0 ? html` title="${claims.map((c) => c.problem).join('; ')}"` : html``}>${trustedHtml(markClaims(ss.text, claims))}</span>${lang === 'en' ? ' ' : ''}`;
    })}</p></div>`;
  };
  return html`<section class="card summaries"><h2>Summaries 摘要</h2><p class="hint">Click a sentence to see the source sentences it rests on.</p>
${one('zh', '中文', view.summaries.zh)}${one('en', 'English', view.summaries.en)}</section>`;
}

function formatValue(f: FactView['fact']): string {
  const n = (v: number): string => (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toLocaleString('en-US', { maximumFractionDigits: 4 }));
  const base = typeof f.value === 'number' ? n(f.value) : f.value;
  const max = f.valueMax !== null ? `–${n(f.valueMax)}` : '';
  const approx = f.approx ? ` (${f.approx.replace('_', ' ')})` : '';
  return `${base}${max}${approx}`;
}

function factsSection(view: ArticleView, mode: PageMode): RawHtml {
  const live = mode.kind === 'live';
  return html`<section class="card facts"><h2>Fact sheet 事实 <span class="count">${view.facts.length}</span></h2>
${live ? html`<p class="hint"><kbd>j</kbd>/<kbd>k</kbd> move · <kbd>a</kbd> approve · <kbd>r</kbd> reject · <kbd>c</kbd> comment · <kbd>?</kbd> help</p>` : html``}
<table id="facts"><thead><tr><th>Status</th><th>Text 原文</th><th>Kind</th><th class="num">Value</th><th>Unit</th><th>English</th>${live ? html`<th><span class="sr">Actions</span></th>` : html``}</tr></thead>
<tbody>${view.facts.map((fv) => {
    const f = fv.fact;
    const status = fv.decision?.status ?? '';
    return html`<tr data-fact="${f.id}"${fv.sentence !== null ? html` data-sentence="${fv.sentence}"` : html``} data-status="${status}" class="${fv.issues.length > 0 ? 'flagged' : ''}" tabindex="-1">
<td class="st"><span class="state">${status === 'approved' ? '✓ approved' : status === 'rejected' ? '✗ rejected' : 'pending'}</span></td>
<td class="text"><span class="chip g-${kindGroup(f.kind)}"></span><span lang="zh">${f.text}</span>${fv.issues.map((i) => html`<div class="problem">⚑ ${i.problem}</div>`)}${fv.spanOk ? html`` : html`<div class="problem">span does not match the source text</div>`}<div class="comment"${fv.decision?.comment ? html`` : html` hidden`}>${fv.decision?.comment ?? ''}</div></td>
<td class="kind">${f.kind}</td>
<td class="num val">${formatValue(f)}</td>
<td class="unit">${f.unit ?? ''}</td>
<td class="en" lang="en">${f.en}${f.measures ? html`<div class="id">${f.measures}</div>` : html``}</td>
${live ? html`<td class="act"><button type="button" data-act="approve" title="Approve (a)" aria-label="Approve">✓</button><button type="button" data-act="reject" title="Reject (r)" aria-label="Reject">✗</button><button type="button" data-act="comment" title="Comment (c)" aria-label="Comment">✎</button></td>` : html``}
</tr>`;
  })}</tbody></table></section>`;
}

function entitiesSection(view: ArticleView): RawHtml {
  if (view.sheet.entities.length === 0) return html``;
  return html`<section class="card entities"><h2>Names 名称 <span class="count">${view.sheet.entities.length}</span></h2><ul>
${view.sheet.entities.map(
    (e) => html`<li><span class="e t-${e.type}" lang="zh">${e.zh}</span> <span lang="en">${e.en}</span> <span class="id">${e.type} · ${e.mentions.length}×</span></li>`,
  )}</ul></section>`;
}

function helpDialog(page: 'index' | 'article'): RawHtml {
  const keys: readonly (readonly [string, string])[] =
    page === 'index'
      ? [
          ['j / k', 'next / previous article'],
          ['Enter', 'open the article'],
          ['/', 'search titles'],
          ['?', 'this help'],
        ]
      : [
          ['j / k', 'next / previous fact'],
          ['n', 'next flagged item'],
          ['a', 'approve the fact (and move on)'],
          ['r', 'reject the fact (and move on)'],
          ['c', 'comment on the fact'],
          ['u', 'clear the decision'],
          ['g', 'back to all articles'],
          ['Esc', 'close, clear highlights'],
          ['?', 'this help'],
        ];
  return html`<div id="help" class="help" role="dialog" aria-label="Keyboard shortcuts" hidden><div class="help-box"><h2>Keyboard 快捷键</h2><dl>${keys.map(([k, d]) => html`<dt><kbd>${k}</kbd></dt><dd>${d}</dd>`)}</dl><p class="hint">Press <kbd>?</kbd> or <kbd>Esc</kbd> to close.</p></div></div>`;
}

