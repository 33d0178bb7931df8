import { BARE_REF_TITLE_RE, TITLE_RE } from '../read/patterns.js';
import { BODY_END_RE } from './organisation.js';

/** A reference anywhere in a decision address: ".../00-007-429" or ".../00-011-207a". */
const URL_REF_RE = /\/(\d{2})-(\d{3})-(\d{3})([a-z]?)(?:[/?#]|$)/i;
/** Mirror sites (accountabilityindex.uk, inquirytracker.uk): ".../lgo-21-018-073-birmingham-city-council/". */
const MIRROR_REF_RE = /\/lgo-(\d{2})-(\d{3})-(\d{3})([a-z]?)-([a-z0-9-]+?)\/?(?:[?#]|$)/i;
const LOOSE_REF_RE = /^\(?\s*(\d{2})[ -]?(\d{3})[ -]?(\d{3})\s?([a-z]?)\s*\)?\.?$/i;
/** A reference anywhere in any address, its groups separated alike: "…/decision-22-005-239.html", "?ref=22_005_239". */
const ANY_URL_REF_RE = /(?<![0-9])(\d{2})([-_ ])(\d{3})\2(\d{3})([a-z]?)(?![0-9a-z])/i;
/** An address part that is a reference written without separators: "/19007429", "?case=19007429". */
const PLAIN_URL_REF_RE = /(?:^|[/=])(\d{2})(\d{3})(\d{3})([a-z]?)(?=$|[/?#&.])/i;
/** Words around a reference in an address that name the page, not the body: "lgo-22-005-239", "decision-…". */
const GENERIC_SLUG_WORDS = new Set(['lgo', 'lgsco', 'ombudsman', 'decision', 'decisions', 'complaint', 'case', 'ref', 'reference', 'final', 'draft', 'letter']);

/** Normalise any spelling of a reference to LGSCO's printed form: "00-007-429" → "00 007 429", "00 011 207A" → "00 011 207a". */
export function normaliseCaseRef(raw: string): string | null {
  const m = LOOSE_REF_RE.exec(raw.trim());
  return m ? `${m[1]} ${m[2]} ${m[3]}${m[4]!.toLowerCase()}` : null;
}

/** The reference in a title line: the LAST bracketed group ("Sampleacre (Demofield) Care Limited (00 007 431)"), or a bare-reference title. */
export function extractCaseRef(title: string | null): string | null {
  if (!title) return null;
  const t = title.trim();
  const m = TITLE_RE.exec(t) ?? BARE_REF_TITLE_RE.exec(t);
  if (!m) return null;
  return normaliseCaseRef(m[2] ?? m[1]!);
}

/** An address decoded for searching ("%20" → " "); the raw string when it does not decode. */
function decoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * The reference in a decision address: the LGSCO slug (".../00-007-429"), a mirror's slug (".../lgo-21-018-073-…"),
 * else any address that contains one (republished copies: "…/decision-22-005-239.html", "?ref=22005239").
 */
export function caseRefFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m = URL_REF_RE.exec(url) ?? MIRROR_REF_RE.exec(url);
  if (m) return `${m[1]} ${m[2]} ${m[3]}${m[4]!.toLowerCase()}`;
  const text = decoded(url).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, ''); // not the host name
  const any = ANY_URL_REF_RE.exec(text);
  if (any) return `${any[1]} ${any[3]} ${any[4]}${any[5]!.toLowerCase()}`;
  const plain = PLAIN_URL_REF_RE.exec(text);
  return plain ? `${plain[1]} ${plain[2]} ${plain[3]}${plain[4]!.toLowerCase()}` : null;
}

/** Small words kept lower case when a mirror slug is turned back into a name. */
const LOWER_WORDS = new Set(['of', 'and', 'upon', 'on', 'the', 'in', 'with', 'under']);

/** "london-borough-of-southwark" → "London Borough of Southwark". */
function nameFromSlug(words: string[]): string {
  return words.map((w, i) => (i > 0 && LOWER_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

/**
 * The organisation named beside the reference in an address slug: a mirror's ".../lgo-22-008-677-london-borough-of-
 * southwark/", a copy's ".../east-sussex-county-council-22-005-239.html". Only a name that ends like a body's name
 * ("… Council", "… Limited") is taken; null otherwise (LGSCO's own addresses carry no name).
 */
export function organisationFromUrl(url: string | null): string | null {
  if (!url) return null;
  const mirror = MIRROR_REF_RE.exec(url);
  if (mirror) return nameFromSlug(mirror[5]!.split('-').filter(Boolean));
  const path = decoded(url).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const segment = path.split('/').find((s) => ANY_URL_REF_RE.test(s));
  if (!segment) return null;
  const at = ANY_URL_REF_RE.exec(segment)!;
  const words = (s: string): string[] =>
    s
      .replace(/\.(?:html?|pdf|txt|aspx?|php)$/i, '')
      .toLowerCase()
      .split(/[-_ .]+/)
      .filter((w) => w !== '' && !GENERIC_SLUG_WORDS.has(w));
  const after = words(segment.slice(at.index + at[0].length));
  const before = words(segment.slice(0, at.index));
  const candidate = after.length >= 2 ? after : before;
  if (candidate.length < 2) return null;
  const name = nameFromSlug(candidate);
  return BODY_END_RE.test(name) ? name : null;
}
