import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from './csv-text.js';
import { DecisionSchema } from '../schemas/decision.js';
import { ActionKindSchema, OutcomeSchema, PaymentPurposeSchema, PaymentStatusSchema } from '../schemas/enums.js';
import { FaultSchema, PaymentSchema, RemedySchema } from '../schemas/remedy.js';
import type { DataPackage, DataResource } from '../schemas/datapackage.js';
import { BIN, ROOT } from './helpers.js';

/** Run the built CLI as a user would. */
function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A CSV file as header + records (column name → raw string). */
function readCsv(path: string): { header: string[]; records: Record<string, string>[] } {
  const [header = [], ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return { header, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

/** A validator for the checked-in descriptor schema (formats checked by their own patterns in the schema too). */
function descriptorValidator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { date: /^\d{4}-\d{2}-\d{2}$/, 'date-time': (s: string) => !Number.isNaN(Date.parse(s)) } });
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'datapackage.schema.json'), 'utf8')));
}

const dir = mkdtempSync(join(tmpdir(), 'lgsco-datapackage-'));
const db = join(dir, 'sample.db');
const out = join(dir, 'package');
let descriptor: DataPackage;
const resource = (name: string): DataResource => descriptor.resources.find((r) => r.name === name)!;
const field = (res: string, name: string) => resource(res).schema.fields.find((f) => f.name === name)!;

describe('lgsco export --datapackage (built binary)', () => {
  beforeAll(() => {
    const imported = cli(['import', join(ROOT, 'data', 'sample'), '--db', db]);
    expect(imported.code, imported.stderr).toBe(0);
    const exported = cli(['export', '--datapackage', out, '--db', db]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toBe('');
    // The bundled sample is demo data: the export says so on stderr first (and in the descriptor: see below).
    expect(exported.stderr).toMatch(new RegExp(`^DEMO DATA: [^\\n]+\\nwrote \\d+ decisions, \\d+ payments, \\d+ actions, \\d+ faults to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`));
    descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as DataPackage;
  });

  it('writes the four CSVs and the descriptor, and nothing else', () => {
    expect(readdirSync(out).sort()).toEqual(['actions.csv', 'datapackage.json', 'decisions.csv', 'faults.csv', 'payments.csv']);
    expect(descriptor.resources.map((r) => [r.name, r.path])).toEqual([
      ['decisions', 'decisions.csv'],
      ['payments', 'payments.csv'],
      ['actions', 'actions.csv'],
      ['faults', 'faults.csv'],
    ]);
  });

  it('the descriptor validates against schemas/datapackage.schema.json; a resource without a path does not', () => {
    const validate = descriptorValidator();
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(descriptor) as unknown as { resources: Record<string, unknown>[] };
    delete broken.resources[1]!.path;
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.some((e) => e.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === 'path')).toBe(true);
    expect(validate({ ...descriptor, resources: [] })).toBe(false);
  });

  it('a package of the bundled sample says it is demo data: in its title, first in its description, and under lgsco.sample', () => {
    expect(descriptor.title).toBe("Local Government and Social Care Ombudsman decisions — DEMO DATA: 42 of 44 decisions invented (lgsco's bundled sample). Not for publication.");
    expect(descriptor.description).toMatch(/^DEMO DATA: this database was built from lgsco's bundled sample \(data\/sample\): 42 of its 44 decisions are invented .* Not for publication\. Decisions of England's/);
    expect(descriptor.lgsco).toMatchObject({ decisions: 44, sample: { invented: 42, real: 2, notice: expect.stringMatching(/^DEMO DATA: /) } });
  });

  it('package metadata: profile, name, version, licences and sources with the attribution, coverage', () => {
    expect(descriptor).toMatchObject({ profile: 'tabular-data-package', name: 'lgsco-decisions', version: expect.any(String) });
    expect(Date.parse(descriptor.created!)).toBeGreaterThan(Date.parse('2024-01-01'));
    expect(descriptor.licenses!.map((l) => l.path)).toEqual(['https://www.lgo.org.uk/copyright', 'https://creativecommons.org/licenses/by/4.0/']);
    expect(descriptor.licenses![1]!.name).toBe('CC-BY-4.0');
    // The mySociety source names the same version and commit as data/authorities/SOURCE.md.
    const source = readFileSync(join(ROOT, 'data', 'authorities', 'SOURCE.md'), 'utf8');
    const [, version, commit] = /`uk_la_past_current` (v[\d.]+), commit (\w+)/.exec(source)!;
    expect(descriptor.sources!.find((s) => /mySociety/.test(s.title))!.title).toContain(`uk_la_past_current ${version} (commit ${commit})`);
    const sqlite = new Database(db, { readonly: true });
    const dates = sqlite.prepare('SELECT min(decision_date) AS f, max(decision_date) AS t, count(*) AS n FROM decisions').get() as { f: string; t: string; n: number };
    sqlite.close();
    expect(descriptor.lgsco).toEqual({ parserVersion: descriptor.version, decisions: dates.n, coverage: { from: dates.f, to: dates.t, basis: 'decision dates' }, sample: expect.any(Object) });
  });

  it('every CSV header is its resource\'s field names in order; row counts match the database', () => {
    const sqlite = new Database(db, { readonly: true });
    for (const r of descriptor.resources) {
      const { header, records } = readCsv(join(out, r.path as string));
      expect(header, r.name).toEqual(r.schema.fields.map((f) => f.name));
      const { n } = sqlite.prepare(`SELECT count(*) AS n FROM ${r.name}`).get() as { n: number };
      expect(records.length, r.name).toBe(n);
      expect(n, r.name).toBeGreaterThan(0);
    }
    sqlite.close();
  });

  it('bytes and hash are those of the files written', () => {
    for (const r of descriptor.resources) {
      const bytes = readFileSync(join(out, r.path as string));
      expect(r.bytes, r.name).toBe(bytes.length);
      expect(r.hash, r.name).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      expect(r).toMatchObject({ profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' });
    }
  });

  it('field descriptions are the zod .describe() texts', () => {
    expect(field('decisions', 'outcome').description).toBe(DecisionSchema.shape.outcome.description);
    expect(field('decisions', 'total_pence').description).toBe(RemedySchema.shape.totalPence.description);
    expect(field('decisions', 'summary').description).toBe(DecisionSchema.shape.summary.description);
    expect(field('payments', 'amount_pence').description).toBe(PaymentSchema.shape.amountPence.description);
    expect(field('payments', 'payee').description).toBe(PaymentSchema.shape.payee.description);
    expect(field('payments', 'status').description).toBe(PaymentStatusSchema.description);
    expect(field('payments', 'purpose').description).toBe(PaymentPurposeSchema.description);
    expect(field('actions', 'kind').description).toBe(ActionKindSchema.description);
    expect(field('faults', 'text').description).toBe(FaultSchema.shape.text.description);
    expect(field('decisions', 'organisation').description).toMatch(new RegExp(`^${DecisionSchema.shape.organisations.element.shape.name.description!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
    // Enum values come from the zod enums too.
    expect(field('decisions', 'outcome').constraints?.enum).toEqual(OutcomeSchema.options);
    expect(field('actions', 'kind').constraints?.enum).toEqual(ActionKindSchema.options);
    for (const r of descriptor.resources) for (const f of r.schema.fields) expect(f.description, `${r.name}.${f.name}`).toMatch(/\S/);
  });

  it('every value meets its field: type, required, enum; primary keys are unique', () => {
    const checks: Record<string, (v: string) => boolean> = {
      string: () => true,
      integer: (v) => /^-?\d+$/.test(v),
      number: (v) => !Number.isNaN(Number(v)),
      date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
    };
    let enumChecked = 0;
    for (const r of descriptor.resources) {
      const { records } = readCsv(join(out, r.path as string));
      for (const f of r.schema.fields) {
        const ok = f.type === 'boolean' ? (v: string) => [...f.trueValues!, ...f.falseValues!].includes(v) : checks[f.type]!;
        for (const rec of records) {
          const v = rec[f.name]!;
          if (v === '') {
            expect(f.constraints?.required, `${r.name}.${f.name} is required`).not.toBe(true);
            continue;
          }
          expect(ok(v), `${r.name}.${f.name}: ${v}`).toBe(true);
          if (f.constraints?.enum) {
            expect(f.constraints.enum, `${r.name}.${f.name}`).toContain(v);
            enumChecked++;
          }
        }
      }
      const key = [r.schema.primaryKey ?? []].flat();
      const keys = records.map((rec) => key.map((k) => rec[k]).join('\u0000'));
      expect(new Set(keys).size, `${r.name} primary key`).toBe(records.length);
    }
    expect(enumChecked).toBeGreaterThan(100); // outcome, document_type, status, purpose, kind, deadline_unit
  });

  it('foreign keys resolve: every payment, action and fault names a decision of decisions.csv', () => {
    const decisionKeys = new Set(readCsv(join(out, 'decisions.csv')).records.map((r) => r.decision_key));
    for (const name of ['payments', 'actions', 'faults']) {
      expect(resource(name).schema.foreignKeys).toEqual([{ fields: 'decision_key', reference: { resource: 'decisions', fields: 'decision_key' } }]);
      for (const rec of readCsv(join(out, `${name}.csv`)).records) expect(decisionKeys.has(rec.decision_key!), `${name}: ${rec.decision_key}`).toBe(true);
    }
    expect(resource('decisions').schema.primaryKey).toBe('decision_key');
    expect(resource('payments').schema.primaryKey).toEqual(['decision_key', 'position']);
  });

  it('coverage comes from the completed crawl windows when the database has a crawl', () => {
    const crawled = join(dir, 'crawled.db');
    cpSync(db, crawled);
    const sqlite = new Database(crawled);
    const add = sqlite.prepare('INSERT INTO crawl_windows (fd, td, status) VALUES (?, ?, ?)');
    add.run('2024-01-01', '2024-01-31', 'done');
    add.run('2024-02-01', '2024-02-29', 'done');
    add.run('2024-03-01', '2024-03-31', 'pending');
    sqlite.close();
    const pkg = join(dir, 'crawled-package');
    expect(cli(['export', '--datapackage', pkg, '--db', crawled]).code).toBe(0);
    const d = JSON.parse(readFileSync(join(pkg, 'datapackage.json'), 'utf8')) as DataPackage;
    expect(d.lgsco!.coverage).toEqual({ from: '2024-01-01', to: '2024-02-29', basis: 'crawl' });
    expect(d.description).toContain('2024-01-01 to 2024-02-29');
  });

  it('exporting again into the same folder replaces the files and leaves no temporaries', () => {
    writeFileSync(join(out, 'notes.txt'), 'mine');
    expect(cli(['export', '--datapackage', out, '--db', db]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['actions.csv', 'datapackage.json', 'decisions.csv', 'faults.csv', 'notes.txt', 'payments.csv']);
  });

  it('usage errors exit 2 with a clear message; a path that is a file exits 1', () => {
    const cases: [string[], RegExp][] = [
      [['--format', 'jsonl'], /--datapackage .*--format jsonl/],
      [['--payments'], /--datapackage .*--payments/],
      [['--out', join(dir, 'x.csv')], /--datapackage .*--out/],
    ];
    for (const [extra, message] of cases) {
      const r = cli(['export', '--datapackage', join(dir, 'never'), ...extra, '--db', db]);
      expect(r.code, extra.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(readdirSync(dir)).not.toContain('never');
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const r = cli(['export', '--datapackage', file, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Error: --datapackage ${file}: not a folder\n`);
  });

  it('--help shows the option and an example', () => {
    const r = cli(['export', '--help']);
    expect(r.stdout).toMatch(/--datapackage <dir>/);
    expect(r.stdout).toMatch(/\$ lgsco export --datapackage /);
  });
});
