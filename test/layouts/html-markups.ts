// Layout (d): the page as HTML in three markups. (1) like the real site (test/fixtures/html/seed-004.html):
// article#article, a header with the title, ".label"/".value" pairs with category links, ordered lists, a canonical
// link; (2) a dl/dt/dd header, h2 headings, paragraphs as <p> with the number as text; (3) the header in a table, the
// body in <div>s, the title in an h1 outside the article. Markups (2) and (3) carry no address: pass it as `{ url }`.
import { readPage, type Block, type Page } from './fixture-lines.js';

/** A markup's page and the address to pass with it (null: the page carries its own, or there is none). */
export interface HtmlLayout {
  html: string;
  url: string | null;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function slugify(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Category and subcategory slugs from the address (/decisions/<cat>/<sub>/<ref>), else from the labels. */
function categorySlugs(page: Page): [string, string] {
  const m = page.url ? /\/decisions\/([^/]+)\/([^/]+)\/[^/]+$/.exec(page.url) : null;
  if (m) return [m[1]!, m[2]!];
  return [slugify(page.category?.top ?? ''), slugify(page.category?.sub ?? '')];
}

function document(title: string, head: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** Body blocks as HTML: `renderList` turns a run of list paragraphs into markup. */
function renderBlocks(blocks: Block[], parts: {
  marker: (text: string) => string;
  summary: (text: string) => string;
  heading: (text: string) => string;
  text: (text: string) => string;
  list: (paras: Extract<Block, { kind: 'para' }>[]) => string;
  back: string;
  section: [string, string];
}): string {
  const out: string[] = [];
  let inSection = false;
  let run: Extract<Block, { kind: 'para' }>[] = [];
  const flush = (): void => {
    if (run.length) out.push(parts.list(run));
    run = [];
  };
  for (const block of blocks) {
    if (block.kind === 'para' && (run.length === 0 || (run[0]!.marker === 'bullet') === (block.marker === 'bullet'))) {
      run.push(block);
      continue;
    }
    flush();
    if (block.kind === 'para') {
      run.push(block);
      continue;
    }
    if (block.kind === 'heading') {
      if (inSection) out.push(parts.section[1]);
      out.push(parts.section[0], parts.heading(escapeHtml(block.text)));
      inSection = true;
    } else if (block.kind === 'marker') out.push(parts.marker(escapeHtml(block.text)));
    else if (block.kind === 'summary') out.push(parts.summary(escapeHtml(block.text)));
    else if (block.kind === 'text') out.push(parts.text(escapeHtml(block.text)));
    else out.push(parts.back);
  }
  flush();
  if (inSection) out.push(parts.section[1]);
  return out.join('\n');
}

const subList = (p: Extract<Block, { kind: 'para' }>): string => {
  if (p.subs.length === 0) return '';
  const tag = p.subs[0]!.marker === 'number' ? 'ol' : 'ul';
  return `\n<${tag}>${p.subs.map((s) => `<li>${escapeHtml(s.text)}</li>`).join('')}</${tag}>`;
};

/** (1) The real site's markup. */
export function toSiteHtml(text: string): HtmlLayout {
  const page = readPage(text);
  const [catSlug, subSlug] = categorySlugs(page);
  const meta: string[] = [];
  if (page.category) {
    const { top, sub } = page.category;
    meta.push(
      `<li><strong class="label">Category :</strong> <span class="value"><a href="/decisions/${catSlug}">${escapeHtml(top)}</a> &gt; <a href="/decisions/${catSlug}/${subSlug}">${escapeHtml(sub)}</a></span></li>`,
    );
  }
  if (page.outcome) meta.push(`<li><strong class="label">Decision :</strong> <span class="value">${escapeHtml(page.outcome)}</span></li>`);
  if (page.date) meta.push(`<li><strong class="label">Decision date :</strong> <span class="value">${escapeHtml(page.date)}</span></li>`);
  const content = renderBlocks(page.blocks, {
    marker: (t) => `<p class="final-decision"><strong>${t}</strong></p>`,
    summary: (t) => `<p class="summary"><strong>Summary:</strong> ${t}</p>`,
    heading: (t) => `<h2>${t}</h2>`,
    text: (t) => `<p>${t}</p>`,
    list: (paras) => {
      const tag = paras[0]!.marker === 'bullet' ? 'ul' : 'ol';
      return `<${tag}>\n${paras.map((p) => `<li>${escapeHtml(p.text)}${subList(p)}</li>`).join('\n')}\n</${tag}>`;
    },
    back: '<div class="back-to-top"><a href="#top">Back to top</a></div>',
    section: ['<section class="decision-section">', '</section>'],
  });
  const cookies = page.preamble.length ? `<div class="cookie-panel" hidden>\n${page.preamble.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}\n</div>\n` : '';
  const body = `<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header" role="banner"><nav><ul><li><a href="/">Home</a></li><li><a href="/decisions">Decisions</a></li></ul></nav></header>
${cookies}<main id="main-content" class="site-main" role="main">
<article id="article" class="decision decision--statement">
<header class="decision-header">
${page.title ? `<div class="decision-header__title">${escapeHtml(page.title)}</div>\n` : ''}<ul class="decision-meta">
${meta.join('\n')}
</ul>
</header>
<div class="decision-content">
${content}
</div>
</article>
</main>
<footer class="site-footer"><p>Local Government and Social Care Ombudsman</p></footer>`;
  const head = page.url ? `<link rel="canonical" href="${escapeHtml(page.url)}">\n` : '';
  return { html: document(`${page.title ?? 'Decision'} - Local Government and Social Care Ombudsman`, head, body), url: null };
}

/** (2) dl/dt/dd header, h2 headings, paragraphs as <p> numbered in their text. */
export function toDefinitionListHtml(text: string): HtmlLayout {
  const page = readPage(text);
  const dl: string[] = [];
  if (page.category) dl.push(`<dt>Category</dt><dd>${escapeHtml(page.category.top)} &gt; ${escapeHtml(page.category.sub)}</dd>`);
  if (page.outcome) dl.push(`<dt>Decision</dt><dd>${escapeHtml(page.outcome)}</dd>`);
  if (page.date) dl.push(`<dt>Decision date</dt><dd>${escapeHtml(page.date)}</dd>`);
  let n = 0;
  const content = renderBlocks(page.blocks, {
    marker: (t) => `<p><strong>${t}</strong></p>`,
    summary: (t) => `<p><strong>Summary:</strong> ${t}</p>`,
    heading: (t) => {
      n = 0; // numbers restart under each heading, as on the page
      return `<h2>${t}</h2>`;
    },
    text: (t) => `<p>${t}</p>`,
    list: (paras) =>
      paras.map((p) => `<p>${p.marker === 'bullet' ? '•' : `${++n}.`} ${escapeHtml(p.text)}</p>${subList(p)}`).join('\n'),
    back: '',
    section: ['', ''],
  });
  const body = `<div class="wrapper">
<article class="decision">
${page.title ? `<h1>${escapeHtml(page.title)}</h1>\n` : ''}<dl class="decision-details">
${dl.join('\n')}
</dl>
${content}
</article>
</div>`;
  return { html: document('Decision', '', body), url: page.url };
}

/** (3) The header in a table, the body in <div>s, the title in an h1 outside the article. */
export function toTableHtml(text: string): HtmlLayout {
  const page = readPage(text);
  const rows: string[] = [];
  if (page.category) rows.push(`<tr><th>Category:</th><td>${escapeHtml(page.category.top)} &gt; ${escapeHtml(page.category.sub)}</td></tr>`);
  if (page.outcome) rows.push(`<tr><th>Decision:</th><td>${escapeHtml(page.outcome)}</td></tr>`);
  if (page.date) rows.push(`<tr><th>Decision date:</th><td>${escapeHtml(page.date)}</td></tr>`);
  let n = 0;
  const content = renderBlocks(page.blocks, {
    marker: (t) => `<div class="final-decision">${t}</div>`,
    summary: (t) => `<div class="summary"><b>Summary:</b> ${t}</div>`,
    heading: (t) => `<h3>${t}</h3>`,
    text: (t) => `<div class="para">${t}</div>`,
    list: (paras) =>
      paras
        .map((p) => `<div class="para"><span class="num">${p.marker === 'bullet' ? '•' : `${++n}.`}</span> ${escapeHtml(p.text)}${subList(p)}</div>`)
        .join('\n'),
    back: '<div class="top"><a href="#top">Back to top</a></div>',
    section: ['<div class="section">', '</div>'],
  });
  const body = `<div id="page">
<div class="page-heading">${page.title ? `<h1>${escapeHtml(page.title)}</h1>` : ''}</div>
<article>
${rows.length ? `<table class="decision-details"><tbody>\n${rows.join('\n')}\n</tbody></table>\n` : ''}${content}
</article>
</div>`;
  return { html: document('Ombudsman decision', '', body), url: page.url };
}
