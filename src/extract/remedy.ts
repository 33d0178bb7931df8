/**
 * The remedy of a decision: its payments by source precedence (remedy statement, Summary, then the body), earlier
 * offers a stated total implies, waivers, money remedies with no amount, and the totals. The steps live beside it:
 * tiers.ts (where a sentence stands), payments.ts (one sentence's candidates), resolve.ts (rates, wholes, "each",
 * duplicates), reading.ts (one decision as the steps read it), referral.ts and unquantified.ts (amount-less remedies).
 */
import type { Section } from '../../schemas/decision.js';
import type { Outcome } from '../../schemas/enums.js';
import type { Payment, Remedy, UnquantifiedRemedy } from '../../schemas/remedy.js';
import { findMoney, mayHoldMoney } from './money.js';
import { findComplainant, resolvePayee } from './payees.js';
import { candidatesIn } from './payments.js';
import type { Candidate } from './candidate.js';
import { payersOf, Reading } from './reading.js';
import { quantifyByReference, REFERRED_SUM_RE } from './referral.js';
import { dedupe, noteOn, originOf, resolve, restatedSums } from './resolve.js';
import { SET_ASIDE, STATUS, STEPS } from './rules/index.js';
import type { Sentence } from './sentences.js';
import { tiersOf } from './tiers.js';
import { extractUnquantified, refundAccountsFor, REFUND_TYPE_RE } from './unquantified.js';
import type { RemedyTrace } from './verdicts.js';

/** A decision that closes without investigating, or ends one early: what the body did itself is "prior". */
const CLOSURE_RE = STATUS['closure-agreed'].also;
/** A Summary resting on no fault or no injustice, and one that names a remedy or resolution all the same. */
const NO_REMEDY_BASIS_RE = STEPS['no-remedy-basis'].pattern;
const REMEDY_NAMED_RE = STEPS['no-remedy-basis'].also;
/** A remedy word near an amount found outside the remedy and summary sections. */
const REMEDY_WORD_RE = STEPS['body-no-remedy-word'].pattern;

/** A waiver already made or agreed by the body. */
const DONE_WAIVER_RE = /\b(?:cancelled|waived|wrote off|written off|withdrew|has (?:now |since )?(?:cancelled|waived|removed)|agreed to (?:waive|cancel|write off|remove))\b/i;
/** "bringing the total to £1,800 after previous offers". */
const GRAND_TOTAL_RE = SET_ASIDE['grand-total'].pattern;

/** What the remedy needs from the rest of the decision: its outcome and the bodies its title names. */
export interface RemedyContext {
  outcome: Outcome | null;
  organisations: string[];
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
      else noteOn(r.trace, originOf(p), known.has(p.amountPence) ? { verdict: 'summary_repeat', rule: 'summary-repeat' } : { verdict: 'restated_total', rule: 'summary-restated-sum' });
    }
  } else {
    payments = summary.payments;
  }
  const rateNotes = [...remedy.rateNotes, ...summary.rateNotes];
  if (payments.length > 0) return { payments, rateNotes };
  // A decision resting on no fault or no injustice, naming no remedy: what its body tells of money is no remedy.
  if (r.noRemedyBasis) {
    // Only amounts the body would have counted get this verdict; the rest keep the rule that set them aside.
    if (r.trace) for (const s of r.body) if (mayHoldMoney(s.text)) for (const c of r.candidatesOf(s)) if (c.kind !== 'waived') noteOn(r.trace, c, { verdict: 'no_remedy_basis', rule: 'no-remedy-basis' });
    return { payments, rateNotes };
  }
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
  // Once a refund has an amount, other wordings of the same refund are not further remedies; another item of the same
  // list is ("- repay the family the £6,500 …; - repay the amount due for the period …").
  const sentenceOf = (u: UnquantifiedRemedy): Sentence | undefined => allSentences.find((s) => s.text === u.evidence.quote && s.section === u.evidence.section);
  const accounted = (u: UnquantifiedRemedy): boolean => {
    const s = sentenceOf(u);
    return s === undefined ? payments.some((p) => p.purpose === 'financial_loss') : refundAccountsFor(payments, s, allSentences, u.text);
  };
  return [
    ...remaining.filter((u) => !(REFUND_TYPE_RE.test(u.text) && REFERRED_SUM_RE.test(u.text) && accounted(u))),
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
  r.noRemedyBasis = NO_REMEDY_BASIS_RE.test(summaryText) && !REMEDY_NAMED_RE.test(summaryText);
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
