/**
 * Invented decisions for the stage and one-decision tests: a web page, its decision letter (no address) and a draft
 * of the letter, as records built directly (store tests: independent of the readers) and as text files in the page
 * and letter layouts (CLI tests). Every body, reference and name here is made up.
 */
import { createHash } from 'node:crypto';
import type { Decision } from '../schemas/decision.js';
import { PARSER_VERSION } from '../src/version.js';

export const REF = '99 123 456';
export const REF_SLUG = '99-123-456';
export const PAGE_URL = `https://www.lgo.org.uk/decisions/housing/council-house-repairs/${REF_SLUG}`;
export const BODY = 'Exampleton Borough Council';
/** The letter's date line; the page states no decision date unless a test gives it one. */
export const LETTER_DATE = '2025-01-15';
export const DRAFT_DATE = '2024-09-25';

export const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

const PAY_FINAL = 'Within one month of my final decision, the Council has agreed to pay Mr X £300 to acknowledge the distress caused by the delay.';
const PAY_DRAFT = 'Within one month of my final decision, the Council should pay Mr X £500 to acknowledge the distress caused by the delay.';
const FAULT = 'The Council delayed the repairs by six months. That was fault.';

function body(pay: string): Decision['sections'] {
  return [
    { heading: 'The complaint', paragraphs: [{ n: 1, text: 'Mr X complained the Council took too long to repair his roof.' }] },
    { heading: 'What I found', paragraphs: [{ n: 2, text: FAULT }] },
    { heading: 'Agreed action', paragraphs: [{ n: 3, text: pay }] },
    { heading: 'Final decision', paragraphs: [{ n: 4, text: 'I have completed my investigation. There was fault causing injustice.' }] },
  ];
}

function remedy(pence: number, pay: string): Decision['remedy'] {
  return {
    payments: [
      {
        amountPence: pence,
        payee: 'Mr X',
        payer: null,
        purpose: 'distress',
        purposeText: 'the distress caused by the delay',
        status: 'recommended',
        confidence: 'certain',
        checkReason: null,
        evidence: { section: 'Agreed action', paragraph: 3, quote: pay },
      },
    ],
    totalPence: pence,
    recommendedPence: pence,
    unquantified: [],
    waivedPence: 0,
    actions: [],
  };
}

/** The decision's web page: address, header fields, no decision date. */
export function pageRecord(over: Partial<Decision> = {}): Decision {
  return {
    caseRef: REF,
    url: PAGE_URL,
    title: `${BODY} (${REF})`,
    organisations: [{ name: BODY, authorityCode: null, gssCode: null }],
    category: 'Housing',
    subcategory: 'Council house repairs',
    categorySlug: 'housing',
    subcategorySlug: 'council-house-repairs',
    outcome: 'upheld',
    outcomeLabel: 'Upheld',
    decisionDate: null,
    satisfiedDate: null,
    documentType: 'statement',
    stage: 'final',
    summary: 'Mr X complained the Council delayed repairing his roof. The Council agreed to pay Mr X £300.',
    faultFound: true,
    faults: [{ text: 'That was fault.', evidence: { section: 'What I found', paragraph: 2, quote: FAULT } }],
    remedy: remedy(30000, PAY_FINAL),
    sections: body(PAY_FINAL),
    sourceFormat: 'html',
    parserVersion: PARSER_VERSION,
    sourceSha256: sha('page'),
    ...over,
  };
}

/** The final decision letter of the same decision: no address, no category or outcome, a dated letter (PDF). */
export function letterRecord(over: Partial<Decision> = {}): Decision {
  return pageRecord({
    url: null,
    title: null,
    category: null,
    subcategory: null,
    categorySlug: null,
    subcategorySlug: null,
    outcome: null,
    outcomeLabel: null,
    decisionDate: LETTER_DATE,
    sourceFormat: 'pdf',
    sourceSha256: sha('letter'),
    ...over,
  });
}

/** The draft of the letter: earlier, proposing £500. */
export function draftRecord(over: Partial<Decision> = {}): Decision {
  return letterRecord({
    stage: 'draft',
    decisionDate: DRAFT_DATE,
    summary: 'Mr X complained the Council delayed repairing his roof. I propose the Council pays Mr X £500.',
    remedy: remedy(50000, PAY_DRAFT),
    sections: body(PAY_DRAFT),
    sourceSha256: sha('draft'),
    ...over,
  });
}

const PARAGRAPHS = (pay: string): string => `The complaint

1. Mr X complained the Council took too long to repair his roof.

What I found

2. ${FAULT}

Agreed action

3. ${pay}

Final decision

4. I have completed my investigation. There was fault causing injustice.
`;

/** The page as text, in the layout of test/fixtures/text (address line, title, header fields); no decision date. */
export function pageText(ref = REF, body = BODY): string {
  return `URL: https://www.lgo.org.uk/decisions/housing/council-house-repairs/${ref.replace(/ /g, '-')}

${body} (${ref})

Category : Housing > Council house repairs

Decision : Upheld

The Ombudsman's final decision:

Summary: Mr X complained the Council delayed repairing his roof. The Council agreed to pay Mr X £300.

${PARAGRAPHS(PAY_FINAL)}`;
}

/** A decision letter as text: date line, "Complaint reference:" / "Complaint against:" with values on the next line. */
export function letterText(stage: 'final' | 'draft', ref = REF, body = BODY): string {
  const draft = stage === 'draft';
  return `${draft ? '25 September 2024' : '15 January 2025'}

Complaint reference:
${ref}

Complaint against:
${body}

The Ombudsman’s ${stage} decision

Summary: Mr X complained the Council delayed repairing his roof. ${draft ? 'I propose the Council pays Mr X £500.' : 'The Council agreed to pay Mr X £300.'}

${PARAGRAPHS(draft ? PAY_DRAFT : PAY_FINAL)}`;
}
