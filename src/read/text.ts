import type { Block, DecisionDocument } from './document.js';
import { assembleDocument } from './assemble.js';
import { readHead } from './head.js';
import {
  END_OF_CONTENT_RE,
  FIELD_LINE_RE,
  FINAL_DECISION_RE,
  headingKey,
  isKnownHeading,
  isNoise,
  SUMMARY_INLINE_RE,
  TITLE_RE,
} from './patterns.js';

/** "URL: https://…" on the first line of saved page text. */
const URL_LINE_RE = /^url\s*:\s*(\S+)\s*$/i;
/** "  12. Text" — a numbered paragraph. */
const NUMBERED_RE = /^(\s*)(\d{1,3})[.)]\s+(\S.*)$/;
/** "- Text", "• Text", "* Text" — a bullet item; the indent tells depth where the page kept it. */
const BULLET_RE = /^(\s*)[-•●▪◦·*–]\s*(.*)$/;
/** "a) Text", "(ii) Text", "iv. Text" — a lettered sub-item. */
const LETTERED_RE = /^\s*(?:\(?[a-h]\)|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)\)|[a-h]\.|(?:i{1,3}|iv|vi{0,3}|ix|x)\.)\s+(\S.*)$/;
/** Text that ends a sentence or a clause, so the next line starts a new paragraph. */
const TERMINAL_RE = /[.:;!?)"”’]\s*$/;
/**
 * Words that cannot end a sentence or a heading: articles and possessives, conjunctions, prepositions, auxiliaries,
 * and the payment verbs whose object is the payee ("…agreed to pay Mr and" / "Mrs X £200 …"). Each may start with a
 * capital ("… our recommendations. The" / "Council …"), except "a" ("Appendix A" is a label).
 */
const OPEN_END_WORDS = [
  'an', 'the', 'its', 'their', 'his', 'our', 'my', 'your',
  'and', 'or', 'but', 'nor', 'because', 'although', 'though', 'whether', 'unless', 'whereas', 'if', 'that', 'which', 'who', 'whom', 'whose',
  'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto', 'than', 'via', 'about', 'between', 'within', 'against',
  'has', 'have', 'had', 'will', 'would', 'should', 'must', 'shall', 'could', 'is', 'was', 'are', 'were', 'be', 'been',
  'pay', 'repay', 'refund', 'reimburse', 'paid', 'repaid', 'refunded', 'reimbursed',
];
/**
 * A line that stops mid-sentence: it ends with a comma or one of OPEN_END_WORDS, or with a title before a name
 * ("…paid Mr" / "X an additional £30").
 */
const OPEN_END_RE = new RegExp(
  `(?:,|\\b(?:a|${OPEN_END_WORDS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')}|Mr|Mrs|Ms|Miss|Mx|Dr))$`,
);
/** A list item that ends "…; and" / "…: or": the next line is the next item, not the rest of this one. */
const LIST_ITEM_END_RE = /[;:]\s*(?:and|or)$/i;
/** pdf-parse page separators ("-- 1 of 3 --") and bare page numbers. */
const PDF_FURNITURE_RE = /^(?:--\s*\d+\s+of\s+\d+\s*--|\d{1,3}|page \d+(?: of \d+)?)$/i;

export interface ReadTextOptions {
  /** 'pdf' when the text came out of a PDF: wrapped lines are joined back into paragraphs. */
  format?: 'text' | 'pdf';
}

/** True when a line looks like a heading: short, capitalised, no closing punctuation. */
function looksLikeHeading(line: string): boolean {
  if (line.length > 90 || !/^[A-Z‘'“"(]/.test(line)) return false;
  if (TERMINAL_RE.test(line) && !/\)\s*$/.test(line)) return false;
  if (/[,;]$/.test(line) || /:\s/.test(line)) return false; // "Label: value" lines are content
  if (OPEN_END_RE.test(line)) return false; // no heading stops mid-sentence ("…; and", "…of the")
  if (FIELD_LINE_RE.test(line) || TITLE_RE.test(line) || SUMMARY_INLINE_RE.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words <= 12;
}

/** Read saved page text (or text pulled out of a PDF) into a DecisionDocument. */
export function readText(input: string, options: ReadTextOptions = {}): DecisionDocument {
  const format = options.format ?? 'text';
  const lines = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\u00A0\u2007\u202F]/g, ' ').split('\n');

  let url: string | null = null;
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const urlLine = URL_LINE_RE.exec(lines[i]?.trim() ?? '');
  if (urlLine) {
    url = urlLine[1]!;
    i++;
  }
  // The head (title, header fields, final/draft marker) is read by label wherever each stands; its lines are used up
  // and anything before it is preamble (a cookie banner, a menu, a letter's page number).
  const head = readHead(lines.map((l) => l.trim()), i);
  if (head.start >= 0) i = head.start;

  // PDF text comes wrapped at the page width: a line that reaches (nearly) the full width continues on the next one
  // even when it happens to end with a full stop.
  let fullWidth = Infinity;
  if (format === 'pdf') {
    const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
    const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
    if (p90 >= 40) fullWidth = Math.floor(p90 * 0.85);
  }
  let prevLineFull = false;

  const blocks: Block[] = [];
  let blank = true;
  let pendingBullet = false;
  let keyMode = false; // inside "Key to names used": short lines are names, not headings
  let anyNumbered = false;
  for (let j = i; j < lines.length; j++) {
    if (NUMBERED_RE.test(lines[j]!)) {
      anyNumbered = true;
      break;
    }
  }

  const lastPara = (): Extract<Block, { kind: 'para' }> | null => {
    const b = blocks[blocks.length - 1];
    return b && b.kind === 'para' ? b : null;
  };
  const pushPara = (text: string, n: number | null, depth: number, numbered: boolean): void => {
    blocks.push({ kind: 'para', text: text.replace(/\s+/g, ' ').trim(), n, depth, numbered });
  };

  for (; i < lines.length; i++) {
    if (head.consumed.has(i)) continue;
    const raw = lines[i]!.replace(/\t/g, '    ').replace(/\s+$/, '');
    const line = raw.trim();
    if (line === '') {
      blank = format !== 'pdf'; // PDF text has no reliable paragraph gaps (page breaks leave blank lines)
      continue;
    }
    if (format === 'pdf' && PDF_FURNITURE_RE.test(line)) continue;
    const wasBlank = blank;
    blank = false;
    const wasFull = prevLineFull;
    prevLineFull = line.length >= fullWidth;

    const numbered = NUMBERED_RE.exec(raw);
    if (numbered && !pendingBullet) {
      const indent = numbered[1]!.length;
      const prev = lastPara();
      // A numbered item indented deeper than body paragraphs is a sub-list entry of the paragraph above.
      const depth = indent >= 4 && prev !== null ? 1 : 0;
      pushPara(numbered[3]!, depth === 0 ? Number(numbered[2]) : null, depth, depth === 0);
      continue;
    }

    const bullet = BULLET_RE.exec(raw);
    if ((bullet && bullet[2] === '') || pendingBullet) {
      if (bullet && bullet[2] === '') {
        pendingBullet = true; // a lone "-": the item text is on the next line
        continue;
      }
    }
    if ((bullet && bullet[2] !== '') || pendingBullet) {
      const text = pendingBullet ? (bullet ? bullet[2]! : line) : bullet![2]!;
      const indent = pendingBullet ? 0 : bullet![1]!.length;
      pendingBullet = false;
      const prev = lastPara();
      let depth = 0;
      // Still inside a list whose last item ended "…;" / "…; and" (the compact template flattens nested lists).
      const inList = prev !== null && prev.depth > 0 && /(?:;|,)\s*(?:and|or)?$/.test(prev.text);
      if (prev !== null && (indent >= 3 || /^[a-z]/.test(text) || inList)) depth = 1;
      else if (prev !== null && /:$/.test(prev.text) && /(?:;|;\s*(?:and|or)|,\s*(?:and|or))$/.test(text)) depth = 1;
      else if (prev !== null && prev.depth > 0 && /:$/.test(prev.text) === false && /^[a-z]/.test(text)) depth = 1;
      // In the compact template every body paragraph is a "- " item of the page's numbered list.
      const isCompactParagraph = depth === 0 && !anyNumbered && !keyMode;
      pushPara(text, null, depth, isCompactParagraph);
      continue;
    }

    const lettered = LETTERED_RE.exec(raw);
    if (lettered && lastPara() !== null) {
      pushPara(lettered[1]!, null, 1, false);
      continue;
    }

    // A heading starts with a capital: "findings." after an unfinished line is the end of its sentence, not a heading.
    const continuesSentence = /^[a-z]/.test(line) && !wasBlank && lastPara() !== null && !TERMINAL_RE.test(lastPara()!.text);
    if (!continuesSentence && isKnownHeading(line) && !FIELD_LINE_RE.test(line) && !FINAL_DECISION_RE.test(line)) {
      blocks.push({ kind: 'heading', text: line });
      keyMode = headingKey(line) === 'key to names used';
      continue;
    }

    const prev = lastPara();
    // Header, title and marker lines stand alone: never join onto them or them onto a paragraph.
    const standalone = (t: string): boolean => FIELD_LINE_RE.test(t) || TITLE_RE.test(t) || FINAL_DECISION_RE.test(t);
    const lineStandalone = standalone(line) || SUMMARY_INLINE_RE.test(line) || isNoise(line) || END_OF_CONTENT_RE.test(line);
    const prevOpen = prev !== null && !lineStandalone && !standalone(prev.text) && (!TERMINAL_RE.test(prev.text) || (format === 'pdf' && wasFull));
    // A wrapped line of the same paragraph: in text, one that starts as a sentence goes on, or follows a line that
    // stopped mid-sentence (a capital there is a name, not a new paragraph).
    if (prev !== null && prevOpen && !wasBlank && (format === 'pdf' || /^[a-z0-9£(]/.test(line) || (OPEN_END_RE.test(prev.text) && !LIST_ITEM_END_RE.test(prev.text)))) {
      prev.text = `${prev.text} ${line}`;
      continue;
    }

    if (!keyMode && looksLikeHeading(line) && !TITLE_RE.test(line)) {
      blocks.push({ kind: 'heading', text: line });
      continue;
    }
    pushPara(line, null, 0, false);
  }

  return assembleDocument({
    format,
    url,
    title: head.title,
    fields: head.fields,
    categoryLinks: [],
    blocks,
    stage: head.stage,
    finalDecisionLine: head.finalDecisionLine,
  });
}
