/**
 * Actions in their context: the deadline a lead-in or a later sentence gives them, and which parts of a decision they
 * are read from (the remedy, else the Summary; never complaint-procedure boilerplate or the statutory duty).
 */
import { describe, expect, it } from 'vitest';
import { extractActions } from '../../src/extract/actions.js';
import { agreed, brief, section } from './action-sections.js';

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
