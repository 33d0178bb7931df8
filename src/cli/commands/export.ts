import type { Command } from 'commander';
import { Option } from 'commander';
import { writeDataPackage } from '../../datapackage/write.js';
import { UsageError } from '../../errors.js';
import { writeFileAtomically } from '../../format/atomic-file.js';
import { csvTable } from '../../format/csv.js';
import { openDatabase } from '../../store/db.js';
import { sampleNoticesOf } from '../../store/sample.js';
import { DECISION_COLUMNS, iterateDecisionIds, iterateDecisionRows, iteratePaymentRows, loadRecord, PAYMENT_COLUMNS } from '../../store/queries.js';
import { DB_OPTION_HELP, readingOptions, resolveDbPath } from '../db-path.js';
import { write, type Io } from '../output.js';

interface ExportOptions {
  format: 'csv' | 'jsonl';
  out?: string;
  payments?: boolean;
  datapackage?: string;
  bom?: boolean;
  db?: string;
}

/** `--datapackage DIR`: four CSVs and their datapackage.json; the other output options do not apply. */
function runDataPackage(opts: ExportOptions, dir: string, io: Io): number {
  if (opts.format === 'jsonl') throw new UsageError('--datapackage writes CSV files: it cannot be combined with --format jsonl');
  if (opts.payments) throw new UsageError('--datapackage already writes payments.csv: leave out --payments');
  if (opts.out !== undefined) throw new UsageError('--datapackage writes several files into its folder: leave out --out');
  if (opts.bom) {
    throw new UsageError('--bom is for a CSV opened in Excel; a data package is read by data tools, whose UTF-8 has no byte order mark: leave out --bom (or export --bom --out FILE.csv)');
  }
  if (dir.trim() === '') throw new UsageError('--datapackage needs a folder name');
  const db = openDatabase(resolveDbPath(opts.db), readingOptions(io));
  try {
    const { rows } = writeDataPackage(db, dir);
    // Demo data (the bundled sample) is said in the descriptor's title and description, and here.
    const notice = sampleNoticesOf(db)?.line;
    if (notice) io.stderr.write(`${notice}\n`);
    io.stderr.write(
      `wrote ${rows.decisions} decisions, ${rows.payments} payments, ${rows.actions} actions, ${rows.faults} faults to ${dir}\n`,
    );
  } finally {
    db.close();
  }
  return 0;
}

/** `lgsco export`: one row per decision (CSV) or one full record per line (JSON Lines); payments as their own CSV; or a data package. */
export async function runExport(opts: ExportOptions, io: Io): Promise<number> {
  if (opts.datapackage !== undefined) return runDataPackage(opts, opts.datapackage, io);
  if (opts.payments && opts.format !== 'csv') throw new UsageError('--payments writes a CSV: use it with --format csv');
  if (opts.bom && opts.format !== 'csv') throw new UsageError('--bom starts a CSV with a byte order mark for Excel: use it with --format csv');
  if (opts.out !== undefined && opts.out.trim() === '') throw new UsageError('--out needs a file name');
  const db = openDatabase(resolveDbPath(opts.db), readingOptions(io));
  try {
    const fill = async (emit: (chunk: string) => void | Promise<void>): Promise<number> => {
      let rows = 0;
      if (opts.format === 'jsonl') {
        for (const id of iterateDecisionIds(db)) {
          await emit(`${JSON.stringify(loadRecord(db, id))}\n`);
          rows++;
        }
        return rows;
      }
      const table = csvTable(opts.payments ? PAYMENT_COLUMNS : DECISION_COLUMNS, { bom: opts.bom === true });
      await emit(table.header());
      for (const row of opts.payments ? iteratePaymentRows(db) : iterateDecisionRows(db)) {
        await emit(table.line(row));
        rows++;
      }
      return rows;
    };
    // Demo data (a database holding the bundled sample) is said on stderr once the rows are out, the rows unchanged.
    const notice = sampleNoticesOf(db)?.line;
    if (!opts.out) {
      await fill((chunk) => write(io.stdout, chunk));
      if (notice) io.stderr.write(`${notice}\n`);
      return 0;
    }
    // Into a temporary file renamed over --out only when every row is written: a failure leaves the old file as it was.
    const rows = await writeFileAtomically(opts.out, '--out', (file) => fill((chunk) => file.write(chunk)));
    if (notice) io.stderr.write(`${notice}\n`);
    io.stderr.write(`wrote ${rows} ${opts.payments ? 'payments' : 'decisions'} to ${opts.out}\n`);
    return 0;
  } finally {
    db.close();
  }
}

/** Register `export`. */
export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description('export the dataset: one CSV row per decision, JSON Lines records, the payments table, or a Frictionless data package')
    .addOption(new Option('-f, --format <format>', 'csv (one row per decision) or jsonl (full records)').choices(['csv', 'jsonl']).default('csv'))
    .option('--out <file>', 'write to FILE instead of standard output')
    .option('--payments', 'export one row per payment (with its evidence) instead of one per decision')
    .option('--datapackage <dir>', 'write decisions, payments, actions and faults as CSVs with a datapackage.json (Frictionless) into DIR')
    .option('--bom', 'start the CSV with a UTF-8 byte order mark, so Excel reads £ and accents right (default: none)')
    .option('--db <file>', DB_OPTION_HELP)
    .addHelpText(
      'after',
      `
Money is in pence (amount_pence, total_pence…) and, in the column after each, in pounds as an exact decimal
(amount_pounds: 1250.50). counts_money is 0 for a report published again under another reference (its money is already
counted under the first one) and for a draft decision (stage draft: its remedies are proposals): sum only rows whose
counts_money is 1. The decisions CSV has a stage column (final or draft).

--datapackage writes decisions.csv, payments.csv, actions.csv and faults.csv into DIR (created if missing), with a
datapackage.json that describes every column, the licences and sources, and the period covered. It cannot be combined
with --format jsonl, --payments, --out or --bom.

CSV cells are safe to open in a spreadsheet: a text cell that starts with =, +, -, @, a tab or a carriage return gets
a ' in front, so it shows as text and never runs as a formula (numbers are left as they are). --out writes a temporary
file beside FILE and renames it only when the export is complete: a failed export leaves FILE as it was.

A database holding lgsco's bundled demo sample (data/sample: invented councils and decisions) is said to be demo data
on stderr, and in the data package's title, description and lgsco.sample.

Examples:
  $ lgsco export --format csv --out decisions.csv
  $ lgsco export --format csv --payments --out payments.csv
  $ lgsco export --payments --bom --out payments-excel.csv
  $ lgsco export --format jsonl | jq .remedy.totalPence
  $ lgsco export --datapackage lgsco-data && frictionless validate lgsco-data/datapackage.json`,
    )
    .action(async (opts: ExportOptions) => {
      process.exitCode = await runExport(opts, io);
    });
}
