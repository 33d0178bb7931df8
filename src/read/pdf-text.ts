import { stripPageFurniture, type Page } from './pdf-furniture.js';
import { joinHyphenated } from './pdf-hyphens.js';
import { placeParagraphNumbers } from './pdf-numbers.js';

/** pdf-parse's page separator, on a line of its own after each page's text: "-- 2 of 6 --". */
const PAGE_SEPARATOR_RE = /^\s*--\s*\d+\s+of\s+\d+\s*--\s*$/;

/**
 * Split raw PDF text into pages: at pdf-parse's "-- N of M --" lines and at form feeds (pdftotext ends each page
 * with one). Blank pages are kept, so `physical` is the page's place in the file; trailing blank chunks are dropped.
 */
export function splitPages(raw: string): Page[] {
  const chunks: string[][] = [];
  for (const sheet of raw.replace(/\r\n?/g, '\n').split('\f')) {
    let current: string[] = [];
    let separated = false;
    for (const line of sheet.split('\n')) {
      if (PAGE_SEPARATOR_RE.test(line)) {
        chunks.push(current);
        current = [];
        separated = true;
      } else {
        current.push(line.trimEnd());
      }
    }
    // A sheet that ended with a separator leaves only the separator's trailing newlines behind: not a page.
    if (!separated || current.some((l) => l.trim() !== '')) chunks.push(current);
  }
  while (chunks.length > 0 && chunks[chunks.length - 1]!.every((l) => l.trim() === '')) chunks.pop();
  let index = 0;
  return chunks.map((lines, i) => {
    const hasText = lines.some((l) => l.trim() !== '');
    if (hasText) index++;
    return { lines, physical: i + 1, index: hasText ? index : 0 };
  });
}

/**
 * Turn the text layer of a PDF letter into clean reading-order lines for the text reader: pages split and their
 * separators, running headers/footers and page numbers removed; paragraph numbers that stood in a column of their
 * own put back in front of their paragraph ("12. text"); words hyphenated at a line end rejoined. Pages are joined
 * with no blank line, so a paragraph that a page break split reads as one. Other lines are kept as they are (the
 * text reader joins wrapped lines).
 */
export function cleanPdfText(raw: string): string {
  const pages = stripPageFurniture(splitPages(raw));
  const numbered = placeParagraphNumbers(pages.map((p) => p.lines));
  return joinHyphenated(numbered.flat()).join('\n');
}
