/**
 * Page furniture shared by every reader: the title line, header fields, marker lines and known headings.
 * Kept in one place so the HTML, text and PDF readers agree on what they recognise.
 */

/** "Organisation (NN NNN NNN)": greedy name so the LAST bracket group is the reference ("Sampleacre (Demofield) Care Limited (00 007 431)"). */
export const TITLE_RE = /^(.*\S)\s*\(\s*(\d{2}[ -]?\d{3}[ -]?\d{3}\s?[a-zA-Z]?)\s*\)\s*$/;
/** A title that is only the reference ("15 010 742"), as on older report summaries. */
export const BARE_REF_TITLE_RE = /^(\d{2}[ -]\d{3}[ -]\d{3}[a-zA-Z]?)$/;
/** Header field lines: "Category : A > B", "Decision : Upheld", "Decision date : 05 Feb 2020". */
export const FIELD_LINE_RE = /^(category|decision date|date of decision|date|decision|outcome)\s*:\s*(.*)$/i;
/** Field labels on their own (HTML label elements). */
export const FIELD_LABEL_RE = /^(category|decision date|date of decision|decision|outcome)\s*:?$/i;
/** "The Ombudsman's final decision:" (plural for joint cases); a letter sent for comment says "draft decision". */
export const FINAL_DECISION_RE = /^the ombudsm[ae]n['’‘`]?s?['’]? (final|draft) decision\s*:?$/i;
/** A draft's own closing words: its "Draft decision" heading and sign-off ("Investigator's draft decision on behalf of
 * the Ombudsman"), for a draft whose opening marker a copy lost. */
export const DRAFT_CUE_RE = /^(?:draft decision:?|.{0,40}\bdraft decision on behalf of the ombudsm[ae]n\.?)$/i;
/** Inline summary "Summary: …" (older reports have a double space). */
export const SUMMARY_INLINE_RE = /^summary\s*:\s*([\s\S]+)$/i;
/** The chapter-1 label on report pages. */
export const OVERVIEW_RE = /^overview\s*:?$/i;
/** Lines that are page furniture, never content. */
export const NOISE_RE =
  /^(?:back to top|back to|top|print this page|print|share this page|skip to (?:main )?content|[\w '’.-]{0,40}decision on behalf of the ombudsm[ae]?n?\.?|.{0,30}on behalf of the ombudsm[ae]n?)$/i;
/** No line longer than this can match NOISE_RE (its longest alternative is 40 + 36 characters): keep them in step. */
const NOISE_MAX_LENGTH = 80;

/** True for page furniture (NOISE_RE); long lines, nearly every paragraph, are settled by their length alone. */
export function isNoise(line: string): boolean {
  return line.length <= NOISE_MAX_LENGTH && NOISE_RE.test(line);
}
/** Lines that start a consent banner or the page footer: the decision text has ended when one follows it. */
export const END_OF_CONTENT_RE =
  /^(?:privacy settings|review your privacy settings|lgo logogram|required cookies|cookie settings|we use cookies\b.*|this website uses cookies\b.*|print this page)$/i;
/** "Ombudsman satisfied with council's response: 23 September 2016" (and its variants). */
export const SATISFIED_RE = /^ombudsm[ae]n satisfied with (?:the )?(?:council|body|authority|organisation)?['’]?s? ?response\s*:?\s*(.*)$/i;
/** Report finding sentences in older summaries. */
export const REPORT_FINDING_RE = /^(?:the ombudsman (?:upheld|did not uphold) the complaint|fault found causing injustice|no fault found)/i;

/** Keys of headings already seen: the same few dozen headings recur on every page, and several readers ask. */
const KEY_CACHE = new Map<string, string>();

/** Normalise a heading for comparison: lower case, straight apostrophes, single spaces, no trailing colon. */
export function headingKey(text: string): string {
  let key = KEY_CACHE.get(text);
  if (key === undefined) {
    key = text
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/\s+/g, ' ')
      .replace(/[:.]\s*$/, '')
      .trim();
    if (KEY_CACHE.size > 5000) KEY_CACHE.clear();
    KEY_CACHE.set(text, key);
  }
  return key;
}

/** Headings seen on decision pages (keys as produced by headingKey). */
export const KNOWN_HEADINGS = new Set([
  'summary',
  'the complaint',
  'complaint',
  'what i have investigated',
  'what i have and have not investigated',
  'what we have investigated',
  'what i have not investigated',
  'what i have investigated and why',
  "the ombudsman's role and powers",
  "the ombudsmen's role and powers",
  'how i considered this complaint',
  'how we considered this complaint',
  'how i considered this',
  'what i found',
  'what we found',
  'my assessment',
  'our assessment',
  'assessment',
  'analysis',
  'conclusions',
  'conclusion',
  'findings',
  'finding',
  'agreed action',
  'agreed actions',
  'recommended action',
  'recommended actions',
  'recommended and agreed action',
  'recommendations',
  'recommendation',
  'action',
  'actions',
  'final decision',
  'decision',
  'key to names used',
  'the investigation',
  'investigation',
  'legal and administrative background',
  'relevant law and guidance',
  'relevant legislation and guidance',
  'law and guidance',
  'law, guidance and policies',
  'what happened',
  'what should have happened',
  'background',
  'further report',
  'the council\'s response',
  'response to the draft report',
  'comments on the draft report',
  'parties\' comments',
  'contents',
]);

/** Compact heading keys (letters only) for typo-tolerant matching ("Agred action"). */
const KNOWN_COMPACT = [...KNOWN_HEADINGS].map((h) => h.replace(/[^a-z]/g, '')).filter((h) => h.length >= 8);

/** Levenshtein distance, bounded: returns max+1 as soon as the distance must exceed `max`. */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Answers for headings already seen: the same few dozen headings recur on every page. */
const KNOWN_CACHE = new Map<string, boolean>();

/** True when the line is a heading we know, allowing small typos in long headings. */
export function isKnownHeading(text: string): boolean {
  let known = KNOWN_CACHE.get(text);
  if (known === undefined) {
    known = computeKnownHeading(text);
    if (KNOWN_CACHE.size > 5000) KNOWN_CACHE.clear();
    KNOWN_CACHE.set(text, known);
  }
  return known;
}

function computeKnownHeading(text: string): boolean {
  const key = headingKey(text);
  if (KNOWN_HEADINGS.has(key)) return true;
  if (key.length > 60) return false;
  const compact = key.replace(/[^a-z]/g, '');
  if (compact.length < 8) return false;
  return KNOWN_COMPACT.some((k) => boundedDistance(compact, k, 2) <= 2);
}
