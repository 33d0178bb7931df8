import type { Section } from '../../schemas/decision.js';

/** A person as decisions name them: "Mr X", "Mrs B", "Mr and Mrs X", "Ms E", "Miss C". */
export const PERSON_RE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? (?:and (?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? )?[A-Z](?![\w’'])/;
/** Who can be paid, after a pay verb: a person, a pronoun, or a party ("the family", "the estate"). */
export const PAYEE_RE = new RegExp(
  `^(?:${PERSON_RE.source}|(?:the|his|her|their) (?:late \\w+'s |late \\w+’s )?(?:family|estate|care home|complainant|resident|tenant|parents|neighbours?|couple|(?:son|daughter|mother|father|grandson|granddaughter|child)(?: [A-Z]\b)?)|each of the (?:\\w+ )?\\w+|her|him|them|each of them|both of them)`,
);
const PRONOUN_RE = /^(?:her|him|them|each of them|both of them)$/;

/** The main complainant: the first person named in the summary or the complaint (e.g. "Miss X"), for "pay her". */
export function findComplainant(sections: readonly Section[]): string | null {
  const order = [...sections].sort((a, b) => rank(a.heading) - rank(b.heading));
  for (const s of order) {
    for (const p of s.paragraphs) {
      const m = PERSON_RE.exec(p.text);
      if (m) return m[0];
    }
  }
  return null;
}

function rank(heading: string | null): number {
  const h = (heading ?? '').toLowerCase();
  if (h === 'summary') return 0;
  if (h.includes('complaint')) return 1;
  if (h.includes('key to names')) return 2;
  return 3;
}

/** Resolve a pronoun payee to the complainant; leave names and parties as written. */
export function resolvePayee(raw: string | null, complainant: string | null): string | null {
  if (raw === null) return complainant;
  const t = raw.trim();
  if (PRONOUN_RE.test(t)) return complainant ?? t;
  return t;
}

const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, both: 2, three: 3, four: 4, five: 5, six: 6, '2': 2, '3': 3, '4': 4, '5': 5 };
/** "two men", "both neighbours", "three complainants": how many people share a complaint. */
const GROUP_RE = /\b(two|both|three|four|five|six|[2-6])\s+(?:of the\s+)?(men|women|neighbours|complainants|residents|people|parents|sisters|brothers|households|families|tenants|owners|siblings|individuals)\b/i;

/**
 * Split a payee for "£300 each": "Mr and Mrs X" → ["Mr X", "Mrs X"]; "each of the neighbours" with "two men" in the
 * text → two numbered neighbours. Returns one entry per payment.
 */
export function eachPayees(payee: string | null, wholeText: string): string[] {
  if (payee) {
    const pair = /^(Mr|Mrs|Ms|Miss|Mx|Dr)\.? and (Mr|Mrs|Ms|Miss|Mx|Dr)\.? ([A-Z])$/.exec(payee);
    if (pair) return [`${pair[1]} ${pair[3]}`, `${pair[2]} ${pair[3]}`];
    const list = payee.split(/\s*(?:,|\band\b)\s*/).filter(Boolean);
    if (list.length > 1 && list.every((p) => PERSON_RE.test(p) || /^(?:her|him)$/.test(p))) return list;
  }
  const counted = /^each of (?:the )?(two|three|four|five|six|both|[2-6])\b/i.exec(payee ?? '');
  const group = counted ?? GROUP_RE.exec(wholeText);
  const n = group ? COUNT_WORDS[group[1]!.toLowerCase()] ?? 2 : 2;
  const base = payee ? payee.replace(/^each of (?:the )?/, '').replace(/^(?:two|three|four|five|six|both|\d+)\s+/i, '').replace(/s$/, '') : 'complainant';
  return Array.from({ length: n }, (_, i) => `${base} (${i + 1} of ${n})`);
}
