import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Section } from '../../schemas/decision.js';
import type { Outcome } from '../../schemas/enums.js';
import { extractFaults } from '../../src/extract/faults.js';
import { parseDecision } from '../../src/index.js';
import { FIXTURES, HAS_SHARED, SHARED, SHARED_SKIP_MESSAGE } from '../helpers.js';

/** A section of one-line unnumbered paragraphs. */
const section = (heading: string | null, ...paragraphs: string[]): Section => ({
  heading,
  paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })),
});
const body = (...paragraphs: string[]): Section[] => [section('What I found', ...paragraphs)];
const found = (sections: Section[], outcome: Outcome | null = null) => extractFaults(sections, outcome);

describe('extractFaults: sentences that find fault', () => {
  it.each([
    'This was fault.',
    'The Council’s failure to pass Miss X’s complaint to stage three was fault as the Council failed to address her concerns.',
    'We found fault with the Council’s early referral to the Ombudsman.',
    'There was fault by the Council.',
    'The Council was at fault.',
    'This was further fault.',
    'Fault found causing injustice and recommendations made.',
    'The delay in issuing the plan amounts to fault.',
    'The care home was at fault.',
    'The Ombudsman finds the Council at fault.',
    'We found the Trust was at fault for the lack of information given to Mr C.',
    'There were also faults in the way the Council and the Trust responded to the complaint.',
    'We find the Council failed to secure Y’s special educational provision.',
    'The Council was not at fault for the delay, but it was at fault for not telling Mrs X.',
    'We have found fault, causing injustice, by the Council in: failing to review her plan.',
  ])('%j is a finding', (sentence) => {
    const r = found(body(sentence));
    expect(r.faults.map((f) => f.text)).toEqual([sentence]);
    expect(r.faultFound).toBe(true);
  });
});

describe('extractFaults: sentences that do not find fault', () => {
  it.each([
    ['boilerplate definition', 'In this statement, I have used the word fault to refer to these.'],
    ['definition, other wording', 'The Ombudsman investigates complaints about ‘maladministration’ and ‘service failure’, which we call ‘fault’.'],
    ['a test', 'If there has been fault which has caused an injustice, we may suggest a remedy.'],
    ['whether', 'We must consider whether there was fault in the way the decision was reached.'],
    ['unlikely', 'We will not investigate because it is unlikely we would find fault.'],
    ['not enough evidence', 'There is not enough evidence of fault to justify investigating.'],
    ['insufficient evidence', 'This is because there is insufficient evidence of fault by the Council.'],
    ['no fault', 'There was no fault by the Council.'],
    ['not at fault', 'The evidence shows the Council was not at fault.'],
    ['was not fault', 'This was not fault.'],
    ['did not find', 'We did not find fault with the Council’s decision.'],
    ['do not find … at fault', 'We do not find the Council was at fault.'],
    ['found no fault', 'We found no fault in the Council’s actions.'],
    ['a claim in the body', 'Mr X says the Council’s failure was fault.'],
    ['early resolution', 'If we were to investigate, it is likely we would find fault.'],
    ['a mention', 'There is not enough injustice from any remaining fault to justify further investigation.'],
  ])('%s: %j', (_why, sentence) => {
    expect(found(body(sentence)).faults).toEqual([]);
  });

  it('ignores the complainant’s claims in "The complaint"', () => {
    const r = found([section('The complaint', 'Mr X says the Council was at fault.', 'Miss C says because of the Council’s fault she incurred costs.')]);
    expect(r).toEqual({ faultFound: null, faults: [] });
  });

  it('reads the Ombudsman’s finding in a report’s "The complaint" section', () => {
    const r = found([section('The complaint', 'The Ombudsman upheld the complaint and found fault causing injustice.')]);
    expect(r.faults).toHaveLength(1);
  });

  it('ignores sub-items hanging from a claim', () => {
    const r = found([{ heading: 'What happened', paragraphs: [{ n: 4, text: 'Mr X says the Council:\nwas at fault for the delay;\nlost his letters.' }] }]);
    expect(r.faults).toEqual([]);
  });

  it('ignores boilerplate sections, whatever they say', () => {
    const r = found([section('The Ombudsman’s role and powers', 'This was fault.', 'We may decide not to start an investigation if we believe it is unlikely we would find fault.')]);
    expect(r).toEqual({ faultFound: null, faults: [] });
  });
});

describe('extractFaults: faultFound', () => {
  it.each<[string, Outcome | null, boolean | null]>([
    ['We found fault with the Council.', null, true],
    ['Miss X complains the Council placed her in unsuitable housing.', 'upheld', true],
    ['Mr X complained about the Council’s decision.', 'not_upheld', false],
    ['There was no fault in the way the Council made its decision.', null, false],
    ['We will not investigate this complaint. The evidence shows the Council was not at fault.', 'closed_after_initial_enquiries', false],
    ['This is because there is insufficient evidence of fault by the Council.', 'closed_after_initial_enquiries', false],
    ['We have not seen enough evidence of fault to justify our involvement.', 'closed_after_initial_enquiries', false],
    ['This is because it is unlikely we would find fault.', 'closed_after_initial_enquiries', false],
    ['This is because he is unlikely to find fault by the Council.', 'closed_after_initial_enquiries', false],
    ['We will not investigate this complaint. The complaint is late without good reason to investigate it now.', 'closed_after_initial_enquiries', null],
    ['We will not investigate this complaint because the Council has now approved the application.', 'closed_after_initial_enquiries', null],
    ['We will not investigate as any injustice is not significant enough to warrant further investigation.', 'closed_after_initial_enquiries', null],
    ['There is not enough injustice from any remaining fault to justify further investigation.', 'closed_after_initial_enquiries', null],
    ['We have upheld Mrs X’s complaint because the Council has agreed to resolve the complaint early.', null, true],
    ['If we were to investigate, it is likely we would find fault causing Mrs X injustice.', null, true],
    ['There was no evidence of fault in refusing the refund. There was fault by the Council in the delay.', null, true],
    ['The Council was not at fault for the enforcement action. The Council was at fault for its lack of communication.', null, true],
  ])('%j (outcome %s) → %s', (text, outcome, want) => {
    expect(found([section('Summary', text)], outcome).faultFound).toBe(want);
  });

  it('is null for a closure whose only talk of fault is boilerplate', () => {
    const sections = [
      section('Summary', 'We will not investigate this complaint about a parking ticket because Mr X could have appealed.'),
      section('The Ombudsman’s role and powers', 'We do not start an investigation if we decide there is not enough evidence of fault to justify investigating.'),
    ];
    expect(found(sections, 'closed_after_initial_enquiries').faultFound).toBeNull();
  });
});

describe('extractFaults: evidence', () => {
  it('carries section and paragraph, and counts a repeated sentence once', () => {
    const sections = [section('Summary', 'We found fault with the Council’s referral.'), section('Final decision', 'I uphold the complaint.', 'We found fault with the Council’s referral.')];
    expect(found(sections).faults).toEqual([
      {
        text: 'We found fault with the Council’s referral.',
        evidence: { section: 'Summary', paragraph: 1, quote: 'We found fault with the Council’s referral.' },
      },
    ]);
  });
});

describe('extractFaults: seeds', () => {
  const seed = (name: string) => parseDecision(readFileSync(join(FIXTURES, 'seeds', name)), { filename: name });

  it('001: upheld, with the findings of the Summary, the analysis and the final decision', async () => {
    const d = await seed('001-hampshire-23-015-499.txt');
    const r = extractFaults(d.sections, d.outcome);
    expect(r.faultFound).toBe(true);
    expect(r.faults.map((f) => f.text)).toEqual([
      'We found fault with the Council’s early referral to the Local Government and Social Care Ombudsman.',
      expect.stringMatching(/^The Council’s failure to pass Miss X’s complaint to stage three was fault/),
      'I found fault with the Council’s early referral to the Ombudsman.',
    ]);
    expect(r.faults[1]!.evidence).toMatchObject({ section: 'Analysis', paragraph: 26 });
  });

  it('004: no header outcome, so faultFound rests on the findings', async () => {
    const d = await seed('004-kent-24-004-875.txt');
    expect(d.outcome).toBeNull();
    const r = extractFaults(d.sections, d.outcome);
    expect(r.faultFound).toBe(true);
    const texts = r.faults.map((f) => f.text);
    expect(texts).toContain('This was further fault.');
    expect(texts).toContain('The failure to use the three-stage procedure was fault.');
    // Nothing from the role-and-powers boilerplate ("If there has been fault which has caused …").
    expect(r.faults.every((f) => f.evidence.section !== 'The Ombudsman’s role and powers')).toBe(true);
  });
});

const REMEDY = join(SHARED, 'fixtures', 'remedy');
const HAS_REMEDY = HAS_SHARED && existsSync(join(REMEDY, 'labels'));

describe.skipIf(!HAS_REMEDY)(`faultFound against the shared labels${HAS_REMEDY ? '' : ` (${SHARED_SKIP_MESSAGE})`}`, () => {
  it('agrees with at least 90% of the remedy labels', async () => {
    const files = readdirSync(join(REMEDY, 'labels')).filter((f) => f.endsWith('.json')).sort();
    const wrong: string[] = [];
    for (const f of files) {
      const label = JSON.parse(readFileSync(join(REMEDY, 'labels', f), 'utf8')) as { file: string; faultFound: boolean | null };
      const path = resolve(REMEDY, label.file);
      const d = await parseDecision(readFileSync(path), { filename: path });
      const got = extractFaults(d.sections, d.outcome).faultFound;
      if (got !== label.faultFound) wrong.push(`${f}: got ${got}, want ${label.faultFound}`);
    }
    const share = (files.length - wrong.length) / files.length;
    console.log(`faultFound agreement: ${files.length - wrong.length}/${files.length} (${(share * 100).toFixed(1)}%)`);
    expect(share, wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('is true for every upheld and false for every not-upheld real page', async () => {
    const dir = join(SHARED, 'fixtures');
    const wrong: string[] = [];
    for (const f of readdirSync(join(dir, 'labels')).filter((x) => x.endsWith('.json'))) {
      const label = JSON.parse(readFileSync(join(dir, 'labels', f), 'utf8')) as { file: string; outcome: Outcome | null };
      if (label.outcome !== 'upheld' && label.outcome !== 'not_upheld') continue;
      const d = await parseDecision(readFileSync(join(dir, label.file)), { filename: label.file });
      const got = extractFaults(d.sections, d.outcome).faultFound;
      if (got !== (label.outcome === 'upheld')) wrong.push(`${f} (${label.outcome}): got ${got}`);
    }
    expect(wrong).toEqual([]);
  });
});
