/**
 * A decision's article from plain data: the title, the header fields (Category, Decision, Decision date) and the body
 * blocks. Three article layouts, after the hand-made fixtures (test/fixtures/html): 'p' (seed-001: the title in a
 * header <h1>, <p><span class="label"> rows, <ol start> numbering running on through the document), 'div'
 * (statement-closed: the title in a page banner outside the article, <div> label/value rows, plain <ol>, the final
 * decision line as an <h3>, "top-link" links) and 'table' (report-ch1: an <h1> in the article, a <table> of labels).
 */
import { escapeHtml, escapeLabel } from './escape.mjs';

/** Indent every non-empty line by n spaces. */
function indent(text, n) {
  return text.replace(/^(?=.)/gm, ' '.repeat(n));
}

/** Nested <ul> of items `{ text, items? }`, indented by n. */
function itemList(items, n, enc) {
  const lis = items.map((it) => (it.items?.length ? `<li>${enc(it.text)}\n${indent(itemList(it.items, 0, enc), 4)}\n</li>` : `<li>${enc(it.text)}</li>`));
  return indent(`<ul>\n${indent(lis.join('\n'), 4)}\n</ul>`, n);
}

/**
 * The body blocks as lines at indentation 0. Numbered paragraphs run on from `first` through the whole document;
 * `running` writes each list's first number (<ol start="N">), otherwise a plain <ol>.
 */
function bodyLines(blocks, { enc, esc, layout, first }) {
  const running = layout !== 'div';
  const out = [];
  let n = first - 1;
  let open = false;
  const close = () => {
    if (open) out.push('</ol>');
    open = false;
  };
  for (const b of blocks) {
    if (b.kind === 'para') {
      n++;
      if (!open) out.push(running ? `<ol start="${n}">` : '<ol>');
      open = true;
      let inner = enc(b.text);
      if (b.items?.length) inner += `\n${itemList(b.items, 8, enc)}`;
      if (b.tail?.length) inner += `\n        ${b.tail.map(enc).join(' ')}`;
      out.push(b.items?.length || b.tail?.length ? `    <li>${inner}\n    </li>` : `    <li>${inner}</li>`);
      continue;
    }
    close();
    if (b.kind === 'final') out.push(layout === 'div' ? `<h3>${esc(b.text)}</h3>` : `<h2 class="final-decision">${esc(b.text)}</h2>`);
    else if (b.kind === 'summary') out.push(`<p><strong>Summary:</strong> ${enc(b.text)}</p>`);
    else if (b.kind === 'heading') {
      // A report chapter's title ("Overview:") is set apart, as on the site.
      const cls = b.class ?? (b.level === 2 && /:$/.test(b.text) ? 'chapter-title' : null);
      out.push(`<h${b.level}${cls ? ` class="${escapeHtml(cls)}"` : ''}>${enc(b.text)}</h${b.level}>`);
    }
    else if (b.kind === 'top') out.push(`<p class="${layout === 'div' ? 'top-link' : 'back-to-top'}"><a href="#top">Back to top</a></p>`);
    else if (b.kind === 'signoff') out.push(`<p class="signoff"><em>${enc(b.text)}</em></p>`);
    else if (b.kind === 'key') {
      out.push('<ul class="key-to-names">');
      for (const k of b.items) out.push(k.name ? `    <li><strong>${enc(k.name)}</strong> ${enc(k.text)}</li>` : `    <li>${enc(k.text)}</li>`);
      out.push('</ul>');
    } else if (b.kind === 'p') {
      out.push(`<p${b.class ? ` class="${escapeHtml(b.class)}"` : ''}>${enc(b.text)}</p>`);
      if (b.items?.length) out.push(itemList(b.items, 0, enc));
    } else if (b.kind === 'chapters') {
      const lis = b.items.map((c) => `<li${c.current ? ' class="is-current"' : ''}><a href="${escapeHtml(c.href)}">${enc(c.title)}</a></li>`);
      out.push(`<nav class="chapter-nav" aria-label="Report chapters"><p class="chapter-nav__title">In this report</p><ol class="chapter-nav__list">${lis.join('')}</ol></nav>`);
    } else throw new Error(`renderArticle: unknown block kind "${b.kind}"`);
  }
  close();
  return out;
}

/** The header fields: a <div> of <p> or <div> rows, or a <table>; `pad` is the indentation. */
function fieldRows(d, layout, pad, esc) {
  const category = `<a href="/decisions/${d.categorySlug}">${escapeLabel(d.category)}</a> &gt; <a href="/decisions/${d.categorySlug}/${d.subcategorySlug}">${escapeLabel(d.subcategory)}</a>`;
  const rows = [['Category :', category], ['Decision :', esc(d.decision)], ['Decision date :', esc(d.date)]];
  if (layout === 'table') {
    return `${pad}<table class="decision-meta" role="presentation">\n${rows.map(([l, v]) => `${pad}    <tr><th class="label" scope="row">${l}</th><td class="value">${v}</td></tr>`).join('\n')}\n${pad}</table>\n`;
  }
  const row = layout === 'div'
    ? ([l, v]) => `${pad}    <div class="decision-meta__row"><div class="label">${l}</div><div class="value">${v}</div></div>`
    : ([l, v]) => `${pad}    <p><span class="label">${l}</span> <span class="value">${v}</span></p>`;
  return `${pad}<div class="decision-meta">\n${rows.map(row).join('\n')}\n${pad}</div>\n`;
}

/**
 * The article and its footer (the sign-off as `d.maker`, the print link), at the indentation of the main column.
 * `enc` writes body text (default: escaped, the apostrophe as &#39;); `esc` writes the title, the header values, the
 * final-decision line and the maker (default the same).
 */
export function renderArticle(d, { layout = 'p', enc = escapeLabel, esc = escapeLabel } = {}) {
  const pad = ' '.repeat(24);
  const inner = layout === 'p' ? `${pad}    ` : pad;
  let html = '';
  if (layout === 'div') html += `                    <header class="page-banner">\n${pad}<p class="page-banner__title">${esc(d.title)}</p>\n                    </header>\n`;
  html += `                    <article id="article" class="${layout === 'table' ? 'decision decision--statement' : 'decision'}">\n`;
  if (layout === 'p') html += `${pad}<header class="decision__header">\n${pad}    <h1 class="decision__title">${esc(d.title)}</h1>\n${pad}</header>\n`;
  if (layout === 'table') html += `${pad}<h1 class="decision__title">${esc(d.title)}</h1>\n`;
  html += fieldRows(d, layout, pad, esc);
  if (layout === 'p') html += `${pad}<div class="decision__body">\n`;
  const lines = bodyLines(d.blocks, { enc, esc, layout, first: d.firstNumber ?? 1 });
  html += `${indent(lines.join('\n'), inner.length)}\n`;
  if (layout === 'p') html += `${pad}</div>\n`;
  html += '                    </article>\n                    <div class="decision__footer">\n';
  if (d.maker) html += `${pad}<p class="decision__maker">${esc(d.maker)}</p>\n`;
  return `${html}${pad}<p class="print-link"><a href="#" class="js-print">Print this page</a></p>\n                    </div>\n`;
}
