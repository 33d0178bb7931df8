import { describe, expect, it } from 'vitest';
import { readHead } from '../../src/read/head.js';

/** The fields a head gives, with the stage, for comparing layouts of one head. */
function headOf(text: string): { title: string | null; fields: Record<string, string>; stage: string; marker: boolean } {
  const h = readHead(text.split('\n').map((l) => l.trim()));
  return { title: h.title, fields: h.fields, stage: h.stage, marker: h.finalDecisionLine };
}

const PAGE_FIELDS = { category: 'Adult care services > Charging', decision: 'Upheld', 'decision date': '05 Feb 2020' };

describe('readHead: one head in many layouts gives the same fields', () => {
  it.each([
    ['labels and values on one line', 'Exampleton Borough Council (99 123 456)\nCategory : Adult care services > Charging\nDecision : Upheld\nDecision date : 05 Feb 2020\nThe Ombudsman\'s final decision:\nSummary: Mr X complained.'],
    ['values on the next line, ">" alone', 'Exampleton Borough Council (99 123 456)\nCategory :\nAdult care services\n>\nCharging\nDecision :\nUpheld\nDecision date :\n05 Feb 2020\nThe Ombudsman\'s final decision:\nSummary\nMr X complained.'],
    ['blank lines between labels and values', 'Exampleton Borough Council (99 123 456)\n\nCategory :\n\nAdult care services\n\n>\n\nCharging\n\nDecision :\n\nUpheld\n\nDecision date :\n\n05 Feb 2020\n\nSummary: Mr X complained.'],
    ['labels without a colon', 'Exampleton Borough Council (99 123 456)\nCategory\nAdult care services > Charging\nDecision\nUpheld\nDecision date\n05 Feb 2020\nSummary: Mr X complained.'],
    ['fields in another order', 'Exampleton Borough Council (99 123 456)\nDecision date : 05 Feb 2020\nDecision : Upheld\nCategory : Adult care services > Charging\nSummary: Mr X complained.'],
    ['fields before the title, after a menu', 'Home\nDecisions\nCategory :\nAdult care services >\nCharging\nDecision : Upheld\nDecision date: 05 Feb 2020\nExampleton Borough Council (99 123 456)\nThe complaint\n1. Mr X complained.'],
    ['"> Charging" on its own line', 'Exampleton Borough Council (99 123 456)\nCategory : Adult care services\n> Charging\nDecision: Upheld\nDate of decision: 05 Feb 2020\nThe complaint'],
    ['the title split over two lines', 'Exampleton Borough Council\n(99 123 456)\nCategory : Adult care services > Charging\nOutcome : Upheld\nDecision date : 05 Feb 2020\nThe complaint'],
  ])('%s', (_name, text) => {
    const h = headOf(text);
    expect(h.fields).toEqual(PAGE_FIELDS);
    expect(h.title?.replace(/\s+/g, ' ')).toBe('Exampleton Borough Council (99 123 456)');
  });

  it.each([
    ['the letter layout', '1\n15 January 2016\nComplaint reference:\n99 123 456\nComplaint against:\nExampleton Borough Council\nThe Ombudsman’s final decision\nSummary: Mr A complained.'],
    ['reference and body on the label lines', '15 January 2016\nComplaint reference: 99 123 456\nComplaint against: Exampleton Borough Council\nThe Ombudsman\'s final decision\nSummary: Mr A complained.'],
    ['the date after the reference', 'Complaint reference:\n99-123-456\nComplaint against:\nExampleton Borough Council\n15 January 2016\nThe Ombudsman\'s final decision:\nSummary: Mr A complained.'],
    ['a name wrapped over two lines', '15 January 2016\nComplaint reference:\n99 123 456\nComplaint against:\nLondon Borough of\nExampleton\nThe Ombudsman\'s final decision\nSummary: Mr A complained.'],
  ])('a letter: %s', (name, text) => {
    const h = headOf(text);
    expect(h.fields['complaint reference']?.replace(/-/g, ' ')).toBe('99 123 456');
    expect(h.fields['complaint against']).toBe(name.includes('wrapped') ? 'London Borough of Exampleton' : 'Exampleton Borough Council');
    expect(h.fields['letter date']).toBe('15 January 2016');
    expect(h.stage).toBe('final');
    expect(h.marker).toBe(true);
    expect(h.title).toBeNull();
  });

  it('a draft letter is a draft', () => {
    const h = headOf('25 September 2015\nComplaint reference:\n99 123 456\nComplaint against:\nExampleton Borough Council\nThe Ombudsman’s draft decision\nSummary: Mr A complained.');
    expect(h.stage).toBe('draft');
  });
});

describe('readHead leaves what is not a head alone', () => {
  it.each([
    ['a "Decision" heading over a sentence', 'Exampleton Borough Council (99 123 456)\nThe complaint\n1. Mr X complained.\nDecision\nThe Council was at fault.', {}],
    ['"Decision makers…": a sentence that starts like a label', 'Exampleton Borough Council (99 123 456)\nDecision makers must consider the guidance.\nThe complaint', {}],
    ['a label whose value does not fit', 'Exampleton Borough Council (99 123 456)\nDecision date :\nnot stated\nThe complaint', {}],
    ['labels after the body began', 'Exampleton Borough Council (99 123 456)\nSummary: Mr X complained.\nDecision : Upheld', {}],
    ['a date line in the body', 'Summary: Mr X complained.\n15 January 2016\nThe complaint', {}],
  ])('%s', (_name, text, fields) => {
    expect(headOf(text).fields).toEqual(fields);
  });

  it('uses up the head lines and marks where it starts', () => {
    const lines = ['Cookie settings', 'Accept all', 'Exampleton Borough Council (99 123 456)', 'Category :', 'Planning > Enforcement', 'Summary: Mr X complained.'];
    const h = readHead(lines);
    expect(h.start).toBe(2);
    expect([...h.consumed].sort()).toEqual([2, 3, 4]);
  });
});
