/**
 * A counted amount's status, from the words around it (rules/status.ts): a prior cue before or after it, "further"
 * or a raised offer making it new again, a closure's own agreement, the remedy statement, a recommendation word, else
 * the tense of the sentence's first verb.
 */
import type { PaymentStatus } from '../../schemas/index.js';
import type { VerbBefore } from './clauses.js';
import { STATUS, type RuleName } from './rules/index.js';
import type { Sentence } from './sentences.js';
import { pastTenseBefore } from './tense.js';

const PRIOR_BEFORE_RE = STATUS['prior-before'].pattern;
/** A refund verb in the past: the refund was made (its object's "paid to date" is the money refunded, not a cue). */
const PAST_REFUND_RE = STATUS['prior-before'].also;
const PRIOR_AFTER_RE = STATUS['prior-after'].pattern;
const CLOSURE_AGREED_RE = STATUS['closure-agreed'].pattern;
const ADDITIONAL_RE = STATUS.additional.pattern;
/** "has … paid" before an additional sum: it too was paid. */
const HAS_PAID_RE = STATUS.additional.also;
/** A further sum whose own pay verb is in the simple past ("… and paid Mr X an additional £30"), not after a modal. */
const PAID_VERB_RE = STATUS['additional-paid'].pattern;
const MODAL_BEFORE_RE = STATUS['additional-paid'].also;
const INCREASED_OFFER_RE = STATUS['increased-offer'].pattern;
const RECOMMEND_CUE_RE = STATUS['recommend-cue'].pattern;

/** What the status rules read about one amount. */
export interface StatusInput {
  sentence: Sentence;
  /** Where the amount starts in the sentence. */
  at: number;
  /** The clause before the amount, its last 90 characters, and the words after it. */
  before: string;
  near: string;
  after: string;
  /** The governing verb and its family. */
  v: VerbBefore | null;
  refund: boolean;
  /** The amount is the sum of a payment the sentence before makes ("This is £2,345."): that sentence is read. */
  referBack: string | null;
  /** The decision is a closure, and the Ombudsman did not ask for this. */
  closure: boolean;
  ombudsmanAsked: boolean;
  remedyZone: boolean;
}

/** The status, the rule that set it, and what to check when the tense decided. */
export function statusOf(x: StatusInput): { status: PaymentStatus; statusRule: RuleName; check: string | null } {
  const { sentence, near, v } = x;
  // "refund the fees paid to date": after a refund verb not in the past, "paid" describes the money refunded.
  const priorScope = v && x.refund && !PAST_REFUND_RE.test(v.verb) ? near.slice(Math.max(0, v.index - 12), v.index + v.verb.length) : near.slice(v ? Math.max(0, v.index - 12) : 0);
  const priorRule: RuleName | null = (x.referBack !== null ? PRIOR_BEFORE_RE.test(x.referBack) : PRIOR_BEFORE_RE.test(priorScope))
    ? 'prior-before'
    : PRIOR_AFTER_RE.test(x.after)
      ? 'prior-after'
      : x.closure && x.refund && !x.ombudsmanAsked && CLOSURE_AGREED_RE.test(x.before)
        ? 'closure-agreed'
        : null;
  const additionalRule: RuleName | null = ADDITIONAL_RE.test(near) ? 'additional' : INCREASED_OFFER_RE.test(near) ? 'increased-offer' : null;
  const pastVerb = v !== null && PAID_VERB_RE.test(v.verb) && !MODAL_BEFORE_RE.test(near.slice(0, v.index));
  const stillPaid = priorRule !== null && additionalRule !== null && (HAS_PAID_RE.test(near) || pastVerb);
  let status: PaymentStatus = priorRule && !(additionalRule && !stillPaid) ? 'prior' : 'recommended';
  // The rule that set the status: the prior cue (or the past pay verb that keeps an additional sum prior); else
  // "additional" overriding it; else the remedy statement, a new sum or a recommendation word (the tense, below, when
  // there is none).
  let statusRule: RuleName =
    status === 'prior' ? (additionalRule && !HAS_PAID_RE.test(near) ? 'additional-paid' : priorRule!) : priorRule ? additionalRule! : x.remedyZone ? 'remedy-statement' : (additionalRule ?? 'recommend-cue');
  // Outside the remedy statement, a sentence with no cue either way ("Mrs X received £200 from the Council in 2023")
  // is read by its verb's tense: money already given is prior.
  let check: string | null = null;
  // The cue may stand earlier in the paragraph, in its lead-in, or end the paragraph before, whose items the paragraphs
  // that follow may be ("The Council agreed to our recommendations." / "- This included … £1,000 payment").
  const context = `${sentence.paragraphBefore} ${sentence.before} ${sentence.leadIn ?? ''} ${sentence.text}`;
  if (status === 'recommended' && !x.remedyZone && !additionalRule && !RECOMMEND_CUE_RE.test(context)) {
    check = 'status read from the verb’s tense';
    statusRule = 'verb-tense';
    if (pastTenseBefore(sentence.text, x.at)) status = 'prior';
  }
  return { status, statusRule, check };
}
