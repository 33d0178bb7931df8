/**
 * The decision search's pages, as the test site serves them: the search form and a SearchResults page ("Your search
 * has N results", result items, a pager that keeps the request's query). Shaped as docs/lgsco-site.md describes them;
 * class names are synthetic, so the scraper finds items by their links, not by these classes.
 */
import { escapeHtml } from './escape.mjs';
import { renderPage } from './page.mjs';

/** 1234 → "1,234" (the site prints counts with thousands commas). */
export function formatCount(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The search form (decisionSearch) of the search pages, with the date window `fd`–`td` filled in. */
export function searchForm(fd = '', td = '') {
  return `<form id="decisionSearch" name="decisionSearch" action="/decisionsnew/newsearchpost" method="post">
  <div class="form-group"><label for="ds-keyword">Keyword or reference</label><input type="text" id="ds-keyword" name="keyword"></div>
  <div class="form-group"><label for="ds-aname">Organisation name</label><input type="text" id="ds-aname" name="aname"></div>
  <div class="form-group"><label for="ds-fd">From</label><input type="date" id="ds-fd" name="fd" value="${escapeHtml(fd)}"></div>
  <div class="form-group"><label for="ds-td">To</label><input type="date" id="ds-td" name="td" value="${escapeHtml(td)}"></div>
  <fieldset class="form-group"><legend>Decision type</legend>
    <input type="checkbox" id="ds-dc-c" name="dc" value="c" checked><label for="ds-dc-c">Closed after initial enquiries</label>
    <input type="checkbox" id="ds-dc-nu" name="dc" value="nu" checked><label for="ds-dc-nu">Not upheld</label>
    <input type="checkbox" id="ds-dc-u" name="dc" value="u" checked><label for="ds-dc-u">Upheld</label>
  </fieldset>
  <button type="submit" class="button button--primary">Search</button>
</form>`;
}

/**
 * One SearchResults page. `items` are `{ href, title, meta, summary }` (meta: "Statement Upheld Homelessness
 * 14-Mar-2024"); `count` is the displayed total; `extraLinks` sit among the results (as a stray or off-host item
 * would) but are not counted; `query` is the request's own query, which the pager links keep.
 */
export function renderListingPage({ query, page, count, pageSize, items, extraLinks = [] }) {
  const results = items.map(
    (d) => `<div class="search-result"><h3><a href="${escapeHtml(d.href)}">${escapeHtml(d.title)}</a></h3>
<p class="meta">${escapeHtml(d.meta)}</p><p>Summary: ${escapeHtml(d.summary)}</p></div>`,
  );
  for (const href of extraLinks) results.push(`<div class="search-result"><h3><a href="${escapeHtml(href)}">${escapeHtml(href)}</a></h3></div>`);
  const pages = Math.ceil(count / pageSize);
  const link = (n, label) => {
    const q = new URLSearchParams(query);
    q.set('page', String(n));
    return `<li><a href="${escapeHtml(`/Decisions/SearchResults?${q.toString()}`)}">${escapeHtml(label)}</a></li>`;
  };
  const pager = [];
  if (page > 1 && page <= pages) pager.push(link(page - 1, 'Previous'));
  // A window of page numbers around the current one, as real pagers show, plus the first and last.
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= 4) pager.push(n === page ? `<li class="active"><span>${n}</span></li>` : link(n, String(n)));
  }
  if (page < pages) pager.push(link(page + 1, 'Next'));
  const none = count === 0 ? '\n<p class="no-results">Sorry, no decisions match your search. Try a wider date range.</p>' : '';
  return renderPage({
    title: 'Search results',
    bodyClass: 'page-decision-search',
    breadcrumb: [['/decisions', 'Decisions'], [null, 'Search results']],
    main: `<h1>Search results</h1>
<p class="search-count">Your search has ${formatCount(count)} results</p>${none}
<div class="search-results">
${results.join('\n')}
</div>
${pages > 1 ? `<nav class="pager" aria-label="Pages"><ul>${pager.join('')}</ul></nav>` : ''}
`,
  });
}
