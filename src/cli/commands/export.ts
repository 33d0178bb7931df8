import { createWriteStream, openSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { Option } from 'commander';
import { writeDataPackage } from '../../datapackage/write.js';
import { LgscoError, UsageError } from '../../errors.js';
import { openDatabase } from '../../store/db.js';
import { DECISION_COLUMNS, iterateDecisionIds, iterateDecisionRows, iteratePaymentRows, loadRecord, PAYMENT_COLUMNS } from '../../store/queries.js';
import { csvLine } from '../csv.js';
import { DB_OPTION_HELP, resolveDbPath } from '../db-path.js';
import { write, type Io } from '../output.js';

interface ExportOptions {
  format: 'csv' | 'jsonl';
  out?: string;
  payments?: boolean;
  datapackage?: string;
  db?: string;
}

/** `--datapackage DIR`: four CSVs and their datapackage.json; the other output options do not apply. */
function runDataPackage(opts: ExportOptions, dir: string, io: Io): number {
  if (opts.format === 'jsonl') throw new UsageError('--datapackage writes CSV files: it cannot be combined with --format jsonl');
  if (opts.payments) throw new UsageError('--datapackage already writes payments.csv: leave out --payments');
  if (opts.out !== undefined) throw new UsageError('--datapackage writes several files into its folder: leave out --out');
  if (dir.trim() === '') throw new UsageError('--datapackage needs a folder name');
  const db = openDatabase(resolveDbPath(opts.db), { readonly: true });
  try {
    const { rows } = writeDataPackage(db, dir);
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
  const db = openDatabase(resolveDbPath(opts.db), { readonly: true });
  let out: Writable = io.stdout;
  if (opts.out) {
    let fd: number;
    try {
      fd = openSync(opts.out, 'w'); // open now, so a bad path is a clear error rather than a stream failure later
    } catch (err) {
      db.close();
      throw new LgscoError(`--out ${opts.out}: cannot write the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 'OUTPUT', 1);
    }
    out = createWriteStream('', { fd });
  }
  let rows = 0;
  try {
    if (opts.format === 'jsonl') {
      for (const id of iterateDecisionIds(db)) {
        await write(out, `${JSON.stringify(loadRecord(db, id))}\n`);
        rows++;
      }
    } else {
      const columns = opts.payments ? PAYMENT_COLUMNS : DECISION_COLUMNS;
      await write(out, csvLine(columns));
      for (const row of opts.payments ? iteratePaymentRows(db) : iterateDecisionRows(db)) {
        await write(out, csvLine(columns.map((c) => (row as Record<string, unknown>)[c])));
        rows++;
      }
    }
  } finally {
    db.close();
    if (opts.out) {
      await new Promise<void>((resolve, reject) => {
        out.once('error', reject);
        out.end(() => resolve());
      });
    }
  }
  if (opts.out) io.stderr.write(`wrote ${rows} ${opts.payments ? 'payments' : 'decisions'} to ${opts.out}\n`);
  return 0;
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
    .option('--db <file>', DB_OPTION_HELP)
    .addHelpText(
      'after',
      `
Money is in pence. counts_money is 0 for a report published again under another reference (its money is already
counted under the first one) and for a draft decision (stage draft: its remedies are proposals): sum only rows whose
counts_money is 1. The decisions CSV has a stage column (final or draft).

--datapackage writes decisions.csv, payments.csv, actions.csv and faults.csv into DIR (created if missing), with a
datapackage.json that describes every column, the licences and sources, and the period covered. It cannot be combined
with --format jsonl, --payments or --out.

Examples:
  $ lgsco export --format csv --out decisions.csv
  $ lgsco export --format csv --payments --out payments.csv
  $ lgsco export --format jsonl | jq .remedy.totalPence
  $ lgsco export --datapackage lgsco-data && frictionless validate lgsco-data/datapackage.json`,
    )
    .action(async (opts: ExportOptions) => {
      process.exitCode = await runExport(opts, io);
    });
}
