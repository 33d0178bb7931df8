/**
 * One sentence's amounts read as payment candidates: each is set aside by the first rule that holds (rules/set-aside.ts,
 * rules/figure-words.ts) or counted by a cue (rules/count.ts), with its status (payment-status.ts), payee and purpose.
 */
import type { Evidence } from '../../schemas/index.js';
import type { Candidate } from './candidate.js';
import { findMoney } from './money.js';
import { findPayer } from './payers.js';
import { statusOf } from './payment-status.js';
import { clauseBounds, isNegated, lastPerson, lastSentenceOf, verbBefore } from './clauses.js';
import { classifyPurpose, purposeTextOf } from './purposes.js';
import { COUNT, FIGURE_BEFORE_RE, FIGURE_RULE_OF, FIGURES, PAYEE, SET_ASIDE, type RuleName } from './rules/index.js';
import type { Sentence } from './sentences.js';
import { nonRemedyVerdict, type RemedyTrace, type VerdictName } from './verdicts.js';

// The rules are read from their tables (rules/*.ts), where each has its name, why and examples.
/** Words that end a verb's object: the amount after them belongs to another clause. */
const GAP_BREAK_RE = COUNT['pay-verb'].also;
const REFUND_VERB_RE = COUNT['refund-verb'].pattern;
const REFER_BACK_RE = COUNT['refer-back'].pattern;
const SETTLE_BEFORE_RE = COUNT['refer-back'].also;
const PAYMENT_NOUN_BEFORE_RE = COUNT['payment-noun-before'].pattern;
const ARREARS_PAID_RE = COUNT['arrears-paid-to'].pattern;
const ARREARS_AFTER_RE = COUNT['arrears-paid-to'].also;
const PAYMENT_AFTER_RE = COUNT['payment-after'].pattern;
const PARTS_LEAD_RE = COUNT['part-item'].pattern;
const LIST_GAP_RE = COUNT['list-item'].pattern;
/** A new clause between two amounts: the second is not an item of the first one's list. */
const LIST_BREAK_RE = COUNT['list-item'].also;
const TOTAL_BEFORE_RE = COUNT['total-before'].pattern;
const WHOLE_AFTER_RE = COUNT['whole-after'].pattern;

const GRAND_TOTAL_BEFORE_RE = SET_ASIDE['grand-total'].pattern;
const REPLACED_FROM_RE = SET_ASIDE['replaced-offer'].pattern;
const REPLACED_TO_RE = SET_ASIDE['replaced-offer'].also;
const WHOLE_OF_PART_RE = SET_ASIDE['whole-of-part'].pattern;
const COMPLAINANT_PAID_RE = SET_ASIDE['complainant-paid'].pattern;
const NEGATED_RE = SET_ASIDE.negated.pattern;
const CLAIM_RE = SET_ASIDE.claim.pattern;
const OMBUDSMAN_ASK_RE = SET_ASIDE['ombudsman-asked'].pattern;
const TIME_CLAUSE_RE = SET_ASIDE['time-clause'].pattern;
const INSTALMENT_BEFORE_RE = SET_ASIDE.instalment.pattern;
const OFFSET_AFTER_RE = SET_ASIDE['offset-against-debt'].pattern;
const WAIVE_BEFORE_RE = SET_ASIDE.waiver.pattern;
/** A pay verb after the waiver word: the sentence pays, it does not waive. */
const PAYS_AFTER_WAIVER_RE = SET_ASIDE.waiver.also;
const NONREMEDY_BEFORE_RE = FIGURE_BEFORE_RE;
const NONREMEDY_AFTER_RE = FIGURES['figure-after'].pattern;
const FIGURE_THROUGH_TOTAL_RE = FIGURES['figure-through-total'].pattern;

const PAYEE_AFTER_RE = PAYEE['payee-after'].pattern;
const INVOICE_FROM_RE = PAYEE['payee-invoice-from'].pattern;
/** Verbs that pay a body's invoice to that body (a refund of it goes to the complainant). */
const PAYS_INVOICE_RE = PAYEE['payee-invoice-from'].also;
const PAYEE_IN_LIST_RE = PAYEE['payee-in-list'].pattern;
const LIST_ORDINAL_RE = PAYEE['payee-list-ordinal'].pattern;
const EACH_AFTER_RE = PAYEE.each.pattern;
const EACH_OF_BEFORE_RE = PAYEE.each.also;

export interface SentenceContext {
  /** The decision is a closure ("We will not investigate…"): what the body agreed to itself is prior. */
  closure: boolean;
  /** The sentence is in the remedy statement, where list items are recommendations whatever their tense. */
  remedyZone?: boolean;
  /** Bodies named by the title, to say which one pays when there are several. */
  organisations?: readonly string[];
  /** Told why each amount that is not a candidate was dropped (`lgsco explain`). */
  trace?: RemedyTrace;
}

/** Read every amount of one sentence as a remedy candidate (or drop it as a charge, claim or figure quoted). */
export function candidatesIn(sentence: Sentence, ctx: SentenceContext): Candidate[] {
  const text = sentence.text;
  const mentions = findMoney(text);
  const out: Candidate[] = [];
  if (mentions.length === 0) return out;
  const whole = `${sentence.leadIn ?? ''} ${text}`;
  const ombudsmanAsked = OMBUDSMAN_ASK_RE.test(whole);
  let previous: Candidate | null = null; // the last payment in this sentence, for lists ("£500 for …, £3,000 for …")
  mentions.forEach((m, i) => {
    // A rule that sets the amount aside: its verdict (or the one given) and its name go to the trace.
    const drop = (rule: { name: RuleName; verdict?: VerdictName }, verdict: VerdictName = rule.verdict!): void => ctx.trace?.(sentence, m.start, { verdict, rule: rule.name });
    if (m.pence === null) return drop(SET_ASIDE['unreadable-amount']);
    if (m.range) return drop(SET_ASIDE.range);
    if (m.pence === 0) return drop(SET_ASIDE['zero-amount']);
    // "a further £250, bringing the total to £750": the grand total is not another payment.
    if (GRAND_TOTAL_BEFORE_RE.test(text.slice(0, m.start))) return drop(SET_ASIDE['grand-total']);
    // "increase its offer from £250 to £500": the old figure is replaced, not added.
    if (REPLACED_FROM_RE.test(text.slice(Math.max(0, m.start - 8), m.start)) && REPLACED_TO_RE.test(text.slice(m.end, m.end + 8))) return drop(SET_ASIDE['replaced-offer']);
    // "refunded £80 of the £160 penalty charge": the sum the amount before is part of, not a second payment.
    if (i > 0 && WHOLE_OF_PART_RE.test(text.slice(mentions[i - 1]!.end, m.start))) return drop(SET_ASIDE['whole-of-part'], nonRemedyVerdict(text.slice(m.end, m.end + 30)));
    const [cs, ce] = clauseBounds(text, m.start, m.end);
    const before = text.slice(cs, m.start);
    const near = before.slice(-90);
    const after = text.slice(m.end, Math.min(ce, mentions[i + 1]?.start ?? ce));
    const evidence: Evidence = { section: sentence.section, paragraph: sentence.paragraph, quote: text };
    // The payer is named before the amount, back to the previous amount ("the County Council should pay … and the Borough Council should pay …").
    const payer = findPayer(text.slice(mentions[i - 1]?.end ?? 0, m.start), ctx.organisations ?? []) ?? findPayer(text.slice(0, m.start), ctx.organisations ?? []);
    const base = { pence: m.pence, mention: m, sentence, evidence, rate: m.per, payer, check: null as string | null };

    // An item of a list ("£400 for …, and £100 for …") shares its first item's verb, payee and status: the words
    // between them are the first item's purpose, not a new clause (a "seek" there is not a claim).
    const between = previous === null ? '' : text.slice(previous.mention.end, m.start);
    // "pay Mrs X £300 for her distress and Mr X £200 …": a later amount's own payee, named right before it; the item
    // is still one of the list ("…, and the care home £450").
    const ownPayee = i > 0 ? PAYEE_IN_LIST_RE.exec(text.slice(mentions[i - 1]!.end, m.start)) : null;
    const gapWords = ownPayee ? between.slice(0, Math.max(0, between.length - (ownPayee[0].length - ownPayee[0].indexOf(ownPayee[1]!)))) : between;
    const listed = previous !== null && (previous.kind === 'payment' || previous.kind === 'total') && LIST_GAP_RE.test(gapWords) && !LIST_BREAK_RE.test(gapWords);
    const v = verbBefore(near);
    const verb: Candidate['verb'] = v ? (REFUND_VERB_RE.test(v.verb) ? 'refund' : /^offer/i.test(v.verb) ? 'offer' : 'pay') : 'none';
    let excuse: RuleName | null = null;
    if (!listed) {
      // "he has paid £240", "Mrs B paid £400": money the complainant paid is a figure, not a remedy.
      if (v && COMPLAINANT_PAID_RE.test(near.slice(0, v.index + v.verb.length))) return drop(SET_ASIDE['complainant-paid']);
      // "we would not recommend a payment of £750", "it did not pay the £200": negated, so not a remedy.
      if (isNegated(near)) return drop(SET_ASIDE.negated);
      // A leading time clause ("When Mr X complained, the Council … cancelled …") is not the complainant's claim.
      const scope = before.slice(0, v ? v.index + (before.length - near.length) : before.length);
      const claimScope = scope.replace(TIME_CLAUSE_RE, '');
      if (CLAIM_RE.test(claimScope)) {
        if (!ombudsmanAsked) return drop(SET_ASIDE.claim);
        excuse = 'ombudsman-asked';
      } else if (claimScope !== scope && CLAIM_RE.test(scope)) excuse = 'time-clause';
      // "repay the overpayment in instalments of £50": an instalment of a debt, whoever pays it.
      if (INSTALMENT_BEFORE_RE.test(near)) return drop(SET_ASIDE.instalment);
      // "offered £200 but used it to reduce her rent arrears": money set against a debt is not paid to anyone.
      if (OFFSET_AFTER_RE.test(text.slice(m.end))) return drop(SET_ASIDE['offset-against-debt']);
    }
    if (WAIVE_BEFORE_RE.test(near) && !PAYS_AFTER_WAIVER_RE.test(near.slice(near.search(WAIVE_BEFORE_RE)))) {
      out.push({ ...base, kind: 'waived', status: 'recommended', payee: null, each: false, purposeText: null, purpose: 'other', verb: 'none', cue: 'waiver', statusRule: null, excuse: null, totalRule: null });
      return drop(SET_ASIDE.waiver);
    }
    // "…settle the care home's invoice. This is £2,345.": the sentence before pays it, this one gives the sum.
    const previousSentence = lastSentenceOf(sentence.before);
    const referBack = REFER_BACK_RE.test(before) && SETTLE_BEFORE_RE.test(previousSentence) && !NEGATED_RE.test(previousSentence) && !CLAIM_RE.test(previousSentence);
    const nounBefore = PAYMENT_NOUN_BEFORE_RE.test(near);
    const nounCue = nounBefore || PAYMENT_AFTER_RE.test(after) || referBack;
    // The verb governs the amount only when nothing but its object stands between them ("pay Mrs B a symbolic
    // payment of", "refund Ms X's payment of"), not another clause ("refunded the money it owed, leaving … £399").
    const gap = v === null ? '' : near.slice(v.index + v.verb.length);
    const openGap = v !== null && gap.length <= 70 && !GAP_BREAK_RE.test(gap);
    // "pay her the arrears of £1,820": arrears handed TO a named payee are a remedy, not a debt ("her rent arrears of").
    const payeeGap = v?.payee && gap.trimStart().startsWith(v.payee) ? gap.trimStart().slice(v.payee.length) : null;
    const arrearsPaid =
      openGap && verb === 'pay' && payeeGap !== null && (ARREARS_PAID_RE.test(payeeGap) ? !/^(?:her|him|them)$/.test(v!.payee!) || /^\s*the\b/i.test(payeeGap) : payeeGap.trim() === '' && ARREARS_AFTER_RE.test(after));
    const verbGoverns = (openGap && (verb === 'refund' || arrearsPaid || !NONREMEDY_BEFORE_RE.test(gap))) || listed;
    // "charged a total of £310": the figure word reaches through "a total of", which is no payment noun there.
    const throughTotal = !referBack && FIGURE_THROUGH_TOTAL_RE.exec(near);
    const nonRemedy = !referBack && ((NONREMEDY_BEFORE_RE.test(near) && !nounBefore) || throughTotal || (NONREMEDY_AFTER_RE.test(after) && verb !== 'refund'));
    if (nonRemedy && !arrearsPaid && !(verb === 'refund' && verbGoverns && gap.length <= 40)) {
      if (throughTotal) return drop(FIGURES['figure-through-total'], nonRemedyVerdict(throughTotal[0]));
      if (!(nounCue && PAYMENT_AFTER_RE.test(after) && !NONREMEDY_AFTER_RE.test(after))) {
        const figureBefore = NONREMEDY_BEFORE_RE.exec(near);
        const verdict = nonRemedyVerdict(figureBefore?.[0] ?? NONREMEDY_AFTER_RE.exec(after)?.[0] ?? '');
        // Named by the words before the amount when there are any (their verdict's rule), else by the words after.
        return drop(figureBefore ? FIGURES[FIGURE_RULE_OF[verdict as keyof typeof FIGURE_RULE_OF]] : FIGURES['figure-after'], verdict);
      }
    }
    // An item under "a total of £2,350, made up of:" that starts with its amount is one of the parts.
    const partItem = sentence.leadIn !== null && PARTS_LEAD_RE.test(sentence.leadIn) && before.trim().length <= 3;
    if (!verbGoverns && !nounCue && !partItem) return drop(SET_ASIDE['no-cue']);
    // The cue that counts it, as `lgsco explain` names it.
    const cue: RuleName = listed
      ? 'list-item'
      : verbGoverns
        ? verb === 'refund'
          ? 'refund-verb'
          : arrearsPaid
            ? 'arrears-paid-to'
            : 'pay-verb'
        : referBack
          ? 'refer-back'
          : nounBefore
            ? 'payment-noun-before'
            : nounCue
              ? 'payment-after'
              : 'part-item';

    let kind: Candidate['kind'] = m.per ? 'rate' : 'payment';
    const totalRule: RuleName | null = TOTAL_BEFORE_RE.test(near) ? 'total-before' : WHOLE_AFTER_RE.test(after) ? 'whole-after' : null;
    if (totalRule) kind = m.per ? 'rate' : 'total';
    const st = statusOf({ sentence, at: m.start, before, near, after, v, refund: verb === 'refund', referBack: referBack ? previousSentence : null, closure: ctx.closure, ombudsmanAsked, remedyZone: ctx.remedyZone ?? false });
    const { status, statusRule } = st;
    let check: string | null = referBack ? 'amount stated in the sentence after the payment' : st.check;
    const payeeAfter = PAYEE_AFTER_RE.exec(after)?.[1] ?? (v && PAYS_INVOICE_RE.test(v.verb) ? (INVOICE_FROM_RE.exec(after)?.[1] ?? null) : null);
    // "the first family £300, the second £100": a list item that names its own party.
    const ordinal = previous?.payee && between.length <= 60 && !LIST_BREAK_RE.test(between) ? LIST_ORDINAL_RE.exec(between) : null;
    const listPayee = ordinal ? `the ${ordinal[1]!.toLowerCase()} ${ordinal[2] ?? previous!.payee!.replace(/^the (?:first |eldest |elder )?/, '')}` : null;
    const inList = ownPayee?.[1] ?? null;
    const payee =
      listPayee ??
      inList ??
      (listed && previous ? (payeeAfter ?? previous.payee) : null) ??
      v?.payee ??
      payeeAfter ??
      lastPerson(text.slice(0, m.start)) ??
      lastPerson(sentence.before) ??
      lastPerson(sentence.leadIn ?? '');
    // A payee named earlier in the paragraph or by its lead-in ("…, the Council should: pay £300 …") is the one meant;
    // none at all is to check.
    if (payee === null) check ??= 'no payee named: the complainant assumed';
    const each = EACH_AFTER_RE.test(after) || /\beach\b/i.test(payee ?? '') || EACH_OF_BEFORE_RE.test(near) || (listed && previous !== null && previous.each);
    const purposeText = purposeTextOf(text, m.end, ce, near);
    const candidate: Candidate = {
      ...base,
      kind,
      status: listed && previous ? previous.status : status,
      payee: payee ?? (listed && previous ? previous.payee : null),
      each,
      purposeText,
      // Arrears paid to the payee are money owed to them, as a refund is: a financial loss.
      purpose: classifyPurpose(purposeText, arrearsPaid ? 'refund' : verb),
      verb,
      check,
      cue,
      statusRule: listed && previous ? null : statusRule,
      excuse,
      totalRule,
    };
    out.push(candidate);
    previous = candidate;
  });
  return out;
}
