/** The body of a decision page as blocks: headings and (numbered) paragraphs, in document order. */
import type { AnyNode, Element } from 'domhandler';
import type { Block } from './document.js';
import { BANNER_RE, collapse, DROP_TAGS, HEADING_TAGS, INLINE_TAGS, isElement, textOf } from './html-text.js';

/** Walk the content in document order and emit headings and paragraphs. */
export function collectBlocks(root: Element, skip: Set<AnyNode>, blocks: Block[]): void {
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
