/**
 * A verdict for every £ in a decision: counted (and how), or not counted and why — with the sentence it stands in and
 * the rule that decided. It is how a journalist checks a figure and how a developer finds a wording no rule knows.
 */
import type { Section } from '../../schemas/decision.js';
import type { PaymentStatus } from '../../schemas/enums.js';
import type { Evidence, Payment } from '../../schemas/remedy.js';
import { findMoney } from './money.js';
import { extractRemedy, type RemedyContext } from './remedy.js';
import { rulesOf } from './resolve.js';
import type { RuleName } from './rules/index.js';
import { sentencesOf, type Sentence } from './sentences.js';
import { tiersOf, type Tier } from './tiers.js';
import { COUNTED_VERDICTS, VERDICTS, type TraceNote, type VerdictName } from './verdicts.js';
import { sectionZones } from './zones.js';

/** One £ mention (or a payment no single mention states) and what the remedy extractor made of it. */
export interface MoneyVerdict {
  /** The amount as written ("£1,000", "one thousand pounds"); "(derived)" for a payment worked out from others. */
  text: string;
  pence: number | null;
  counted: boolean;
  verdict: VerdictName;
  /** The verdict in words. */
  reason: string;
  /** The rule that decided, by its name in the rule tables (src/extract/rules/); for counted money, the rule that
   * counted it, then the one that set its status ("pay-verb + recommend-cue"). */
  rule: string;
  /** For counted money: its status and payee as the record has them. */
  status: PaymentStatus | null;
  payee: string | null;
  /** For counted money: what a person should check about it (null when a rule settled it all). */
  check: string | null;
  evidence: Evidence;
}

const keyOf = (s: Sentence, start: number): string => `${s.sectionIndex}/${s.paragraphIndex}/${s.line}/${start}/${s.text}`;

/** Every £ in the decision body with its verdict, in reading order, and the remedy they add up to. */
export function explainRemedy(sections: readonly Section[], ctx: RemedyContext): { verdicts: MoneyVerdict[]; remedy: ReturnType<typeof extractRemedy> } {
  const notes = new Map<string, TraceNote>();
  const remedy = extractRemedy(sections, ctx, (s, start, note) => notes.set(keyOf(s, start), note));
  const zones = sectionZones(sections);
  const tiers = new Map<string, Tier>(tiersOf(sections).map((t) => [keyOf(t.sentence, -1), t.tier]));
  const unmatched = new Set<Payment>(remedy.payments);
  const verdicts: MoneyVerdict[] = [];
  const hasPayments = remedy.payments.length > 0;

  for (const s of sentencesOf(sections)) {
    for (const m of findMoney(s.text)) {
      const evidence: Evidence = { section: s.section, paragraph: s.paragraph, quote: s.text };
      const paid = remedy.payments.filter((p) => unmatched.has(p) && p.evidence.quote === s.text && p.amountPence === m.pence);
      const note = notes.get(keyOf(s, m.start));
      let verdict: VerdictName;
      let rule: string;
      if (paid.length > 0) {
        verdict = 'counted';
        rule = paid.length > 1 ? `${rulesOf(paid[0]!)} (counted ${paid.length} times: one payment to each payee)` : rulesOf(paid[0]!);
      } else if (note) {
        verdict = note.verdict;
        rule = note.rule;
      } else if (zones[s.sectionIndex] === 'boilerplate') {
        verdict = 'boilerplate';
        rule = 'boilerplate' satisfies RuleName;
      } else if (tiers.get(keyOf(s, -1)) === 'body' && hasPayments) {
        verdict = 'context';
        rule = 'body-context' satisfies RuleName;
      } else {
        verdict = 'not_used';
        rule = 'not-used' satisfies RuleName;
      }
      // A rate for a stated period is counted as the product: its payment carries that amount, not the rate's.
      const product = verdict === 'rate_times_period' ? remedy.payments.filter((p) => unmatched.has(p) && p.evidence.quote === s.text) : [];
      const counted = [...paid, ...product];
      for (const p of counted) unmatched.delete(p);
      verdicts.push({
        text: m.raw,
        pence: m.pence,
        counted: COUNTED_VERDICTS.has(verdict) && counted.length > 0,
        verdict,
        reason: VERDICTS[verdict],
        rule,
        status: counted[0]?.status ?? null,
        payee: counted[0]?.payee ?? null,
        check: counted[0]?.checkReason ?? null,
        evidence,
      });
    }
  }
  // Payments no mention states on its own: earlier offers worked out from a stated total.
  for (const p of unmatched) {
    verdicts.push({
      text: '(derived)',
      pence: p.amountPence,
      counted: true,
      verdict: 'counted',
      reason: `${VERDICTS.counted} (${p.purposeText ?? 'worked out from other amounts'})`,
      rule: 'earlier-offers' satisfies RuleName,
      status: p.status,
      payee: p.payee,
      check: p.checkReason,
      evidence: p.evidence,
    });
  }
  return { verdicts, remedy };
}
