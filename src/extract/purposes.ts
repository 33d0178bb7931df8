/**
 * What a payment is for: the purpose words after the amount, further on in its clause, in the noun before it or
 * leading the sentence, and the category they name (rules/purpose.ts has the patterns and their examples).
 */
import type { PaymentPurpose } from '../../schemas/index.js';
import { findMoney } from './money.js';
import { PURPOSE, PURPOSE_CATEGORIES } from './rules/index.js';

const PURPOSE_AFTER_RE = PURPOSE['purpose-after'].pattern;
const LATER_PURPOSE_RE = PURPOSE['purpose-later'].pattern;
const NOUN_PURPOSE_RE = PURPOSE['purpose-noun'].pattern;
const LEAD_PURPOSE_RE = PURPOSE['purpose-lead'].pattern;
/** Purpose keywords by category; the category whose word comes first in the purpose wins (refunds are financial). */
const PURPOSE_WORDS = PURPOSE_CATEGORIES.map((r) => [r.purpose!, r.pattern!] as const);

/** The verb family governing an amount: a refund is financial loss whatever the words after it. */
export type VerbFamily = 'refund' | 'pay' | 'offer' | 'none';

/** Normalise a purpose text to a category. */
export function classifyPurpose(text: string | null, verb: VerbFamily): PaymentPurpose {
  if (verb === 'refund') return 'financial_loss';
  if (!text) return 'other';
  let best: [PaymentPurpose, number] | null = null;
  for (const [purpose, re] of PURPOSE_WORDS) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best[1])) best = [purpose, m.index];
  }
  return best ? best[0] : 'other';
}

/** The purpose words of the amount ending at `from` in a clause ending at `limit` (`near`: the words before it). */
export function purposeTextOf(text: string, from: number, limit: number, near: string): string | null {
  return purposeAfter(text, from, limit) ?? laterPurpose(text, from, limit) ?? nounPurpose(near) ?? leadPurpose(text);
}

/** What the money is for: "for the distress …", "to recognise …", "in recognition of …", up to the clause's end. */
function purposeAfter(text: string, from: number, limit: number): string | null {
  const tail = text.slice(from, limit);
  const m = PURPOSE_AFTER_RE.exec(tail);
  if (!m) return null;
  const words = m[1]!.replace(/\s+/g, ' ').trim().replace(/[.,]$/, '');
  return words.length >= 3 ? words : null;
}

/** "In recognition of the injustice caused by these faults, the Council has agreed to pay …". */
function leadPurpose(sentence: string): string | null {
  const m = LEAD_PURPOSE_RE.exec(sentence.trim());
  return m ? m[1]!.trim() : null;
}

/** A purpose phrase further on in the clause ("an additional £500, to the £500 it has already offered, to acknowledge …"). */
function laterPurpose(text: string, from: number, limit: number): string | null {
  const rest = text.slice(from, limit);
  const at = rest.search(LATER_PURPOSE_RE);
  if (at < 0 || findMoney(rest.slice(at)).length > 0) return null;
  return purposeAfter(text, from + at, limit);
}

/** "a symbolic payment of £…", "a time and trouble payment of £…": the noun phrase names the purpose. */
function nounPurpose(near: string): string | null {
  const m = NOUN_PURPOSE_RE.exec(near);
  return m ? m[1]! : null;
}
