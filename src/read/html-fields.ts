import type { AnyNode, Element } from 'domhandler';
import { fieldKey } from './assemble.js';
import { collapse, DROP_TAGS, elementsByTag, isElement, shortText, textOf, TITLE_PREFIX_RE } from './html-text.js';
import { BARE_REF_TITLE_RE, FIELD_LABEL_RE, TITLE_RE } from './patterns.js';

/** Finding the title line and the header fields of a page by their text and structure, not by class names. */
const TITLE_HEADINGS = new Set(['h1', 'h2', 'h3']);
export const HEADER_PARTS = new Set(['h1', 'h2', 'h3', 'p', 'div', 'span', 'strong']);
const BLOCK_PARTS = new Set(['p', 'div', 'span', 'strong', 'b']);

/** Where a title may sit outside the content: the page header (and any h1), then <title>/og:title. */
export interface TitleContext {
  outside: () => Element[];
  titleTags: () => string[];
}

/**
 * Find the "Organisation (ref)" title. Source precedence: headings in the content, then the page header (and any h1),
 * then <title>/og:title (the site name after the title is dropped), then any short element in the content.
 */
export function findTitle(roots: Element[], context: TitleContext): { text: string; el: Element | null } | null {
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

/** First non-blank character of a node's text, or '' (a cheap pre-check before measuring an element's text). */
function firstChar(node: AnyNode): string {
  if (node.type === 'text') {
    // trimStart drops exactly what \s matches, without building a match object for every text node.
    const t = (node as unknown as { data: string }).data.trimStart();
    return t ? t[0]! : '';
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

export interface FoundFields {
  fields: Record<string, string>;
  categoryLinks: string[];
  used: Set<AnyNode>;
}

/** Header fields by label text and structure: label element → following siblings (or the next element) as value. */
export function findFields(scope: Element[]): FoundFields {
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

