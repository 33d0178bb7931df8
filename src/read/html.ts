import { parseDocument } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';
import type { Block, DecisionDocument } from './document.js';
import { assembleDocument, fieldKey } from './assemble.js';
import { FIELD_LINE_RE } from './patterns.js';
import { collectBlocks } from './html-blocks.js';
import { findFields, findTitle, HEADER_PARTS, type FoundFields, type TitleContext } from './html-fields.js';
import { readHead, sourceOfBytes, sourceOfString, type PageSource } from './html-page.js';
import { elementsByTag, isElement } from './html-text.js';

/** What one page contributes: its address, title, header fields and content roots. */
interface PageParts {
  url: string | null;
  title: { text: string; el: Element | null } | null;
  found: FoundFields;
  roots: Element[];
}

/** Something shaped like a case reference: a header or h1 slice without one cannot hold the title. */
const REF_HINT_RE = /\d{2}[\s-]?\d{3}[\s-]?\d{3}/;

/**
 * Every element of the tree for which `test` holds, nested ones included, in document order: what a CSS selector
 * gives (it looks inside every element, scripts and navigation too, unlike elementsByTag).
 */
function selectAll(nodes: readonly AnyNode[], test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: AnyNode): void => {
    if (!isElement(n)) return;
    if (test(n)) out.push(n);
    for (const c of n.children) walk(c);
  };
  nodes.forEach(walk);
  return out;
}

/** The text of a node and all its descendants, comments left out (the DOM's textContent). */
function textContent(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (node.type === 'comment' || !('children' in node)) return '';
  return (node.children as AnyNode[]).map(textContent).join('');
}

/** Title context of a whole parsed page: its header parts and h1s, then <title> and og:title. */
function pageTitleContext(top: Element[]): TitleContext {
  return {
    outside: () => {
      const headers = elementsByTag(top, new Set(['header']));
      return [...elementsByTag(headers, HEADER_PARTS), ...elementsByTag(top, new Set(['h1']))];
    },
    titleTags: () => {
      const title = selectAll(top, (el) => el.name === 'title')[0];
      const og = selectAll(top, (el) => el.name === 'meta' && el.attribs.property === 'og:title')[0];
      return [title ? textContent(title) : '', og?.attribs.content ?? ''];
    },
  };
}

/**
 * Fast path: parse only the <article id="article"> slices and the page's <head> (a real page is ~50 KB, mostly
 * navigation, scripts and footer). Returns null when the slices do not hold the title and header fields.
 */
function readPageFast(source: PageSource): PageParts | null {
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

/**
 * Whole-page reading: content root by structure (article#article, article, main, body), fields anywhere in the body.
 * The page is parsed by htmlparser2 itself, as on the fast path, and searched by plain walks: a CSS engine would be
 * one more library to load and warm up in every parsing thread for the few pages that come this way.
 */
function readPageFull(html: string): PageParts {
  const doc: Document = parseDocument(html);
  const top = doc.children.filter(isElement);
  const byName = (name: string): Element[] => selectAll(top, (el) => el.name === name);
  let roots = selectAll(top, (el) => el.name === 'article' && el.attribs.id === 'article');
  if (roots.length === 0) roots = byName('article');
  if (roots.length === 0) roots = byName('main');
  if (roots.length === 0) roots = byName('body');
  if (roots.length === 0) roots = top;
  const title = findTitle(roots, pageTitleContext(top));
  let found = findFields(roots);
  if (Object.keys(found.fields).length === 0) {
    const body = byName('body');
    if (body.length) found = findFields(body);
  }
  const head = readHead(top);
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
