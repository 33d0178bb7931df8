import { writeFileAtomically } from '../format/atomic-file.js';
import { csvTable } from '../format/csv.js';
import type { Db } from '../store/db.js';
import { DECISION_COLUMNS, iterateDecisionIds, iterateDecisionRows, iteratePaymentRows, loadRecord, PAYMENT_COLUMNS } from '../store/queries.js';
import type { SampleNotices } from '../store/sample.js';

/** Where an export goes: a file path (written under a temporary name, renamed when complete) or a sink for each chunk. */
export type ExportTarget = string | ((chunk: string) => void | Promise<void>);

export interface CsvExportOptions {
  /** One row per payment (with its evidence) instead of one per decision. */
  payments?: boolean;
  /** Start with a UTF-8 byte order mark, so Excel reads £ and accents right. */
  bom?: boolean;
  /** How errors writing the file name it ("--out" in the CLI). */
  label?: string;
}

/** Rows written, and the demo-sample notice for the database (null when it holds none of the sample). */
export interface ExportResult {
  rows: number;
  sample: SampleNotices | null;
}

/** Fill the target: a sink as given, or a file written whole or not at all. */
function into(to: ExportTarget, label: string, fill: (emit: (chunk: string) => void | Promise<void>) => Promise<number>): Promise<number> {
  if (typeof to !== 'string') return fill(to);
  return writeFileAtomically(to, label, (file) => fill((chunk) => file.write(chunk)));
}

/** The decisions (or payments) table as CSV; resolves to the rows written. */
export function exportCsv(db: Db, to: ExportTarget, options: CsvExportOptions = {}): Promise<number> {
  return into(to, options.label ?? 'export', async (emit) => {
    const table = csvTable(options.payments ? PAYMENT_COLUMNS : DECISION_COLUMNS, { bom: options.bom === true });
    await emit(table.header());
    let rows = 0;
    for (const row of options.payments ? iteratePaymentRows(db) : iterateDecisionRows(db)) {
      await emit(table.line(row));
      rows++;
    }
    return rows;
  });
}

/** Every full record, one JSON text a line; resolves to the records written. */
export function exportJsonl(db: Db, to: ExportTarget, options: { label?: string } = {}): Promise<number> {
  return into(to, options.label ?? 'export', async (emit) => {
    let rows = 0;
    for (const id of iterateDecisionIds(db)) {
      await emit(`${JSON.stringify(loadRecord(db, id))}\n`);
      rows++;
    }
    return rows;
  });
}
