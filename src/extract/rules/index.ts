/**
 * The remedy-money rules, in named tables: each rule has a stable name (what `lgsco explain` prints), its pattern, the
 * verdict it gives, why, and invented examples that test/extract/rules.test.ts runs through the real extractor.
 * Adding a wording means adding a row (or a word to vocabulary.ts) and its examples.
 */
import { COUNT, COUNT_RULES } from './count.js';
import { FIGURE_RULES, FIGURES } from './figure-words.js';
import { PAYEE, PAYEE_RULES } from './payee.js';
import { PURPOSE, PURPOSE_RULES } from './purpose.js';
import type { Rule } from './rule.js';
import { SET_ASIDE, SET_ASIDE_RULES } from './set-aside.js';
import { STATUS, STATUS_RULES } from './status.js';
import { STEP_RULES, STEPS } from './steps.js';

export { COUNT, FIGURES, PAYEE, PURPOSE, SET_ASIDE, STATUS, STEPS };
export { FIGURE_BEFORE_RE, FIGURE_RULE_OF } from './figure-words.js';
export { PURPOSE_CATEGORIES } from './purpose.js';
export { ruleChain, type Rule, type RuleExample } from './rule.js';

/** Every table, by what its rules decide. */
export const RULE_TABLES: ReadonlyArray<{ table: string; rules: readonly Rule[] }> = [
  { table: 'set aside', rules: SET_ASIDE_RULES },
  { table: 'figures', rules: FIGURE_RULES },
  { table: 'count', rules: COUNT_RULES },
  { table: 'status', rules: STATUS_RULES },
  { table: 'payee', rules: PAYEE_RULES },
  { table: 'purpose', rules: PURPOSE_RULES },
  { table: 'steps', rules: STEP_RULES },
];

/** A rule's name, as `lgsco explain` prints it. */
export type RuleName = keyof typeof COUNT | keyof typeof FIGURES | keyof typeof PAYEE | keyof typeof PURPOSE | keyof typeof SET_ASIDE | keyof typeof STATUS | keyof typeof STEPS;
