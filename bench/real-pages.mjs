#!/usr/bin/env node
/**
 * Bench pages made from the real decision texts in ../shared/fixtures/decisions: each text (the page as a browser
 * shows it) is marked up again as a decision article and put in the site renderer's page chrome (scripts/site), so the bench
 * times real prose, real header variety and real remedy wording, not only the generator's sentence bank.
 *
 *   import { realTexts, writeRealPages } from './bench/real-pages.mjs';
 *   node bench/real-pages.mjs --n 3000 --out DIR [--seed 1]
 *
 * Pages cycle through the texts; each copy draws its own chrome (cookie panel, navigation, sidebar) and header layout,
 * so repeats differ in their markup and size as pages of the site do. References listed in
 * ../shared/fixtures/held-out-refs.txt are never read. Same n and seed → byte-identical pages.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as site from '../scripts/site/index.mjs';
import { englishCouncils } from './corpus/organisations.mjs';
import { makeRandom, pageSeed } from './corpus/random.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The shared real data, next to the repository (as the tests find it). */
export const SHARED_FIXTURES = resolve(ROOT, '../shared/fixtures');

const TITLE_RE = /\(\d{2} \d{3} \d{3}[a-z]?\)\s*$|^\d{2} \d{3} \d{3}[a-z]?$/;
const HEADER_RE = /^(Category|Decision|Decision date)\s*:\s*(.+)$/;
const NUMBERED_RE = /^\s+(\d+)\.\s+(.*)$/;
const BULLET_RE = /^\s*(?:[-•])\s+(.*)$/;
/** Body lines that the site sets as headings: short, no closing punctuation, capitalised. */
const HEADING_RE = /^[A-Z‘'][^.;,!?]{0,78}[^.;,:!?]$|^[A-Z][\w ’']{0,30}:$/;

/**
 * The real decision texts, held-out references left out: `[{ ref, url, lines }]`, or `{ missing }` when ../shared is
 * absent.
 */
export function realTexts(dir = SHARED_FIXTURES) {
  const decisions = join(dir, 'decisions');
  if (!existsSync(decisions)) return { missing: `${decisions} not found (the real fixtures live in ../shared)` };
  const heldPath = join(dir, 'held-out-refs.txt');
  const held = new Set(
    existsSync(heldPath)
      ? readFileSync(heldPath, 'utf8')
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l && !l.startsWith('#'))
      : [],
  );
  const texts = [];
  for (const name of readdirSync(decisions).filter((f) => f.endsWith('.txt')).sort()) {
    const ref = name.slice(0, -4).replace(/-/g, ' ');
    if (held.has(ref) || held.has(ref.replace(/[a-z]$/, ''))) continue;
    const [first, , ...lines] = readFileSync(join(decisions, name), 'utf8').replace(/\r\n?/g, '\n').split('\n');
    const url = /^URL:\s*(\S+)/.exec(first)?.[1];
    if (url) texts.push({ ref, url, lines });
  }
  return texts;
}

/** The text's title line (a cookie preamble before it is left to the chrome), header fields and body lines. */
function splitText(lines) {
  let at = lines.findIndex((l) => TITLE_RE.test(l.trim()));
  if (at < 0) at = lines.findIndex((l) => l.trim() !== '');
  const title = lines[at].trim();
  const fields = [];
  let k = at + 1;
  for (; k < lines.length; k++) {
    const l = lines[k].trim();
    if (l === '') continue;
    const m = HEADER_RE.exec(l);
    if (!m) break;
    fields.push([`${m[1]} :`, m[2].trim()]);
  }
  return { title, fields, body: lines.slice(k) };
}

/** Body lines → article HTML: numbered paragraphs as <ol start>, bullets as <ul>, headings, "Back to top" links. */
function bodyHtml(body, pad) {
  let out = '';
  let list = null;
  const close = () => {
    if (list) out += `${pad}</${list}>\n`;
    list = null;
  };
  for (const raw of body) {
    const line = raw.trim();
    if (line === '') continue;
    const numbered = NUMBERED_RE.exec(raw);
    const bullet = numbered ? null : BULLET_RE.exec(raw);
    if (numbered) {
      if (list !== 'ol') {
        close();
        out += `${pad}<ol start="${numbered[1]}">\n`;
        list = 'ol';
      }
      out += `${pad}    <li>${site.escapeHtml(numbered[2])}</li>\n`;
    } else if (bullet) {
      if (list !== 'ul') {
        close();
        out += `${pad}<ul>\n`;
        list = 'ul';
      }
      out += `${pad}    <li>${site.escapeHtml(bullet[1])}</li>\n`;
    } else {
      close();
      if (line === 'Back to top') out += `${pad}<p class="back-to-top"><a href="#top">Back to top</a></p>\n`;
      else if (/^The Ombudsman['’]s final decision:?$/.test(line)) out += `${pad}<h2 class="final-decision">${site.escapeHtml(line)}</h2>\n`;
      else if (line.startsWith('Summary:')) out += `${pad}<p><strong>Summary:</strong> ${site.escapeHtml(line.slice(8).trim())}</p>\n`;
      else if (HEADING_RE.test(line)) out += `${pad}<h2>${site.escapeHtml(line)}</h2>\n`;
      else out += `${pad}<p>${site.escapeHtml(line)}</p>\n`;
    }
  }
  close();
  return out;
}

/** Header label rows in one of the corpus's three layouts (span labels, div rows, a table). */
function metaBlock(fields, layout, pad) {
  if (fields.length === 0) return '';
  const value = ([l, v]) => (l === 'Category :' ? v.split(/\s*>\s*/).map(site.escapeLabel).join(' &gt; ') : site.escapeHtml(v));
  if (layout === 'table') {
    return `${pad}<table class="decision-meta" role="presentation">\n${fields.map((f) => `${pad}    <tr><th class="label" scope="row">${f[0]}</th><td class="value">${value(f)}</td></tr>`).join('\n')}\n${pad}</table>\n`;
  }
  const row = layout === 'div' ? (f) => `${pad}    <div class="decision-meta__row"><div class="label">${f[0]}</div><div class="value">${value(f)}</div></div>` : (f) => `${pad}    <p><span class="label">${f[0]}</span> <span class="value">${value(f)}</span></p>`;
  return `${pad}<div class="decision-meta">\n${fields.map(row).join('\n')}\n${pad}</div>\n`;
}

/** Breadcrumb labels from the address: "special-educational-needs" → "Special educational needs". */
function slugLabel(slug) {
  const s = slug.replace(/-/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Other decisions for the "related" sidebar, as the synthetic pages list them. */
function related(r) {
  return Array.from({ length: r.int(4, 8) }, () => {
    r.int(18, 25); // drawn as before, so the pages' other random choices stay the same
    const ref = `00 ${String(r.int(0, 19999)).padStart(6, '0').replace(/(\d{3})(\d{3})/, '$1 $2')}`;
    const outcomeLabel = r.pick(['Upheld', 'Not upheld', 'Closed after initial enquiries']);
    return { org: r.pick(englishCouncils()), ref, refSlug: ref.replace(/ /g, '-'), outcomeLabel, dateText: `${String(r.int(1, 28)).padStart(2, '0')} ${r.pick(['Jan', 'Jun', 'Nov'])} ${r.int(2019, 2025)}` };
  });
}

/** One real text as a full page; `r` draws this copy's chrome. */
export function renderRealPage(text, r) {
  const { title, fields, body } = splitText(text.lines);
  const [catSlug = 'other', subSlug = 'other'] = new URL(text.url).pathname.split('/').slice(2, 4);
  const d = { ref: text.ref, categorySlug: catSlug, subcategorySlug: subSlug, category: slugLabel(catSlug), subcategory: slugLabel(subSlug) };
  const summary = body.find((l) => l.startsWith('Summary:'))?.slice(8).trim() ?? title;
  const layout = r.weighted([['p', 60], ['div', 30], ['table', 10]]);
  const chrome = { title, description: summary, canonical: text.url, ogUrl: r.chance(0.5), breadcrumb: site.decisionCrumbs(d) };
  chrome.cookiePanel = r.chance(0.6);
  chrome.nav = r.chance(0.3) ? 'mega' : 'compact';
  let html = site.pageTop(chrome);
  const pad = '                        ';
  if (layout === 'div') html += `                    <header class="page-banner">\n${pad}<p class="page-banner__title">${site.escapeHtml(title)}</p>\n                    </header>\n`;
  html += `                    <article id="article" class="decision">\n`;
  if (layout !== 'div') html += `${pad}<h1 class="decision__title">${site.escapeHtml(title)}</h1>\n`;
  html += metaBlock(fields, layout, pad);
  html += `${pad}<div class="decision__body">\n${bodyHtml(body, `${pad}    `)}${pad}</div>\n`;
  html += '                    </article>\n';
  const aside = r.weighted([['search', 15], ['related', 45], ['none', 40]]);
  return html + site.pageBottom({ sidebar: aside === 'related' ? { related: related(r) } : aside }, d);
}

/** Write `n` pages cycling through the real texts: `{ files, bytes, texts }`, or `{ missing }` without ../shared. */
export function writeRealPages({ n, seed = 1, out, dir = SHARED_FIXTURES }) {
  const texts = realTexts(dir);
  if (!Array.isArray(texts)) return texts;
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = texts[i % texts.length];
    const html = renderRealPage(text, makeRandom(pageSeed(seed, i, 3)));
    const copy = String(Math.floor(i / texts.length)).padStart(3, '0');
    writeFileSync(join(out, `${text.ref.replace(/ /g, '-')}-${copy}.html`), html);
    bytes += Buffer.byteLength(html);
  }
  return { files: n, bytes, texts: texts.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '3000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  if (!values.out) {
    process.stderr.write('usage: node bench/real-pages.mjs --n 3000 --out DIR [--seed 1]\n');
    process.exit(2);
  }
  const w = writeRealPages({ n: Number(values.n), seed: Number(values.seed), out: values.out });
  if (w.missing) {
    process.stderr.write(`real-pages: ${w.missing}\n`);
    process.exit(1);
  }
  process.stderr.write(`wrote ${w.files} pages from ${w.texts} real texts to ${values.out}: ${(w.bytes / 1048576).toFixed(1)} MB, ${(w.bytes / w.files / 1024).toFixed(1)} KB a page\n`);
}
