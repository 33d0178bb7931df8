// The rule tables (src/extract/rules/): every example of every rule is run through the real extractor path — an
// invented decision explained by explainRemedy — and must get its verdict from the rule it illustrates (the name
// `lgsco explain` prints), with the status, payee and purpose it states.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/index.js';
import { explainRemedy } from '../../src/extract/explain.js';
import { RULE_TABLES, type Rule, type RuleExample } from '../../src/extract/rules/index.js';
import { VERDICTS } from '../../src/extract/verdicts.js';
import { ROOT } from '../helpers.js';

/** Tables whose rules `lgsco explain` names; the payee and purpose tables decide who and what for, checked as such. */
const NAMED = new Set(['set aside', 'figures', 'count', 'status', 'steps']);
const SUMMARY = 'Mrs X complained about the Council. We found fault.';

/** An invented decision holding the example where it says: the remedy statement (default), Summary, body or standard text. */
function sectionsOf(ex: RuleExample): Section[] {
  const paragraphs = (text: string, first: number) => text.split('\n\n').map((t, i) => ({ n: first + i, text: t }));
  const where = ex.in ?? 'remedy';
  const summary = ex.summary ?? SUMMARY;
  const sections: Section[] = [{ heading: 'Summary', paragraphs: [{ n: null, text: where === 'summary' ? `${summary} ${ex.text}` : summary }] }];
  if (where === 'boilerplate') sections.push({ heading: 'The Ombudsman’s role and powers', paragraphs: paragraphs(ex.text, 1) });
  if (where === 'body') sections.push({ heading: 'What happened', paragraphs: paragraphs(ex.text, 5) });
  const remedy = where === 'remedy' ? ex.text : ex.remedy;
  if (remedy) sections.push({ heading: 'Agreed action', paragraphs: paragraphs(remedy, 20) });
  return sections;
}

/** The verdict explain gives the example's amount (its nth mention). */
function verdictOf(ex: RuleExample) {
  const outcome = ex.closure ? 'closed_after_initial_enquiries' : 'upheld';
  const { verdicts } = explainRemedy(sectionsOf(ex), { outcome, organisations: ['Exampleton Borough Council'] });
  const squash = (s: string) => s.replace(/\s/g, '');
  const found = verdicts.filter((v) => squash(v.text) === squash(ex.amount))[(ex.nth ?? 1) - 1];
  if (!found) throw new Error(`no mention ${ex.amount} in: ${verdicts.map((v) => v.text).join(', ')}`);
  return found;
}

/** The names in explain's rule: "pay-verb + recommend-cue (counted 2 times: …)" → pay-verb, recommend-cue. */
const namesIn = (rule: string): string[] => rule.replace(/\s*\(counted .*\)$/, '').split(' + ');

const rows = RULE_TABLES.flatMap(({ table, rules }) => rules.flatMap((rule) => rule.examples.map((ex) => ({ table, rule, ex }))));

describe.each(RULE_TABLES.map(({ table, rules }) => [table, rules] as const))('rule table: %s', (table, rules) => {
  it.each(rules.flatMap((rule: Rule) => rule.examples.map((ex, i) => [`${rule.name} #${i + 1}`, rule, ex] as const)))('%s', (_name, rule, ex) => {
    const v = verdictOf(ex);
    expect(v.verdict).toBe(ex.verdict);
    if (NAMED.has(table)) {
      const named = namesIn(v.rule);
      expect(named).toContain(ex.rule ?? rule.name);
      // An example of where the rule stops holding: the rule is not the one named.
      if (ex.rule) expect(named).not.toContain(rule.name);
    }
    if (ex.status) expect(v.status).toBe(ex.status);
    if (ex.payee !== undefined) expect(v.payee).toBe(ex.payee);
    if (ex.purpose || ex.purposeText !== undefined) {
      const { remedy } = explainRemedy(sectionsOf(ex), { outcome: ex.closure ? 'closed_after_initial_enquiries' : 'upheld', organisations: ['Exampleton Borough Council'] });
      const payment = remedy.payments.find((p) => p.evidence.quote.includes(ex.amount));
      if (ex.purpose) expect(payment?.purpose).toBe(ex.purpose);
      if (ex.purposeText !== undefined) expect(payment?.purposeText).toBe(ex.purposeText);
    }
  });
});

describe('the rule tables themselves', () => {
  const all = RULE_TABLES.flatMap(({ rules }) => rules);

  it('every rule has examples (two or more), a reason and a name of lower-case words', () => {
    for (const rule of all) {
      expect(rule.examples.length, rule.name).toBeGreaterThanOrEqual(2);
      expect(rule.why.length, rule.name).toBeGreaterThan(10);
      expect(rule.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    }
  });

  it('rule names are unique across the tables', () => {
    const names = all.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('a rule that always gives one verdict gives it in its examples (unless an example shows where it stops)', () => {
    for (const { rule, ex } of rows) if (rule.verdict && !ex.rule && rule.verdict !== 'counted') expect([rule.name, ex.verdict]).toEqual([rule.name, rule.verdict]);
  });

  it('examples use invented people and bodies only', () => {
    for (const { ex } of rows) expect(ex.text + (ex.remedy ?? '')).not.toMatch(/\b(?!Exampleton)[A-Z][a-z]+ (?:County|Borough|District|City) Council\b/);
  });
});

describe('README', () => {
  it('lists the verdicts as VERDICTS names and words them', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^- `([a-z_]+)` — (.+)$/gm)].map((m) => [m[1], m[2]]);
    expect(listed).toEqual(Object.entries(VERDICTS));
  });
});
