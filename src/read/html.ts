import { createRequire } from 'node:module';
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import type { load as loadType } from 'cheerio/slim';
import type { Block, DecisionDocument } from './document.js';
import { assembleDocument, fieldKey } from './assemble.js';
import { FIELD_LINE_RE } from './patterns.js';
import { findFields, findTitle, HEADER_PARTS, type FoundFields, type TitleContext } from './html-fields.js';
import { BANNER_RE, collapse, DROP_TAGS, elementsByTag, HEADING_TAGS, INLINE_TAGS, isElement, textOf } from './html-text.js';

type CheerioLoad = typeof loadType;
let cheerioLoad: CheerioLoad | null = null;
/** cheerio, loaded on first use: only whole-page reading needs its selectors (the fast path walks the tree). */
function load(html: string): ReturnType<CheerioLoad> {
  cheerioLoad ??= (createRequire(import.meta.url)('cheerio/slim') as { load: CheerioLoad }).load;
  return cheerioLoad(html);
}

/** Title context of a whole parsed page. */
function pageTitleContext($: ReturnType<CheerioLoad>): TitleContext {
  return {
    outside: () => {
      const doc = $.root().children().toArray(); // the root node itself is not an element: walk its children
      const headers = elementsByTag(doc, new Set(['header']));
      return [...elementsByTag(headers, HEADER_PARTS), ...elementsByTag(doc, new Set(['h1']))];
    },
    titleTags: () => [$('title').first().text(), $('meta[property="og:title"]').attr('content') ?? ''],
  };
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
      if (t) blocks.push(paraBlock(t));
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
      if (t) blocks.push(strongHeading(n, t) ? { kind: 'heading', text: t } : paraBlock(t));
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

/** "12. Text" in a <p> or <div>: markup that writes the paragraph number as text instead of using a list. */
const NUMBERED_TEXT_RE = /^(\d{1,3})[.)]\s+(\S[\s\S]*)$/;

/** A paragraph block, numbered when its text starts with its number. */
function paraBlock(text: string): Block {
  const m = NUMBERED_TEXT_RE.exec(text);
  return m ? { kind: 'para', text: m[2]!, n: Number(m[1]), depth: 0, numbered: true } : { kind: 'para', text, n: null, depth: 0, numbered: false };
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
/** The head tags readHead can use (a page head holds dozens of others: icons, preloads, viewport…). */
const HEAD_WANTED_RE = /^<title\b|canonical|og:url|og:title/i;
const REF_HINT_RE = /\d{2}[\s-]?\d{3}[\s-]?\d{3}/;
const OUTSIDE_TITLE_RE = /<header\b[\s\S]*?<\/header\s*>|<h1\b[\s\S]*?<\/h1\s*>/gi;

/**
 * The <article id="article"> elements of a page as [start, end) offsets, and the rest of the page (everything outside
 * them), or null when there are none (or one is unclosed). Only ASCII is matched, so the offsets of a page decoded as
 * latin1 are its byte offsets.
 */
function sliceArticles(html: string): { ranges: [number, number][]; rest: string } | null {
  const ranges: [number, number][] = [];
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
    ranges.push([m.index, end]);
    from = end;
    ARTICLE_OPEN_RE.lastIndex = end;
  }
  if (ranges.length === 0) return null;
  return { ranges, rest: rest + html.slice(from) };
}

/** The parts of a page the fast path reads: its articles, the head tags it uses, and header/h1 slices (on demand). */
interface PageSource {
  articles: string[];
  headTags: string[];
  outside: () => string[];
}

const HEAD_END_RE = /<\/head\s*>/i;

/**
 * The tags of a page head readHead can use, from the page outside its articles (`rest`). When the head closes before
 * the first article (as on every real page), that part of `rest` is the start of `text` itself: read it there, so the
 * pieces of `rest` are not joined into one string (a copy of most of the page) just to look for </head>.
 */
function headTagsOf(text: string, firstArticle: number, rest: string): string[] {
  const close = HEAD_END_RE.exec(text);
  let head: string;
  if (close && close.index > 0 && close.index + close[0].length <= firstArticle) {
    head = text.slice(0, close.index);
  } else {
    const headEnd = rest.search(HEAD_END_RE);
    head = headEnd > 0 ? rest.slice(0, headEnd) : rest;
  }
  // Only the few head tags we read are parsed (a head can hold large inline scripts and styles).
  return (head.match(HEAD_TAGS_RE) ?? []).filter((t) => HEAD_WANTED_RE.test(t));
}

/**
 * The parts the fast path reads, from a page scanned as `text`. `slice` gives an article's text by its offsets and
 * `decode` turns a matched slice of `text` into page text (both the identity for a decoded page).
 */
function sourceOf(text: string, slice: (a: number, b: number) => string, decode: (s: string) => string): PageSource | null {
  const sliced = sliceArticles(text);
  if (!sliced) return null;
  return {
    articles: sliced.ranges.map(([a, b]) => slice(a, b)),
    headTags: headTagsOf(text, sliced.ranges[0]![0], sliced.rest).map(decode),
    outside: () => (sliced.rest.match(OUTSIDE_TITLE_RE) ?? []).map(decode),
  };
}

const sourceOfString = (html: string): PageSource | null => sourceOf(html, (a, b) => html.slice(a, b), (s) => s);

/**
 * The same parts of a page given as valid UTF-8 bytes: the page is scanned as latin1 (a one-byte string, a tenth of
 * the cost of decoding a page) and only the slices read are decoded as UTF-8 (a third of a page).
 */
const sourceOfBytes = (bytes: Buffer, latin1: string): PageSource | null =>
  sourceOf(latin1, (a, b) => bytes.toString('utf8', a, b), (s) => Buffer.from(s, 'latin1').toString('utf8'));

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
function readPageFast(source: PageSource): PageParts | null {
  // htmlparser2 (cheerio's own parser) directly: cheerio.load defines a class per call, which triples the cost of a
  // page; the fast path needs only the tree. Whole-page reading below keeps cheerio's selectors.
  const roots = source.articles.flatMap((a) => parseDocument(a).children.filter(isElement));
  const head = readHead(parseDocument(source.headTags.join('')).children);
  const title = findTitle(roots, {
    outside: () => {
      // Parse only the header/h1 slices that hold something shaped like a reference.
      const segments = source.outside().filter((seg) => REF_HINT_RE.test(seg));
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

/** A document being built from one page or a report's chapters. */
class PagesReader {
  private url: string | null = null;
  private title: { text: string; el: Element | null } | null = null;
  private fields: Record<string, string> = {};
  private categoryLinks: string[] = [];
  private chapters = 0;
  private readonly blocks: Block[] = [];

  add(parts: PageParts): void {
    this.url ??= parts.url;
    this.title ??= parts.title;
    this.chapters += Math.max(parts.roots.length, 1);
    if (Object.keys(this.fields).length === 0) {
      this.fields = parts.found.fields;
      this.categoryLinks = parts.found.categoryLinks;
    }
    const skip = new Set<AnyNode>(parts.found.used);
    if (parts.title?.el) skip.add(parts.title.el);
    for (const root of parts.roots) {
      const chapterBlocks: Block[] = [];
      collectBlocks(root, skip, chapterBlocks);
      for (const b of chapterBlocks) {
        // Each chapter repeats the title and header lines: keep them out of the body.
        if (this.title && b.text === this.title.text) continue;
        const field = FIELD_LINE_RE.exec(b.text);
        if (field && fieldKey(field[1]!) in parts.found.fields) continue;
        this.blocks.push(b);
      }
    }
  }

  document(): DecisionDocument {
    const { url, title, fields, categoryLinks, blocks, chapters } = this;
    return assembleDocument({ format: 'html', url, title: title?.text ?? null, fields, categoryLinks, blocks, chapters });
  }
}

/**
 * Read one LGSCO decision page into a DecisionDocument. A report's chapters (chapter 1, ?chapter=2, …) may be given
 * as an array: title and header come from the first page that has them, the bodies are joined in order.
 */
export function readHtml(html: string | string[]): DecisionDocument {
  const reader = new PagesReader();
  for (const page of Array.isArray(html) ? html : [html]) {
    const source = sourceOfString(page);
    reader.add((source && readPageFast(source)) ?? readPageFull(page));
  }
  return reader.document();
}

/**
 * readHtml for one page given as bytes that are valid UTF-8 (the caller checks), reading the same document without
 * decoding the whole page. `latin1` is the same bytes decoded as latin1.
 */
export function readHtmlUtf8(bytes: Buffer, latin1: string): DecisionDocument {
  const reader = new PagesReader();
  const source = sourceOfBytes(bytes, latin1);
  reader.add((source && readPageFast(source)) ?? readPageFull(bytes.toString('utf8')));
  return reader.document();
}
