import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { Block, DecisionDocument } from './document.js';
import { assembleDocument, fieldKey } from './assemble.js';
import { BARE_REF_TITLE_RE, FIELD_LABEL_RE, FIELD_LINE_RE, TITLE_RE } from './patterns.js';

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
  return text.replace(/[\s\u00A0]+/g, ' ').trim();
}

/** Find the "Organisation (ref)" title: in-page headings first, then the page header, then <title>/og:title. */
function findTitle($: ReturnType<typeof load>, roots: Element[]): { text: string; el: Element | null } | null {
  const matches = (t: string): boolean => t.length < 400 && (TITLE_RE.test(t) || BARE_REF_TITLE_RE.test(t));
  const scan = (selector: string, scope?: Element[]): { text: string; el: Element } | null => {
    const found = scope ? $(scope).find(selector) : $(selector);
    for (const el of found.toArray()) {
      if (!isElement(el)) continue;
      const t = shortText(el, 400);
      if (t !== null && matches(t)) return { text: t, el };
    }
    return null;
  };
  return (
    scan('h1, h2, h3', roots) ??
    scan('header h1, header h2, header h3, header p, header div, header span, h1') ??
    scan('p, div, span, strong', roots) ??
    [collapse($('title').first().text()), collapse($('meta[property="og:title"]').attr('content') ?? '')]
      .map((t) => TITLE_PREFIX_RE.exec(t)?.[1] ?? '')
      .filter(matches)
      .map((text) => ({ text, el: null }))[0] ??
    null
  );
}

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
    if (n.name !== 'body' && n.name !== 'article') {
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
    for (const piece of inline.join('').split('\n')) {
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
    const $ = load(page);
    url ??=
      $('link[rel="canonical"]').attr('href')?.trim() ||
      $('meta[property="og:url"]').attr('content')?.trim() ||
      null;

    let roots = $('article#article').toArray();
    if (roots.length === 0) roots = $('article').toArray();
    if (roots.length === 0) roots = $('main').toArray();
    if (roots.length === 0) roots = $('body').toArray();
    if (roots.length === 0) roots = $.root().children().toArray().filter(isElement);
    chapters += Math.max(roots.length, 1);

    const pageTitle = findTitle($, roots);
    title ??= pageTitle;
    let found = findFields(roots);
    if (Object.keys(found.fields).length === 0) {
      const body = $('body').toArray();
      if (body.length) found = findFields(body);
    }
    if (Object.keys(fields).length === 0) {
      fields = found.fields;
      categoryLinks = found.categoryLinks;
    }

    const skip = new Set<AnyNode>(found.used);
    if (pageTitle?.el) skip.add(pageTitle.el);
    for (const root of roots) {
      const chapterBlocks: Block[] = [];
      collectBlocks(root, skip, chapterBlocks);
      for (const b of chapterBlocks) {
        // Each chapter repeats the title and header lines: keep them out of the body.
        if (title && b.text === title.text) continue;
        const field = FIELD_LINE_RE.exec(b.text);
        if (field && fieldKey(field[1]!) in found.fields) continue;
        blocks.push(b);
      }
    }
  }

  return assembleDocument({ format: 'html', url, title: title?.text ?? null, fields, categoryLinks, blocks, chapters });
}
