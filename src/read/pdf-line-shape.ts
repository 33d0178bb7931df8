// What a line of PDF text says about its place in a paragraph, from its words and length alone (the text layer keeps
// no positions): used to find where the paragraphs of a page start when their numbers came out on their own.

/** "12. The Council…": a paragraph with its number in front. */
export const NUMBERED_RE = /^\s*(\d{1,3})[.)]\s+\S/;
/** "12." or "12" alone on a line: a paragraph number whose text the extractor put on another line. */
export const LONE_NUMBER_RE = /^\s*(\d{1,3})(\.?)\s*$/;
/** A line that ends a sentence (or a closing bracket, as a citation ends a paragraph); the next may start one. */
const SENTENCE_END_RE = /(?:[.!?]["”’')\]]*|\))$/;
/** A line that ends a clause ("…says:"): what follows is usually a quotation or a list inside the paragraph. */
const CLAUSE_END_RE = /[:;]["”’')\]]*$/;
/** Closing punctuation or a hyphen: a heading has none (a question mark aside); a line that has is body text. */
const PUNCTUATED_RE = /[.,;:!\-–—]["”’')\]]*$/;
/** How a paragraph's first line can begin (bullets, lettered items and lower case continue a paragraph). */
const CAN_START_RE = /^(?![(]?[a-z]{1,4}\))[A-Z0-9“"‘'(£]/;
/** "Summary: …", "Complaint reference:": a label of one or two words belongs to the letter's head, not a paragraph. */
const HEAD_LABEL_RE = /^[A-Z][\w’'-]*(?:\s+[\w’'-]+)?\s*:(?:\s|$)/;
/** Words that open a sentence following on from the one before ("He then…", "However, …"), rarely a paragraph. */
const FOLLOW_ON_RE = /^(?:He|She|It|They|This|These|That|Those|His|Her|Its|Their|However|But|And|So|Also|Instead|Then)\b/;
/** Full lines of a letter are rarely under this many characters; the floor keeps a few short lines from all looking full. */
const MIN_FULL = 40;

/** The width most lines of a letter reach, in characters: a line well short of it ends a paragraph or is a heading. */
export interface Widths {
  full: number;
}

/** Measure the letter's lines (80th percentile of their lengths). */
export function measure(lines: string[]): Widths {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return { full: Math.max(MIN_FULL, lengths[Math.floor((lengths.length - 1) * 0.8)] ?? 0) };
}

const isShort = (line: string, w: Widths): boolean => line.trim().length < w.full * 0.75;

/** Short, capitalised and unpunctuated: "What I found", "The complaint", "Analysis – is there fault?". */
export function isHeadingLike(line: string, w: Widths): boolean {
  const t = line.trim();
  return isShort(t, w) && /^[A-Z0-9‘'“"]/.test(t) && !PUNCTUATED_RE.test(t);
}

/**
 * How likely the line after `prev` starts a paragraph: 3 after a heading or at the start of the text, 2.5 after a
 * short line that ends a sentence (a paragraph's last line), 1 to 1.25 after a longer line that ends one (a sentence
 * may end at the margin inside a paragraph; the more room left on the line, the likelier it ended the paragraph),
 * 0.5 after a clause end (a quotation or list follows), 0 mid-sentence.
 */
export function startScore(prev: string | null, w: Widths): number {
  if (prev === null || isHeadingLike(prev, w)) return 3;
  const t = prev.trim();
  if (SENTENCE_END_RE.test(t)) return isShort(t, w) ? 2.5 : 1 + Math.max(0, w.full - t.length) / w.full;
  if (CLAUSE_END_RE.test(t)) return 0.5;
  return 0;
}

/** Can the line be a paragraph's first: capitalised, not a heading, a head label, a list item or already numbered. */
export function canStart(line: string, w: Widths): boolean {
  const t = line.trim();
  return CAN_START_RE.test(t) && !HEAD_LABEL_RE.test(t) && !isHeadingLike(t, w) && !NUMBERED_RE.test(t) && !LONE_NUMBER_RE.test(t);
}

/** startScore, less a little for a follow-on opener: a sentence that ended at the margin is as likely as a paragraph. */
export function paragraphScore(prev: string | null, line: string, w: Widths): number {
  return startScore(prev, w) - (FOLLOW_ON_RE.test(line.trim()) ? 0.25 : 0);
}
