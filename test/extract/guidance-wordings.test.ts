// Wordings of money remedies (issue 14), in the shapes LGSCO's own staff guidance tells investigators to use: the
// "Guidance on remedies" (symbolic payments for distress, time and trouble, uncertainty and lost opportunity; missed
// provision by the month; refunds, backdating, estates, care providers; amounts already paid or offered) and the
// Decision Statements Manual (the Agreed action / Recommendations section: "Within one month of my final decision,
// the Council will: apologise…; pay Mrs X £300 to acknowledge…"). Each case is a short INVENTED decision — invented
// bodies, people and references, never a real decision or the guidance's own words — parsed whole by parseDecision,
// with the payments (amount, payee, status), the total, and the amounts that must not be counted (a range quoted from
// the guidance, a rate behind its total, a waived charge). Every shape is written in at least two forms: another
// wording, another number format, bullet or prose, payee before or after the amount. The shapes are in
// guidance-wordings/care-shapes.ts (symbolic payments) and money-shapes.ts (money returned or owed, several payees).
import { describe, expect, it } from 'vitest';
import { parseDecision } from '../../src/index.js';
import { inventedText } from './invented-decision.js';
import { CARE_SHAPES } from './guidance-wordings/care-shapes.js';
import type { Case } from './guidance-wordings/case.js';
import { MONEY_SHAPES } from './guidance-wordings/money-shapes.js';

const BODIES = ['Exampleton Borough Council', 'Newtown County Council', 'Westvale District Council'];

/** An invented decision as a plain-text page: title line, header fields, numbered sections, as published text reads. */
function decisionText(c: Case, i: number): string {
  const sections = {
    'The complaint': ['The complainant says the Council’s delays caused the family distress and wants it to put things right.'],
    'What I found': c.found ?? ['The Council accepted it had not acted as its own procedure required, and this was fault.'],
    [c.heading ?? 'Agreed action']: [...c.remedy, 'The Council will provide us with evidence it has complied with the above actions.'],
    'Final decision': ['I have found fault causing injustice and the Council has agreed action to remedy it, so I have completed my investigation.'],
  };
  const text = inventedText({ summary: c.summary, sections, body: BODIES[i % BODIES.length], ref: `99 000 ${String(i + 1).padStart(3, '0')}` });
  return `${text}Investigator's decision on behalf of the Ombudsman\n`;
}

const SHAPES = { ...CARE_SHAPES, ...MONEY_SHAPES };

const CASES = Object.entries(SHAPES).flatMap(([shape, forms]) => Object.entries(forms).map(([form, c]) => ({ name: `${shape}: ${form}`, c })));

const byAmount = <T extends readonly [number, unknown, string]>(a: T, b: T): number => a[0] - b[0] || a[2].localeCompare(b[2]) || String(a[1]).localeCompare(String(b[1]));

describe('guidance wordings: each shape of money remedy, in several forms, gives its payments and total', () => {
  it.each(CASES.map(({ name, c }, i) => [name, c, i] as const))('%s', async (_name, c, i) => {
    const d = await parseDecision(decisionText(c, i), { filename: `guidance-${i + 1}.txt` });
    const got = d.remedy.payments.map((p) => [p.amountPence, p.payee, p.status] as const).sort(byAmount);
    const want = [...c.pay].sort(byAmount);
    expect(got.map(([pence, , status]) => [pence, status])).toEqual(want.map(([pence, , status]) => [pence, status]));
    got.forEach(([, payee], k) => {
      const w = want[k]![1];
      if (typeof w === 'string') expect(payee).toBe(w);
      else expect(payee ?? '').toMatch(w);
    });
    expect(d.remedy.totalPence).toBe(c.pay.reduce((s, [pence]) => s + pence, 0));
    expect(d.remedy.recommendedPence).toBe(c.pay.filter(([, , s]) => s === 'recommended').reduce((s, [pence]) => s + pence, 0));
    for (const pence of c.not ?? []) expect(got.map(([p]) => p)).not.toContain(pence);
    expect(d.remedy.waivedPence).toBe(c.waived ?? 0);
    if (c.unquantified) expect(d.remedy.unquantified.length).toBeGreaterThanOrEqual(c.unquantified);
  });
});

