// A tiny reader of the fixture text, written for the layout suite alone: it decides which line is the title, which
// are header fields and which are numbered paragraphs, so the layouts can be rebuilt from it. It deliberately does not
// use the project's readers (src/read/): a test that re-laid out a page with the parser's own idea of its structure
// would only prove the parser agrees with itself.

/** "Kent County Council (24 004 875)" */
const TITLE_RE = /^(.*?)\s*\((\d{2} \d{3} \d{3}[a-z]?)\)\s*$/;
/** Older report pages: the title is the bare reference. */
const BARE_REF_RE = /^(\d{2} \d{3} \d{3}[a-z]?)$/;
const CATEGORY_RE = /^Category\s*:\s*(.+?)\s*>\s*(.+?)\s*$/;
const DATE_RE = /^Decision date\s*:\s*(.+?)\s*$/;
const OUTCOME_RE = /^Decision\s*:\s*(.+?)\s*$/;
const MARKER_RE = /^The Ombudsman['’]s (final|draft) decision:?\s*$/;
const SUMMARY_RE = /^Summary:\s*(\S.*)$/;
const NUMBERED_RE = /^(\s*)(\d+)\.\s+(\S.*)$/;
const BULLET_RE = /^(\s*)([-•])\s+(\S.*)$/;
const BACK_RE = /^Back to top$/;
const LONE_MARKER_RE = /^(\s*)(\d+\.|[-•])\s*$/;
const URL_LINE_RE = /^URL:\s*(\S+)\s*$/;
/** Where the head ends at the latest (cookie banners are about 20 lines). */
const HEAD_LINES = 80;

/** One classified line of the page text. */
export type Line =
  | { kind: 'blank' }
  | { kind: 'preamble'; text: string }
  | { kind: 'title'; text: string; organisation: string | null; caseRef: string }
  | { kind: 'category'; top: string; sub: string }
  | { kind: 'outcome'; value: string }
  | { kind: 'date'; value: string }
  | { kind: 'marker'; stage: 'final' | 'draft'; text: string }
  | { kind: 'summary'; text: string }
  | { kind: 'item'; indent: number; marker: 'number' | 'dash' | 'bullet'; number: number | null; text: string }
  | { kind: 'back' }
  | { kind: 'text'; text: string };

/** A fixture file split into its address line (fixtures have one, seeds do not) and the page text lines. */
export interface Fixture {
  url: string | null;
  lines: string[];
}

/** Split "URL: …", blank, page text. */
export function splitFixture(text: string): Fixture {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const m = URL_LINE_RE.exec(lines[0] ?? '');
  if (!m) return { url: null, lines };
  return { url: m[1]!, lines: lines.slice(lines[1]?.trim() === '' ? 2 : 1) };
}

function classifyBody(raw: string): Line {
  const line = raw.replace(/\s+$/, '');
  const t = line.trim();
  if (t === '') return { kind: 'blank' };
  let m = MARKER_RE.exec(t);
  if (m) return { kind: 'marker', stage: m[1] as 'final' | 'draft', text: t };
  if ((m = SUMMARY_RE.exec(t))) return { kind: 'summary', text: m[1]!.trim() };
  if (BACK_RE.test(t)) return { kind: 'back' };
  if ((m = NUMBERED_RE.exec(line))) return { kind: 'item', indent: m[1]!.length, marker: 'number', number: Number(m[2]), text: m[3]! };
  if ((m = BULLET_RE.exec(line))) return { kind: 'item', indent: m[1]!.length, marker: m[2] === '-' ? 'dash' : 'bullet', number: null, text: m[3]! };
  return { kind: 'text', text: t };
}

function classifyHeader(t: string): Line | null {
  let m = CATEGORY_RE.exec(t);
  if (m) return { kind: 'category', top: m[1]!, sub: m[2]! };
  if ((m = DATE_RE.exec(t))) return { kind: 'date', value: m[1]! };
  if ((m = OUTCOME_RE.exec(t))) return { kind: 'outcome', value: m[1]! };
  return null;
}

function classifyTitle(t: string): Line | null {
  let m = TITLE_RE.exec(t);
  if (m) return { kind: 'title', text: t, organisation: m[1]!.trim() || null, caseRef: m[2]! };
  if ((m = BARE_REF_RE.exec(t))) return { kind: 'title', text: t, organisation: null, caseRef: m[1]! };
  return null;
}

/**
 * Classify every line. Lines before the title are preamble (a cookie banner); header fields are recognised only in
 * the head: right after the title (or at the top when there is none), until the first line that is not one.
 */
export function classifyLines(lines: string[]): Line[] {
  let titleAt = -1;
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
    const t = lines[i]!.trim();
    if (classifyTitle(t)) {
      titleAt = i;
      break;
    }
    if (MARKER_RE.test(t) || SUMMARY_RE.test(t) || NUMBERED_RE.test(lines[i]!)) break;
  }
  const out: Line[] = [];
  let inHead = true;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const t = raw.trim();
    if (i < titleAt) {
      out.push(t === '' ? { kind: 'blank' } : { kind: 'preamble', text: t });
      continue;
    }
    if (i === titleAt) {
      out.push(classifyTitle(t)!);
      continue;
    }
    if (t === '') {
      out.push({ kind: 'blank' });
      continue;
    }
    const header = inHead ? classifyHeader(t) : null;
    if (header) {
      out.push(header);
      continue;
    }
    inHead = false;
    // A list marker alone on its line ("-", then the item's text on the next non-blank line), as some pages have.
    const lone = LONE_MARKER_RE.exec(raw);
    if (lone) {
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() === '') j++;
      if (j < lines.length) {
        const item = classifyBody(`${lone[1]}${lone[2]} ${lines[j]!.trim()}`);
        if (item.kind === 'item') {
          out.push(item);
          i = j;
          continue;
        }
      }
    }
    out.push(classifyBody(raw));
  }
  return out;
}

/** A sub-list item under a paragraph. */
export interface SubItem {
  marker: 'number' | 'bullet';
  text: string;
}

/** The page body as blocks, for layouts that rebuild it (PDF letter, HTML). */
export type Block =
  | { kind: 'marker'; stage: 'final' | 'draft'; text: string }
  | { kind: 'summary'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string }
  /** A list paragraph: numbered on the page ("  1."), a "- " item of the compact template, or a "•" bullet. */
  | { kind: 'para'; marker: 'number' | 'dash' | 'bullet'; text: string; subs: SubItem[] }
  | { kind: 'back' };

/** The page: head fields as printed, and the body blocks. */
export interface Page {
  url: string | null;
  preamble: string[];
  title: string | null;
  organisation: string | null;
  caseRef: string | null;
  category: { top: string; sub: string } | null;
  outcome: string | null;
  date: string | null;
  blocks: Block[];
}

/** A short line with no sentence punctuation at its end is a heading; anything with money or a clause is not. */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (t.length > 90 || /[.;,]$/.test(t) || t.includes('£') || t.startsWith('(')) return false;
  if (t.includes(':') && !/^[A-Z][\w’' ]{0,30}:$/.test(t)) return false;
  return /^[A-Z0-9‘'"“]/.test(t);
}

/** Does a list item continue a sub-list (the one before ended in ";", ",", "and", "or", or introduced it with ":")? */
const CONTINUES_LIST_RE = /(?:[;:,]|\band|\bor)$/;
/**
 * A "- " item that reads as one more item of a list of actions or points (lower case, or an imperative: "Apologise…",
 * "Make a payment…") rather than a new paragraph ("This has caused…", "Mr X says…").
 */
const SUB_ITEM_START_RE =
  /^(?:[a-z]|(?:Apologise|Apologize|Pay|Make|Review|Provide|Remind|Arrange|Reconsider|Ensure|Carry|Consider|Share|Issue|Refund|Reassess|Complete|Write|Offer|Waive|Backdate|Update|Train|Reimburse|Remove|Amend|Decide|Tell|Send|Explain|Confirm|Agree|Take|Set|Produce|Contact|Create|Introduce|Put|Give|Meet|Check|Identify|Assess|Instruct|Remedy)\b)/;

/** Read the fixture text into a Page. */
export function readPage(text: string): Page {
  const { url, lines } = splitFixture(text);
  const page: Page = { url, preamble: [], title: null, organisation: null, caseRef: null, category: null, outcome: null, date: null, blocks: [] };
  let open: Extract<Block, { kind: 'para' }> | null = null;
  let last: Line | null = null;
  for (const line of classifyLines(lines)) {
    if (line.kind === 'blank') continue;
    switch (line.kind) {
      case 'preamble':
        page.preamble.push(line.text);
        break;
      case 'title':
        page.title = line.text;
        page.organisation = line.organisation;
        page.caseRef = line.caseRef;
        break;
      case 'category':
        page.category = { top: line.top, sub: line.sub };
        break;
      case 'outcome':
        page.outcome = line.value;
        break;
      case 'date':
        page.date = line.value;
        break;
      case 'marker':
      case 'summary':
      case 'back':
        page.blocks.push(line);
        open = null;
        break;
      case 'text':
        page.blocks.push(looksLikeHeading(line.text) ? { kind: 'heading', text: line.text } : { kind: 'text', text: line.text });
        open = null;
        break;
      case 'item': {
        const prevText = last?.kind === 'item' ? last.text.trim() : '';
        const isSub =
          open !== null &&
          ((line.marker === 'number' && line.indent >= 4) ||
            (line.marker === 'bullet' && (line.indent >= 4 || (last?.kind === 'item' && (open.subs.length > 0 || prevText.endsWith(':'))))) ||
            (line.marker === 'dash' &&
              last?.kind === 'item' &&
              (prevText.endsWith(':') || (open.subs.length > 0 && (CONTINUES_LIST_RE.test(prevText) || SUB_ITEM_START_RE.test(line.text))))));
        if (isSub && open) {
          open.subs.push({ marker: line.marker === 'number' ? 'number' : 'bullet', text: line.text });
        } else {
          open = { kind: 'para', marker: line.marker, text: line.text, subs: [] };
          page.blocks.push(open);
        }
        break;
      }
    }
    last = line;
  }
  return page;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "05 Feb 2020" → "5 February 2020" (a letter's date line); null when it is not a date of that form. */
export function longDate(date: string): string | null {
  const m = /^(\d{1,2}) ([A-Z][a-z]{2})[a-z]* (\d{4})$/.exec(date.trim());
  if (!m) return null;
  const month = MONTHS.find((name) => name.startsWith(m[2]!));
  return month ? `${Number(m[1])} ${month} ${m[3]}` : null;
}

/** The reference in an address ("…/24-004-875", a mirror's "…/lgo-21-018-073-birmingham-city-council/" → "21 018 073"). */
export function caseRefFromAddress(url: string | null): string | null {
  const m = url ? /(?<![0-9])(\d{2})-(\d{3})-(\d{3}[a-z]?)(?![0-9a-z])/.exec(url) : null;
  return m ? `${m[1]} ${m[2]} ${m[3]}` : null;
}
