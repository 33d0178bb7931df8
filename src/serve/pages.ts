import { wholePounds } from '../format/money.js';
import { NO_SUBCATEGORY, NOT_STATED, type DecisionListRow, type Overview } from '../store/browse.js';
import type { SearchHit, TotalsBy, TotalsRow } from '../store/queries.js';
import { DEFAULT_MIN_DECISIONS, TOTALS_BY, TOTALS_SORTS, type TotalsSort } from '../store/queries.js';
import { barChartSvg, totalsBars } from '../format/chart.js';
import { ATOM_TYPE, feedLink, feedOf, type PageFeed } from './feed.js';
import { drillDown, filterQuery, listQuery, query, type FilterProblem, type Filters } from './filters.js';
import { html, trusted, type Safe } from './html.js';

const BY_LABEL: Record<TotalsBy, string> = {
  council: 'Council', category: 'Category', subcategory: 'Subcategory', year: 'Year', outcome: 'Decision', nation: 'Nation',
};
const OUTCOME_LABEL: Record<string, string> = { upheld: 'Upheld', not_upheld: 'Not upheld', closed_after_initial_enquiries: 'Closed after initial enquiries' };

/** The mark of a draft decision in lists: shown, never counted. */
const DRAFT_BADGE = html` <span class="badge draft" title="Draft decision: its remedies are proposals, not counted">Draft</span>`;

/** Whole pounds for tables and charts ("£1,235"). */
export const pounds = wholePounds;

/** What "to check" means, for the titles of the marks. */
export const CHECK_TITLE = 'Something about this money was inferred rather than read from its own sentence: check the quoted sentence';

/**
 * A CSV download link and, beside it, the same CSV for Excel: `bom=1` starts it with a UTF-8 byte order mark, without
 * which Excel reads "£" as "Â£". Data tools read the plain one.
 */
export function csvDownload(href: string, label: string): Safe {
  const excel = `${href}${href.includes('?') ? '&' : '?'}bom=1`;
  return html`<a href="${href}" download>${label}</a> <a class="excel" href="${excel}" download title="The same CSV with a byte order mark, so Excel shows £ and accents right">(for Excel)</a>`;
}

/**
 * The demo-data banner of a database holding lgsco's bundled sample (src/sample.ts), put on every page the explorer
 * answers with: before the <main> of layout(), which makes every page (its only <main>). The page unchanged when
 * `notice` is null.
 */
export function withSampleBanner(page: string, notice: string | null): string {
  if (!notice) return page;
  const banner = html`<div class="sample-banner" id="sample-banner" role="note">${notice}</div>`;
  return page.replace('<main>', `${banner.value}<main>`);
}

/**
 * The page frame: navigation, the content, attribution. No script: every page works without JavaScript. `feed`: an
 * Atom feed the page advertises with <link rel="alternate">.
 */
export function layout(title: string, active: string, body: Safe, feed: PageFeed | null = null): string {
  const nav = [
    ['/', 'Overview'],
    ['/totals', 'Totals'],
    ['/decisions', 'Decisions'],
    ['/search', 'Search'],
  ].map(([href, label]) => html`<a href="${href}"${active === label ? trusted(' aria-current="page"') : ''}>${label}</a>`);
  return `<!DOCTYPE html>${html`<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · lgsco</title><link rel="stylesheet" href="/assets/style.css">${feed ? html`<link rel="alternate" type="${ATOM_TYPE}" title="${feed.title}" href="${feed.href}">` : ''}</head>
<body><header><a class="brand" href="/">lgsco</a><nav>${nav}</nav></header>
<main>${body}</main>
<footer>Decisions of the <a href="https://www.lgo.org.uk/decisions">Local Government and Social Care Ombudsman</a>, re-used under its
<a href="https://www.lgo.org.uk/copyright">terms</a>. Local authority codes and populations: mySociety, CC-BY-4.0. Remedy amounts are read
from the decision text by lgsco: check the quoted sentence before you publish a figure.</footer></body></html>`}`;
}

/** A table; `apart` is a heading row put before row `at` (the rows after it are listed apart). */
function table(headers: string[], rows: Safe[][], numeric: Set<number>, caption?: string, apart?: { at: number; row: Safe }): Safe {
  const tr = (r: Safe[], i: number): Safe => html`${apart?.at === i ? apart.row : ''}<tr>${r.map((c, j) => html`<td${numeric.has(j) ? trusted(' class="num"') : ''}>${c}</td>`)}</tr>`;
  return html`<table>${caption ? html`<caption>${caption}</caption>` : ''}<thead><tr>${headers.map((h, i) => html`<th${numeric.has(i) ? trusted(' class="num"') : ''} scope="col">${h}</th>`)}</tr></thead>
<tbody>${rows.map(tr)}</tbody></table>`;
}

/**
 * How much of the money is to check (payments whose confidence is "check"), or with the certain filter how much was
 * left out, over all the rows (every grouping counts all the money once).
 */
function checkNote(all: Pick<TotalsRow, 'totalPence' | 'checkPence'>, f: Filters): Safe {
  const link = (certain: boolean, label: string): Safe => html`<a href="/totals${filterQuery({ ...f, certain })}">${label}</a>`;
  if (f.certain) {
    return html`<p class="check-note" id="check-note"><strong>Certain payments only.</strong> ${all.checkPence ? html`${pounds(all.checkPence)} in payments to check is left out of every figure (To check: each row's).` : 'No payment here is to check.'} ${link(false, 'Count every payment')}</p>`;
  }
  if (!all.checkPence) return html`<p class="check-note" id="check-note">Every payment counted here is certain: nothing to check.</p>`;
  const share = all.totalPence > 0 ? ` (${Math.round((all.checkPence / all.totalPence) * 100)}%)` : '';
  return html`<p class="check-note" id="check-note"><span class="check" title="${CHECK_TITLE}">${pounds(all.checkPence)} of the ${pounds(all.totalPence)} total${share} is in payments to check</span>: each decision's page says why. ${link(true, 'Count certain payments only')}</p>`;
}

const SORT_LABEL: Record<TotalsSort, string> = {
  key: 'Name or year', total: 'Total', recommended: 'Recommended', 'per-capita': 'Per head', decisions: 'Decisions',
};

/**
 * The totals table and its chart (money, or money per 100,000 residents), under a note of the money to check. Rows
 * come in queryTotals' order, the chart's too; per head, the rows with no figure (fewer than min_decisions decisions,
 * or no population) are listed apart under a heading row and left out of the chart. `note`: the short demo-data line
 * of a database holding the bundled sample, written on the chart.
 */
export function totalsBlock(rows: TotalsRow[], f: Filters, title: string, note: string | null = null): Safe {
  const perCapita = f.perCapita && f.by === 'council';
  const svg = barChartSvg(
    totalsBars(rows, perCapita, (r) => drillDown(f.by, r.key, f)),
    { title, format: pounds, note },
  );
  const headers = [BY_LABEL[f.by], 'Decisions', 'With £', 'Total', 'Recommended', 'To check', ...(perCapita ? ['Per 100k residents'] : [])];
  const few = `fewer than ${f.minDecisions} decisions`;
  const perHead = (r: TotalsRow): Safe =>
    r.perHundredThousandPence != null
      ? html`${pounds(r.perHundredThousandPence)}`
      : r.population && r.belowMinDecisions
        ? html`<span class="few" title="Not ranked per head: ${few}">${few}</span>`
        : html`<span title="No population: not a local authority">—</span>`;
  const shown = rows.slice(0, f.limit);
  const body = shown.map((r) => [
    html`<a href="${drillDown(f.by, r.key, f)}">${f.by === 'outcome' ? (OUTCOME_LABEL[r.key] ?? r.key) : r.key}</a>`,
    html`${r.decisions.toLocaleString('en-GB')}`,
    html`${r.decisionsWithPayment.toLocaleString('en-GB')}`,
    html`${pounds(r.totalPence)}`,
    html`${pounds(r.recommendedPence)}`,
    r.checkPence ? html`<span class="check" title="${CHECK_TITLE}">${pounds(r.checkPence)}</span>` : html`—`,
    ...(perCapita ? [perHead(r)] : []),
  ]);
  const ranked = perCapita ? shown.filter((r) => r.perHundredThousandPence != null).length : shown.length;
  const apart =
    ranked < shown.length
      ? { at: ranked, row: html`<tr class="apart" id="not-ranked"><th colspan="${headers.length}" scope="rowgroup">Not ranked per head: ${few} (the minimum for a per-head figure), or no population</th></tr>` }
      : undefined;
  const sum = (k: 'totalPence' | 'checkPence'): number => rows.reduce((s, r) => s + r[k], 0);
  return html`${checkNote({ totalPence: sum('totalPence'), checkPence: sum('checkPence') }, f)}<figure class="chart">${trusted(svg)}</figure>
${perCapita ? html`<p class="note" id="per-head-note">Per head figures only for councils with at least ${f.minDecisions} decisions (change it in the form); the others are listed apart below and left out of the chart.</p>` : ''}
<p class="download">${csvDownload(`/totals.csv${filterQuery(f)}`, 'Download this table as CSV')}</p>
${table(headers, body, new Set([1, 2, 3, 4, 5, 6]), undefined, apart)}`;
}

/**
 * The overview: headline figures, money by year, the councils told to pay most. `note`: the short demo-data notice
 * of a database holding the bundled sample, written on the chart (the page gets the banner).
 */
export function overviewPage(o: Overview, byYear: TotalsRow[], councils: TotalsRow[], note: string | null = null): string {
  const share = o.withOutcome > 0 ? Math.round((o.upheld / o.withOutcome) * 100) : 0;
  // Years in order, "(no date)" last: queryTotals' order by year.
  const years = byYear;
  const f: Filters = {
    by: 'year', from: null, to: null, council: null, category: null, perCapita: false, certain: false, limit: 100, totalsSort: null,
    minDecisions: DEFAULT_MIN_DECISIONS, outcome: null, subcategory: null, nation: null, undated: false, stage: null,
  };
  const yearChart = barChartSvg(
    years.map((r) => ({ label: r.key, value: r.totalPence, href: drillDown('year', r.key, f) })),
    { title: 'Remedy payments by year of decision', format: pounds, note },
  );
  const stats = html`<dl class="stats">
<div><dt>Decisions</dt><dd id="stat-decisions">${o.decisions.toLocaleString('en-GB')}</dd></div>
<div><dt>Upheld</dt><dd id="stat-upheld">${share}%</dd></div>
<div><dt>Remedy payments</dt><dd id="stat-total">${pounds(o.totalPence)}</dd>${o.checkPence ? html`<dd class="check-of" id="stat-check"><a class="check" href="/totals?by=council&amp;certain=1" title="${CHECK_TITLE}">${pounds(o.checkPence)} of it to check</a></dd>` : ''}</div>
<div><dt>Decisions with a payment</dt><dd>${o.decisionsWithPayment.toLocaleString('en-GB')}</dd></div></dl>`;
  const top = councils.slice(0, 10).map((r) => [
    html`<a href="${drillDown('council', r.key, f)}">${r.key}</a>`,
    html`${r.decisions.toLocaleString('en-GB')}`,
    html`${pounds(r.totalPence)}`,
  ]);
  return layout(
    'Overview',
    'Overview',
    html`<h1>Ombudsman remedies at a glance</h1>
<p class="lead">${o.decisions.toLocaleString('en-GB')} decisions${o.firstDate ? html` from ${o.firstDate} to ${o.lastDate}` : ''}. Upheld share counts decisions that state an outcome; money counts each published text once.${o.drafts ? html` <span id="drafts-note">${o.drafts.toLocaleString('en-GB')} draft decision${o.drafts === 1 ? ' is' : 's are'} stored besides: shown in lists, never counted in these figures.</span>` : ''}</p>
${stats}
<figure class="chart">${trusted(yearChart)}</figure>
<p class="download">${csvDownload('/totals.csv?by=year', 'Download by year as CSV')}</p>
<h2>Councils told to pay most</h2>
${table(['Council', 'Decisions', 'Total'], top, new Set([1, 2]))}
<p class="download">${csvDownload('/totals.csv?by=council', 'Download all councils as CSV')}</p>
<p><a href="/totals?by=council">All councils</a> · <a href="/totals?by=council&amp;per_capita=1">per head of population</a> · <a href="/totals?by=category">by category</a></p>
<p class="download">${feedLink(feedOf(null))}</p>`,
    feedOf(null),
  );
}

/** The filter form: a GET form, so every view is a shareable URL. A list's own filters (from a totals row) ride along hidden. */
function filterForm(f: Filters, withBy: boolean, action: string): Safe {
  const by = TOTALS_BY.map((b) => html`<option value="${b}"${b === f.by ? trusted(' selected') : ''}>${BY_LABEL[b]}</option>`);
  const sorts = [html`<option value="">Default</option>`, ...TOTALS_SORTS.map((o) => html`<option value="${o}"${o === f.totalsSort ? trusted(' selected') : ''}>${SORT_LABEL[o]}</option>`)];
  const hidden = withBy
    ? ''
    : ([['outcome', f.outcome], ['subcategory', f.subcategory], ['nation', f.nation], ['undated', f.undated ? '1' : null], ['stage', f.stage]] as const)
        .filter(([, v]) => v)
        .map(([name, v]) => html`<input type="hidden" name="${name}" value="${v}">`);
  return html`<form class="filters" method="get" action="${action}">
${withBy ? html`<label>Group by <select name="by">${by}</select></label>` : ''}
<label>From <input type="date" name="from" value="${f.from ?? ''}"></label>
<label>To <input type="date" name="to" value="${f.to ?? ''}"></label>
<label>Council <input type="text" name="council" value="${f.council ?? ''}" placeholder="e.g. Kent County Council"></label>
<label>Category <input type="text" name="category" value="${f.category ?? ''}" placeholder="e.g. Housing"></label>
${withBy ? html`<label>Sort by <select name="sort">${sorts}</select></label>` : ''}
${withBy ? html`<label class="check"><input type="checkbox" name="per_capita" value="1"${f.perCapita ? trusted(' checked') : ''}> Per head of population (councils)</label>
<label>Per head from <input type="number" name="min_decisions" min="1" value="${f.minDecisions}"> decisions</label>` : ''}
<label class="check"><input type="checkbox" name="certain" value="1"${f.certain ? trusted(' checked') : ''}> Certain payments only</label>
${hidden}<button type="submit">Apply</button></form>`;
}

/** A view whose filters cannot be answered as asked: the form, what is wrong, and links to what was likely meant. */
export function filterProblemPage(view: '/totals' | '/decisions', f: Filters, problem: FilterProblem): string {
  const name = view === '/totals' ? 'Totals' : 'Decisions';
  const links = problem.links.map((l) => html`<li><a href="${l.href}">${l.label}</a></li>`);
  return layout(
    name,
    name,
    html`<h1>${name}: these filters select nothing</h1>${filterForm(f, view === '/totals', view)}
<div class="error" id="filter-error"><p>${problem.message}</p>${links.length ? html`<ul class="suggestions">${links}</ul>` : ''}</div>`,
  );
}

/** Totals by council, category, subcategory, year, outcome or nation, with the same filters as `lgsco totals`. */
export function totalsPage(rows: TotalsRow[], f: Filters, note: string | null = null): string {
  const title = `Remedy payments${f.certain ? ' (certain only)' : ''} by ${BY_LABEL[f.by].toLowerCase()}${f.perCapita && f.by === 'council' ? ' per 100,000 residents' : ''}`;
  return layout('Totals', 'Totals', html`<h1>${title}</h1>${filterForm(f, true, '/totals')}${totalsBlock(rows, f, title, note)}`);
}

/**
 * A decision's money in a list: on a council's page, the part credited to the council (with the decision's whole when
 * another body pays the rest), as the council's totals count it; else the decision's total. The money to check in it
 * is marked; with the certain filter it is left out, as totals leave it out.
 */
function remedyCell(r: DecisionListRow, certain: boolean): Safe {
  if (!r.totalPence) return html`—`;
  const money = (r.creditedPence ?? r.totalPence) - (certain ? r.checkPence : 0);
  const check = r.checkPence ? html` <span class="check" title="${CHECK_TITLE}">(${pounds(r.checkPence)} ${certain ? 'to check, left out' : 'to check'})</span>` : '';
  if (r.creditedPence !== null && r.creditedPence !== r.totalPence) {
    return html`<span title="Credited to this council (the body that pays it), of the decision's total">${pounds(money)} of ${pounds(r.totalPence)}</span>${check}`;
  }
  return html`${pounds(money)}${check}`;
}

/** Decisions matching the filters, biggest remedies first (on a council's page: the decisions that name it). */
export function decisionsPage(rows: DecisionListRow[], f: Filters): string {
  const body = rows.map((r) => [
    html`<a href="/decision/${r.caseRef.replace(/ /g, '-')}">${r.caseRef}</a>${r.stage === 'draft' ? DRAFT_BADGE : ''}`,
    html`${r.organisation ?? '—'}`,
    html`${[r.category, r.subcategory].filter(Boolean).join(' › ') || '—'}`,
    html`${r.outcome ? (OUTCOME_LABEL[r.outcome] ?? r.outcome) : '—'}`,
    html`${r.decisionDate ?? '—'}`,
    r.stage === 'draft'
      ? html`<span title="A draft's remedies are proposals: not counted">${r.totalPence ? html`(${pounds(r.totalPence)} proposed)` : '—'}</span>`
      : html`${remedyCell(r, f.certain)}${r.countsMoney ? '' : trusted(' <abbr title="Same text published under another reference: counted there">*</abbr>')}`,
  ]);
  const scope = [
    f.council,
    f.nation,
    f.category,
    f.subcategory && (f.subcategory === NO_SUBCATEGORY ? 'no subcategory' : f.subcategory),
    f.outcome && (f.outcome === NOT_STATED ? 'outcome not stated' : (OUTCOME_LABEL[f.outcome] ?? f.outcome).toLowerCase()),
    f.from && `from ${f.from}`,
    f.to && `to ${f.to}`,
    f.undated && 'no date',
    f.stage && `${f.stage} decisions only`,
  ].filter(Boolean).join(', ');
  return layout(
    'Decisions',
    'Decisions',
    html`<h1>Decisions${scope ? html`: ${scope}` : ''}</h1>${filterForm(f, false, '/decisions')}
<p class="download">${csvDownload(`/decisions.csv${listQuery(f)}`, 'Download as CSV')}${f.council ? html` · ${feedLink(feedOf(f.council))}` : ''}${scope ? html` · <a href="/decisions">All decisions</a>` : ''}</p>
${rows.length === 0 ? html`<p>No decisions match these filters.</p>` : table(['Reference', 'Organisation', 'Category', 'Decision', 'Date', 'Remedy'], body, new Set([5]))}`,
    f.council ? feedOf(f.council) : null,
  );
}

/** A search snippet with the matched words («like this») shown as marks, everything else escaped. */
function snippetHtml(snippet: string): Safe {
  return trusted(
    snippet
      .split(/(«[^»]*»)/)
      .map((part) => (part.startsWith('«') && part.endsWith('»') ? html`<mark>${part.slice(1, -1)}</mark>`.value : html`${part}`.value))
      .join(''),
  );
}

/** Full-text search with snippets. */
export function searchPage(q: string, hits: SearchHit[], limit: number): string {
  const results = hits.map(
    (h) => html`<li><a href="/decision/${h.caseRef.replace(/ /g, '-')}">${h.organisation ?? h.caseRef} (${h.caseRef})</a>${h.stage === 'draft' ? DRAFT_BADGE : ''}
<span class="meta">${h.decisionDate ?? ''}${h.totalPence ? html` · ${pounds(h.totalPence)}` : ''}</span><p>${snippetHtml(h.snippet)}</p></li>`,
  );
  return layout(
    q ? `Search: ${q}` : 'Search',
    'Search',
    html`<h1>Search decisions</h1>
<form class="filters" method="get" action="/search"><label>Words or "a phrase" <input type="search" name="q" value="${q}" autofocus></label>
<input type="hidden" name="limit" value="${limit}"><button type="submit">Search</button></form>
${q ? html`<p class="download">${hits.length} result${hits.length === 1 ? '' : 's'} · ${csvDownload(`/search.csv${query({ q, limit })}`, 'Download as CSV')}</p><ol class="results">${results}</ol>` : ''}`,
  );
}

