import { canStart, LONE_NUMBER_RE, measure, NUMBERED_RE, paragraphScore, startScore, type Widths } from './pdf-line-shape.js';

/** Any dotted paragraph number ("12. …" or "12." alone): the letter numbers its paragraphs with a full stop. */
const DOTTED_RE = /^\s*\d{1,3}\.(?:\s|$)/;
/** "12.\tThe Council…": number and text drawn apart on one baseline with no space item between them. */
const LEADING_TAB_RE = /^(\s*)(\d{1,3})(\.?)\t+\s*(\S.*)$/;
/** "The Council…\t12.": a number drawn after its text on the same baseline comes out at the end of the line. */
const TRAILING_TAB_RE = /^(\s*)(\S.*?)\s*\t+\s*(\d{1,3})(\.?)\s*$/;
/** "12.The Council…": a number column set so close to the text that no space came out. */
const GLUED_RE = /^(\s*)(\d{1,3})\.(?=[A-Z“‘"'(])/;
/** "12 The Council…": a number column without full stops (pdf-parse puts a space between number and text). */
const DOTLESS_RE = /^(\s*)(\d{1,3}) +(?=[A-Z“‘"'])/;
/** "2 The…": the second paragraph of a number column without full stops. */
const DOTLESS_TWO_RE = /^\s*2 +[A-Z“‘"']/;

interface State {
  /** The highest paragraph number met so far. */
  last: number;
  /** The last non-blank line of the pages before. */
  prev: string | null;
  /** The letter numbers its paragraphs "12." (so "12 The…" is body text, not a number column). */
  dotted: boolean;
  /** A "2 The…" line somewhere: a dotless column is believed from 1 only then ("1 March 2016" is a date line). */
  dotlessTwo: boolean;
  w: Widths;
}

/** A lone number line of a page and the number on it. */
interface Lone {
  at: number;
  n: number;
}

/** One line with the forms of "number and text on one line" that extractors give normalised to "12. text". */
function normaliseLine(line: string, prev: string | null, s: State): string {
  const expected = s.last + 1;
  let m = LEADING_TAB_RE.exec(line);
  if (m && (m[3] === '.' || Number(m[2]) === expected)) return `${m[1]}${m[2]}. ${m[4]}`;
  m = TRAILING_TAB_RE.exec(line);
  if (m && (Number(m[3]) === expected || (m[4] === '.' && Number(m[3]) > s.last && Number(m[3]) <= s.last + 2))) {
    return `${m[1]}${m[3]}. ${m[2]}`;
  }
  m = GLUED_RE.exec(line);
  if (m && Number(m[2]) === expected) return `${m[1]}${m[2]}. ${line.slice(m[0].length)}`;
  m = DOTLESS_RE.exec(line);
  if (m && !s.dotted && Number(m[2]) === expected && startScore(prev, s.w) >= 1 && (expected > 1 || s.dotlessTwo)) {
    return `${m[1]}${m[2]}. ${line.slice(m[0].length)}`;
  }
  return line;
}

/** Index of the next (step 1) or previous (step -1) non-blank line, or -1. */
function nonBlank(lines: string[], from: number, step: 1 | -1): number {
  for (let j = from + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.trim() !== '') return j;
  return -1;
}

/** Numbers and text of one page: normalise each line, note the lone numbers, then put them in front of their text. */
function numberPage(input: string[], s: State): string[] {
  const lines: string[] = [];
  const lone: Lone[] = [];
  let prev = s.prev;
  for (const raw of input) {
    const lonely = LONE_NUMBER_RE.exec(raw);
    if (lonely) {
      const n = Number(lonely[1]);
      // A dotted number is always a paragraph number; a bare one only when it continues the numbering.
      if ((lonely[2] === '.' && n > s.last) || n === s.last + 1) {
        lone.push({ at: lines.length, n });
        s.last = n;
      }
      lines.push(raw);
      continue;
    }
    const line = normaliseLine(raw, prev, s);
    const numbered = NUMBERED_RE.exec(line);
    if (numbered && Number(numbered[1]) > s.last) s.last = Number(numbered[1]);
    lines.push(line);
    if (line.trim() !== '') prev = line;
  }
  const out = lone.length === 0 ? lines : placeRuns(lines, lone, s.prev, s.w);
  s.prev = out.filter((l) => l.trim() !== '').at(-1) ?? s.prev;
  return out;
}

/**
 * Give each run of lone numbers (one or more in a row) to the lines that start their paragraphs. A run's paragraphs
 * are in the text after it, up to the next run (pdftotext puts a column's numbers before their text; pdf-parse puts
 * the numbers drawn first on a page at its top), or, for a run that ends the page, in the text before it (numbers
 * drawn last). In that stretch the lines most likely to start a paragraph (paragraphScore; the line right after a run
 * below other text of the page is favoured) take the numbers in order; later lines win a tie. A run with fewer
 * candidate lines than numbers is left as it was.
 */
function placeRuns(lines: string[], lone: Lone[], before: string | null, w: Widths): string[] {
  const runs: Lone[][] = [];
  for (const l of lone) {
    const run = runs.at(-1);
    if (run && nonBlank(lines, run.at(-1)!.at, 1) === l.at) run.push(l);
    else runs.push([l]);
  }
  const out = [...lines];
  const placed = new Set<number>();
  runs.forEach((run, r) => {
    let from = run.at(-1)!.at + 1;
    let to = runs[r + 1]?.[0]!.at ?? lines.length;
    if (nonBlank(lines, from - 1, 1) === -1 || nonBlank(lines, from - 1, 1) >= to) {
      from = (runs[r - 1]?.at(-1)!.at ?? -1) + 1;
      to = run[0]!.at;
    }
    const isLone = (i: number): boolean => lone.some((l) => l.at === i);
    const back = (i: number): string | null => {
      for (let j = i - 1; j >= 0; j--) if (out[j]!.trim() !== '' && !isLone(j)) return out[j]!;
      return before;
    };
    // Numbers set just before a line, below text of the same page, are that line's (pdftotext's "12." / text).
    const forward = from > run[0]!.at;
    const midPage = nonBlank(lines, run[0]!.at, -1) >= 0;
    const first = nonBlank(lines, from - 1, 1);
    const candidates: Array<{ at: number; score: number }> = [];
    for (let i = from; i < to; i++) {
      if (out[i]!.trim() === '' || isLone(i) || !canStart(out[i]!, w)) continue;
      const score = paragraphScore(back(i), out[i]!, w);
      candidates.push({ at: i, score: score + (forward && midPage && i === first && score >= 1 ? 1 : 0) });
    }
    if (candidates.length < run.length) return;
    const chosen = candidates
      .sort((a, b) => b.score - a.score || b.at - a.at)
      .slice(0, run.length)
      .map((c) => c.at)
      .sort((a, b) => a - b);
    chosen.forEach((at, k) => {
      out[at] = `${run[k]!.n}. ${out[at]!.trimStart()}`;
    });
    for (const l of run) placed.add(l.at);
  });
  // A number taken out leaves no gap: the blank lines pdftotext puts around it go with it.
  const gone = new Set<number>();
  for (const at of placed) {
    gone.add(at);
    for (let j = at + 1; j < lines.length && lines[j]!.trim() === ''; j++) gone.add(j);
  }
  return out.filter((_, i) => !gone.has(i));
}

/**
 * Put paragraph numbers that stood in a column of their own back in front of their paragraphs, as "12. text":
 * numbers alone on a line before their text, a page's numbers emitted in a run of their own before or after its
 * text, and numbers joined to their line by a tab, after it, or with no space. Pages in, pages out.
 */
export function placeParagraphNumbers(pages: string[][]): string[][] {
  const all = pages.flat();
  const s: State = {
    last: 0,
    prev: null,
    dotted: all.some((l) => DOTTED_RE.test(l)),
    dotlessTwo: all.some((l) => DOTLESS_TWO_RE.test(l)),
    w: measure(all.filter((l) => !LONE_NUMBER_RE.test(l))),
  };
  return pages.map((page) => numberPage(page, s));
}
