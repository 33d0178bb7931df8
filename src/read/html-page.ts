/**
 * The parts of a decision page the reader needs before building any tree: its <article id="article"> slices, the
 * head tags it reads, and the header/h1 slices outside the articles; and what those head tags say.
 */
import type { AnyNode } from 'domhandler';
import { DROP_TAGS, isElement, textOf } from './html-text.js';

const ARTICLE_OPEN_RE = /<article\b[^>]*\bid\s*=\s*["']?article["'\s>/]/gi;
const ARTICLE_TAG_RE = /<(\/?)article\b/gi;
const HEAD_TAGS_RE = /<link\b[^>]*>|<meta\b[^>]*>|<title\b[^>]*>[\s\S]*?<\/title\s*>/gi;
/** The head tags readHead can use (a page head holds dozens of others: icons, preloads, viewport…). */
const HEAD_WANTED_RE = /^<title\b|canonical|og:url|og:title/i;
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
export interface PageSource {
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

export const sourceOfString = (html: string): PageSource | null => sourceOf(html, (a, b) => html.slice(a, b), (s) => s);

/**
 * The same parts of a page given as valid UTF-8 bytes: the page is scanned as latin1 (a one-byte string, a tenth of
 * the cost of decoding a page) and only the slices read are decoded as UTF-8 (a third of a page).
 */
export const sourceOfBytes = (bytes: Buffer, latin1: string): PageSource | null =>
  sourceOf(latin1, (a, b) => bytes.toString('utf8', a, b), (s) => Buffer.from(s, 'latin1').toString('utf8'));

/** What the page head says: canonical link, og:url, <title> and og:title. */
export interface HeadInfo {
  canonical: string | null;
  ogUrl: string | null;
  title: string;
  ogTitle: string;
}

/** Read the head tags by walking the (small) tree: cheaper than CSS selection. */
export function readHead(nodes: AnyNode[]): HeadInfo {
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
