import { BARE_REF_TITLE_RE, TITLE_RE } from '../read/patterns.js';

/** A reference anywhere in a decision address: ".../19-007-429" or ".../17-002-402b". */
const URL_REF_RE = /\/(\d{2})-(\d{3})-(\d{3})([a-z]?)(?:[/?#]|$)/i;
/** Mirror sites (accountabilityindex.uk, inquirytracker.uk): ".../lgo-21-018-073-birmingham-city-council/". */
const MIRROR_REF_RE = /\/lgo-(\d{2})-(\d{3})-(\d{3})([a-z]?)-([a-z0-9-]+?)\/?(?:[?#]|$)/i;
const LOOSE_REF_RE = /^(\d{2})[ -]?(\d{3})[ -]?(\d{3})\s?([a-z]?)$/i;

/** Normalise any spelling of a reference to LGSCO's printed form: "19-007-429" → "19 007 429", "17 002 402B" → "17 002 402b". */
export function normaliseCaseRef(raw: string): string | null {
  const m = LOOSE_REF_RE.exec(raw.trim());
  return m ? `${m[1]} ${m[2]} ${m[3]}${m[4]!.toLowerCase()}` : null;
}

/** The reference in a title line: the LAST bracketed group ("My Life (Carewatch) Limited (18 007 848)"), or a bare-reference title. */
export function extractCaseRef(title: string | null): string | null {
  if (!title) return null;
  const t = title.trim();
  const m = TITLE_RE.exec(t) ?? BARE_REF_TITLE_RE.exec(t);
  if (!m) return null;
  return normaliseCaseRef(m[2] ?? m[1]!);
}

/** The reference in a decision address slug. */
export function caseRefFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m = URL_REF_RE.exec(url) ?? MIRROR_REF_RE.exec(url);
  return m ? `${m[1]} ${m[2]} ${m[3]}${m[4]!.toLowerCase()}` : null;
}

/** Small words kept lower case when a mirror slug is turned back into a name. */
const LOWER_WORDS = new Set(['of', 'and', 'upon', 'on', 'the', 'in', 'with', 'under']);

/** The organisation named in a mirror-site address slug ("london-borough-of-southwark" → "London Borough of Southwark"). */
export function organisationFromMirrorUrl(url: string | null): string | null {
  const m = url ? MIRROR_REF_RE.exec(url) : null;
  if (!m) return null;
  return m[5]!
    .split('-')
    .filter(Boolean)
    .map((w, i) => (i > 0 && LOWER_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}
