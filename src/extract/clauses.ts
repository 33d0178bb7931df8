/**
 * The words around one amount of a sentence: its clause, the pay verb that governs it (and the payee written between
 * them), whether a negation reaches it, the sentence before it and the last person named before it.
 */
import { PAYEE_RE, payeeName, PERSON_RE } from './payees.js';
import { COUNT, PAYEE, SET_ASIDE } from './rules/index.js';

const PAY_VERB_RE = COUNT['pay-verb'].pattern;

/** A noun that "paid" describes ("the fees paid", "the money paid"), not a subject paying. */
const PAID_NOUN_RE = COUNT['refund-verb'].also;
const POSSESSIVE_PAYEE_RE = PAYEE['payee-possessive'].pattern;
const NEGATED_RE = SET_ASIDE.negated.pattern;
const NEW_CLAUSE_RE = SET_ASIDE.negated.also;

/** The pay verb that governs an amount, where it stands in the words before the amount, and the payee after it. */
export interface VerbBefore {
  verb: string;
  index: number;
  payee: string | null;
}

/** A negation governs the amount unless a new clause starts after it ("We cannot question …, but the Council should pay"). */
export function isNegated(near: string): boolean {
  const m = NEGATED_RE.exec(near);
  if (!m) return false;
  const rest = near.slice(m.index).replace(/^\S+(?:\s+not)?\s+\S+/, '');
  return !NEW_CLAUSE_RE.test(rest);
}

/** The clause around a mention: from the last ";" or ":" (or sentence start) to the next one. */
export function clauseBounds(text: string, at: number, end: number): [number, number] {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('⏎')) + 1;
  const rest = text.slice(end);
  const stop = rest.search(/[;:]/);
  return [start, stop < 0 ? text.length : end + stop];
}

/** Nearest pay verb before the amount in the clause, and the payee written between them. */
export function verbBefore(window: string): VerbBefore | null {
  let last: RegExpExecArray | null = null;
  let earlier: RegExpExecArray | null = null;
  PAY_VERB_RE.lastIndex = 0;
  for (let m = PAY_VERB_RE.exec(window); m; m = PAY_VERB_RE.exec(window)) {
    earlier = last;
    last = m;
  }
  if (!last) return null;
  // "refund the fees paid to date": "paid" after a noun describes the money; the verb is the one before it.
  if (earlier && /^paid$/i.test(last[0]) && PAID_NOUN_RE.test(window.slice(0, last.index))) last = earlier;
  const between = window.slice(last.index + last[0].length).trim();
  const who = PAYEE_RE.exec(between.replace(/^(?:to\s+)/, ''));
  // "refund Ms X's payment of £240": the possessive names the payee.
  const possessive = POSSESSIVE_PAYEE_RE.exec(between);
  // A payee the pattern reads whole comes first: "pay Miss X’s son" is the son, "refund Mrs Y’s estate" the estate.
  return { verb: last[0], index: last.index, payee: who ? payeeName(who[0]) : possessive ? possessive[1]! : null };
}

/** The last sentence of a paragraph's text so far (what a "This is £X" sentence refers back to). */
export function lastSentenceOf(text: string): string {
  const t = text.trim();
  const at = Math.max(t.lastIndexOf('. ', t.length - 2), t.lastIndexOf('; '));
  return at < 0 ? t : t.slice(at + 2);
}

/** The last person named in a stretch of text ("The Council offered Mr X £200 … pays a further £300" → Mr X). */
export function lastPerson(text: string): string | null {
  const all = text.match(new RegExp(PERSON_RE.source, 'g'));
  return all ? all[all.length - 1]! : null;
}
