import { describe, expect, it } from 'vitest';
import { parseDecision, readText } from '../../src/index.js';

const OLD_REPORT = `URL: http://www.lgo.org.uk/decisions/education/school-transport/00-123-456?displaypref=1

00 123 456

Category : Education > School transport

Decision : Upheld

Decision date : 04 Aug 2017

Summary:  Mrs Q complains the council stopped her son's transport to school without telling her.

Finding

The Ombudsman upheld the complaint and found fault causing injustice.

Recommendations

The council should, within one month of the date of this report, apologise to Mrs Q and pay her £300 for her time and trouble.

Ombudsman satisfied with the council's response: 12 September 2017

Print this page

Site map
Accessibility`;

const CONTENTS_REPORT = `Samplemouth City Council (00 444 555)
Category : Adult care services > Charging
Decision : Upheld
Decision date : 14 Mar 2024
Contents
Overview
The Investigation
Conclusions
Overview:
Key to names used
Mr A The complainant
Summary
Mr A complained the Council charged his late mother for care she did not receive.
Finding
Fault found causing injustice and recommendations made.
Recommendations
- refund the £1,200 charged for care she did not receive; and
- apologise to Mr A.`;

const COMPACT = `Westshire County Council (00 111 222)
Category : Education > Special educational needs
Decision : Not upheld
Decision date : 02 Mar 2023
The Ombudsman's final decision:
Summary: There was no fault in how the Council decided a pupil's placement.
The complaint
- Mrs D complains the Council:
- refused a specialist placement; and
- did not reply to her emails.
The Ombudsman's role and powers
- We investigate complaints about 'maladministration' and 'service failure'.
What I found
- The Council followed the law.
Final decision
- I have not found fault. I have completed my investigation.`;

const NO_HEADER = `URL: https://www.lgo.org.uk/decisions/housing/allocations/00-999-000

Eastford Borough Council (00 999 000)
The Ombudsman's final decision:
Summary: We will not investigate Mr R's complaint about his housing register band.
The complaint
- Mr R complains the Council put him in the wrong band.`;

describe('text templates', () => {
  it('older report summary: bare-reference title, Finding, Recommendations, satisfied-with-response date', async () => {
    const d = await parseDecision(OLD_REPORT);
    expect(d).toMatchObject({
      caseRef: '00 123 456',
      url: 'https://www.lgo.org.uk/decisions/education/school-transport/00-123-456',
      organisations: [],
      outcome: 'upheld',
      decisionDate: '2017-08-04',
      satisfiedDate: '2017-09-12',
      documentType: 'report',
      summary: "Mrs Q complains the council stopped her son's transport to school without telling her.",
    });
    expect(d.sections.map((s) => s.heading)).toEqual(['Summary', 'Finding', 'Recommendations']);
    expect(JSON.stringify(d.sections)).not.toMatch(/Site map|Print this page/);
  });

  it('a contents list is not content; the report sections follow it', async () => {
    const d = await parseDecision(CONTENTS_REPORT);
    expect(d.documentType).toBe('report');
    expect(d.sections.map((s) => s.heading)).toEqual(['Key to names used', 'Summary', 'Finding', 'Recommendations']);
    expect(d.sections[0]!.paragraphs.map((p) => p.text)).toEqual(['Mr A The complainant']);
    expect(d.summary).toBe('Mr A complained the Council charged his late mother for care she did not receive.');
  });

  it('compact template: "- " paragraphs are numbered, lower-case items join the paragraph they continue', async () => {
    const d = await parseDecision(COMPACT);
    expect(d.outcome).toBe('not_upheld');
    const complaint = d.sections.find((s) => s.heading === 'The complaint')!;
    expect(complaint.paragraphs).toEqual([{ n: 1, text: 'Mrs D complains the Council:\nrefused a specialist placement; and\ndid not reply to her emails.' }]);
    expect(d.sections.at(-1)).toEqual({ heading: 'Final decision', paragraphs: [{ n: 4, text: 'I have not found fault. I have completed my investigation.' }] });
  });

  it('no header: category from the address, outcome and date left null', async () => {
    const d = await parseDecision(NO_HEADER);
    expect(d).toMatchObject({ category: 'Housing', subcategory: 'Allocations', outcome: null, outcomeLabel: null, decisionDate: null, documentType: 'statement' });
  });

  it('readText exposes the intermediate document', () => {
    const doc = readText(COMPACT);
    expect(doc.title).toBe('Westshire County Council (00 111 222)');
    expect(doc.fields).toEqual({ category: 'Education > Special educational needs', decision: 'Not upheld', 'decision date': '02 Mar 2023' });
    expect(doc.finalDecisionLine).toBe(true);
  });
});

describe('republished text: a decision body with no head', () => {
  const BODY = `Summary: Mr X complained the Council delayed his housing application. We found fault and the Council agreed to pay him £300.

The complaint

  1. Mr X complained the Council took too long to decide his application.

Agreed action

  2. Within one month the Council will pay Mr X £300 for the distress caused.

Final decision

  3. I have completed my investigation.`;

  it.each([
    ['an LGSCO address', 'https://www.lgo.org.uk/decisions/housing/allocations/99-123-456', null],
    ['a copy whose address names the body', 'https://example.org/ombudsman/99-123-456-exampleton-borough-council.html', 'Exampleton Borough Council'],
    ['a copy whose address names no body', 'https://example.org/files/decision_99_123_456.txt', null],
  ])('parses with its reference from %s', async (_name, url, org) => {
    const d = await parseDecision(BODY, { url });
    expect(d.caseRef).toBe('99 123 456');
    expect(d.organisations.map((o) => o.name)[0] ?? null).toBe(org);
    expect(d.remedy.totalPence).toBe(30000);
    expect(d.summary).toMatch(/^Mr X complained/);
  });

  it('the same body with its reference in a "Complaint reference:" line needs no address', async () => {
    const d = await parseDecision(`Complaint reference: 99 123 456\n\n${BODY}`);
    expect(d.caseRef).toBe('99 123 456');
    expect(d.remedy.totalPence).toBe(30000);
  });

  it('with no reference anywhere, the error says where a reference can come from', async () => {
    await expect(parseDecision(BODY, { filename: 'copy.txt' })).rejects.toThrow(/copy\.txt: caseRef: .*give one with --url/);
  });
});

describe('copies that lost part of the page', () => {
  const URL_LINE = 'URL: https://www.lgo.org.uk/decisions/planning/enforcement/99-123-456';
  const BODY = `The Ombudsman's final decision:\nSummary\nMr X complained about the Council's enforcement.\nThe complaint\nMr X complained the Council did not act.\nFinal decision\nI have completed my investigation.`;

  it('a long site menu before a page with no title: the head is still found', async () => {
    const menu = Array.from({ length: 150 }, (_, i) => `Menu item ${i + 1}`).join('\n');
    const d = await parseDecision(`${URL_LINE}\n\n${menu}\nCategory :\nPlanning\n>\nEnforcement\nDecision :\nNot upheld\nDecision date :\n05 Feb 2020\n${BODY}`);
    expect([d.category, d.subcategory, d.outcome, d.decisionDate]).toEqual(['Planning', 'Enforcement', 'not_upheld', '2020-02-05']);
    expect(JSON.stringify(d.sections)).not.toContain('Menu item');
  });

  it('a category value whose "> Subcategory" was lost takes the subcategory from the address', async () => {
    const d = await parseDecision(`${URL_LINE}\n\nCategory :\nPlanning\nDecision :\nNot upheld\n${BODY}`);
    expect([d.category, d.subcategory, d.categorySlug, d.subcategorySlug]).toEqual(['Planning', 'Enforcement', 'planning', 'enforcement']);
  });

  it.each([
    ['its "Draft decision" heading', 'Draft decision\n3. If the Council takes the action proposed I will complete my investigation.'],
    ['its sign-off', "Investigator's draft decision on behalf of the Ombudsman"],
  ])('a draft letter whose opening marker was lost is still a draft, by %s', async (_name, tail) => {
    const d = await parseDecision(`25 September 2015\nComplaint reference:\n99 123 456\nComplaint against:\nExampleton Borough Council\nSummary: Mr A complained.\nThe complaint\n1. Mr A complained about a delay.\nRecommended action\n2. I propose the Council pays Mr A £250.\n${tail}`);
    expect(d.stage).toBe('draft');
    expect(d.caseRef).toBe('99 123 456');
  });
});
