/**
 * Actions one sentence at a time: deadlines parsed, kinds classified, one action per item and per coordinated verb;
 * then the seeds, and the shared labels when present. Where in a decision actions and deadlines are read from is in
 * actions-context.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActionKind } from '../../schemas/enums.js';
import { classifyAction, extractActions, parseDeadline } from '../../src/extract/actions.js';
import { parseDecision } from '../../src/index.js';
import { FIXTURES, HAS_SHARED, SHARED, SHARED_SKIP_MESSAGE } from '../helpers.js';
import { agreed, brief } from './action-sections.js';

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
