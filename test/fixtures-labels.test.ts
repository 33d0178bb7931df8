import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecision, type Decision } from '../src/index.js';
import { HAS_SHARED, SHARED, SHARED_SKIP_MESSAGE } from './helpers.js';

const FIELDS = ['caseRef', 'organisation', 'category', 'subcategory', 'outcome', 'decisionDate'] as const;
const MUST_BE_PERFECT = new Set(['caseRef', 'organisation', 'category', 'subcategory']);

interface Label {
  file: string;
  url: string;
  caseRef: string;
  organisation: string | null;
  category: string;
  subcategory: string;
  outcome: string | null;
  decisionDate: string | null;
}

function fieldValue(d: Decision, field: (typeof FIELDS)[number]): unknown {
  if (field === 'organisation') return d.organisations.map((o) => o.name).join(' and ') || null;
  return d[field];
}

describe.skipIf(!HAS_SHARED)(`real fixtures against their labels${HAS_SHARED ? '' : ` (${SHARED_SKIP_MESSAGE})`}`, () => {
  const dir = join(SHARED, 'fixtures');
  const labels: Label[] = HAS_SHARED
    ? readdirSync(join(dir, 'labels'))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => JSON.parse(readFileSync(join(dir, 'labels', f), 'utf8')) as Label)
    : [];
  const results: { file: string; field: string; ok: boolean; got: unknown; want: unknown }[] = [];

  it.each(labels.map((l) => [l.file, l] as const))('%s parses with its labelled header fields', async (_file, label) => {
    const record = await parseDecision(readFileSync(join(dir, label.file)), { filename: label.file });
    for (const field of FIELDS) {
      const got = fieldValue(record, field);
      results.push({ file: label.file, field, ok: got === label[field], got, want: label[field] });
    }
    // The page address is carried in the file: it canonicalises to the same decision.
    expect(record.url).toMatch(/^https:\/\/www\.lgo\.org\.uk\/decisions\//);
    expect(record.url!.endsWith(label.caseRef.replace(/ /g, '-'))).toBe(true);
    for (const field of MUST_BE_PERFECT) expect.soft(fieldValue(record, field as (typeof FIELDS)[number]), field).toEqual(label[field as keyof Label]);
  });

  it('gets at least 99% of labelled fields right overall, 100% of ref, organisation and categories', () => {
    expect(results.length).toBe(labels.length * FIELDS.length);
    const correct = results.filter((r) => r.ok).length;
    const share = correct / results.length;
    const byField = FIELDS.map((f) => {
      const rs = results.filter((r) => r.field === f);
      return `${f} ${rs.filter((r) => r.ok).length}/${rs.length}`;
    });
    console.log(`header fields correct: ${correct}/${results.length} (${(share * 100).toFixed(2)}%); ${byField.join(', ')}`);
    const wrong = results.filter((r) => !r.ok).map((r) => `${r.file} ${r.field}: got ${JSON.stringify(r.got)}, want ${JSON.stringify(r.want)}`);
    expect(share, wrong.join('\n')).toBeGreaterThanOrEqual(0.99);
    for (const f of MUST_BE_PERFECT) expect(results.filter((r) => r.field === f && !r.ok), f).toEqual([]);
  });
});
