import { createRequire } from 'node:module';
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import type { load as loadType } from 'cheerio/slim';
import type { Block, DecisionDocument } from './document.js';
import { assembleDocument, fieldKey } from './assemble.js';
import { BARE_REF_TITLE_RE, FIELD_LABEL_RE, FIELD_LINE_RE, TITLE_RE } from './patterns.js';

type CheerioLoad = typeof loadType;
let cheerioLoad: CheerioLoad | null = null;
/** cheerio, loaded on first use: only whole-page reading needs its selectors (the fast path walks the tree). */
function load(html: string): ReturnType<CheerioLoad> {
  cheerioLoad ??= (createRequire(import.meta.url)('cheerio/slim') as { load: CheerioLoad }).load;
  return cheerioLoad(html);
}

/** Elements whose content is never decision text. */
const DROP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'form', 'nav', 'button', 'select', 'input', 'textarea', 'img', 'picture', 'video', 'audio', 'canvas', 'object', 'head', 'link', 'meta']);
/** Inline elements: their text joins the surrounding paragraph. */
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** id/class words of consent banners, which some pages put inside the content area. */
const BANNER_RE = /cookie|consent|gdpr|privacy-settings|ccc-/i;
/** Title inside a <title> or og:title, followed by the site name. */
const TITLE_PREFIX_RE = /^(.*\(\s*\d{2}[ -]?\d{3}[ -]?\d{3}\s?[a-zA-Z]?\s*\))/;

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Whitespace-collapsed text of a node, with a space between block children. */
function textOf(node: AnyNode, skipLists = false): string {
  const parts: string[] = [];
  const walk = (n: AnyNode): void => {
    if (n.type === 'text') {
      parts.push((n as unknown as { data: string }).data);
      return;
    }
    if (!isElement(n)) return;
    const name = n.name;
    if (DROP_TAGS.has(name)) return;
    if (skipLists && (name === 'ul' || name === 'ol')) return;
    if (name === 'br') {
      parts.push(' ');
      return;
    }
    const block = !INLINE_TAGS.has(name);
    if (block) parts.push(' ');
    for (const c of n.children) walk(c);
    if (block) parts.push(' ');
  };
  walk(node);
  return collapse(parts.join(''));
}

/** Text of a node when it is at most `max` characters (collapsed), else null: a cheap test for label-sized elements. */
function shortText(node: AnyNode, max: number): string | null {
  let budget = max * 4 + 200;
  const parts: string[] = [];
  const walk = (n: AnyNode): boolean => {
    if (n.type === 'text') {
      const d = (n as unknown as { data: string }).data;
      budget -= d.length;
      parts.push(d);
      return budget >= 0;
    }
    if (!isElement(n) || DROP_TAGS.has(n.name)) return true;
    const block = !INLINE_TAGS.has(n.name);
    if (block) parts.push(' ');
    for (const c of n.children) if (!walk(c)) return false;
    if (block) parts.push(' ');
    return true;
  };
  if (!walk(node)) return null;
  const t = collapse(parts.join(''));
  return t.length <= max ? t : null;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Elements of the given tags under the roots, in document order (a plain walk: faster than CSS selection). */
function elementsByTag(roots: AnyNode[], tags: ReadonlySet<string>, limit = Infinity): Element[] {
  const out: Element[] = [];
  const walk = (n: AnyNode): void => {
    if (out.length >= limit || !isElement(n) || DROP_TAGS.has(n.name)) return;
    if (tags.has(n.name)) out.push(n);
    for (const c of n.children) walk(c);
  };
  roots.forEach(walk);
  return out;
}

const TITLE_HEADINGS = new Set(['h1', 'h2', 'h3']);
const HEADER_PARTS = new Set(['h1', 'h2', 'h3', 'p', 'div', 'span', 'strong']);
const BLOCK_PARTS = new Set(['p', 'div', 'span', 'strong', 'b']);

/** Where a title may sit outside the content: the page header (and any h1), then <title>/og:title. */
interface TitleContext {
  outside: () => Element[];
  titleTags: () => string[];
}

/**
 * Find the "Organisation (ref)" title. Source precedence: headings in the content, then the page header (and any h1),
 * then <title>/og:title (the site name after the title is dropped), then any short element in the content.
 */
function findTitle(roots: Element[], context: TitleContext): { text: string; el: Element | null } | null {
  const matches = (t: string | null): t is string => t !== null && (TITLE_RE.test(t) || BARE_REF_TITLE_RE.test(t));
  const first = (els: Element[]): { text: string; el: Element } | null => {
    for (const el of els) {
      const t = shortText(el, 400);
      if (matches(t)) return { text: t, el };
    }
    return null;
  };
  const inContent = first(elementsByTag(roots, TITLE_HEADINGS));
  if (inContent) return inContent;
  const inHeader = first(context.outside());
  if (inHeader) return inHeader;
  for (const t of context.titleTags()) {
    const m = TITLE_PREFIX_RE.exec(collapse(t))?.[1] ?? null;
    if (matches(m)) return { text: m, el: null };
  }
  return first(elementsByTag(roots, BLOCK_PARTS));
}

/** Title context of a whole parsed page. */
function pageTitleContext($: ReturnType<CheerioLoad>): TitleContext {
  return {
    outside: () => {
      const doc = $.root().toArray();
      const headers = elementsByTag(doc, new Set(['header']));
      return [...elementsByTag(headers, HEADER_PARTS), ...elementsByTag(doc, new Set(['h1']))];
    },
    titleTags: () => [$('title').first().text(), $('meta[property="og:title"]').attr('content') ?? ''],
  };
}

/** First non-blank character of a node's text, or '' (a cheap pre-check before measuring an element's text). */
function firstChar(node: AnyNode): string {
  if (node.type === 'text') {
    const m = /\S/.exec((node as unknown as { data: string }).data);
    return m ? m[0] : '';
  }
  if (!isElement(node) || DROP_TAGS.has(node.name)) return '';
  for (const c of node.children) {
    const ch = firstChar(c);
    if (ch) return ch;
  }
  return '';
}

/** Field labels start with one of these letters (Category, Decision, Decision date, Date of decision, Outcome). */
const LABEL_FIRST = new Set(['C', 'c', 'D', 'd', 'O', 'o']);

interface FoundFields {
  fields: Record<string, string>;
  categoryLinks: string[];
  used: Set<AnyNode>;
}

/** Header fields by label text and structure: label element → following siblings (or the next element) as value. */
function findFields(scope: Element[]): FoundFields {
  const out: FoundFields = { fields: {}, categoryLinks: [], used: new Set() };
  const labels: Element[] = [];
  const visit = (n: AnyNode): void => {
    if (!isElement(n) || DROP_TAGS.has(n.name)) return;
    if (n.name !== 'body' && n.name !== 'article' && LABEL_FIRST.has(firstChar(n))) {
      const t = shortText(n, 24);
      if (t !== null && FIELD_LABEL_RE.test(t)) {
        labels.push(n);
        return; // innermost-first is not needed: the outermost label element carries the siblings
      }
    }
    for (const c of n.children) visit(c);
  };
  for (const root of scope) visit(root);
  const labelSet = new Set<AnyNode>(labels);
  for (const label of labels) {
    const key = fieldKey(textOf(label));
    if (key in out.fields) {
      out.used.add(label);
      continue;
    }
    let valueNodes: AnyNode[] = [];
    for (let s = label.next; s; s = s.next) {
      if (labelSet.has(s)) break;
      valueNodes.push(s);
    }
    let value = collapse(valueNodes.map((n) => textOf(n)).join(' ')).replace(/^:\s*/, '');
    if (value === '' && label.parent && isElement(label.parent)) {
      // <div><span class="label">Category</span></div><div class="value">…</div>
      let next = label.parent.next;
      while (next && !isElement(next)) next = next.next;
      if (next && !labels.some((l) => l === next || isInside(l, next!))) {
        valueNodes = [next];
        value = textOf(next);
      }
    }
    if (value === '') continue;
    out.used.add(label);
    for (const n of valueNodes) out.used.add(n);
    if (key === 'category') {
      const links: { href: string; text: string }[] = [];
      const collect = (n: AnyNode): void => {
        if (!isElement(n)) return;
        if (n.name === 'a' && n.attribs.href) links.push({ href: n.attribs.href, text: textOf(n) });
        for (const c of n.children) collect(c);
      };
      valueNodes.forEach(collect);
      out.categoryLinks = links.map((l) => l.href);
      if (!value.includes('>') && links.length >= 2) value = links.map((l) => l.text).join(' > ');
    }
    out.fields[key] = value;
  }
  return out;
}

function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** Walk the content in document order and emit headings and paragraphs. */
function collectBlocks(root: Element, skip: Set<AnyNode>, blocks: Block[]): void {
  let inline: string[] = [];
  const flush = (): void => {
    if (inline.length === 0) return;
    const joined = inline.length === 1 ? inline[0]! : inline.join('');
    // Most runs are the whitespace between block tags.
    if (!/\S/.test(joined)) {
      inline = [];
      return;
    }
    for (const piece of joined.split('\n')) {
      const t = collapse(piece);
      if (t) blocks.push({ kind: 'para', text: t, n: null, depth: 0, numbered: false });
    }
    inline = [];
  };
  const list = (el: Element, depth: number): void => {
    const ordered = el.name === 'ol';
    const startAttr = Number.parseInt(el.attribs.start ?? '', 10);
    let index = Number.isFinite(startAttr) ? startAttr : 1;
    for (const li of el.children) {
      if (!isElement(li)) continue;
      if (li.name !== 'li') {
        if (li.name === 'ul' || li.name === 'ol') list(li, depth + 1);
        continue;
      }
      const text = textOf(li, true);
      if (text) {
        blocks.push({ kind: 'para', text, n: ordered && depth === 0 ? index : null, depth, numbered: ordered && depth === 0 });
      }
      index++;
      const nested = (n: AnyNode): void => {
        if (!isElement(n) || DROP_TAGS.has(n.name)) return;
        if (n.name === 'ul' || n.name === 'ol') list(n, depth + 1);
        else for (const c of n.children) nested(c);
      };
      li.children.forEach(nested);
    }
  };
  const walk = (n: AnyNode): void => {
    if (skip.has(n)) {
      flush();
      return;
    }
    if (n.type === 'text') {
      inline.push((n as unknown as { data: string }).data);
      return;
    }
    if (!isElement(n)) return;
    const name = n.name;
    if (DROP_TAGS.has(name)) return;
    const idClass = `${n.attribs.id ?? ''} ${n.attribs.class ?? ''}`;
    if (idClass.length > 1 && BANNER_RE.test(idClass)) return;
    if (name === 'br') {
      inline.push('\n');
      return;
    }
    if (INLINE_TAGS.has(name)) {
      for (const c of n.children) walk(c);
      return;
    }
    flush();
    if (HEADING_TAGS.has(name)) {
      const t = textOf(n);
      if (t) blocks.push({ kind: 'heading', text: t });
    } else if (name === 'ul' || name === 'ol') {
      list(n, 0);
    } else if (name === 'p') {
      const t = textOf(n);
      if (t) blocks.push(strongHeading(n, t) ? { kind: 'heading', text: t } : { kind: 'para', text: t, n: null, depth: 0, numbered: false });
    } else if (name === 'tr') {
      const cells = n.children.filter(isElement).map((c) => textOf(c)).filter(Boolean);
      if (cells.length) blocks.push({ kind: 'para', text: cells.join(' | '), n: null, depth: 0, numbered: false });
    } else {
      for (const c of n.children) walk(c);
    }
    flush();
  };
  walk(root);
  flush();
}

/** A <p> whose whole text is bold and short reads as a heading on older pages ("<p><strong>Finding</strong></p>"). */
function strongHeading(p: Element, text: string): boolean {
  if (text.length > 80 || /[.;,]$/.test(text)) return false;
  const kids = p.children.filter((c) => !(c.type === 'text' && collapse((c as unknown as { data: string }).data) === ''));
  return kids.length === 1 && isElement(kids[0]!) && (kids[0].name === 'strong' || kids[0].name === 'b') && !/:\s*\S/.test(text);
}

/** What one page contributes: its address, title, header fields and content roots. */
interface PageParts {
  url: string | null;
  title: { text: string; el: Element | null } | null;
  found: FoundFields;
  roots: Element[];
}

const ARTICLE_OPEN_RE = /<article\b[^>]*\bid\s*=\s*["']?article["'\s>/]/gi;
const ARTICLE_TAG_RE = /<(\/?)article\b/gi;
const HEAD_TAGS_RE = /<link\b[^>]*>|<meta\b[^>]*>|<title\b[^>]*>[\s\S]*?<\/title\s*>/gi;
const REF_HINT_RE = /\d{2}[\s-]?\d{3}[\s-]?\d{3}/;
const OUTSIDE_TITLE_RE = /<header\b[\s\S]*?<\/header\s*>|<h1\b[\s\S]*?<\/h1\s*>/gi;

/** The <article id="article"> elements of a page as source slices, or null when there are none (or one is unclosed). */
function sliceArticles(html: string): { articles: string[]; rest: string } | null {
  const articles: string[] = [];
  let rest = '';
  let from = 0;
  ARTICLE_OPEN_RE.lastIndex = 0;
  for (let m = ARTICLE_OPEN_RE.exec(html); m; m = ARTICLE_OPEN_RE.exec(html)) {
    if (m.index < from) continue;
    ARTICLE_TAG_RE.lastIndex = m.index;
    let depth = 0;
    let end = -1;
    for (let t = ARTICLE_TAG_RE.exec(html); t; t = ARTICLE_TAG_RE.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = html.indexOf('>', t.index) + 1;
        break;
      }
    }
    if (end <= 0) return null;
    rest += html.slice(from, m.index);
    articles.push(html.slice(m.index, end));
    from = end;
    ARTICLE_OPEN_RE.lastIndex = end;
  }
  if (articles.length === 0) return null;
  return { articles, rest: rest + html.slice(from) };
}

/** What the page head says: canonical link, og:url, <title> and og:title. */
interface HeadInfo {
  canonical: string | null;
  ogUrl: string | null;
  title: string;
  ogTitle: string;
}

/** Read the head tags by walking the (small) tree: cheaper than CSS selection. */
function readHead(nodes: AnyNode[]): HeadInfo {
  const info: HeadInfo = { canonical: null, ogUrl: null, title: '', ogTitle: '' };
  const walk = (n: AnyNode): void => {
    if (!isElement(n)) return;
    const a = n.attribs;
    if (n.name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(a.rel ?? '') && a.href) info.canonical ??= a.href.trim();
    else if (n.name === 'meta' && a.property === 'og:url' && a.content) info.ogUrl ??= a.content.trim();
    else if (n.name === 'meta' && a.property === 'og:title' && a.content) info.ogTitle ||= a.content;
    else if (n.name === 'title' && !info.title) info.title = textOf(n);
    else if (!DROP_TAGS.has(n.name) || n.name === 'head') n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return info;
}

/**
 * Fast path: parse only the <article id="article"> slices and the page's <head> (a real page is ~50 KB, mostly
 * navigation, scripts and footer). Returns null when the slices do not hold the title and header fields.
 */
function readPageFast(html: string): PageParts | null {
  const sliced = sliceArticles(html);
  if (!sliced) return null;
  // htmlparser2 (cheerio's own parser) directly: cheerio.load defines a class per call, which triples the cost of a
  // page; the fast path needs only the tree. Whole-page reading below keeps cheerio's selectors.
  const roots = sliced.articles.flatMap((a) => parseDocument(a).children.filter(isElement));
  // Only the few head tags we read are parsed (a head can hold large inline scripts and styles).
  const headEnd = sliced.rest.search(/<\/head\s*>/i);
  const head = readHead(parseDocument(((headEnd > 0 ? sliced.rest.slice(0, headEnd) : sliced.rest).match(HEAD_TAGS_RE) ?? []).join('')).children);
  const title = findTitle(roots, {
    outside: () => {
      // Parse only the header/h1 slices that hold something shaped like a reference.
      const segments = (sliced.rest.match(OUTSIDE_TITLE_RE) ?? []).filter((seg) => REF_HINT_RE.test(seg));
      const parsed = segments.flatMap((seg) => parseDocument(seg).children);
      const headers = elementsByTag(parsed, new Set(['header']));
      return [...elementsByTag(headers, HEADER_PARTS), ...elementsByTag(parsed, new Set(['h1']))];
    },
    titleTags: () => [head.title, head.ogTitle],
  });
  const found = findFields(roots);
  if (title === null || Object.keys(found.fields).length === 0) return null;
  return { url: head.canonical ?? head.ogUrl, title, found, roots };
}

/** Whole-page reading: content root by structure (article#article, article, main, body), fields anywhere in the body. */
function readPageFull(html: string): PageParts {
  const $ = load(html);
  let roots = $('article#article').toArray();
  if (roots.length === 0) roots = $('article').toArray();
  if (roots.length === 0) roots = $('main').toArray();
  if (roots.length === 0) roots = $('body').toArray();
  if (roots.length === 0) roots = $.root().children().toArray().filter(isElement);
  const title = findTitle(roots, pageTitleContext($));
  let found = findFields(roots);
  if (Object.keys(found.fields).length === 0) {
    const body = $('body').toArray();
    if (body.length) found = findFields(body);
  }
  const head = readHead($.root().children().toArray());
  return { url: head.canonical ?? head.ogUrl, title, found, roots };
}

/**
 * Read one LGSCO decision page into a DecisionDocument. A report's chapters (chapter 1, ?chapter=2, …) may be given
 * as an array: title and header come from the first page that has them, the bodies are joined in order.
 */
export function readHtml(html: string | string[]): DecisionDocument {
  const pages = Array.isArray(html) ? html : [html];
  let url: string | null = null;
  let title: { text: string; el: Element | null } | null = null;
  let fields: Record<string, string> = {};
  let categoryLinks: string[] = [];
  let chapters = 0;
  const blocks: Block[] = [];

  for (const page of pages) {
    const parts = readPageFast(page) ?? readPageFull(page);
    url ??= parts.url;
    title ??= parts.title;
    chapters += Math.max(parts.roots.length, 1);
    if (Object.keys(fields).length === 0) {
      fields = parts.found.fields;
      categoryLinks = parts.found.categoryLinks;
    }
    const skip = new Set<AnyNode>(parts.found.used);
    if (parts.title?.el) skip.add(parts.title.el);
    for (const root of parts.roots) {
      const chapterBlocks: Block[] = [];
      collectBlocks(root, skip, chapterBlocks);
      for (const b of chapterBlocks) {
        // Each chapter repeats the title and header lines: keep them out of the body.
        if (title && b.text === title.text) continue;
        const field = FIELD_LINE_RE.exec(b.text);
        if (field && fieldKey(field[1]!) in parts.found.fields) continue;
        blocks.push(b);
      }
    }
  }

  return assembleDocument({ format: 'html', url, title: title?.text ?? null, fields, categoryLinks, blocks, chapters });
}
