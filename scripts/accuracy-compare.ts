/**
 * The comparison behind `npm run accuracy` and test/accuracy.test.ts: the parser's remedy for each labelled real
 * decision against its hand label, field by field, with every disagreement listed for the developer to work from.
 */
import { readFileSync } from 'node:fs';
import { parseDecision, type Decision, type Evidence, type Payment } from '../src/index.js';
import { loadExtraCases, loadLabelledCases, type Expected, type LabelledCase, type LabelPayment, type LoadedCases } from './accuracy-labels.js';
import { payeeAgrees } from './accuracy-payee.js';

/** What kind of disagreement: the list is grouped and counted by these. */
export type DisagreementKind =
  | 'parse-failed'
  | 'total'
  | 'recommended'
  | 'missed-payment'
  | 'extra-payment'
  | 'non-remedy-counted'
  | 'status'
  | 'payee'
  | 'unquantified'
  | 'stage';

/** One place where the parser and the label differ. */
export interface Disagreement {
  file: string;
  label: string;
  kind: DisagreementKind;
  /** What the label says. */
  expected: string;
  /** What the parser says. */
  actual: string;
  /** The parsed payment's evidence, when the disagreement is about one. */
  evidence: Evidence | null;
}

/** The comparison of one document. */
export interface CaseResult {
  file: string;
  label: string;
  /** False when the label carries no remedy (a draft letter): the remedy fields are not scored. */
  scored: boolean;
  parseFailed: boolean;
  totalExact: boolean | null;
  recommendedExact: boolean | null;
  parsedPayments: number;
  labelledPayments: number;
  /** Parsed payments that match a labelled one by amount and status. */
  matchedPayments: number;
  /** Of those, how many also agree on the payee. */
  payeeAgrees: number;
  nonRemedyCounted: number;
  /** Null when the label does not list unquantified remedies. */
  unquantifiedFound: number | null;
  unquantifiedLabelled: number | null;
  stageExact: boolean | null;
  disagreements: Disagreement[];
}

/** The per-field scoreboard over many documents. */
export interface Scoreboard {
  documents: number;
  /** Documents whose label carries a remedy (the denominator of the exact counts). */
  scored: number;
  parseFailed: number;
  totalExact: number;
  recommendedExact: number;
  parsedPayments: number;
  labelledPayments: number;
  matchedPayments: number;
  payeeAgrees: number;
  precision: number;
  recall: number;
  nonRemedyCounted: number;
  unquantifiedFound: number;
  unquantifiedLabelled: number;
  /** Documents whose unquantified-remedy count equals the label's, of those that label them. */
  unquantifiedCountExact: number;
  unquantifiedDocuments: number;
  stageExact: number;
  stageLabelled: number;
  /** Disagreements by kind. */
  kinds: Partial<Record<DisagreementKind, number>>;
}

/** The whole report: the scoreboard, each document, and how many held-out documents were left out. */
export interface AccuracyReport {
  scoreboard: Scoreboard;
  results: CaseResult[];
  heldOut: number;
}

const pounds = (pence: number | null | undefined): string =>
  pence === null || pence === undefined ? '—' : `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: pence % 100 ? 2 : 0 })}`;
const describeLabelled = (p: LabelPayment): string => `${pounds(p.amountPence)} ${p.status} to ${p.payee ?? '—'}${p.purpose ? ` for ${p.purpose}` : ''}`;
const describeParsed = (p: Payment): string =>
  `${pounds(p.amountPence)} ${p.status} to ${p.payee ?? '(no payee)'}${p.purposeText ? ` for ${p.purposeText}` : ` (${p.purpose})`}`;

/** Pair parsed and labelled payments: amount, status and payee first, then amount and status. */
function matchPayments(parsed: readonly Payment[], labelled: readonly LabelPayment[]): [number, number][] {
  const pairs: [number, number][] = [];
  const usedP = new Set<number>();
  const usedL = new Set<number>();
  for (const samePayee of [true, false]) {
    parsed.forEach((p, i) => {
      if (usedP.has(i)) return;
      const j = labelled.findIndex(
        (l, k) => !usedL.has(k) && l.amountPence === p.amountPence && l.status === p.status && (!samePayee || payeeAgrees(p.payee, l.payee)),
      );
      if (j < 0) return;
      pairs.push([i, j]);
      usedP.add(i);
      usedL.add(j);
    });
  }
  return pairs;
}

/** Compare one parsed decision with its label. */
export function compareCase(c: Pick<LabelledCase, 'file' | 'label' | 'expected'>, d: Decision): CaseResult {
  const want: Expected = c.expected;
  const out: Disagreement[] = [];
  const disagree = (kind: DisagreementKind, expected: string, actual: string, evidence: Evidence | null = null): void => {
    out.push({ file: c.file, label: c.label, kind, expected, actual, evidence });
  };
  const { remedy } = d;
  const scored = want.payments !== null;

  const stageExact = want.stage === null ? null : d.stage === want.stage;
  if (stageExact === false) disagree('stage', want.stage!, d.stage ?? '—');
  const totalExact = want.totalPence === null ? null : remedy.totalPence === want.totalPence;
  if (totalExact === false) disagree('total', pounds(want.totalPence), pounds(remedy.totalPence));
  const recommendedExact = want.recommendedPence === null ? null : remedy.recommendedPence === want.recommendedPence;
  if (recommendedExact === false) disagree('recommended', pounds(want.recommendedPence), pounds(remedy.recommendedPence));

  let matched = 0;
  let payees = 0;
  let nonRemedyCounted = 0;
  if (want.payments !== null) {
    const labelled = want.payments;
    const pairs = matchPayments(remedy.payments, labelled);
    matched = pairs.length;
    for (const [i, j] of pairs) {
      const p = remedy.payments[i]!;
      if (payeeAgrees(p.payee, labelled[j]!.payee)) payees++;
      else disagree('payee', describeLabelled(labelled[j]!), describeParsed(p), p.evidence);
    }
    const leftP = remedy.payments.filter((_, i) => !pairs.some(([pi]) => pi === i));
    const leftL = labelled.filter((_, j) => !pairs.some(([, lj]) => lj === j));
    // Same amount, other status: one status disagreement rather than a miss and an extra.
    for (const p of [...leftP]) {
      const j = leftL.findIndex((l) => l.amountPence === p.amountPence);
      if (j < 0) continue;
      disagree('status', describeLabelled(leftL[j]!), describeParsed(p), p.evidence);
      leftL.splice(j, 1);
      leftP.splice(leftP.indexOf(p), 1);
    }
    for (const p of leftP) {
      const n = want.nonRemedy.find((x) => x.pence.includes(p.amountPence));
      if (n) {
        nonRemedyCounted++;
        disagree('non-remedy-counted', `not a remedy: ${n.text} (${n.why})`, describeParsed(p), p.evidence);
      } else disagree('extra-payment', 'no such payment', describeParsed(p), p.evidence);
    }
    for (const l of leftL) disagree('missed-payment', describeLabelled(l), 'not found');
  }

  const unquantifiedFound = want.unquantified === null ? null : remedy.unquantified.length;
  if (want.unquantified !== null && unquantifiedFound !== want.unquantified.length) {
    const list = (xs: string[]): string => (xs.length ? xs.map((x) => `"${x}"`).join('; ') : 'none');
    disagree('unquantified', `${want.unquantified.length}: ${list(want.unquantified)}`, `${unquantifiedFound}: ${list(remedy.unquantified.map((u) => u.text))}`);
  }

  return {
    file: c.file,
    label: c.label,
    scored,
    parseFailed: false,
    totalExact,
    recommendedExact,
    parsedPayments: scored ? remedy.payments.length : 0,
    labelledPayments: want.payments?.length ?? 0,
    matchedPayments: matched,
    payeeAgrees: payees,
    nonRemedyCounted,
    unquantifiedFound,
    unquantifiedLabelled: want.unquantified?.length ?? null,
    stageExact,
    disagreements: out,
  };
}

/** A document the parser refused: every labelled field counts as wrong. */
function failedCase(c: LabelledCase, message: string): CaseResult {
  const e = c.expected;
  return {
    file: c.file,
    label: c.label,
    scored: e.payments !== null,
    parseFailed: true,
    totalExact: e.totalPence === null ? null : false,
    recommendedExact: e.recommendedPence === null ? null : false,
    parsedPayments: 0,
    labelledPayments: e.payments?.length ?? 0,
    matchedPayments: 0,
    payeeAgrees: 0,
    nonRemedyCounted: 0,
    unquantifiedFound: e.unquantified === null ? null : 0,
    unquantifiedLabelled: e.unquantified?.length ?? null,
    stageExact: e.stage === null ? null : false,
    disagreements: [{ file: c.file, label: c.label, kind: 'parse-failed', expected: 'a decision', actual: message, evidence: null }],
  };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Add up the per-document results. */
export function scoreResults(results: readonly CaseResult[]): Scoreboard {
  const count = (f: (r: CaseResult) => boolean): number => results.filter(f).length;
  const sum = (f: (r: CaseResult) => number | null): number => results.reduce((a, r) => a + (f(r) ?? 0), 0);
  const kinds: Partial<Record<DisagreementKind, number>> = {};
  for (const d of results.flatMap((r) => r.disagreements)) kinds[d.kind] = (kinds[d.kind] ?? 0) + 1;
  const parsedPayments = sum((r) => r.parsedPayments);
  const labelledPayments = sum((r) => r.labelledPayments);
  const matchedPayments = sum((r) => r.matchedPayments);
  return {
    documents: results.length,
    scored: count((r) => r.scored),
    parseFailed: count((r) => r.parseFailed),
    totalExact: count((r) => r.totalExact === true),
    recommendedExact: count((r) => r.recommendedExact === true),
    parsedPayments,
    labelledPayments,
    matchedPayments,
    payeeAgrees: sum((r) => r.payeeAgrees),
    precision: ratio(matchedPayments, parsedPayments),
    recall: ratio(matchedPayments, labelledPayments),
    nonRemedyCounted: sum((r) => r.nonRemedyCounted),
    unquantifiedFound: sum((r) => r.unquantifiedFound),
    unquantifiedLabelled: sum((r) => r.unquantifiedLabelled),
    unquantifiedCountExact: count((r) => r.unquantifiedLabelled !== null && r.unquantifiedFound === r.unquantifiedLabelled),
    unquantifiedDocuments: count((r) => r.unquantifiedLabelled !== null),
    stageExact: count((r) => r.stageExact === true),
    stageLabelled: count((r) => r.stageExact !== null),
    kinds,
  };
}

/** Parse every labelled document under `shared` (held-out references excepted) and compare it with its label. */
export async function runAccuracy(shared: string, only?: string): Promise<AccuracyReport> {
  return scoreCases(loadLabelledCases(shared, only));
}

/** The same for an extra labelled set in `dir` (DIR/decisions, DIR/labels), with the held-out references of `shared`. */
export async function runExtraAccuracy(shared: string, dir: string, only?: string): Promise<AccuracyReport> {
  return scoreCases(loadExtraCases(shared, dir, only));
}

/** Parse each loaded case's document once and compare it with its label. */
async function scoreCases({ cases, heldOut }: LoadedCases): Promise<AccuracyReport> {
  const parsed = new Map<string, Promise<Decision>>(); // one document can carry two labels
  const results: CaseResult[] = [];
  for (const c of cases) {
    try {
      if (!parsed.has(c.path)) parsed.set(c.path, parseDecision(readFileSync(c.path), { filename: c.file }));
      results.push(compareCase(c, await parsed.get(c.path)!));
    } catch (err) {
      results.push(failedCase(c, err instanceof Error ? err.message : String(err)));
    }
  }
  return { scoreboard: scoreResults(results), results, heldOut };
}
