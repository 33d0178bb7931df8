/**
 * One decision as the remedy's steps read it: its sentences by tier, the whole text, each sentence's payment
 * candidates (read once), and the bodies that can pay.
 */
import type { Section } from '../../schemas/decision.js';
import type { Candidate } from './candidate.js';
import { candidatesIn } from './payments.js';
import type { Sentence } from './sentences.js';
import type { Tier, Tiered } from './tiers.js';
import type { RemedyTrace } from './verdicts.js';

const INTRODUCED_HINT_RE = /\((?:the\s+)?(?:care|provider|company|home|trust|agency)/i;
/** A body introduced by its role in the text: "Barchester Healthcare Homes Limited (the care provider)". */
const INTRODUCED_BODY_RE =
  /\b((?:The\s+)?[A-Z][\w&’'.-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w&’'.-]*){0,6}\s+(?:Limited|Ltd|plc|PLC|LLP|CIC|Homes?|Care|Trust|Services))\s*\(\s*(?:the\s+)?(?:care provider|care home|provider|company|home|trust|agency)\s*\)/g;
/** A council named in full: "Surrey County Council", "London Borough of Enfield" is caught by its "Council"-less form elsewhere. */
const NAMED_COUNCIL_RE = /\b((?:[A-Z][\w’'&-]*\s+){1,4}(?:County |Borough |District |City |Metropolitan Borough |Metropolitan District )?Council)\b/g;

/**
 * What the remedy's steps share: the sentences by tier, the whole text (built on first use: most decisions never need
 * it) and each sentence's payment candidates, read once (each use gets fresh copies: resolution edits them).
 */
export class Reading {
  readonly body: Sentence[] = [];
  private readonly remedySentences = new Set<Sentence>();
  private readonly cache = new Map<Sentence, Candidate[]>();
  private whole: string | null = null;
  /** Bodies that can pay, set once the payers are known. */
  payers: string[] = [];
  /** The decision rests on no fault or no injustice and names no remedy: its body's money is no remedy. */
  noRemedyBasis = false;
  /** Told why amounts are set aside (`lgsco explain`); undefined when parsing. */
  trace?: RemedyTrace;

  constructor(
    readonly sections: readonly Section[],
    readonly tiered: Tiered[],
    readonly closure: boolean,
    readonly complainant: string | null,
  ) {
    for (const t of tiered) {
      if (t.tier === 'remedy') this.remedySentences.add(t.sentence);
      else if (t.tier === 'body') this.body.push(t.sentence);
    }
  }

  readonly wholeText = (): string => (this.whole ??= this.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n'));

  candidatesOf(s: Sentence): Candidate[] {
    let c = this.cache.get(s);
    if (!c) this.cache.set(s, (c = candidatesIn(s, { closure: this.closure, organisations: this.payers, remedyZone: this.remedySentences.has(s) })));
    return c.map((x) => ({ ...x }));
  }

  candidatesOfTier(tier: Tier): Candidate[] {
    const out: Candidate[] = [];
    for (const t of this.tiered) if (t.tier === tier) out.push(...this.candidatesOf(t.sentence));
    return out;
  }
}

/**
 * Bodies that can pay: the title's, plus a body the text introduces by role ("Barchester Healthcare Homes Limited
 * (the care provider)"), so "the care provider should pay …" names its payer even when the title names the council,
 * plus a council named in the remedy statement besides the title's ("Surrey County Council has agreed to … pay her £500").
 */
export function payersOf(r: Reading, organisations: string[]): string[] {
  const introduced = r.sections.some((s) => s.paragraphs.some((p) => INTRODUCED_HINT_RE.test(p.text)))
    ? [...new Set([...r.wholeText().matchAll(INTRODUCED_BODY_RE)].map((m) => m[1]!.trim()))].filter((n) => !organisations.includes(n))
    : [];
  const remedyText = r.tiered
    .filter((t) => t.tier !== 'body')
    .map((t) => t.sentence.text)
    .join('\n');
  const named = remedyText.includes('Council')
    ? [...new Set([...remedyText.matchAll(NAMED_COUNCIL_RE)].map((m) => m[1]!.trim().replace(/^(?:The|This|That|Each|Both|And|But|If|When|Then)\s+/, '')))].filter(
        // A place name is needed: "the County Council" alone refers back to a body already named.
        (n) => /\b(?!(?:County|Borough|District|City|Metropolitan|Council)\b)[A-Z]/.test(n) && !organisations.includes(n) && !introduced.includes(n),
      )
    : [];
  return [...organisations, ...introduced, ...(organisations.length + introduced.length > 0 ? named : [])];
}
