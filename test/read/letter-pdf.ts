// Draws an invented decision letter in the layout of LGSCO's PDF letters, in several ways a PDF producer may draw it,
// for tests of what a text extractor gives back. Invented body and reference only.
import { PDFDocument, StandardFonts, rgb, type PDFPage } from 'pdf-lib';

/** A block of the letter: a plain line, a heading, a numbered paragraph (its lines as they wrap), a page break. */
export type LetterBlock =
  | { kind: 'line'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'para'; n: number; lines: string[] }
  | { kind: 'break' };

/** "\f" inside a paragraph's lines breaks the page there. */
export const PAGE_BREAK = '\f';

export interface LetterLayout {
  /**
   * How paragraph numbers are drawn: `inline` number then text per line, at two x positions; `first` / `last` a
   * page's numbers in a run before / after its text; `after` each number after its line's text; `hanging` number and
   * text as one string; `dotless` like inline, numbers without a full stop.
   */
  numbers: 'inline' | 'first' | 'last' | 'after' | 'hanging' | 'dotless';
  /** The running line: "Final decision N" (from page 2) or "Draft decision for your comments N", "Page N of M", "N". */
  furniture: 'final' | 'draft' | 'page-of' | 'bare';
  /** Where it stands and when it is drawn: top or bottom of the page, before or after the body. */
  at: 'top' | 'bottom';
  drawn: 'before' | 'after';
  /** A "1" at the top of the first page, as the real letters have. */
  firstPageNumber?: boolean;
}

const [PAGE_W, PAGE_H] = [595.28, 841.89];
const MARGIN_X = 56;
const TEXT_X = 84; // where paragraph text stands, right of the number column
const SIZE = 11;
const LEADING = 15;
const BOTTOM = 80; // the lowest baseline of the body: the footer stands below it

/** The text of the running line on page `p` of `total`, or null where there is none. */
function runningLine(layout: LetterLayout, p: number, total: number): string | null {
  if (layout.furniture === 'final') return p === 1 ? null : `Final decision ${p}`;
  if (layout.furniture === 'draft') return p === 1 ? null : `Draft decision for your comments ${p}`;
  if (layout.furniture === 'page-of') return `Page ${p} of ${total}`;
  return p === 1 ? null : String(p);
}

interface Item {
  text: string;
  x: number;
  y: number;
  kind: 'number' | 'text';
}

/** Lay the blocks out into pages of positioned items, in reading order. */
function layOut(blocks: LetterBlock[], layout: LetterLayout): Item[][] {
  const pages: Item[][] = [[]];
  let y = PAGE_H - 90;
  const newPage = (): void => {
    pages.push([]);
    y = PAGE_H - 90;
  };
  const put = (text: string, x: number, kind: Item['kind']): void => {
    pages.at(-1)!.push({ text, x, y, kind });
  };
  // A full page breaks where it is full, as a word processor would (mid-paragraph or mid-sentence alike).
  const newLine = (): void => {
    y -= LEADING;
    if (y < BOTTOM) newPage();
  };
  for (const block of blocks) {
    if (block.kind === 'break') {
      newPage();
      continue;
    }
    if (block.kind !== 'para') {
      put(block.text, MARGIN_X, 'text');
      newLine();
      continue;
    }
    let first = true;
    for (const line of block.lines) {
      if (line === PAGE_BREAK) {
        newPage();
        continue;
      }
      if (first && layout.numbers === 'hanging') {
        put(`${block.n}. ${line}`, MARGIN_X, 'text'); // one string, as Word's own numbering often is
      } else {
        if (first) put(layout.numbers === 'dotless' ? String(block.n) : `${block.n}.`, MARGIN_X, 'number');
        put(line, TEXT_X, 'text');
      }
      first = false;
      newLine();
    }
  }
  return pages;
}

/** Draw the letter into a PDF in the given layout. */
export async function makeLetterPdf(blocks: LetterBlock[], layout: LetterLayout): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.setCreationDate(new Date('2025-03-03T12:00:00Z'));
  doc.setModificationDate(new Date('2025-03-03T12:00:00Z'));
  const pages = layOut(blocks, layout);
  const draw = (page: PDFPage, item: Pick<Item, 'text' | 'x' | 'y'>): void => {
    page.drawText(item.text, { x: item.x, y: item.y, size: SIZE, font, color: rgb(0.1, 0.1, 0.1) });
  };
  pages.forEach((items, k) => {
    const page = doc.addPage([PAGE_W, PAGE_H]);
    const p = k + 1;
    const run = runningLine(layout, p, pages.length);
    const furniture = (): void => {
      if (p === 1 && layout.firstPageNumber) draw(page, { text: '1', x: PAGE_W / 2, y: PAGE_H - 40 });
      if (run !== null) draw(page, { text: run, x: layout.furniture === 'final' || layout.furniture === 'draft' ? MARGIN_X : PAGE_W / 2, y: layout.at === 'top' ? PAGE_H - 55 : 40 });
    };
    if (layout.drawn === 'before') furniture();
    const numbers = items.filter((i) => i.kind === 'number');
    if (layout.numbers === 'first') numbers.forEach((i) => draw(page, i));
    for (const item of items) {
      if (item.kind === 'number' && layout.numbers !== 'after' && layout.numbers !== 'first' && layout.numbers !== 'last') draw(page, item);
      if (item.kind === 'text') {
        draw(page, item);
        // "after": the number that shares this line's baseline is drawn once its text is.
        const number = numbers.find((n) => n.y === item.y);
        if (number && layout.numbers === 'after') draw(page, number);
      }
    }
    if (layout.numbers === 'last') numbers.forEach((i) => draw(page, i));
    if (layout.drawn === 'after') furniture();
  });
  return doc.save();
}

/** "12. text": a numbered paragraph's first line in clean text. */
const NUMBERED_LINE_RE = /^(\d{1,3})\. (.*)$/;

/**
 * The blocks of a letter from its clean text (one line per drawn line): lines before the first numbered paragraph
 * stand alone; every later line belongs to the paragraph above it (a heading is drawn at the text's x: the extractor
 * gives it back the same).
 */
export function blocksFromText(text: string): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  for (const line of text.split('\n')) {
    const m = NUMBERED_LINE_RE.exec(line);
    const last = blocks.at(-1);
    if (m) blocks.push({ kind: 'para', n: Number(m[1]), lines: [m[2]!] });
    else if (last?.kind === 'para') last.lines.push(line);
    else blocks.push({ kind: 'line', text: line });
  }
  return blocks;
}
