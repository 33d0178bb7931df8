import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/index.js';
import { parseDecision } from '../../src/index.js';
import { explainRemedy } from '../../src/extract/explain.js';
import { findMoney } from '../../src/extract/money.js';
import { sentencesOf } from '../../src/extract/sentences.js';
import { VERDICTS } from '../../src/extract/verdicts.js';
import { FIXTURES, HAS_SHARED, SHARED, SHARED_SKIP_MESSAGE } from '../helpers.js';

/** An invented decision: a Summary and an Agreed action with the given paragraphs. */
function explainOf(agreed: string[], summary = 'Mrs X complained about the Council. We found fault.', extra: Section[] = []) {
  const sections: Section[] = [
    { heading: 'Summary', paragraphs: [{ n: null, text: summary }] },
    ...extra,
    { heading: 'Agreed action', paragraphs: agreed.map((text, i) => ({ n: 20 + i, text })) },
  ];
  return explainRemedy(sections, { outcome: 'upheld', organisations: ['Exampleton Borough Council'] });
}
const verdictOf = (agreed: string[], amount: string, summary?: string, extra?: Section[]) =>
  explainOf(agreed, summary, extra).verdicts.find((v) => v.text.replace(/\s/g, '') === amount)?.verdict;

describe('explain: a verdict for every £', () => {
  it.each([
    ['a recommended payment', ['The Council should pay Mrs X £250 to acknowledge her distress.'], '£250', 'counted'],
    ['a claim', ['Mrs X wants the Council to pay her £5,000. The Council should pay Mrs X £250 for her distress.'], '£5,000', 'claim'],
    ['money the complainant paid', ['Mrs X paid £400 for a private assessment. The Council should pay Mrs X £250 for her distress.'], '£400', 'complainant_paid'],
    ['a negated amount', ['We would not recommend a payment of £750. The Council should pay Mrs X £250 for her distress.'], '£750', 'negated'],
    ['a fee', ['The Council charged fees of £310 for the service. The Council should pay Mrs X £250 for her distress.'], '£310', 'fee'],
    ['a waiver', ['The Council will waive the outstanding charge of £181 and pay Mrs X £250 for her distress.'], '£181', 'waiver'],
    ['a range', ['Our guidance suggests between £100 and £300. The Council should pay Mrs X £250 for her distress.'], '£100', 'range'],
    ['a whole whose parts are counted', ['The Council will pay her £1300 (£600 for the delay, £400 for the lack of communication and £300 for the poor complaint handling).'], '£1300', 'whole_of_parts'],
    ['a rate behind a stated total', ['Make a payment of £50 per month to recognise the frustration caused by the delay. A total of £100.'], '£50', 'rate_behind_total'],
    ['a rate for a period', ['The Council should pay Mrs X £50 a month for 6 months to recognise her lost respite.'], '£50', 'rate_times_period'],
    ['an open-ended rate', ['The Council should pay Mrs X £50 a month from March until her care plan is reviewed.'], '£50', 'open_rate'],
  ])('%s', (_name, agreed, amount, verdict) => {
    expect(verdictOf(agreed, amount)).toBe(verdict);
  });

  it('the Summary restating a payment is not counted again', () => {
    const { verdicts } = explainOf(['The Council should pay Mrs X £250 to acknowledge her distress.'], 'Mrs X complained. The Council agreed to pay her £250.');
    expect(verdicts.map((v) => [v.text, v.verdict])).toEqual([
      ['£250', 'summary_repeat'],
      ['£250', 'counted'],
    ]);
  });

  it('every verdict has its words in the one table, and counted verdicts add up to the total', () => {
    const { verdicts, remedy } = explainOf([
      'The Council will pay her £1300 (£600 for the delay, £400 for the lack of communication and £300 for the poor complaint handling).',
      'Mrs X wants £5,000. The Council will waive the £181 charge.',
    ]);
    for (const v of verdicts) expect(v.reason).toBe(VERDICTS[v.verdict]);
    expect(verdicts.filter((v) => v.counted).reduce((s, v) => s + v.pence!, 0)).toBe(remedy.totalPence);
    expect(remedy.totalPence).toBe(130000);
  });
});

/** Every decision we have: the committed seeds and hand-made fixtures, and the real fixtures when ../shared is here. */
function allDecisionFiles(): string[] {
  const files = ['seeds/001-hampshire-23-015-499.txt', 'seeds/004-kent-24-004-875.txt', 'text/statement-closed.txt'].map((f) => join(FIXTURES, f));
  const synthetic = join(FIXTURES, 'remedy-synthetic');
  files.push(...readdirSync(synthetic).filter((f) => f.endsWith('.txt')).map((f) => join(synthetic, f)));
  if (HAS_SHARED) {
    for (const dir of ['decisions', 'remedy/decisions']) {
      const d = join(SHARED, 'fixtures', dir);
      files.push(...readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));
    }
  }
  return files;
}

describe(`explain holds on every decision we have${HAS_SHARED ? '' : ` (${SHARED_SKIP_MESSAGE}: committed fixtures only)`}`, () => {
  it.each(allDecisionFiles().map((f) => [f.split('/').slice(-2).join('/'), f]))('%s: one verdict per £, the counted ones add up to the record', async (_name, file) => {
    const d = await parseDecision(readFileSync(file), { filename: file });
    const { verdicts, remedy } = explainRemedy(d.sections, { outcome: d.outcome, organisations: d.organisations.map((o) => o.name) });
    // Tracing changes nothing: the same remedy as the record's.
    expect(remedy.payments).toEqual(d.remedy.payments);
    expect(remedy.totalPence).toBe(d.remedy.totalPence);
    const mentions = sentencesOf(d.sections).reduce((n, s) => n + findMoney(s.text).length, 0);
    expect(verdicts.filter((v) => v.text !== '(derived)').length).toBe(mentions);
    // Each counted verdict is one payment of the record (a payment split between payees counts once per payee).
    const counted = verdicts.filter((v) => v.counted);
    const perPayee = counted.reduce((s, v) => s + v.pence! * Math.max(1, Number(/counted (\d+) times/.exec(v.rule)?.[1] ?? 1)), 0);
    const rates = verdicts.filter((v) => v.verdict === 'rate_times_period').length;
    if (rates === 0) expect(perPayee).toBe(d.remedy.totalPence);
    for (const v of verdicts) expect(v.reason).toBe(v.text === '(derived)' ? v.reason : VERDICTS[v.verdict]);
  });
});
