/** Text of htmlparser2 nodes, as a browser shows it: shared by the HTML reader's parts. */
import type { AnyNode, Element } from 'domhandler';

/** Elements whose content is never decision text. */
export const DROP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'form', 'nav', 'button', 'select', 'input', 'textarea', 'img', 'picture', 'video', 'audio', 'canvas', 'object', 'head', 'link', 'meta']);
/** Inline elements: their text joins the surrounding paragraph. */
export const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label']);
export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** id/class words of consent banners, which some pages put inside the content area. */
export const BANNER_RE = /cookie|consent|gdpr|privacy-settings|ccc-/i;
/** Title inside a <title> or og:title, followed by the site name. */
export const TITLE_PREFIX_RE = /^(.*\(\s*\d{2}[ -]?\d{3}[ -]?\d{3}\s?[a-zA-Z]?\s*\))/;

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Whitespace-collapsed text of a node, with a space between block children. */
export function textOf(node: AnyNode, skipLists = false): string {
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
export function shortText(node: AnyNode, max: number): string | null {
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

/** Whitespace that collapsing would change: a non-space whitespace character or two spaces in a row. */
const UNCOLLAPSED_RE = /[^\S ]| {2}/;

/** Whitespace runs as one space, trimmed. */
export function collapse(text: string): string {
  // Most text is already collapsed (single spaces only): a test is far cheaper than a replace that copies the string.
  return UNCOLLAPSED_RE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** Elements of the given tags under the roots, in document order (a plain walk: faster than CSS selection). */
export function elementsByTag(roots: AnyNode[], tags: ReadonlySet<string>, limit = Infinity): Element[] {
  const out: Element[] = [];
  const walk = (n: AnyNode): void => {
    if (out.length >= limit || !isElement(n) || DROP_TAGS.has(n.name)) return;
    if (tags.has(n.name)) out.push(n);
    for (const c of n.children) walk(c);
  };
  roots.forEach(walk);
  return out;
}

