/**
 * A whole page around its main column: head, cookie panel, header and navigation, breadcrumb, then (after the main
 * column) a sidebar and the footer. pageTop and pageBottom are apart so a caller can size the page before choosing
 * its sidebar (the bench keeps every page under a size bound).
 */
import { COOKIE_PANEL, head } from './head.mjs';
import { breadcrumb, decisionCrumbs, NAV_COMPACT, NAV_MEGA, SITE_HEADER_TOP } from './header.mjs';
import { FOOTER, SIDEBAR_SEARCH, sidebarRelated } from './footer.mjs';
import { renderArticle } from './article.mjs';

/** Opens <main> and the layout's main column; the main content goes in at 20 spaces. */
const MAIN_OPEN = '    <main id="main-content" class="site-main" role="main">\n        <div class="container">\n            <div class="layout">\n                <div class="layout__main">\n';
/** Closes the main column (pageBottom starts with it). */
export const MAIN_CLOSE = '                </div>\n';
const LAYOUT_CLOSE = '            </div>\n        </div>\n    </main>\n';

/** Everything before the main content. */
export function pageTop(o) {
  let html = head(o);
  if (o.cookiePanel !== false) html += COOKIE_PANEL;
  html += SITE_HEADER_TOP;
  html += o.nav === 'compact' ? NAV_COMPACT : NAV_MEGA;
  html += breadcrumb(o.breadcrumb ?? []);
  return html + MAIN_OPEN;
}

/**
 * Everything after the main content. `o.sidebar`: 'search' (the default), 'none', or `{ related }` (other decisions
 * in the subcategory of `decision`, which must then be given).
 */
export function pageBottom(o, decision) {
  const sidebar = o.sidebar ?? 'search';
  let html = MAIN_CLOSE;
  if (sidebar === 'search') html += SIDEBAR_SEARCH;
  else if (sidebar !== 'none') html += sidebarRelated(decision, sidebar.related);
  return html + LAYOUT_CLOSE + FOOTER;
}

/** A whole page with `o.main` (HTML) as its main content. */
export function renderPage(o) {
  return pageTop(o) + o.main + pageBottom(o);
}

/** The page's description (meta): the Summary, or the first plain paragraph of a page without one, else the title. */
function describe(d) {
  const first = d.blocks.find((b) => b.kind === 'summary' || b.kind === 'p');
  return first ? first.text.replace(/\s+/g, ' ') : d.title;
}

/**
 * A whole decision page from plain data (see index.d.mts: DecisionPage), in the chrome `o` chooses (PageOptions and
 * ArticleOptions): its head names it, its breadcrumb leads to it, and the article holds it.
 */
export function renderDecisionPage(d, o = {}) {
  const page = { title: d.title, description: d.description ?? describe(d), canonical: d.url, breadcrumb: decisionCrumbs(d), ...o };
  return pageTop(page) + renderArticle(d, o) + pageBottom(page, d);
}
