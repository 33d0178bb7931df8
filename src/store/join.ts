/**
 * One decision, whatever it came as: the rules that make a decision letter (no address: key "ref:<case ref>") and the
 * web page of the same decision one row of the store, and a final decision take the place of its draft. Pure: the
 * writer (decisions.ts) finds the rows and calls these.
 *
 * - A letter and a page are the same decision when they share the reference, both are final, and their decision
 *   dates agree (equal, or one of them states none). Two dates that differ are two decisions of one reference (a
 *   review), stored apart as republished references are; COUNTS_MONEY_SQL then counts the later one's money only.
 * - The page is the base: its address, header fields, body, remedy and findings stand; the letter fills only what the
 *   page leaves empty (a decision date the page does not state, the organisation of a page with no title…).
 * - A draft never fills a final: its remedies are proposals.
 */
import type { AuthorityLookup } from './credit.js';
import type { PreparedRows, RecordHead } from './rows.js';
import { decisionColumns, faultRows, ftsHead, organisationRows, paymentRows } from './rows.js';

/** Header fields a letter gives a page that leaves them empty (null). */
const FILLED_FROM_LETTER = [
  'title',
  'category',
  'subcategory',
  'categorySlug',
  'subcategorySlug',
  'outcome',
  'outcomeLabel',
  'decisionDate',
  'satisfiedDate',
  'summary',
] as const;

/** Whether two decision dates can be one decision's: equal, or one of them unknown. */
export function datesAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/** The page's record with what it leaves empty taken from the letter's (the page wins wherever it states a value). */
export function joinRecords(page: RecordHead, letter: RecordHead): RecordHead {
  const out: RecordHead = { ...page };
  for (const f of FILLED_FROM_LETTER) {
    if (out[f] === null && letter[f] !== null) (out as Record<string, unknown>)[f] = letter[f];
  }
  if (out.organisations.length === 0) out.organisations = letter.organisations;
  // Whether fault was found and the sentences that say so go together.
  if (out.faultFound === null && letter.faultFound !== null) {
    out.faultFound = letter.faultFound;
    if (out.faults.length === 0) out.faults = letter.faults;
  }
  return out;
}

/**
 * The page's rows with the letter's fields joined in: the header (decisions row, record, organisations, the index's
 * title and summary, and the findings when the page states none) changes; the body, payments and actions are the page's
 * (each payment credited again: the organisations it is credited among can be the letter's).
 */
export function joinRows(page: PreparedRows, letter: RecordHead, lookup?: AuthorityLookup): PreparedRows {
  const head = joinRecords(JSON.parse(page.recordJson) as RecordHead, letter);
  return {
    ...page,
    decision: decisionColumns(head, page.decision.body_sha256),
    recordJson: JSON.stringify(head),
    organisations: organisationRows(head),
    payments: paymentRows(head, lookup),
    faults: faultRows(head),
    fts: ftsHead(head),
  };
}
