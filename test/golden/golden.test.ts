// The golden loop (readability's test-pages habit): for every hand-labelled real decision in ../shared, the full
// remedy the parser reads — payments with payee, payer, purpose, status and confidence; unquantified remedies; every £
// not counted with its verdict; waivers; actions with deadlines — is kept in test/golden/expected/<label>.json and
// compared field by field. `UPDATE=1 npx vitest run test/golden` rewrites the files from today's parser; review the
// diff before committing it. Whatever is written, the money must still agree with the person's label (totals,
// payments by amount, status and payee, unquantified count, labelled non-remedy amounts never counted): a rewrite
// cannot launder a wrong figure. The files hold values the parser derived, never a decision's sentences.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCase } from '../../scripts/accuracy-compare.js';
import { hasLabels, loadLabelledCases, type LabelledCase } from '../../scripts/accuracy-labels.js';
import { explainRemedy, parseDecision, type Decision } from '../../src/index.js';
import { HAS_SHARED, ROOT, SHARED, SHARED_SKIP_MESSAGE } from '../helpers.js';

const EXPECTED_DIR = join(ROOT, 'test', 'golden', 'expected');
const UPDATE = process.env.UPDATE === '1';
/**
 * A label entry for a remedy the text does not show ("not visible: excerpt cut off") cannot be read from it; one whose
 * amount alone is not shown ("symbolic payment …, agreed at the Ombudsman's invitation (amount not visible)") can.
 */
const NOT_VISIBLE_RE = /(?<!\bamount )\bnot visible\b/i;

/** The golden view of one decision: every remedy field a user relies on, without the evidence sentences. */
export function goldenOf(d: Decision): Record<string, unknown> {
  const { verdicts } = explainRemedy(d.sections, { outcome: d.outcome, organisations: d.organisations.map((o) => o.name) });
  const r = d.remedy;
  return {
    caseRef: d.caseRef,
    stage: d.stage,
    faultFound: d.faultFound,
    totalPence: r.totalPence,
    recommendedPence: r.recommendedPence,
    waivedPence: r.waivedPence,
    payments: r.payments.map((p) => ({
      amountPence: p.amountPence,
      status: p.status,
      payee: p.payee,
      payer: p.payer,
      purpose: p.purpose,
      purposeText: p.purposeText,
      confidence: p.confidence,
      checkReason: p.checkReason,
    })),
    unquantified: r.unquantified.map((u) => ({ text: u.text, payee: u.payee })),
    notCounted: verdicts.filter((v) => !v.counted).map((v) => ({ amount: v.text, pence: v.pence, verdict: v.verdict })),
    actions: r.actions.map((a) => ({ kind: a.kind, text: a.text, deadline: a.deadline ? `${a.deadline.amount} ${a.deadline.unit}` : null })),
  };
}

/** The label, less what it marks as not visible in the text. */
function visibleLabel(c: LabelledCase): LabelledCase {
  const unquantified = c.expected.unquantified?.filter((u) => !NOT_VISIBLE_RE.test(u)) ?? null;
  return { ...c, expected: { ...c.expected, unquantified } };
}

const fileOf = (label: string): string => join(EXPECTED_DIR, `${label.replace(/[^\w.-]+/g, '_')}.json`);

describe.skipIf(!HAS_SHARED || !hasLabels(SHARED))('golden remedies of the labelled real decisions', () => {
  if (!HAS_SHARED) console.warn(SHARED_SKIP_MESSAGE);
  const { cases } = hasLabels(SHARED) ? loadLabelledCases(SHARED) : { cases: [] };
  const parsed = new Map<string, Promise<Decision>>();
  const decisionOf = (c: LabelledCase): Promise<Decision> => {
    if (!parsed.has(c.path)) parsed.set(c.path, parseDecision(readFileSync(c.path), { filename: c.file }));
    return parsed.get(c.path)!;
  };

  it('has a golden file for every labelled decision and none left over', () => {
    if (UPDATE) mkdirSync(EXPECTED_DIR, { recursive: true });
    const want = new Set(cases.map((c) => fileOf(c.label).split('/').pop()!));
    const have = existsSync(EXPECTED_DIR) ? readdirSync(EXPECTED_DIR).filter((f) => f.endsWith('.json')) : [];
    expect(have.filter((f) => !want.has(f)), 'golden files with no labelled decision (remove them)').toEqual([]);
    if (!UPDATE) expect([...want].filter((f) => !have.includes(f)), 'labelled decisions with no golden file (run UPDATE=1 npx vitest run test/golden)').toEqual([]);
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s: the money agrees with the person’s label', async (_label, c) => {
    const result = compareCase(visibleLabel(c), await decisionOf(c));
    expect(result.disagreements.map((d) => `${d.kind}: label ${d.expected} / parser ${d.actual}`)).toEqual([]);
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s: the remedy equals its golden file, field by field', async (_label, c) => {
    const got = goldenOf(await decisionOf(c));
    const file = fileOf(c.label);
    if (UPDATE) writeFileSync(file, `${JSON.stringify({ document: c.file, ...got }, null, 1)}\n`);
    const { document: _doc, ...want } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const field of Object.keys({ ...want, ...got })) expect(got[field], `${c.label}: ${field}`).toEqual(want[field]);
  });
});
