// Builds the PDF test fixtures from the plain-text fixture:
//   test/fixtures/pdf/statement-closed.pdf  the decision in test/fixtures/text/statement-closed.txt, laid out on A4 pages
//   test/fixtures/pdf/empty.pdf             a valid one-page PDF with no text at all
// Run from the repository root: node scripts/make-pdf-fixture.mjs
//
// Each text line becomes its own line (or lines, when wrapped) in the PDF, in reading order, so a text
// extractor gives back the title, the "Category :", "Decision :" and "Decision date :" lines and the
// numbered paragraphs as separate lines. Numbered paragraphs ("  1. …") are drawn as one string from the
// number onwards, with wrapped continuation lines under the text (hanging indent).
//
// Characters: Helvetica (a standard font) uses WinAnsi encoding, which has ’ ‘ “ ” – £, so pdf-lib accepts
// them and no ASCII mapping is needed. A character WinAnsi cannot encode makes pdf-lib throw; `encodable()`
// below maps a few such characters (• — …) to plain equivalents first, only when the font refuses them.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, PageSizes, StandardFonts, rgb } from 'pdf-lib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'test/fixtures/text/statement-closed.txt');
const outDir = join(root, 'test/fixtures/pdf');

const [PAGE_W, PAGE_H] = PageSizes.A4; // 595.28 x 841.89 pt
const MARGIN_X = 56;
const MARGIN_TOP = 64;
const MARGIN_BOTTOM = 64;
const SIZE = 10.5;
const TITLE_SIZE = 14;
const LEADING = 14.5;
const BLANK_GAP = 7; // vertical space for a blank line in the text
const NUMBER_INDENT = 14; // where "1." starts
const HANGING_INDENT = 32; // where continuation lines of a numbered paragraph start
// Fixed dates keep the output byte-stable between runs.
const FIXED_DATE = new Date('2025-02-03T12:00:00Z');

/** Replace characters the font cannot encode (only those: WinAnsi covers ’ ‘ “ ” – £). */
function encodable(font, text) {
  const fallback = { '•': '-', '—': '-', '…': '...', '\u00a0': ' ' };
  let out = '';
  for (const ch of text) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      out += fallback[ch] ?? '?';
    }
  }
  return out;
}

/** Greedy word wrap: the first line to `firstWidth` points, the others to `restWidth`. */
function wrap(font, size, text, firstWidth, restWidth = firstWidth) {
  const words = text.split(/\s+/).filter(Boolean);
  const lines = [];
  let line = '';
  for (const word of words) {
    const width = lines.length === 0 ? firstWidth : restWidth;
    const candidate = line ? `${line} ${word}` : word;
    if (!line || font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

async function makeStatementPdf() {
  const all = readFileSync(source, 'utf8').replace(/\r\n/g, '\n').split('\n');
  // Skip the "URL: …" line and the blank line after it: the PDF does not carry its address.
  let lines = all;
  if (/^URL:/.test(lines[0] ?? '')) lines = lines.slice(lines[1]?.trim() === '' ? 2 : 1);
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();

  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const title = lines[0].trim();
  doc.setTitle(title);
  doc.setAuthor('Local Government and Social Care Ombudsman');
  doc.setSubject('Decision statement (test fixture)');
  doc.setCreator('lgsco scripts/make-pdf-fixture.mjs');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);

  let page = doc.addPage([PAGE_W, PAGE_H]);
  let y = PAGE_H - MARGIN_TOP;
  const newPageIfNeeded = (height) => {
    if (y - height < MARGIN_BOTTOM) {
      page = doc.addPage([PAGE_W, PAGE_H]);
      y = PAGE_H - MARGIN_TOP;
    }
  };
  const draw = (text, x, size) => {
    newPageIfNeeded(size === TITLE_SIZE ? TITLE_SIZE + 6 : LEADING);
    y -= size === TITLE_SIZE ? TITLE_SIZE + 6 : LEADING;
    page.drawText(text, { x, y, size, font, color: rgb(0.1, 0.1, 0.1) });
  };

  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      y -= BLANK_GAP;
      return;
    }
    const text = encodable(font, line.trim());
    if (i === 0) {
      for (const part of wrap(font, TITLE_SIZE, text, PAGE_W - 2 * MARGIN_X)) draw(part, MARGIN_X, TITLE_SIZE);
      return;
    }
    const numbered = /^\s+\d+\.\s/.test(line);
    if (numbered) {
      // Continuation lines sit under the text, not the number (hanging indent), so they are narrower.
      const parts = wrap(font, SIZE, text, PAGE_W - 2 * MARGIN_X - NUMBER_INDENT, PAGE_W - 2 * MARGIN_X - HANGING_INDENT);
      parts.forEach((part, k) => draw(part, MARGIN_X + (k === 0 ? NUMBER_INDENT : HANGING_INDENT), SIZE));
      return;
    }
    for (const part of wrap(font, SIZE, text, PAGE_W - 2 * MARGIN_X)) draw(part, MARGIN_X, SIZE);
  });

  return doc.save();
}

async function makeEmptyPdf() {
  const doc = await PDFDocument.create();
  doc.addPage([PAGE_W, PAGE_H]); // one blank page: no fonts, no text operators
  doc.setCreator('lgsco scripts/make-pdf-fixture.mjs');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  return doc.save();
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'statement-closed.pdf'), await makeStatementPdf());
writeFileSync(join(outDir, 'empty.pdf'), await makeEmptyPdf());
console.log(`wrote ${join(outDir, 'statement-closed.pdf')} and ${join(outDir, 'empty.pdf')}`);
