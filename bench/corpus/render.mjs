/**
 * Render a decision model (decision.mjs) as a full HTML page or as saved page text. The HTML takes one of the three
 * article layouts of the hand-made fixtures (seed-001: <p><span class="label">, <ol start> numbering running on;
 * statement-closed: title in a page banner outside the article, <div> label/value rows, plain <ol>; report-ch1: <h1>
 * in the article and a <table> of labels) and mixes raw characters with numeric and named entities, as they do.
 */
import * as chrome from './chrome.mjs';
import { englishCouncils } from './organisations.mjs';

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

function categoryLinks(d) {
  return `<a href="/decisions/${d.catSlug}">${chrome.escLabel(d.category)}</a> &gt; <a href="/decisions/${d.catSlug}/${d.subSlug}">${chrome.escLabel(d.subcategory)}</a>`;
}

function metaBlock(d, layout, pad) {
  const rows = [['Category :', categoryLinks(d)], ['Decision :', d.outcomeLabel], ['Decision date :', d.dateText]];
  if (layout === 'table') {
    return `${pad}<table class="decision-meta" role="presentation">\n${rows.map(([l, v]) => `${pad}    <tr><th class="label" scope="row">${l}</th><td class="value">${v}</td></tr>`).join('\n')}\n${pad}</table>\n`;
  }
  const row = layout === 'div'
    ? ([l, v]) => `${pad}    <div class="decision-meta__row"><div class="label">${l}</div><div class="value">${v}</div></div>`
    : ([l, v]) => `${pad}    <p><span class="label">${l}</span> <span class="value">${v}</span></p>`;
  return `${pad}<div class="decision-meta">\n${rows.map(row).join('\n')}\n${pad}</div>\n`;
}

/** Sections as h2/h3 and numbered lists; `running` numbers continue across sections with <ol start>. */
function bodyHtml(d, enc, { running, topClass, pad }) {
  let n = 1;
  let out = '';
  for (const s of d.sections) {
    out += `${pad}<h2>${enc(s.heading)}</h2>\n`;
    let open = false;
    for (const b of s.blocks) {
      if (b.h3) {
        if (open) out += `${pad}</ol>\n`;
        open = false;
        out += `${pad}<h3>${enc(b.h3)}</h3>\n`;
        continue;
      }
      if (!open) out += running ? `${pad}<ol start="${n}">\n` : `${pad}<ol>\n`;
      open = true;
      if (b.items) {
        out += `${pad}    <li>${enc(b.text)}\n${pad}        <ul>\n${b.items.map((i) => `${pad}            <li>${enc(i)}</li>`).join('\n')}\n${pad}        </ul>\n${pad}    </li>\n`;
      } else {
        out += `${pad}    <li>${enc(b.text)}</li>\n`;
      }
      n++;
    }
    if (open) out += `${pad}</ol>\n`;
    if (s.heading === 'Final decision') out += `${pad}<p class="signoff"><em>${enc(d.signOff)}</em></p>\n`;
    out += `${pad}<p class="${topClass}"><a href="#top">Back to top</a></p>\n`;
  }
  return out;
}

/** Decisions in the same subcategory for the "related" sidebar (distractor refs and outcomes). */
function relatedDecisions(r) {
  const councils = englishCouncils();
  return Array.from({ length: r.int(4, 8) }, () => {
    const ref = `${r.int(18, 25)} ${String(r.int(0, 19999)).padStart(6, '0').replace(/(\d{3})(\d{3})/, '$1 $2')}`;
    return {
      org: r.pick(councils),
      ref,
      refSlug: ref.replace(/ /g, '-'),
      outcomeLabel: r.pick(['Upheld', 'Not upheld', 'Closed after initial enquiries']),
      dateText: `${String(r.int(1, 28)).padStart(2, '0')} ${r.pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} ${r.int(2019, 2025)}`,
    };
  });
}

/** A full decision page. `r` is the page's rendering stream (separate from the model's, so text and HTML agree). */
export function renderHtml(d, r) {
  const enc = encoder(r);
  const layout = r.weighted([['p', 60], ['div', 30], ['table', 10]]);
  const title = titleOf(d);
  let html = chrome.head({ title, description: d.summary, url: d.url, ogUrl: r.chance(0.5) });
  if (r.chance(0.6)) html += chrome.COOKIE_PANEL;
  html += chrome.SITE_HEADER_TOP;
  html += r.chance(0.3) ? chrome.NAV_MEGA : chrome.NAV_COMPACT;
  html += chrome.breadcrumb(d);
  html += '    <main id="main-content" class="site-main" role="main">\n        <div class="container">\n            <div class="layout">\n                <div class="layout__main">\n';
  const pad = '                        ';
  const article = layout === 'table' ? 'decision decision--statement' : 'decision';
  if (layout === 'div') {
    html += `                    <header class="page-banner">\n                        <p class="page-banner__title">${chrome.esc(title)}</p>\n                    </header>\n`;
  }
  html += `                    <article id="article" class="${article}">\n`;
  if (layout === 'p') html += `${pad}<header class="decision__header">\n${pad}    <h1 class="decision__title">${chrome.esc(title)}</h1>\n${pad}</header>\n`;
  if (layout === 'table') html += `${pad}<h1 class="decision__title">${chrome.esc(title)}</h1>\n`;
  html += metaBlock(d, layout, pad);
  const inner = layout === 'p' ? `${pad}    ` : pad;
  if (layout === 'p') html += `${pad}<div class="decision__body">\n`;
  html += layout === 'div' ? `${inner}<h3>The Ombudsman's final decision:</h3>\n` : `${inner}<h2 class="final-decision">The Ombudsman's final decision:</h2>\n`;
  html += `${inner}<p><strong>Summary:</strong> ${enc(d.summary)}</p>\n`;
  html += bodyHtml(d, enc, { running: layout !== 'div', topClass: layout === 'div' ? 'top-link' : 'back-to-top', pad: inner });
  if (layout === 'p') html += `${pad}</div>\n`;
  html += '                    </article>\n';
  html += '                    <div class="decision__footer">\n                        <p class="print-link"><a href="#" class="js-print">Print this page</a></p>\n                    </div>\n                </div>\n';
  let aside = r.weighted([['search', 15], ['related', 45], ['none', 40]]);
  // Keep every page under 45 KB: a long decision gets the short sidebar.
  if (aside === 'search' && Buffer.byteLength(html) + chrome.SIDEBAR_SEARCH.length + chrome.FOOTER.length > MAX_PAGE_BYTES) aside = 'none';
  if (aside === 'search') html += chrome.SIDEBAR_SEARCH;
  else if (aside === 'related') html += chrome.sidebarRelated(d, relatedDecisions(r));
  html += '            </div>\n        </div>\n    </main>\n';
  html += chrome.FOOTER;
  return html;
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
