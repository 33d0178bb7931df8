/**
 * The shape of a remedy-money rule: a stable name (what `lgsco explain` prints), its pattern, the verdict it gives,
 * why it exists, and invented examples that test/extract/rules.test.ts runs through the real extractor.
 */
import type { PaymentPurpose, PaymentStatus } from '../../../schemas/enums.js';
import { compileNow } from '../compile-now.js';
import type { VerdictName } from '../verdicts.js';

/** One invented example of a rule at work, and what the extractor must say of its amount. */
export interface RuleExample {
  /** Invented text holding the amount: one paragraph, or several separated by a blank line ("\n\n"). */
  readonly text: string;
  /** The amount the example is about, as written in `text`; "(derived)" for a payment worked out from others. */
  readonly amount: string;
  /** Which mention of that amount, when it is written more than once (1, the default, is the first). */
  readonly nth?: number;
  /** The amount's verdict. */
  readonly verdict: VerdictName;
  /**
   * The rule `lgsco explain` names, when the example shows where this rule stops holding ("…, but the Council should
   * pay" is not negated): then this rule must not be named. Default: this rule.
   */
  readonly rule?: string;
  /** For counted money: its status. */
  readonly status?: PaymentStatus;
  /** For counted money: its payee, and its purpose category or words, when the rule decides them. */
  readonly payee?: string | null;
  readonly purpose?: PaymentPurpose;
  readonly purposeText?: string | null;
  /**
   * Where the text sits: the remedy statement (an "Agreed action" section, the default), the Summary, the body
   * (a "What happened" section) or standard text (the Ombudsman's role).
   */
  readonly in?: 'remedy' | 'summary' | 'body' | 'boilerplate';
  /** A remedy statement beside a text placed elsewhere. */
  readonly remedy?: string;
  /** The decision closes without investigating. */
  readonly closure?: boolean;
  /** The Summary, when the example needs its own (default: a complaint with fault found). */
  readonly summary?: string;
}

/** A rule of the remedy-money extractor. */
export interface Rule {
  /** Stable, readable id: what `lgsco explain` prints as the rule. */
  readonly name: string;
  /** What it matches; null for a step that compares amounts rather than reading words. */
  readonly pattern: RegExp | null;
  /** A second pattern the rule needs (the words after the amount, or the sentence before), when it reads two places. */
  readonly also?: RegExp;
  /** The verdict it gives, when it always gives the same one. */
  readonly verdict?: VerdictName;
  /** The purpose category it names (purpose rules). */
  readonly purpose?: PaymentPurpose;
  /** Why the rule exists: what it reads and what it decides. */
  readonly why: string;
  readonly examples: readonly RuleExample[];
}

/** A table of rules, looked up by name (a name not in the table is a type error). */
export type RuleTable<R extends readonly Rule[]> = { readonly [K in R[number]['name']]: Extract<R[number], { name: K }> };

/** Index a list of rules by name (their large patterns compiled now: compile-now.ts). */
export function tableOf<const R extends readonly Rule[]>(rules: R): RuleTable<R> {
  for (const r of rules) {
    compileNow(r.pattern);
    compileNow(r.also);
  }
  return Object.fromEntries(rules.map((r) => [r.name, r])) as RuleTable<R>;
}

/** Several rule names that decided together ("pay-verb + recommend-cue"), the deciding one first. */
export const ruleChain = (...names: readonly (string | null | undefined)[]): string => names.filter(Boolean).join(' + ');
