// Layout and whitespace variants (issue 14, variation tests): the same sentence wrapped over two lines, as a bullet
// item or as prose, with straight or curly apostrophes, or a no-break space before the amount.

/** "The Council should pay …" → "The Council should\npay …": a line break where the space nearest the middle was. */
export function splitMidSentence(sentence: string): string | null {
  const middle = sentence.length / 2;
  let best = -1;
  for (let i = sentence.indexOf(' '); i >= 0; i = sentence.indexOf(' ', i + 1)) {
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best < 0 ? null : `${sentence.slice(0, best)}\n${sentence.slice(best + 1)}`;
}

/** "’" → "'" (and "‘" → "'"). */
export function straightApostrophes(sentence: string): string | null {
  return /[‘’]/.test(sentence) ? sentence.replace(/[‘’]/g, "'") : null;
}

/** "'" → "’". */
export function curlyApostrophes(sentence: string): string | null {
  return sentence.includes("'") ? sentence.replace(/'/g, '’') : null;
}

/** "pay Mrs X £250" → "pay Mrs X\u00a0£250" (a no-break space before every amount that has a space before it). */
export function nbspBeforeAmount(sentence: string): string | null {
  return / £/.test(sentence) ? sentence.replace(/ £/g, '\u00a0£') : null;
}

/** A bullet marker at the start of a line: "- ", "• ", "* " (with the page's indentation). */
const BULLET_PREFIX_RE = /^\s*[-•*]\s+$/;
/** A paragraph number at the start of a line: "  12. ". */
const NUMBER_PREFIX_RE = /^\s*\d+\.\s+$/;
/** The end of a line a list item runs on after: a list's lead-in ("…:") or an item before it ("…;", "…, and"). */
const LIST_GOES_ON_RE = /(?:[:;,]|\b(?:and|or))$/;
/** A line that holds only a bullet marker (the item's text is on the next line). */
const BULLET_LINE_RE = /^\s*[-•*]\s*$/;

/**
 * The occurrence of the sentence at `start` in `text` turned from prose into a bullet item on its own line, or from a
 * bullet item into prose (run on after the list's lead-in or the item before; else a paragraph without the marker).
 * A paragraph number before the sentence is dropped (the item belongs to the paragraph above, as list items do).
 * Null when the sentence does not start at `start`.
 */
export function toggleBullet(text: string, start: number, sentence: string): string | null {
  if (text.slice(start, start + sentence.length) !== sentence) return null;
  const end = start + sentence.length;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  const prefix = text.slice(lineStart, start);
  const suffix = text.slice(end, lineEnd).trimStart();
  const previousLineStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
  const previousLine = previousLineStart >= 0 ? text.slice(previousLineStart, lineStart - 1) : null;

  // A bullet item: "- sentence" on one line, or "-" alone with the sentence on the next line.
  const markerOnOwnLine = prefix.trim() === '' && previousLine !== null && BULLET_LINE_RE.test(previousLine);
  if (BULLET_PREFIX_RE.test(prefix) || markerOnOwnLine) {
    const cut = markerOnOwnLine ? previousLineStart : lineStart;
    const before = text.slice(0, cut).replace(/\s+$/, '');
    const rest = `${sentence}${suffix ? ` ${suffix}` : ''}${text.slice(lineEnd)}`;
    // In a list ("… recommended that it:", "…;", "… and"): the item's text runs on after the line before it.
    // After a heading or a whole paragraph (pages that mark every paragraph "- "): a paragraph with no marker.
    return LIST_GOES_ON_RE.test(before) ? `${before} ${rest}` : `${before}\n${rest}`;
  }
  // Prose: the sentence on a line of its own, as a "- " item; what followed it on the line goes on the next line.
  const lead = prefix.trim() === '' || NUMBER_PREFIX_RE.test(prefix) ? '' : `${prefix.replace(/\s+$/, '')}\n`;
  return `${text.slice(0, lineStart)}${lead}- ${sentence}${suffix ? `\n${suffix}` : ''}${text.slice(lineEnd)}`;
}

/** "pay Mrs X £250" → "pay Mrs X\n£250": the line wrapped just before the (first) amount. */
export function splitBeforeAmount(sentence: string): string | null {
  const at = sentence.search(/ £/);
  return at <= 0 ? null : `${sentence.slice(0, at)}\n${sentence.slice(at + 1)}`;
}
