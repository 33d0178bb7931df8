/**
 * Resolving a tier's candidates into payments: rates become the stated total or rate × period, wholes give way to
 * their parts, "each" splits by payee, and the same payment named twice counts once. Each step tells the trace which
 * mention it set aside and by which rule (`lgsco explain`).
 */
import type { Payment } from '../../schemas/remedy.js';
import { eachPayees, resolvePayee } from './payees.js';
import { paymentOf, type Candidate } from './candidate.js';
import { classifyPurpose } from './purposes.js';
import { ruleChain, STEPS } from './rules/index.js';
import { NUMBER_WORDS } from './rules/vocabulary.js';
import type { RemedyTrace, TraceNote } from './verdicts.js';

/** "£50 a month for 6 months": a rate's period. */
const PERIOD_RE = STEPS['rate-times-period'].pattern;

/** Rates become the stated total or rate × period; wholes give way to their parts; "each" splits by payee. */
export interface Resolved {
  payments: Payment[];
  rateNotes: Candidate[];
  /** Wholes that gave way to their parts, as "amount|payee": the same whole restated elsewhere is not a new payment. */
  wholes: Set<string>;
}

/** The candidate each payment was made from, so a later step can say which mention it set aside (explain). */
const ORIGIN = new WeakMap<Payment, Candidate>();

/** The candidate a payment was made from (undefined for a payment no candidate made). */
export const originOf = (p: Payment): Candidate | undefined => ORIGIN.get(p);

/** The rules that counted a payment, as `lgsco explain` names them: its cue, its status rule and any exception. */
export function rulesOf(p: Payment): string {
  const c = ORIGIN.get(p);
  return c ? ruleChain(c.cue, c.statusRule, c.excuse) : STEPS['referred-sum'].name;
}

/** Tell the trace about a candidate's mention. */
export function noteOn(trace: RemedyTrace | undefined, c: Candidate | undefined, note: TraceNote): void {
  if (trace && c) trace(c.sentence, c.mention.start, note);
}

export function resolve(cands: Candidate[], wholeText: () => string, complainant: string | null, trace?: RemedyTrace): Resolved {
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
export function dedupe(payments: Payment[], trace?: RemedyTrace): Payment[] {
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
export function restatedSums(payments: Payment[]): Set<number> {
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
