/**
 * A small invented dataset for the filter and order tests: three invented bodies whose names share words
 * ("Exampleton Borough Council", "Exampleton County Council", "Newtown Borough Council"), decisions over three years and
 * one undated, every outcome, and money whose order by total differs from the order by year and per head. Imported with
 * the built CLI; then each body is given an invented authority code and population in the database (no real council
 * is named, so per-head figures have something to divide by).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BIN, ROOT } from './helpers.js';

export const EBC = 'Exampleton Borough Council';
export const ECC = 'Exampleton County Council';
export const NBC = 'Newtown Borough Council';

type Outcome = 'Upheld' | 'Not upheld' | 'Closed after initial enquiries';

export interface Invented {
  ref: string;
  body: string;
  date: string | null;
  category: string;
  outcome: Outcome;
  pounds: number;
}

/** 6 decisions of EBC (£1,200), 5 of NBC (£900), 2 of ECC (£5,000); by year £500 (2023), £2,600 (2024), £4,000 (2025), £0 undated. */
export const INVENTED: Invented[] = [
  { ref: '99 701 001', body: EBC, date: '10 Mar 2023', category: 'Housing > Homelessness', outcome: 'Upheld', pounds: 200 },
  { ref: '99 701 002', body: EBC, date: '02 May 2024', category: 'Housing > Homelessness', outcome: 'Upheld', pounds: 400 },
  { ref: '99 701 003', body: EBC, date: '20 Nov 2024', category: 'Education > Special educational needs', outcome: 'Upheld', pounds: 600 },
  { ref: '99 701 004', body: EBC, date: '14 Feb 2025', category: 'Housing > Allocations', outcome: 'Not upheld', pounds: 0 },
  { ref: '99 701 005', body: EBC, date: '30 Jun 2025', category: 'Education > School transport', outcome: 'Closed after initial enquiries', pounds: 0 },
  { ref: '99 701 006', body: EBC, date: null, category: 'Housing', outcome: 'Upheld', pounds: 0 },
  { ref: '99 702 001', body: NBC, date: '07 Jul 2023', category: 'Housing > Homelessness', outcome: 'Upheld', pounds: 300 },
  { ref: '99 702 002', body: NBC, date: '15 Jan 2024', category: 'Adult care services > Charging', outcome: 'Upheld', pounds: 600 },
  { ref: '99 702 003', body: NBC, date: '03 Mar 2025', category: 'Adult care services > Charging', outcome: 'Not upheld', pounds: 0 },
  { ref: '99 702 004', body: NBC, date: '09 Sep 2025', category: 'Housing > Homelessness', outcome: 'Closed after initial enquiries', pounds: 0 },
  { ref: '99 702 005', body: NBC, date: '08 Aug 2024', category: 'Benefits and tax > Council tax', outcome: 'Not upheld', pounds: 0 },
  { ref: '99 703 001', body: ECC, date: '04 Apr 2025', category: 'Education > Special educational needs', outcome: 'Upheld', pounds: 4000 },
  { ref: '99 703 002', body: ECC, date: '12 Dec 2024', category: 'Adult care services > Charging', outcome: 'Upheld', pounds: 1000 },
];

/** Invented authority codes and populations: per head NBC £1,800, EBC £600 per 100,000; ECC has too few decisions. */
export const POPULATION: Record<string, { code: string; population: number }> = {
  [EBC]: { code: 'ZZEBC', population: 200_000 },
  [NBC]: { code: 'ZZNBC', population: 50_000 },
  [ECC]: { code: 'ZZECC', population: 1_000_000 },
};

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** One decision as published text. */
export function inventedText(d: Invented): string {
  const [category, subcategory] = d.category.split(' > ');
  const found = d.outcome === 'Upheld';
  const action = d.pounds
    ? `Agreed action\n\n3. Within one month of my final decision, the Council has agreed to pay Mrs X £${d.pounds.toLocaleString('en-GB')} for the distress caused by the delay.\n\n`
    : found
      ? 'Agreed action\n\n3. Within one month of my final decision, the Council has agreed to apologise to Mrs X.\n\n'
      : '';
  return `URL: https://www.lgo.org.uk/decisions/${slug(category!)}/${subcategory ? `${slug(subcategory)}/` : ''}${d.ref.replace(/ /g, '-')}

${d.body} (${d.ref})

Category : ${d.category}

Decision : ${d.outcome}
${d.date ? `\nDecision date : ${d.date}\n` : ''}
The Ombudsman's final decision:

Summary: Mrs X complained about how the Council dealt with her case.

The complaint

1. Mrs X complained the Council delayed dealing with her case (our reference ${d.ref}).

What I found

2. ${found ? 'The Council took four months longer than it should have. That was fault.' : d.outcome === 'Not upheld' ? 'The Council acted without fault.' : 'We will not investigate this complaint.'}

${action}Final decision

4. ${found ? 'I have completed my investigation. There was fault causing injustice.' : 'I have completed my investigation.'}
`;
}

/** Import the invented decisions into a fresh database (with the built CLI) and give their bodies populations; returns its path. */
export function buildFiltersDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lgsco-filters-'));
  const files = INVENTED.map((d) => {
    const file = join(dir, `${d.ref.replace(/ /g, '-')}.txt`);
    writeFileSync(file, inventedText(d));
    return file;
  });
  const db = join(dir, 'filters.db');
  const r = spawnSync(process.execPath, [BIN, 'import', ...files, '--db', db], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LGSCO_WORKERS: '0' } });
  if (r.status !== 0) throw new Error(`import failed: ${r.stderr}`);
  const sqlite = new Database(db);
  for (const [name, { code, population }] of Object.entries(POPULATION)) {
    sqlite.prepare("INSERT INTO authorities (code, official_name, nice_name, nation, population) VALUES (?, ?, ?, 'England', ?)").run(code, name, name, population);
    sqlite.prepare('UPDATE decisions SET authority_code = ? WHERE org_name = ?').run(code, name);
    sqlite.prepare('UPDATE decision_organisations SET authority_code = ? WHERE name = ?').run(code, name);
  }
  sqlite.close();
  return db;
}
