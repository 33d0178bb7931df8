// Layout (b): a real PDF decision letter, drawn with pdf-lib in Helvetica (WinAnsi: ’ ‘ “ ” – £ • are encodable, as
// in scripts/make-pdf-fixture.mjs). Paragraph numbers are drawn in a column of their own (one drawText at the left
// margin, the text another at an indent on the same baseline, wrapped lines under the text); every page after the
// first has the running footer "Final decision N"; the first page its number. The page height is chosen so that the
// letter has two pages or more and at least one page break falls inside a paragraph.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { letterContent, STAGE_WORDS, type LetterFacts, type LetterItem, type Stage } from './letter-content.js';

const PAGE_W = 595.28;
const A4_H = 841.89;
const MARGIN_TOP = 64;
const MARGIN_BOTTOM = 64;
const FOOTER_Y = 30;
const LEFT = 56;
const RIGHT = PAGE_W - 56;
/** Paragraph text (and wrapped lines) start here; the number stands at LEFT. */
const TEXT_X = 85;
/** Sub-list bullets at the text indent, their text a little further in. */
const SUB_TEXT_X = 100;
const SIZE = 10.5;
const HEADING_SIZE = 11.5;
const NUMBER_SIZE = 7.5;
const FOOTER_SIZE = 8.5;
const LEADING = 14;
const GAP = 8;
/** Fixed dates keep the bytes stable between runs. */
const FIXED_DATE = new Date('2025-02-03T12:00:00Z');

interface Draw {
  text: string;
  x: number;
  bold?: boolean;
  size?: number;
}
/** One line of the letter: what is drawn on it, its height and the paragraph it belongs to (for breaks inside one). */
interface Row {
  draws: Draw[];
  height: number;
  para: number | null;
}

export interface LetterPdf {
  bytes: Uint8Array;
  pages: number;
  /** Page breaks that fall between two lines of the same paragraph. */
  breaksInsideParagraphs: number;
  facts: LetterFacts;
}

export interface LetterPdfOptions {
  stage: Stage;
  /** Draw each page's footer before its text (so a text extractor gives it first, as the real letters do) or after. */
  footerFirst: boolean;
}

/** Greedy word wrap to `width` points. */
function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || font.widthOfTextAtSize(candidate, size) <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Characters WinAnsi cannot encode are replaced (rare in decisions: a few symbols). */
function encodable(charset: Set<number>, text: string): string {
  const fallback: Record<string, string> = { '—': '-', '…': '...', '\u00a0': ' ', '−': '-', '≥': '>=', '≤': '<=' };
  let out = '';
  for (const ch of text) out += charset.has(ch.codePointAt(0)!) ? ch : (fallback[ch] ?? '?');
  return out;
}

function toRows(items: LetterItem[], font: PDFFont, bold: PDFFont): Row[] {
  const rows: Row[] = [];
  let para = 0;
  const textRows = (text: string, x: number, firstDraws: Draw[] = [], id: number | null = null): void => {
    wrap(font, SIZE, text, RIGHT - x).forEach((part, k) => {
      rows.push({ draws: [...(k === 0 ? firstDraws : []), { text: part, x }], height: LEADING, para: id });
    });
  };
  for (const item of items) {
    switch (item.kind) {
      case 'gap':
        rows.push({ draws: [], height: GAP, para: null });
        break;
      case 'line':
        if (item.bold) rows.push({ draws: [{ text: item.text, x: LEFT, bold: true }], height: LEADING, para: null });
        else textRows(item.text, LEFT, [], ++para);
        break;
      case 'heading':
        rows.push({ draws: [], height: GAP / 2, para: null });
        for (const part of wrap(bold, HEADING_SIZE, item.text, RIGHT - LEFT)) {
          rows.push({ draws: [{ text: part, x: LEFT, bold: true, size: HEADING_SIZE }], height: LEADING + 2, para: null });
        }
        break;
      case 'para': {
        const id = ++para;
        // The real letters print the number smaller than the text, in its own column.
        const marker: Draw[] = item.number !== null ? [{ text: `${item.number}.`, x: LEFT, size: NUMBER_SIZE }] : item.bullet ? [{ text: '•', x: LEFT + 12 }] : [];
        textRows(item.text, TEXT_X, marker, id);
        for (const sub of item.subs) textRows(sub.text, SUB_TEXT_X, [{ text: '•', x: TEXT_X + 2 }], id);
        rows.push({ draws: [], height: GAP / 2, para: null });
        break;
      }
    }
  }
  return rows;
}

/** Set rows on pages of `usable` points; the breaks that split a paragraph are counted. */
function paginate(rows: Row[], usable: number): { pages: Row[][]; inside: number } {
  const pages: Row[][] = [[]];
  let y = 0;
  let inside = 0;
  let last: Row | null = null;
  for (const row of rows) {
    if (y + row.height > usable && pages[pages.length - 1]!.length > 0) {
      if (row.draws.length === 0) continue; // a gap at a page break is dropped
      if (last && last.para !== null && last.para === row.para) inside++;
      pages.push([]);
      y = 0;
    }
    pages[pages.length - 1]!.push(row);
    y += row.height;
    if (row.draws.length > 0) last = row;
  }
  return { pages, inside };
}

/** Page heights to try: A4, then shorter pages until the letter has two pages and a break inside a paragraph. */
function choosePages(rows: Row[]): { pages: Row[][]; inside: number; usable: number } {
  const a4 = A4_H - MARGIN_TOP - MARGIN_BOTTOM;
  const total = rows.reduce((s, r) => s + r.height, 0);
  let best = { ...paginate(rows, a4), usable: a4 };
  for (let usable = Math.min(a4, total / 2.2); usable >= LEADING * 8; usable -= LEADING / 2) {
    if (best.pages.length >= 2 && best.inside >= 1) break;
    best = { ...paginate(rows, usable), usable };
  }
  return best;
}

function footer(page: PDFPage, n: number, stage: Stage, font: PDFFont): void {
  if (n === 1) page.drawText('1', { x: RIGHT - font.widthOfTextAtSize('1', FOOTER_SIZE), y: FOOTER_Y, size: FOOTER_SIZE, font });
  else page.drawText(`${STAGE_WORDS[stage].footer} ${n}`, { x: LEFT, y: FOOTER_Y, size: FOOTER_SIZE, font });
}

/** Re-lay out a fixture text as an LGSCO decision letter in PDF. */
export async function toLetterPdf(text: string, options: LetterPdfOptions): Promise<LetterPdf> {
  const { items, facts } = letterContent(text, options.stage);
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const charset = new Set(font.getCharacterSet());
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.setProducer('pdf-lib');
  const safeItems = items.map((item): LetterItem => {
    if (item.kind === 'gap') return item;
    if (item.kind === 'para') return { ...item, text: encodable(charset, item.text), subs: item.subs.map((s) => ({ ...s, text: encodable(charset, s.text) })) };
    return { ...item, text: encodable(charset, item.text) };
  });
  const rows = toRows(safeItems, font, bold);
  const { pages, inside, usable } = choosePages(rows);
  const pageH = usable + MARGIN_TOP + MARGIN_BOTTOM;
  pages.forEach((rowsOnPage, i) => {
    const page = doc.addPage([PAGE_W, pageH]);
    if (options.footerFirst) footer(page, i + 1, options.stage, font);
    let y = pageH - MARGIN_TOP;
    for (const row of rowsOnPage) {
      y -= row.height;
      for (const d of row.draws) {
        page.drawText(d.text, { x: d.x, y, size: d.size ?? SIZE, font: d.bold ? bold : font, color: rgb(0.1, 0.1, 0.1) });
      }
    }
    if (!options.footerFirst) footer(page, i + 1, options.stage, font);
  });
  return { bytes: await doc.save(), pages: pages.length, breaksInsideParagraphs: inside, facts };
}
