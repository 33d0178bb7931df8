import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMoney } from '../src/extract/money.js';
import { parseDecision, type Decision } from '../src/index.js';
import { FIXTURES, HAS_SHARED, SHARED, SHARED_SKIP_MESSAGE } from './helpers.js';

interface RemedyLabel {
  file: string;
  payments: { amountPence: number; payee: string; status: string }[];
  totalPence: number;
  recommendedPence: number;
  nonRemedyAmounts: { text: string; why: string }[];
}

describe('seed decisions: remedies with evidence', () => {
  const seed = (name: string): Promise<Decision> => parseDecision(readFileSync(join(FIXTURES, 'seeds', name)));

  it('001: £100 distress (recommended) + £50 time and trouble (prior) = £150, £100 recommended', async () => {
    const { remedy } = await seed('001-hampshire-23-015-499.txt');
    expect(remedy.payments.map((p) => [p.amountPence, p.status, p.payee, p.purpose])).toEqual([
      [10000, 'recommended', 'Miss X', 'distress'],
      [5000, 'prior', 'Miss X', 'time_and_trouble'],
    ]);
    expect([remedy.totalPence, remedy.recommendedPence]).toEqual([15000, 10000]);
    expect(remedy.payments[0]!.evidence).toEqual({ section: 'Agreed action', paragraph: 30, quote: 'Pay Miss X £100 for the distress caused by the Council’s fault.' });
    expect(remedy.payments[1]!.evidence.quote).toBe('This is in addition to £50 offered by the Council for Miss X’s time and trouble when pursuing her complaint.');
    expect(remedy.unquantified).toEqual([]);
  });

  it('004: £600 + £400 + £300 = £1,300, all recommended, the whole not counted again', async () => {
    const { remedy } = await seed('004-kent-24-004-875.txt');
    expect(remedy.payments.map((p) => [p.amountPence, p.status, p.payee, p.purposeText])).toEqual([
      [60000, 'recommended', 'Mrs B', 'the delay in the direct payments'],
      [40000, 'recommended', 'Mrs B', 'the lack of communication and delays with SIS'],
      [30000, 'recommended', 'Mrs B', 'the poor complaint handling'],
    ]);
    expect([remedy.totalPence, remedy.recommendedPence]).toEqual([130000, 130000]);
    for (const p of remedy.payments) {
      expect(p.evidence.section).toBe('Agreed action');
      expect(p.evidence.quote).toMatch(/^Apologises to Mrs B and makes a symbolic payment of £1300 \(£600 for the delay/);
    }
  });
});

describe.skipIf(!HAS_SHARED)(`remedy fixtures against their labels${HAS_SHARED ? '' : ` (${SHARED_SKIP_MESSAGE})`}`, () => {
  const dir = join(SHARED, 'fixtures', 'remedy');
  const labels: [string, RemedyLabel][] = HAS_SHARED
    ? readdirSync(join(dir, 'labels'))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => [f, JSON.parse(readFileSync(join(dir, 'labels', f), 'utf8')) as RemedyLabel])
    : [];
  const pathOf = (l: RemedyLabel): string => (l.file.startsWith('../../') ? join(SHARED, l.file.slice(6)) : join(dir, l.file));

  it('totals, recommended totals and payments match the labels; no non-remedy amount is counted', async () => {
    let total = 0;
    let recommended = 0;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const [name, label] of labels) {
      const { remedy } = await parseDecision(readFileSync(pathOf(label)), { filename: name });
      if (remedy.totalPence === label.totalPence) total++;
      else wrong.push(`${name}: total ${remedy.totalPence}, want ${label.totalPence}`);
      if (remedy.recommendedPence === label.recommendedPence) recommended++;
      else wrong.push(`${name}: recommended ${remedy.recommendedPence}, want ${label.recommendedPence}`);
      const want = label.payments.map((p) => `${p.amountPence}/${p.status}`);
      for (const p of remedy.payments) {
        const i = want.indexOf(`${p.amountPence}/${p.status}`);
        if (i >= 0) {
          tp++;
          want.splice(i, 1);
        } else fp++;
      }
      fn += want.length;
      // A figure labelled as not a remedy never appears as a payment (unless the same figure is also a real payment).
      const paid = new Set(label.payments.map((p) => p.amountPence));
      for (const n of label.nonRemedyAmounts) {
        const pence = findMoney(n.text)[0]?.pence;
        if (pence && !paid.has(pence)) expect(remedy.payments.map((p) => p.amountPence), `${name}: ${n.text} (${n.why})`).not.toContain(pence);
      }
    }
    const n = labels.length;
    console.log(
      `remedy fixtures: totalPence exact ${total}/${n} (${((100 * total) / n).toFixed(1)}%), recommendedPence exact ${recommended}/${n}; ` +
        `payments precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / (tp + fn)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
    );
    expect(total / n, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(recommended / n, wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('held-out synthetic decisions (test/fixtures/remedy-synthetic, written apart from the code)', () => {
  const dir = join(FIXTURES, 'remedy-synthetic');
  const labels = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as RemedyLabel & { waivedPence: number; faultFound: boolean | null });

  it.each(labels.map((l) => [l.file, l] as const))('%s: totals, payments and waivers as labelled', async (file, label) => {
    const d = await parseDecision(readFileSync(join(dir, file)), { filename: file });
    const sorted = (ps: { amountPence: number; status: string }[]) => ps.map((p) => `${p.amountPence}/${p.status}`).sort();
    expect(sorted(d.remedy.payments)).toEqual(sorted(label.payments));
    expect([d.remedy.totalPence, d.remedy.recommendedPence, d.remedy.waivedPence]).toEqual([label.totalPence, label.recommendedPence, label.waivedPence]);
    expect(d.faultFound).toBe(label.faultFound);
    // Several bodies: each payment's payer as labelled.
    const payers = (ps: { amountPence: number; payer?: string | null }[]) => ps.map((p) => `${p.amountPence}/${p.payer ?? ''}`).sort();
    if (label.payments.some((p) => (p as { payer?: string | null }).payer)) expect(payers(d.remedy.payments)).toEqual(payers(label.payments));
    for (const p of d.remedy.payments) expect(d.sections.some((s) => s.paragraphs.some((q) => q.text.includes(p.evidence.quote)))).toBe(true);
  });
});
