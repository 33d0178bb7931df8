/** A payment candidate: one amount of one sentence as the sentence reads it, before the remedy's steps resolve it. */
import type { Evidence, Payment, PaymentPurpose, PaymentStatus } from '../../schemas/index.js';
import type { MoneyMention } from './money.js';
import type { VerbFamily } from './purposes.js';
import type { RuleName } from './rules/index.js';
import type { Sentence } from './sentences.js';

/** A remedy-shaped amount found in one sentence, before breakdowns, duplicates and tiers are resolved. */
export interface Candidate {
  kind: 'payment' | 'waived' | 'rate' | 'total';
  pence: number;
  status: PaymentStatus;
  /** Payee as written ("Mrs B", "her", "each of the neighbours"), null when not named. */
  payee: string | null;
  /** True for "£300 each" / "each of the neighbours £250". */
  each: boolean;
  purposeText: string | null;
  purpose: PaymentPurpose;
  /** The body that pays, when the decision names several and the sentence says which. */
  payer: string | null;
  /** Verb family that governs the amount: refunds are financial loss whatever the words after them. */
  verb: VerbFamily;
  rate: MoneyMention['per'];
  /** Index of the mention among the sentence's amounts and where it sits, to find breakdowns. */
  mention: MoneyMention;
  sentence: Sentence;
  evidence: Evidence;
  /** What a person should check about this payment (something was inferred), or null when a rule settled it all. */
  check: string | null;
  /** The rules that read it, for `lgsco explain`: the cue that counts it, the one that set its status (null: a list
   * item takes its first item's), a rule that excused a claim word, and the cue that made it a stated whole. */
  cue: RuleName;
  statusRule: RuleName | null;
  excuse: RuleName | null;
  totalRule: RuleName | null;
}

/** A payment from its candidate: certain unless something about it was inferred (`check` says what). */
export function paymentOf(c: Candidate, payee: string | null, check: string | null, overrides: Partial<Payment> = {}): Payment {
  const reason = check ?? (payee === 'the complainant' ? 'no payee named: the complainant assumed' : null);
  return {
    amountPence: c.pence,
    payee,
    payer: c.payer,
    purpose: c.purpose,
    purposeText: c.purposeText,
    status: c.status,
    confidence: reason === null ? 'certain' : 'check',
    checkReason: reason,
    evidence: c.evidence,
    ...overrides,
  };
}
