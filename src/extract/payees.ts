import type { Section } from '../../schemas/decision.js';
import { compileNow } from './compile-now.js';
import { anyOf, PARTY_NOUNS, TITLES } from './rules/vocabulary.js';

const T = anyOf(TITLES);
/** A person as decisions name them: "Mr X", "Mrs B", "Mr and Mrs X", "Ms E", "Miss C". */
export const PERSON_RE = new RegExp(`\\b${T}\\.? (?:and ${T}\\.? )?[A-Z](?![\\w’'])`);
/** "the first family", "the aunt and uncle", "her late mother's estate", "the son B". */
export const PARTY_SOURCE =
  `(?:the|his|her|their) (?:late \\w+['’]s )?(?:(?:first|second|third|fourth|other|eldest|youngest|elder|younger|two|three|four|late) )?` +
  `${anyOf(PARTY_NOUNS)}\\b(?: and (?:the |his |her |their )?${anyOf(PARTY_NOUNS)}\\b)?(?: [A-Z]\\b(?![\\w’']))?`;
/** A body paid on the complainant's behalf, by its name: "Meadowbank Care Ltd", "Sunnyside Lodge", "Oakfield Nursing Home". */
export const BODY_NAME_SOURCE =
  "(?!(?:The|This|That|Each|Both|And)\\b)[A-Z][\\w&’'-]*(?:\\s+(?:and\\s+|of\\s+)?[A-Z][\\w&’'-]*){0,5}\\s+(?:Limited|Ltd|plc|PLC|LLP|CIC|Care|Homes?|Lodge|House|Court|Manor|Trust|Services|Centre|Hall)\\b\\.?";
/** "Mr X and Y", "Mr X and Mrs Y": two people, the second by a title or a letter alone. */
export const TWO_PEOPLE_SOURCE = `${T}\\.? [A-Z] and (?:${T}\\.? )?[A-Z](?![\\w’'])`;
/** "Miss X’s son", "Mrs Y’s estate": a party named through a person, not that person's own money ("Ms X’s payment"). */
export const POSSESSED_PARTY_SOURCE = `${T}\\.? [A-Z]['’]s (?:late )?${anyOf(PARTY_NOUNS)}\\b(?![’']s)`;
/**
 * Who can be paid, after a pay verb: a provider named in apposition ("the care provider, Meadowbank Care Ltd"), two
 * people, a party through a person, a person, a party ("the family", "the teenager"), a body by its name, or a pronoun.
 */
export const PAYEE_RE = compileNow(
  new RegExp(
    `^(?:${PARTY_SOURCE},\\s+(?:${BODY_NAME_SOURCE})|${TWO_PEOPLE_SOURCE}|${POSSESSED_PARTY_SOURCE}|${PERSON_RE.source}|${PARTY_SOURCE}|${BODY_NAME_SOURCE}|each of the (?:\\w+ )?\\w+|her|him|them|each of them|both of them)`,
  ),
);
/** "the care provider, Meadowbank Care Ltd" → its name. */
const APPOSITION_RE = compileNow(new RegExp(`^${PARTY_SOURCE},\\s+(${BODY_NAME_SOURCE})$`));

/** The payee as a record names it: a provider by its name when the text gives one. */
export function payeeName(written: string): string {
  const named = APPOSITION_RE.exec(written);
  return named ? named[1]! : written;
}
/** A party named in a summary when nobody has a letter name ("The woman complained that…"). */
const PARTY_COMPLAINANT_RE = compileNow(new RegExp(`\\b${PARTY_SOURCE.replace('(?:the|his|her|their)', '(?:[Tt]he)')}(?= (?:complain\\w*|says|said|told|asked|was|is|has|had|and|who)\\b)`));
const PRONOUN_RE = /^(?:her|him|them|each of them|both of them)$/;
/** "Mr and Mrs X": two payees of one "each". */
const PAIR_RE = new RegExp(`^(${TITLES.join('|')})\\.? and (${TITLES.join('|')})\\.? ([A-Z])$`);

/** The main complainant: the first person named in the summary or the complaint (e.g. "Miss X"), for "pay her". */
export function findComplainant(sections: readonly Section[]): string | null {
  const order = [...sections].sort((a, b) => rank(a.heading) - rank(b.heading));
  for (const s of order) {
    for (const p of s.paragraphs) {
      const m = PERSON_RE.exec(p.text);
      if (m) return m[0];
    }
  }
  // No letter name: the party the Summary says complained ("The woman complained…" → "the woman").
  const summary = order[0]?.heading?.toLowerCase() === 'summary' ? order[0].paragraphs.map((p) => p.text).join(' ') : '';
  const party = PARTY_COMPLAINANT_RE.exec(summary);
  return party ? party[0].replace(/^The\b/, 'the') : null;
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
  // Never a bare pronoun: "pay her" is the complainant, named as the decision names them.
  if (PRONOUN_RE.test(t)) return complainant ?? 'the complainant';
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
    const pair = PAIR_RE.exec(payee);
    if (pair) return [`${pair[1]} ${pair[3]}`, `${pair[2]} ${pair[3]}`];
    const list = payee.split(/\s*(?:,|\band\b)\s*/).filter(Boolean);
    if (list.length > 1 && list.every((p) => PERSON_RE.test(p) || /^(?:her|him|[A-Z])$/.test(p))) return list;
  }
  const counted = /^each of (?:the )?(two|three|four|five|six|both|[2-6])\b/i.exec(payee ?? '');
  const group = counted ?? GROUP_RE.exec(wholeText);
  const n = group ? COUNT_WORDS[group[1]!.toLowerCase()] ?? 2 : 2;
  const base = payee ? payee.replace(/^each of (?:the )?/, '').replace(/^(?:two|three|four|five|six|both|\d+)\s+/i, '').replace(/s$/, '') : 'complainant';
  return Array.from({ length: n }, (_, i) => `${base} (${i + 1} of ${n})`);
}
