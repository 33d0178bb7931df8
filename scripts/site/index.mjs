/**
 * The one page renderer for the LGSCO site's pages: the bundled sample (scripts/make-sample.mjs), the bench corpus
 * (bench/corpus) and the test site (test/scraper) draw their decision pages, and the test site its search pages, from
 * plain data through it, in one synthetic chrome. Plain ESM so scripts and the bench run under node without a build;
 * index.d.mts types it for the TypeScript tests.
 */
export { escapeHtml, escapeLabel, slugify } from './escape.mjs';
export { CATEGORIES, categoryLabels } from './taxonomy.mjs';
export { decisionCrumbs } from './header.mjs';
export { FOOTER, SIDEBAR_SEARCH } from './footer.mjs';
export { renderArticle } from './article.mjs';
export { MAIN_CLOSE, pageBottom, pageTop, renderDecisionPage, renderPage } from './page.mjs';
export { formatCount, renderListingPage, searchForm } from './search.mjs';
