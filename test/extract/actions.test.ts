import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Section } from '../../schemas/decision.js';
import type { ActionKind } from '../../schemas/enums.js';
import { classifyAction, extractActions, parseDeadline } from '../../src/extract/actions.js';
import { parseDecision } from '../../src/index.js';
import { FIXTURES, HAS_SHARED, SHARED, SHARED_SKIP_MESSAGE } from '../helpers.js';

/** A section of numbered paragraphs; "\n" inside a paragraph starts a sub-list item. */
const section = (heading: string | null, ...paragraphs: string[]): Section => ({
  heading,
  paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })),
});
const agreed = (...paragraphs: string[]): Section[] => [section('Agreed action', ...paragraphs)];
/** [kind, text, deadline amount+unit or null] of every action, for compact tables. */
const brief = (sections: Section[]) =>
  extractActions(sections).map((a) => [a.kind, a.text, a.deadline ? `${a.deadline.amount} ${a.deadline.unit}` : null]);

describe('parseDeadline', () => {
  it.each([
    ['within four weeks', { amount: 4, unit: 'week', text: 'within four weeks' }],
    ['within one month of my final decision', { amount: 1, unit: 'month', text: 'within one month of my final decision' }],
    ['within 20 working days', { amount: 20, unit: 'working_day', text: 'within 20 working days' }],
    ['within three months from the date of this report', { amount: 3, unit: 'month', text: 'within three months from the date of this report' }],
    ['within a month', { amount: 1, unit: 'month', text: 'within a month' }],
    ['within 28 days', { amount: 28, unit: 'day', text: 'within 28 days' }],
    ['within 1 month', { amount: 1, unit: 'month', text: 'within 1 month' }],
    ['Within six weeks of the date of the final decision', { amount: 6, unit: 'week', text: 'Within six weeks of the date of the final decision' }],
    ['within two (2) weeks', { amount: 2, unit: 'week', text: 'within two (2) weeks' }],
    ['within twenty-eight days', { amount: 28, unit: 'day', text: 'within twenty-eight days' }],
    ['within one year', { amount: 1, unit: 'year', text: 'within one year' }],
    ['the Council should, within three months, apologise', { amount: 3, unit: 'month', text: 'within three months' }],
  ])('%j', (text, want) => {
    expect(parseDeadline(text)).toEqual(want);
  });

  it.each(['Councils have up to 20 working days to respond', 'pay Miss X £100', 'within reason', 'in four weeks’ time', ''])('%j → null', (text) => {
    expect(parseDeadline(text)).toBeNull();
  });
});

describe('classifyAction', () => {
  it.each<[string, ActionKind]>([
    ['apologise to Mrs B', 'apology'],
    ['Send a written apology to Miss X', 'apology'],
    ['provides an apology', 'apology'],
    ['pay Miss X £100 for the distress caused', 'payment'],
    ['make a symbolic payment to Miss X', 'payment'],
    ['refund Mrs X the reservation deposit', 'payment'],
    ['reimburse her legal fees', 'payment'],
    ['backdate its payments to April', 'payment'],
    ['£1,900 payment', 'payment'],
    ['offer to pay Miss F a financial remedy', 'payment'],
    ['carry out a new assessment of Mr Y’s needs', 'reassessment'],
    ['reassess Mrs X’s care needs', 'reassessment'],
    ['review Y’s EHC Plan', 'reassessment'],
    ['reconsider its decision on Mrs X’s grant', 'reconsider_decision'],
    ['review its decision on whether Ms X was a relevant child', 'reconsider_decision'],
    ['take a fresh decision on the application', 'reconsider_decision'],
    ['review its procedures for homelessness referrals', 'review_procedures'],
    ['update its policy on charging', 'review_procedures'],
    ['review how it handles contract terminations', 'review_procedures'],
    ['review of procedure', 'review_procedures'],
    ['issues reminders to relevant staff about Government guidance', 'staff_training'],
    ['remind staff to provide Care and Support Plans', 'staff_training'],
    ['provide training to its officers', 'staff_training'],
    ['share the learning from this complaint with staff', 'staff_training'],
    ['put in place a system to track reviews', 'service_improvement'],
    ['takes action to prevent recurrence', 'service_improvement'],
    ['implement improvements to its service', 'service_improvement'],
    ['ensure parents are given reasons in future', 'service_improvement'],
    ['provide us with evidence of the training it has carried out', 'provide_evidence'],
    ['Provide evidence of the steps taken to: ensure direct payments are not held up', 'provide_evidence'],
    ['addresses an outstanding query', 'other'],
    ['cancel the PCN', 'other'],
    ['issue a final EHC Plan within one month', 'other'],
  ])('%j → %s', (text, kind) => {
    expect(classifyAction(text)).toBe(kind);
  });
});

describe('extractActions: one action per item and per coordinated verb', () => {
  it.each<[string, string[], (string | null)[][]]>([
    [
      'an apology and a payment joined by "and"',
      ['Apologises to Mrs B and makes a symbolic payment of £1300 (£600 for the delay and £300 for the poor complaint handling).'],
      [
        ['apology', 'Apologises to Mrs B', null],
        ['payment', 'makes a symbolic payment of £1300 (£600 for the delay and £300 for the poor complaint handling)', null],
      ],
    ],
    [
      'a lead-in and list items',
      ['To remedy the injustice caused, we recommend the Council:\napologises to Mr X; and\nreviews its procedures, and issues reminders to relevant staff.'],
      [
        ['apology', 'apologises to Mr X', null],
        ['review_procedures', 'reviews its procedures', null],
        ['staff_training', 'issues reminders to relevant staff', null],
      ],
    ],
    [
      'a "to …" list after "asked the Council to"',
      ['I therefore asked the Council to issue a final EHC Plan within one month, to apologise for the delay and pay Mrs X £150.'],
      [
        ['other', 'issue a final EHC Plan within one month', '1 month'],
        ['apology', 'apologise for the delay', null],
        ['payment', 'pay Mrs X £150', null],
      ],
    ],
    [
      'a reminder keeps its own "to …" list',
      ['The Council agreed to remind staff to provide plans, to complete assessments on time and to give early information.'],
      [['staff_training', 'remind staff to provide plans, to complete assessments on time and to give early information', null]],
    ],
    [
      'a purpose "to …" is not a new action',
      ['Pay Ms X £1,000 to acknowledge the time and trouble caused. This includes the distress of not knowing.'],
      [['payment', 'Pay Ms X £1,000 to acknowledge the time and trouble caused', null]],
    ],
    [
      'a passive participle is not a new action',
      ['Within three months the Council should:\nreview how it places families, so that stays are recorded and reviewed by a manager; and\nintroduce a way of tracking decisions.'],
      [
        ['review_procedures', 'review how it places families', '3 month'],
        ['service_improvement', 'introduce a way of tracking decisions', '3 month'],
      ],
    ],
    [
      'the Council named in capitals',
      ['The Bishops Care Home Limited has agreed to apologise, refund the money due with interest and make a symbolic payment.'],
      [
        ['apology', 'apologise', null],
        ['payment', 'refund the money due with interest', null],
        ['payment', 'make a symbolic payment', null],
      ],
    ],
  ])('%s', (_why, paragraphs, want) => {
    expect(brief(agreed(...paragraphs))).toEqual(want);
  });
});

describe('extractActions: deadlines', () => {
  it('takes the deadline from the lead-in, and a later lead-in replaces it (seed 004 layout)', () => {
    const sections = agreed(
      'In recognition of the injustice caused, I recommended the Council within one month of the date of my final decision:',
      'Apologises to Mrs B and makes a symbolic payment of £1300.',
      'Within three months it should also:',
      'Provide evidence of the steps taken to:\nensure direct payments are not held up; and\nensure reasons for decisions are explained to parents.',
      'The Council has agreed to the recommendations and should provide us with evidence it has complied with the above actions.',
    );
    expect(brief(sections)).toEqual([
      ['apology', 'Apologises to Mrs B', '1 month'],
      ['payment', 'makes a symbolic payment of £1300', '1 month'],
      ['provide_evidence', 'Provide evidence of the steps taken to: ensure direct payments are not held up', '3 month'],
      ['provide_evidence', 'Provide evidence of the steps taken to: ensure reasons for decisions are explained to parents', '3 month'],
    ]);
    expect(extractActions(sections)[0]!.deadline).toEqual({ amount: 1, unit: 'month', text: 'within one month of the date of my final decision' });
  });

  it('prefers the item’s own deadline, then the words before its verb', () => {
    const sections = [section(null, 'The council should, within three months from the date of this report, apologise and pay each of the neighbours £250.')];
    expect(brief(sections)).toEqual([
      ['apology', 'apologise', '3 month'],
      ['payment', 'pay each of the neighbours £250', '3 month'],
    ]);
  });

  it('carries a lead-in across per-person sub-headings of the remedy', () => {
    const sections = [
      section('Recommendations', 'To remedy the injustice caused to each complainant, within one month of this report we recommend the Council should:'),
      section('Ms X', 'Apologise to Ms X for the impact of the fault.'),
      section('Ms Y', 'Pay Ms Y £250 to acknowledge the time and trouble.'),
    ];
    expect(brief(sections).map((a) => a[2])).toEqual(['1 month', '1 month']);
  });

  it('gives "complete the above within four weeks" to the actions before it', () => {
    const sections = [
      section('My assessment', 'We therefore asked the Council to consider remedying the injustice caused by completing the following:', 'Apologise to Mrs X for the delay.', 'Make a payment of £100.'),
      section('Agreed action', 'The Council agreed to resolve the complaint and will complete the above within four weeks.'),
    ];
    expect(brief(sections)).toEqual([
      ['apology', 'Apologise to Mrs X for the delay', '4 week'],
      ['payment', 'Make a payment of £100', '4 week'],
    ]);
  });
});

describe('extractActions: where actions come from', () => {
  it('ignores complaint-procedure boilerplate and history outside the remedy', () => {
    const sections = [
      section('Statutory complaints procedure', 'The first stage of the procedure is local resolution. Councils have up to 20 working days to respond.', 'The council must hold the panel within 30 working days.'),
      section('What happened', 'She also asked SIS to review its decision.', 'The Council should have considered this complaint under the statutory procedure.', 'As part of my enquiries I asked the Council to send me its records.'),
      section('The complaint', 'Mr X says the Council agreed to remove the covenants but failed to do so.'),
    ];
    expect(extractActions(sections)).toEqual([]);
  });

  it('falls back to the Summary only when the body has no remedy', () => {
    const summary = section('Summary', 'We found fault. The Council has agreed to apologise to Mrs B, pay her £1300 and provide evidence of improvements to its procedures.');
    expect(brief([summary])).toEqual([
      ['apology', 'apologise to Mrs B', null],
      ['payment', 'pay her £1300', null],
      ['provide_evidence', 'provide evidence of improvements to its procedures', null],
    ]);
    expect(brief([summary, section('Agreed action', 'Send a written apology to Mrs B.')])).toEqual([['apology', 'Send a written apology to Mrs B', null]]);
  });

  it('reads remedies already given in a Summary ("has now refunded …")', () => {
    const sections = [section('Summary', 'We will not investigate. This is because Transport for London has now refunded the payment and paid Mr X an additional £30 and this provides a suitable remedy.')];
    expect(brief(sections)).toEqual([
      ['payment', 'refunded the payment', null],
      ['payment', 'paid Mr X an additional £30', null],
    ]);
  });

  it('needs a body after "we recommend" ("The remedy we recommend replaces that offer" is not one)', () => {
    expect(extractActions([section('Complaint handling', 'The remedy we recommend replaces that offer; it is not in addition to it.')])).toEqual([]);
  });

  it('reads remedies listed as nouns in a Summary', () => {
    const sections = [section('Summary', 'We have found fault by the Council but consider the agreed action of an apology, £1,900 payment, removal of outstanding charges and review of procedure provides a suitable remedy.')];
    expect(brief(sections)).toEqual([
      ['apology', 'an apology', null],
      ['payment', '£1,900 payment', null],
      ['other', 'removal of outstanding charges', null],
      ['review_procedures', 'review of procedure', null],
    ]);
  });

  it('skips the report’s statutory duty and the compliance line', () => {
    const sections = agreed(
      'The Council must consider the report and confirm within three months the action it has taken or proposes to take. (Local Government Act 1974, section 31(2), as amended)',
      'The council should provide evidence it has done this.',
    );
    expect(extractActions(sections)).toEqual([]);
  });

  it('keeps a breakdown lead-in as one payment, not one per part', () => {
    const sections = [section('Recommendations', 'To remedy the injustice caused, we recommend the Council:\napologises to Mr X; and\npays Mr X a total of £2,600 comprising of:\n£2,100 to recognise the distress;\n£500 for his time and trouble.')];
    expect(brief(sections)).toEqual([
      ['apology', 'apologises to Mr X', null],
      ['payment', 'pays Mr X a total of £2,600 comprising of', null],
    ]);
  });

  it('carries evidence: section, paragraph and the sentence', () => {
    const [action] = extractActions(agreed('Pay Miss X £100 for the distress caused. This is in addition to £50 offered before.'));
    expect(action!.evidence).toEqual({ section: 'Agreed action', paragraph: 1, quote: 'Pay Miss X £100 for the distress caused.' });
  });
});

describe('extractActions: seeds', () => {
  const seed = (name: string) => parseDecision(readFileSync(join(FIXTURES, 'seeds', name)), { filename: name });

  it('004: apology (1 month), payment, and provide-evidence items (3 months)', async () => {
    const actions = extractActions((await seed('004-kent-24-004-875.txt')).sections);
    expect(actions.map((a) => [a.kind, a.deadline?.amount, a.deadline?.unit])).toEqual([
      ['apology', 1, 'month'],
      ['payment', 1, 'month'],
      ['provide_evidence', 3, 'month'],
      ['provide_evidence', 3, 'month'],
    ]);
    expect(actions[1]!.text).toMatch(/^makes a symbolic payment of £1300/);
    expect(actions[2]!.text).toMatch(/ensure direct payments are not held up/);
    expect(actions[0]!.evidence).toMatchObject({ section: 'Agreed action', paragraph: 50 });
  });

  it('001: a written apology and a payment, both within four weeks', async () => {
    const actions = extractActions((await seed('001-hampshire-23-015-499.txt')).sections);
    expect(actions.map((a) => [a.kind, a.text, a.deadline])).toEqual([
      ['apology', 'Send a written apology to Miss X for the injustice caused to her', { amount: 4, unit: 'week', text: 'within four weeks of my final decision' }],
      ['payment', 'Pay Miss X £100 for the distress caused by the Council’s fault', { amount: 4, unit: 'week', text: 'within four weeks of my final decision' }],
    ]);
  });
});

const REMEDY = join(SHARED, 'fixtures', 'remedy');
const HAS_REMEDY = HAS_SHARED && existsSync(join(REMEDY, 'labels'));

describe.skipIf(!HAS_REMEDY)(`actions against the shared labels${HAS_REMEDY ? '' : ` (${SHARED_SKIP_MESSAGE})`}`, () => {
  it('finds an action of the right kind for most labelled actions', async () => {
    let matched = 0;
    let total = 0;
    const missed: string[] = [];
    for (const f of readdirSync(join(REMEDY, 'labels')).filter((x) => x.endsWith('.json')).sort()) {
      const label = JSON.parse(readFileSync(join(REMEDY, 'labels', f), 'utf8')) as { file: string; actions: string[] };
      const path = resolve(REMEDY, label.file);
      const kinds = extractActions((await parseDecision(readFileSync(path), { filename: path })).sections).map((a) => a.kind);
      // Labels are free text; their kind is read with the same rules, and each extracted action is used once.
      for (const text of label.actions) {
        total++;
        const i = kinds.indexOf(classifyAction(text));
        if (i >= 0) {
          matched++;
          kinds.splice(i, 1);
        } else missed.push(`${f}: ${text}`);
      }
    }
    console.log(`labelled actions matched by kind: ${matched}/${total} (${((matched / total) * 100).toFixed(1)}%)`);
    expect(matched / total, missed.join('\n')).toBeGreaterThanOrEqual(0.85);
  });
});
