import type { Section } from '../../schemas/decision.js';
import type { Outcome } from '../../schemas/enums.js';
import type { Payment, Remedy, UnquantifiedRemedy } from '../../schemas/remedy.js';
import { findMoney, mayHoldMoney } from './money.js';
import { eachPayees, findComplainant, resolvePayee } from './payees.js';
import { candidatesIn, paymentOf, type Candidate } from './payments.js';
import { classifyPurpose } from './purposes.js';
import { sentencesOf, type Sentence } from './sentences.js';
import { quantifyByReference, REFERRED_SUM_RE } from './referral.js';
import { ruleChain, SET_ASIDE, STATUS, STEPS } from './rules/index.js';
import { NUMBER_WORDS } from './rules/vocabulary.js';
import { extractUnquantified, REFUND_TYPE_RE } from './unquantified.js';
import { sectionZones } from './zones.js';
import type { RemedyTrace, TraceNote } from './verdicts.js';

/** Paragraphs that open a remedy wherever they sit ("To remedy the injustice…, the council should:"). */
const REMEDY_LEAD_RE = STATUS['remedy-statement'].pattern;
/** A decision that closes without investigating, or ends one early: what the body did itself is "prior". */
const CLOSURE_RE = STATUS['closure-agreed'].also;
/** A remedy word near an amount found outside the remedy and summary sections. */
const REMEDY_WORD_RE = STEPS['body-no-remedy-word'].pattern;
/** "£50 a month for 6 months": a rate's period. */
const PERIOD_RE = STEPS['rate-times-period'].pattern;
const INTRODUCED_HINT_RE = /\((?:the\s+)?(?:care|provider|company|home|trust|agency)/i;
/** A body introduced by its role in the text: "Barchester Healthcare Homes Limited (the care provider)". */
const INTRODUCED_BODY_RE =
  /\b((?:The\s+)?[A-Z][\w&’'.-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w&’'.-]*){0,6}\s+(?:Limited|Ltd|plc|PLC|LLP|CIC|Homes?|Care|Trust|Services))\s*\(\s*(?:the\s+)?(?:care provider|care home|provider|company|home|trust|agency)\s*\)/g;
/** A council named in full: "Surrey County Council", "London Borough of Enfield" is caught by its "Council"-less form elsewhere. */
const NAMED_COUNCIL_RE = /\b((?:[A-Z][\w’'&-]*\s+){1,4}(?:County |Borough |District |City |Metropolitan Borough |Metropolitan District )?Council)\b/g;

/** A waiver already made or agreed by the body. */
const DONE_WAIVER_RE = /\b(?:cancelled|waived|wrote off|written off|withdrew|has (?:now |since )?(?:cancelled|waived|removed)|agreed to (?:waive|cancel|write off|remove))\b/i;
/** "bringing the total to £1,800 after previous offers". */
const GRAND_TOTAL_RE = SET_ASIDE['grand-total'].pattern;

export interface RemedyContext {
  outcome: Outcome | null;
  organisations: string[];
}

export type Tier = 'remedy' | 'summary' | 'body';

/** Which tier a sentence belongs to: the remedy statement first, the Summary next, the body only for context. */
export function tiersOf(sections: readonly Section[]): Tiered[] {
  const zones = sectionZones(sections);
  return sentencesOf(sections)
    .filter((s) => zones[s.sectionIndex] !== 'boilerplate')
    .map((sentence) => {
      const zone = zones[sentence.sectionIndex]!;
      const opens = REMEDY_LEAD_RE.test(sentence.text) || (sentence.leadIn !== null && REMEDY_LEAD_RE.test(sentence.leadIn));
      const tier: Tier = zone === 'remedy' || (opens && zone !== 'summary') ? 'remedy' : zone === 'summary' ? 'summary' : 'body';
      return { sentence, tier };
    });
}

/** Rates become the stated total or rate × period; wholes give way to their parts; "each" splits by payee. */
interface Resolved {
  payments: Payment[];
  rateNotes: Candidate[];
  /** Wholes that gave way to their parts, as "amount|payee": the same whole restated elsewhere is not a new payment. */
  wholes: Set<string>;
}

/** The candidate each payment was made from, so a later step can say which mention it set aside (explain). */
const ORIGIN = new WeakMap<Payment, Candidate>();

/** The rules that counted a payment, as `lgsco explain` names them: its cue, its status rule and any exception. */
export function rulesOf(p: Payment): string {
  const c = ORIGIN.get(p);
  return c ? ruleChain(c.cue, c.statusRule, c.excuse) : STEPS['referred-sum'].name;
}

/** Tell the trace about a candidate's mention. */
function noteOn(trace: RemedyTrace | undefined, c: Candidate | undefined, note: TraceNote): void {
  if (trace && c) trace(c.sentence, c.mention.start, note);
}

function resolve(cands: Candidate[], wholeText: () => string, complainant: string | null, trace?: RemedyTrace): Resolved {
  const list = [...cands];
  const dropped = new Set<Candidate>();
  const rateNotes: Candidate[] = [];
  const wholes = new Set<string>();
  // Rates: the total stated in the same paragraph wins; else "for N months"; else the rate is an open-ended remedy.
  for (const r of list.filter((c) => c.kind === 'rate')) {
    dropped.add(r);
    const samePara = (c: Candidate): boolean => c.sentence.sectionIndex === r.sentence.sectionIndex && c.sentence.paragraphIndex === r.sentence.paragraphIndex;
    // A stated total: any payment in the rate's own sentence ("£1,100 for the 44 weeks (£25 a week)"), or a "total of"
    // in the same paragraph ("£50 per month … A total of £100."). Another payment nearby is not the rate's total.
    const total = list.find((c) => c !== r && !c.rate && ((c.sentence === r.sentence && (c.kind === 'payment' || c.kind === 'total')) || (c.kind === 'total' && samePara(c))));
    if (total) {
      noteOn(trace, r, { verdict: 'rate_behind_total', rule: ruleChain('rate-behind-total', total.totalRule) });
      total.kind = 'payment';
      total.purposeText ??= r.purposeText;
      total.purpose = classifyPurpose(total.purposeText, total.verb);
      total.payee ??= r.payee;
      continue;
    }
    const period = PERIOD_RE.exec(r.sentence.text.slice(r.mention.end));
    if (period) {
      const n = /^\d+$/.test(period[1]!) ? Number(period[1]) : (NUMBER_WORDS as readonly string[]).indexOf(period[1]!.toLowerCase()) + 1;
      list.push({ ...r, kind: 'payment', pence: r.pence * n, rate: null, check: r.check ?? 'amount worked out from a rate and a period' });
      noteOn(trace, r, { verdict: 'rate_times_period', rule: 'rate-times-period' });
      continue;
    }
    noteOn(trace, r, { verdict: 'open_rate', rule: 'open-rate' });
    rateNotes.push(r);
  }
  // Wholes: an amount equal to the sum of the next (or previous) two or more payments near it is their total. The
  // largest amounts are tried first, and an amount already taken as a part is never a whole itself
  // ("£1,800 (£900 for …, £600 for … and £300 for …)": £900 is a part, not the total of £600 + £300).
  const live = (): Candidate[] => list.filter((c) => !dropped.has(c) && (c.kind === 'payment' || c.kind === 'total'));
  const parts = new Set<Candidate>();
  for (const w of [...live()].sort((a, b) => b.pence - a.pence)) {
    if (parts.has(w) || dropped.has(w)) continue;
    const items = live();
    const at = items.indexOf(w);
    const near = (c: Candidate): boolean => c.sentence.sectionIndex === w.sentence.sectionIndex && Math.abs(c.sentence.paragraphIndex - w.sentence.paragraphIndex) <= 8;
    const tryParts = (candidates: Candidate[]): boolean => {
      let sum = 0;
      for (let k = 0; k < candidates.length; k++) {
        const c = candidates[k]!;
        if (!near(c) || parts.has(c)) return false;
        sum += c.pence;
        if (k >= 1 && sum === w.pence) {
          dropped.add(w);
          noteOn(trace, w, { verdict: 'whole_of_parts', rule: ruleChain('whole-of-parts', w.totalRule) });
          wholes.add(`${w.pence}|${resolvePayee(w.payee, complainant)}`);
          for (const p of candidates.slice(0, k + 1)) {
            parts.add(p);
            p.payee ??= w.payee;
            if (w.status === 'prior' && p.status !== 'prior') {
              p.status = 'prior';
              p.statusRule = 'prior-whole';
            }
          }
          return true;
        }
        if (sum > w.pence) return false;
      }
      return false;
    };
    if (!tryParts(items.slice(at + 1)) && w.kind !== 'total') tryParts(items.slice(0, at).reverse());
  }
  for (const c of live()) if (c.kind === 'total') c.kind = 'payment';
  const payments: Payment[] = [];
  for (const c of live()) {
    const payees = c.each ? eachPayees(resolvePayee(c.payee, complainant), wholeText()) : [resolvePayee(c.payee, complainant)];
    for (const payee of payees) {
      const check = c.check ?? (c.each && /\(\d+ of \d+\)$/.test(payee ?? '') ? 'payees counted from the text' : null);
      const payment = paymentOf(c, payee, check);
      ORIGIN.set(payment, c);
      payments.push(payment);
    }
  }
  return {
    payments: payments.filter((p) => {
      const restated = wholes.has(`${p.amountPence}|${p.payee}`);
      if (restated) noteOn(trace, ORIGIN.get(p), { verdict: 'restated_total', rule: 'restated-whole' });
      return !restated;
    }),
    rateNotes,
    wholes,
  };
}

/**
 * The same payment named twice (a report's Overview and its closing Recommendations; an Agreed action restated in
 * the Final decision) counts once: same amount, status and payee in another sentence, with the same purpose or none.
 */
function dedupe(payments: Payment[], trace?: RemedyTrace): Payment[] {
  const out: Payment[] = [];
  for (const p of payments) {
    const twin = out.find(
      (q) =>
        q.amountPence === p.amountPence &&
        q.status === p.status &&
        q.payee === p.payee &&
        q.evidence.quote !== p.evidence.quote &&
        (q.purpose === p.purpose || q.purposeText === null || p.purposeText === null),
    );
    if (!twin) out.push(p);
    else noteOn(trace, ORIGIN.get(p), { verdict: 'duplicate', rule: 'duplicate' });
  }
  return out;
}

/** Sums a Summary amount could be, when it restates remedy-section payments (the whole, or a group's total). */
function restatedSums(payments: Payment[]): Set<number> {
  const sums = new Set<number>();
  const add = (ps: Payment[]): void => {
    if (ps.length) sums.add(ps.reduce((s, p) => s + p.amountPence, 0));
  };
  add(payments);
  add(payments.filter((p) => p.status === 'recommended'));
  add(payments.filter((p) => p.status === 'prior'));
  for (let i = 0; i < payments.length; i++) {
    let s = 0;
    for (let j = i; j < payments.length; j++) {
      s += payments[j]!.amountPence;
      sums.add(s);
    }
  }
  return sums;
}

/** A sentence and the tier it belongs to. */
export interface Tiered {
  sentence: Sentence;
  tier: Tier;
}

/**
 * What the remedy's steps share: the sentences by tier, the whole text (built on first use: most decisions never need
 * it) and each sentence's payment candidates, read once (each use gets fresh copies: resolution edits them).
 */
class Reading {
  readonly body: Sentence[] = [];
  private readonly remedySentences = new Set<Sentence>();
  private readonly cache = new Map<Sentence, Candidate[]>();
  private whole: string | null = null;
  /** Bodies that can pay, set once the payers are known. */
  payers: string[] = [];
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
function payersOf(r: Reading, organisations: string[]): string[] {
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

/**
 * Payments by source precedence: the remedy statement, then the Summary for amounts it adds, then (only when neither
 * names a payment) the body, with a remedy word required near the amount.
 */
function paymentsOf(r: Reading, remedyCands: Candidate[], summaryCands: Candidate[]): { payments: Payment[]; rateNotes: Candidate[] } {
  const remedy = resolve(remedyCands, r.wholeText, r.complainant, r.trace);
  const summary = resolve(summaryCands, r.wholeText, r.complainant, r.trace);
  let payments = dedupe(remedy.payments, r.trace);
  if (payments.length > 0) {
    const known = new Set(payments.map((p) => p.amountPence));
    const sums = restatedSums(payments);
    for (const p of summary.payments) {
      if (!known.has(p.amountPence) && !sums.has(p.amountPence)) payments.push(p);
      else noteOn(r.trace, ORIGIN.get(p), known.has(p.amountPence) ? { verdict: 'summary_repeat', rule: 'summary-repeat' } : { verdict: 'restated_total', rule: 'summary-restated-sum' });
    }
  } else {
    payments = summary.payments;
  }
  const rateNotes = [...remedy.rateNotes, ...summary.rateNotes];
  if (payments.length > 0) return { payments, rateNotes };
  const closure = r.closure;
  const cands: Candidate[] = [];
  for (let i = 0; i < r.body.length; i++) {
    const s = r.body[i]!;
    // A sentence with no amount has no candidates: settle most of the body before building its context.
    if (!mayHoldMoney(s.text)) continue;
    const next = r.body[i + 1];
    const context = `${s.text} ${next && next.sectionIndex === s.sectionIndex ? next.text : ''}`;
    if (!REMEDY_WORD_RE.test(context) && !closure) {
      if (r.trace) for (const m of findMoney(s.text)) r.trace(s, m.start, { verdict: 'body_no_remedy_word', rule: 'body-no-remedy-word' });
      continue;
    }
    for (const c of r.candidatesOf(s)) {
      // Read from the body, not the remedy statement: a fallback, to check.
      const check = ['read from the body text, not the remedy statement', c.check].filter(Boolean).join('; ');
      if (closure) cands.push(c.kind !== 'waived' ? { ...c, status: 'prior', check, statusRule: c.status === 'prior' ? c.statusRule : 'closure-body' } : c);
      else if (c.kind !== 'waived') cands.push({ ...c, check });
    }
  }
  const body = resolve(cands, r.wholeText, r.complainant, r.trace);
  return { payments: dedupe(body.payments, r.trace), rateNotes: [...rateNotes, ...body.rateNotes] };
}

/** "a further £200, bringing the total to £1,800 after previous offers": the earlier offers are prior payments. */
function addEarlierOffers(r: Reading, payments: Payment[]): void {
  for (const t of r.tiered) {
    if (!t.sentence.text.includes('total')) continue;
    for (const m of findMoney(t.sentence.text)) {
      if (m.pence === null || !GRAND_TOTAL_RE.test(t.sentence.text.slice(0, m.start))) continue;
      const counted = payments.reduce((s, p) => s + p.amountPence, 0);
      if (m.pence > counted && !payments.some((p) => p.status === 'prior')) {
        payments.push({
          amountPence: m.pence - counted,
          payee: resolvePayee(null, r.complainant),
          payer: null,
          purpose: 'other',
          purposeText: 'earlier offers or payments, by the stated total',
          status: 'prior',
          confidence: 'check',
          checkReason: 'amount worked out from a stated total',
          evidence: { section: t.sentence.section, paragraph: t.sentence.paragraph, quote: t.sentence.text },
        });
      }
    }
  }
}

/** Waivers: those in the remedy statement and Summary, and one the body made itself, told in the body ("the Council … cancelled the £85 costs"). */
function waivedPenceOf(r: Reading, cands: Candidate[]): number {
  const waived = new Set<number>();
  for (const c of cands) if (c.kind === 'waived') waived.add(c.pence);
  for (const s of r.body) {
    if (!DONE_WAIVER_RE.test(s.text)) continue;
    for (const c of r.candidatesOf(s)) if (c.kind === 'waived') waived.add(c.pence);
  }
  let total = 0;
  for (const p of waived) total += p;
  return total;
}

/** Money remedies with no amount: those a referred sum does not settle, and rates with no period or total. */
function unquantifiedOf(r: Reading, payments: Payment[], rateNotes: Candidate[]): UnquantifiedRemedy[] {
  // Refunds stated in the body are read only when an unquantified refund needs a figure (few decisions do).
  let refunds: Candidate[] | null = null;
  const bodyRefunds = (): Candidate[] => (refunds ??= r.candidatesOfTier('body').filter((c) => c.verb === 'refund' && c.kind === 'payment'));
  const bodySet = new Set(r.body);
  const found = extractUnquantified(
    r.tiered.filter((t) => t.tier !== 'body' || r.closure).map((t) => t.sentence),
    payments,
    r.complainant,
    (s) => bodySet.has(s),
  );
  const allSentences = r.tiered.map((t) => t.sentence);
  const remaining = found.filter((u) => !quantifyByReference(u, payments, bodyRefunds, allSentences, r.wholeText, r.closure, r.complainant));
  // Once a refund has an amount, other wordings of the same refund are not further remedies.
  const hasRefund = payments.some((p) => p.purpose === 'financial_loss');
  return [
    ...remaining.filter((u) => !(hasRefund && REFUND_TYPE_RE.test(u.text) && REFERRED_SUM_RE.test(u.text))),
    ...rateNotes.map((n) => ({ text: n.sentence.text, payee: resolvePayee(n.payee, r.complainant), evidence: n.evidence })),
  ];
}

/**
 * The remedy: payments (recommended and prior, each counted once), money remedies with no amount, waivers and totals.
 * Source precedence: the remedy statement ("Agreed action", "Recommendations", paragraphs that open a remedy), then
 * the Summary for amounts it adds, then — only when neither names a payment — the body, with a remedy word required.
 * (Kept as small steps: each is optimised on its own, and a change in the shapes one meets recompiles only that step.)
 */
export function extractRemedy(sections: readonly Section[], ctx: RemedyContext, trace?: RemedyTrace): Omit<Remedy, 'actions'> {
  const summaryText = sections
    .filter((s) => s.heading?.toLowerCase() === 'summary')
    .flatMap((s) => s.paragraphs.map((p) => p.text))
    .join(' ');
  const closure = ctx.outcome === 'closed_after_initial_enquiries' || CLOSURE_RE.test(summaryText);
  const r = new Reading(sections, tiersOf(sections), closure, findComplainant(sections));
  r.payers = payersOf(r, ctx.organisations);
  r.trace = trace;
  if (trace) {
    // Every amount's first reading, so each gets a verdict; the steps below override it where they set one aside.
    for (const t of r.tiered) if (mayHoldMoney(t.sentence.text)) candidatesIn(t.sentence, { closure, organisations: r.payers, remedyZone: t.tier === 'remedy', trace });
  }
  const remedyCands = r.candidatesOfTier('remedy');
  const summaryCands = r.candidatesOfTier('summary');
  const { payments, rateNotes } = paymentsOf(r, remedyCands, summaryCands);
  addEarlierOffers(r, payments);
  const waivedPence = waivedPenceOf(r, [...remedyCands, ...summaryCands]);
  const unquantified = unquantifiedOf(r, payments, rateNotes);
  let totalPence = 0;
  let recommendedPence = 0;
  for (const p of payments) {
    totalPence += p.amountPence;
    if (p.status === 'recommended') recommendedPence += p.amountPence;
  }
  return { payments, totalPence, recommendedPence, unquantified, waivedPence };
}
