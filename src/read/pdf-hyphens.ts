/** A line that ends in a word and a hyphen ("compen-", "self-", "day-to-"; a soft hyphen too), with the word. */
const HYPHEN_END_RE = /([\p{L}][\p{L}'’-]*?)([-\u2010\u00AD])$/u;
/** "2015-" / "16": a range broken at its hyphen. */
const NUMBER_HYPHEN_END_RE = /\d-$/;
/** The first word of the next line and the punctuation stuck to it. */
const NEXT_WORD_RE = /^(\s*)(\S+)\s*/;

/**
 * First parts that make compounds, not syllables: "self-funding", "long-term", "co-ordinated", "non-residential".
 * A line break after one of these keeps its hyphen. Prefixes that are also common syllables (pre, re, sub, inter…)
 * are not listed: "pre-" + "vious" must become "previous"; the document's own spelling settles those (see below).
 */
const COMPOUND_FIRST = new Set([
  'self', 'non', 'co', 'ex', 'long', 'short', 'well', 'ill', 'half', 'full', 'part', 'cross', 'mid', 'low', 'high',
  'all', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'first', 'second',
  'third', 'follow', 'top', 'step', 'semi', 'multi', 'anti', 'post',
]);
/** Second parts that make compounds: "council-run", "means-tested", "borough-wide", "follow-up". */
const COMPOUND_SECOND = new Set([
  'based', 'related', 'funded', 'funding', 'led', 'run', 'owned', 'making', 'specific', 'wide', 'free', 'minded',
  'focused', 'centred', 'friendly', 'tested', 'up', 'off', 'in', 'on', 'term',
]);

const lettersOf = (word: string): string => word.toLowerCase().replace(/[^\p{L}]/gu, '');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Keep the hyphen of "first-" + "second" across a line break? In this order: a soft hyphen never; a word already
 * hyphenated ("day-to-" + "day"), or a second part in capitals or digits ("non-" + "English"), always; then the
 * document's own spelling where it uses the word elsewhere ("co-ordinated" → keep, "compensation" → drop); then the
 * compound lists; else the break hyphenated one word and the hyphen goes.
 */
function keepsHyphen(first: string, hyphen: string, second: string, text: string): boolean {
  if (hyphen === '\u00AD') return false;
  if (first.includes('-')) return true;
  if (!/^\p{Ll}/u.test(second)) return true;
  const a = lettersOf(first.split(/['’]/).at(-1)!);
  const b = lettersOf(second);
  if (a === '' || b === '') return true;
  if (new RegExp(`(?<![\\p{L}])${escape(a)}[-\u2010]${escape(b)}(?![\\p{L}])`, 'iu').test(text)) return true;
  if (new RegExp(`(?<![\\p{L}-])${escape(a + b)}(?![\\p{L}])`, 'iu').test(text)) return false;
  return COMPOUND_FIRST.has(a) || COMPOUND_SECOND.has(b);
}

/**
 * Rejoin words broken at a line end: the first word of the next line moves up onto the line with the hyphen, which
 * is dropped ("compen-" / "sation relates" → "compensation" / "relates") or kept for a compound ("self-" /
 * "funding" → "self-funding"). A blank line between the two ends a paragraph and stops the join; a next line left
 * empty goes.
 */
export function joinHyphenated(lines: string[]): string[] {
  const out = [...lines];
  const text = lines.join('\n');
  for (let i = 0; i < out.length - 1; i++) {
    const line = out[i]!;
    const next = NEXT_WORD_RE.exec(out[i + 1]!);
    if (!next) continue;
    const word = next[2]!;
    let joined: string | null = null;
    const m = HYPHEN_END_RE.exec(line);
    if (m && /^[\p{L}]/u.test(word)) {
      joined = keepsHyphen(m[1]!, m[2]!, word, text) ? line.replace(/[\u2010\u00AD]$/, '-') + word : line.slice(0, -1) + word;
    } else if (NUMBER_HYPHEN_END_RE.test(line) && /^\d/.test(word)) {
      joined = line + word;
    }
    if (joined === null) continue;
    out[i] = joined;
    out[i + 1] = out[i + 1]!.slice(next[0].length);
    if (out[i + 1]!.trim() === '') {
      out.splice(i + 1, 1);
    }
    i--; // the joined line may end in a hyphen again ("day-to-" + "day-")
  }
  return out;
}
