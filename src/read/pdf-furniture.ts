/** One page of PDF text. */
export interface Page {
  lines: string[];
  /** 1-based place of the page in the file, blank pages counted. */
  physical: number;
  /** 1-based place among the pages that have text (0 for a blank page): a blank cover sheet does not shift it. */
  index: number;
}

/** How many non-blank lines at the top and at the bottom of a page can be page furniture. */
const EDGE_LINES = 3;
/** The running footer of LGSCO letters, with its page number: "Final decision 3", "Draft decision for your comments 3". */
const LETTER_FOOTER_RE = /^(?:final|draft|provisional)\s+decision(?:\s+for\s+(?:your\s+)?comments?)?\s+(\d{1,3})$/i;
/** "Page 2", "Page 2 of 5": the word makes it furniture whatever the number. */
const PAGE_WORD_RE = /^page\s+(\d{1,3})(?:\s+of\s+(\d{1,3}))?$/i;
/** "2 of 5": furniture only when the number is the page's own, as are the two forms below. */
const PAGE_OF_RE = /^(\d{1,3})\s+of\s+(\d{1,3})$/i;
/** "- 2 -". */
const DASHED_NUMBER_RE = /^[-–—]\s*(\d{1,3})\s*[-–—]$/;
/** "2" alone: the page number, or a paragraph number of a column without full stops (see besideNumber). */
const BARE_NUMBER_RE = /^(\d{1,3})$/;
/** Line endings of body text: a running header or footer does not end a sentence or a clause. */
const SENTENCE_END_RE = /[.,;:!?]["”’')\]]*$/;
/** A numbered paragraph's first line ("12. The Council…"): never a running line, however its digits normalise. */
const NUMBERED_RE = /^\d{1,3}[.)]\s/;

/** Tabs and runs of spaces as one space: pdf-parse puts a tab between items drawn far apart on one baseline. */
const squash = (line: string): string => line.trim().replace(/\s+/g, ' ');

/** Which edge of a page a line stands at. */
type Side = 'top' | 'bottom';

/** Indexes of the first or last EDGE_LINES non-blank lines of a page; on a short page, the top half or the bottom half. */
function edgeIndexes(lines: string[], side: Side): number[] {
  const filled = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));
  const half = Math.floor(filled.length / 2);
  return side === 'top' ? filled.slice(0, Math.min(EDGE_LINES, half)) : filled.slice(Math.max(filled.length - EDGE_LINES, half));
}

/** The form a running header takes on every page (digits as "#"), or null for a line that cannot be one. */
function runningKey(line: string): string | null {
  const t = squash(line);
  // Body lines that merely happen to sit at two page edges start in lower case or end a sentence; page numbers alone
  // are judged against the page's own number instead (a "#" key would also take paragraph numbers).
  if (!/[A-Za-z]/.test(t) || /^[a-z]/.test(t) || SENTENCE_END_RE.test(t) || NUMBERED_RE.test(t)) return null;
  return t.toLowerCase().replace(/\d+/g, '#');
}

/**
 * Keys of the lines that stand at the same edge (top or bottom) on at least two pages and on at least half of the
 * pages with text. The side matters: pdftotext splits "Final decision 2" into "Final decision" and "2" at the foot
 * of the page, and the "Final decision" heading may open a page.
 */
function findRunningKeys(pages: Page[]): Record<Side, Set<string>> {
  const withText = pages.filter((p) => p.index > 0).length;
  const running = (side: Side): Set<string> => {
    const seen = new Map<string, Set<number>>();
    for (const page of pages) {
      for (const i of edgeIndexes(page.lines, side)) {
        const key = runningKey(page.lines[i]!);
        if (key === null) continue;
        if (!seen.has(key)) seen.set(key, new Set());
        seen.get(key)!.add(page.physical);
      }
    }
    return new Set([...seen].filter(([, on]) => on.size >= 2 && on.size * 2 >= withText).map(([key]) => key));
  };
  return { top: running('top'), bottom: running('bottom') };
}

/** The page's own number, counted either way (a blank cover sheet makes the printed number lag the file's). */
const isOwnNumber = (n: number, page: Page): boolean => n === page.physical || n === page.index;

/** True when the non-blank line next to `i` is a bare number one off from `n`: a column of paragraph numbers, not a page number. */
function besideNumber(lines: string[], i: number, n: number): boolean {
  for (const step of [-1, 1]) {
    let j = i + step;
    while (j >= 0 && j < lines.length && lines[j]!.trim() === '') j += step;
    const m = BARE_NUMBER_RE.exec(lines[j]?.trim() ?? '');
    if (m && Math.abs(Number(m[1]) - n) === 1) return true;
  }
  return false;
}

/**
 * Is line `i` of the page a running header/footer or a page number? Only asked of lines at a page edge; a running
 * line is taken once per edge (`taken`), so a heading of the same words next to it stays.
 */
function isFurniture(page: Page, i: number, running: Set<string>, taken: Set<string>): boolean {
  const line = squash(page.lines[i]!);
  const key = runningKey(line);
  if (key !== null && running.has(key) && !taken.has(key)) {
    taken.add(key);
    return true;
  }
  // The footer shape of these letters is known, so a short letter whose footers cannot be seen repeating still loses
  // them. Without its number, "Final decision" is the heading of the last section and never matches.
  const footer = LETTER_FOOTER_RE.exec(line);
  if (footer) return isOwnNumber(Number(footer[1]), page);
  if (PAGE_WORD_RE.test(line)) return true;
  const of = PAGE_OF_RE.exec(line);
  if (of) return Number(of[1]) <= Number(of[2]) && isOwnNumber(Number(of[1]), page);
  const dashed = DASHED_NUMBER_RE.exec(line);
  if (dashed) return isOwnNumber(Number(dashed[1]), page);
  const bare = BARE_NUMBER_RE.exec(line);
  if (bare) return isOwnNumber(Number(bare[1]), page) && !besideNumber(page.lines, i, Number(bare[1]));
  return false;
}

/**
 * Remove page furniture from the edges of every page: running headers and footers (a line that, digits aside,
 * recurs at a page edge on most pages), the letters' "Final decision N" footer, page numbers, and blank lines at
 * either end. Only edge lines are looked at, so a body line that starts with a number, or the "Final decision"
 * heading, stays.
 */
export function stripPageFurniture(pages: Page[]): Page[] {
  const running = findRunningKeys(pages);
  return pages.map((page) => {
    const { lines } = page;
    let top = 0;
    let bottom = lines.length - 1;
    const skipBlankTop = (): void => {
      while (top <= bottom && lines[top]!.trim() === '') top++;
    };
    const skipBlankBottom = (): void => {
      while (bottom >= top && lines[bottom]!.trim() === '') bottom--;
    };
    skipBlankTop();
    const takenTop = new Set<string>();
    for (let k = 0; k < EDGE_LINES && top <= bottom && isFurniture(page, top, running.top, takenTop); k++) {
      top++;
      skipBlankTop();
    }
    skipBlankBottom();
    const takenBottom = new Set<string>();
    for (let k = 0; k < EDGE_LINES && bottom >= top && isFurniture(page, bottom, running.bottom, takenBottom); k++) {
      bottom--;
      skipBlankBottom();
    }
    return { ...page, lines: lines.slice(top, bottom + 1) };
  });
}
