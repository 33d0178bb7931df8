/**
 * The database behind the safe-CSV tests: two invented decisions imported with the built CLI, one whose body, summary,
 * quoted sentences, finding of fault and purpose start like spreadsheet formulas, one ordinary with pence in its
 * amount. Tab and CR cannot come through the reader (it normalises white space), so those cells are set in the stored
 * rows afterwards, as an older lgsco or another tool could have left them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { cli } from './run-cli.js';

export const FORMULA = '=HYPERLINK("http://x","y")';
export const BODY = `${FORMULA} Borough Council`;
export const BOM = '\uFEFF';

/** A decision whose body, summary, quoted sentences, finding of fault and purpose start like formulas. */
export const HOSTILE = `URL: https://www.lgo.org.uk/decisions/housing/allocations/99-901-001

${BODY} (99 901 001)

Category : Housing > Allocations

Decision : Upheld

Decision date : 03 Feb 2025

Summary: ${FORMULA} Mr X complained about the Council. We found fault.

The complaint

  1. Mr X complained the Council delayed reviewing his housing application.

My findings

  2. -1 The Council was at fault because it delayed the review.

Agreed action

  3. @SUM(1) Within one month the Council will pay Mr X £250 for distress.
  4. +1 Within one month the Council will also pay Mr X £12.50 for -1 postage.

Final decision

  5. I have completed my investigation. I found fault causing injustice.
`;

/** An ordinary decision, dated after the other (so it is the last row of every export), with pence in its amount. */
export const PLAIN = `URL: https://www.lgo.org.uk/decisions/housing/allocations/99-901-002

Exampleton Borough Council (99 901 002)

Category : Housing > Allocations

Decision : Upheld

Decision date : 04 Feb 2025

Summary: Mrs Y complained about the Council's delay in reviewing her housing application. We found fault.

The complaint

  1. Mrs Y complained the Council delayed reviewing her housing application.

What I found

  2. The Council took five months to review the application. That was fault.

Agreed action

  3. Within one month the Council will pay Mrs Y £1,234.56 for the rent she lost.

Final decision

  4. I have completed my investigation. There was fault causing injustice.
`;

export const TAB_PAYEE = '\tTab payee';
export const CR_QUOTE = '\rCR quote';

export const byRef = (records: Record<string, string>[], ref: string) => records.filter((r) => r.case_ref === ref);

/** A fresh folder for a test file, and where its database goes (built by buildSafeCsvDb). */
export function safeCsvPaths(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lgsco-safe-csv-'));
  return { dir, db: join(dir, 'safe.db') };
}

/** Import the two decisions into `db` and set the tab and CR cells (for a beforeAll: it takes a few seconds). */
export function buildSafeCsvDb(dir: string, db: string): void {
  writeFileSync(join(dir, 'hostile.txt'), HOSTILE);
  writeFileSync(join(dir, 'plain.txt'), PLAIN);
  const r = cli(['import', join(dir, 'hostile.txt'), join(dir, 'plain.txt'), '--db', db]);
  expect(r.code, r.stderr).toBe(0);
  const sqlite = new Database(db);
  const ids = (ref: string) => (sqlite.prepare('SELECT id FROM decisions WHERE case_ref = ?').get(ref) as { id: number }).id;
  // The row and the record the explorer reads both get the cell.
  sqlite.prepare('UPDATE payments SET payee = ? WHERE decision_id = ? AND position = 0').run(TAB_PAYEE, ids('99 901 001'));
  sqlite.prepare("UPDATE decision_records SET record = json_set(record, '$.remedy.payments[0].payee', ?) WHERE decision_id = ?").run(TAB_PAYEE, ids('99 901 001'));
  sqlite.prepare('UPDATE payments SET quote = ? WHERE decision_id = ? AND position = 0').run(CR_QUOTE, ids('99 901 002'));
  sqlite.prepare("UPDATE decision_records SET record = json_set(record, '$.remedy.payments[0].evidence.quote', ?) WHERE decision_id = ?").run(CR_QUOTE, ids('99 901 002'));
  sqlite.close();
}
