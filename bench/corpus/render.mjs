/**
 * Render a decision model (decision.mjs) as a full HTML page or as saved page text. The HTML takes one of the three
 * article layouts of the hand-made fixtures (seed-001: <p><span class="label">, <ol start> numbering running on;
 * statement-closed: title in a page banner outside the article, <div> label/value rows, plain <ol>; report-ch1: <h1>
 * in the article and a <table> of labels) and mixes raw characters with numeric and named entities, as they do.
 */
import * as site from '../../scripts/site/index.mjs';
import { inventedCouncils } from './organisations.mjs';

/** Upper bound on a page's size (the corpus aims at 15–45 KB a page, ~26 KB on average). */
const MAX_PAGE_BYTES = 44_500;

const ENTITY_STYLES = [
  { '’': '’', '‘': '‘', '£': '£' },
  { '’': '&#8217;', '‘': '&#8216;', '£': '&#163;' },
  { '’': '&rsquo;', '‘': '&lsquo;', '£': '&pound;' },
];

/** Escape body text, writing ’ ‘ £ in this page's entity style (sometimes mixing two, as the seed page does). */
function encoder(r) {
  const a = r.pick(ENTITY_STYLES);
  const b = r.chance(0.3) ? r.pick(ENTITY_STYLES) : a;
  return (text) => {
    const style = r.chance(0.5) ? a : b;
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[’‘£]/g, (ch) => style[ch]);
  };
}

/** The page title line: "Org (YY NNN NNN)". */
export function titleOf(d) {
  return `${d.org} (${d.ref})`;
}

/** The model as the page renderer's data: the header fields and the body as blocks, section by section. */
function pageData(d) {
  const blocks = [{ kind: 'final', text: "The Ombudsman's final decision:" }, { kind: 'summary', text: d.summary }];
  for (const s of d.sections) {
    blocks.push({ kind: 'heading', level: 2, text: s.heading });
    for (const b of s.blocks) {
      if (b.h3) blocks.push({ kind: 'heading', level: 3, text: b.h3 });
      else blocks.push(b.items ? { kind: 'para', text: b.text, items: b.items.map((text) => ({ text })) } : { kind: 'para', text: b.text });
    }
    if (s.heading === 'Final decision') blocks.push({ kind: 'signoff', text: d.signOff });
    blocks.push({ kind: 'top' });
  }
  return {
    url: d.url, title: titleOf(d), ref: d.ref, description: d.summary,
    category: d.category, subcategory: d.subcategory, categorySlug: d.catSlug, subcategorySlug: d.subSlug,
    decision: d.outcomeLabel, date: d.dateText, blocks,
  };
}

/** Decisions in the same subcategory for the "related" sidebar (distractor refs and outcomes). */
function relatedDecisions(r) {
  const councils = inventedCouncils();
  return Array.from({ length: r.int(4, 8) }, () => {
    const ref = `00 ${String(r.int(0, 999999)).padStart(6, '0').replace(/(\d{3})(\d{3})/, '$1 $2')}`;
    return {
      org: r.pick(councils),
      ref,
      refSlug: ref.replace(/ /g, '-'),
      outcomeLabel: r.pick(['Upheld', 'Not upheld', 'Closed after initial enquiries']),
      dateText: `${String(r.int(1, 28)).padStart(2, '0')} ${r.pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} ${r.int(2019, 2025)}`,
    };
  });
}

/**
 * A full decision page. `r` is the page's rendering stream (separate from the model's, so text and HTML agree); the
 * draws are made in a fixed order (entity style, layout, og:url, cookie panel, navigation, body text, sidebar), so a
 * seed always gives the same page.
 */
export function renderHtml(d, r) {
  const enc = encoder(r);
  const layout = r.weighted([['p', 60], ['div', 30], ['table', 10]]);
  const page = pageData(d);
  const chrome = { title: page.title, description: d.summary, canonical: d.url, ogUrl: r.chance(0.5), breadcrumb: site.decisionCrumbs(page) };
  chrome.cookiePanel = r.chance(0.6);
  chrome.nav = r.chance(0.3) ? 'mega' : 'compact';
  const html = site.pageTop(chrome) + site.renderArticle(page, { layout, enc, esc: site.escapeHtml });
  let aside = r.weighted([['search', 15], ['related', 45], ['none', 40]]);
  // Keep every page under 45 KB: a long decision gets the short sidebar.
  if (aside === 'search' && Buffer.byteLength(html + site.MAIN_CLOSE) + site.SIDEBAR_SEARCH.length + site.FOOTER.length > MAX_PAGE_BYTES) aside = 'none';
  return html + site.pageBottom({ sidebar: aside === 'related' ? { related: relatedDecisions(r) } : aside }, page);
}

/** The page as saved text, in the layout of test/fixtures/text/statement-closed.txt (numbering restarts per section). */
export function renderText(d) {
  const lines = [`URL: ${d.url}`, '', titleOf(d), '', `Category : ${d.category} > ${d.subcategory}`, '', `Decision : ${d.outcomeLabel}`, '', `Decision date : ${d.dateText}`, '', "The Ombudsman's final decision:", '', `Summary: ${d.summary}`, ''];
  for (const s of d.sections) {
    lines.push(s.heading, '');
    let n = 1;
    for (const b of s.blocks) {
      if (b.h3) {
        if (lines[lines.length - 1] !== '') lines.push('');
        lines.push(b.h3, '');
        n = 1;
        continue;
      }
      lines.push(`  ${n++}. ${b.text}`);
      if (b.items) for (const i of b.items) lines.push(`    • ${i}`);
    }
    lines.push('');
    if (s.heading === 'Final decision') lines.push(d.signOff, '');
    lines.push('Back to top', '');
  }
  return lines.join('\n');
}
