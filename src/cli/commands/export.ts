import type { Command } from 'commander';
import { Option } from 'commander';
import { UsageError } from '../../errors.js';
import { DB_OPTION_HELP, openCommandDataset } from '../db-path.js';
import { EXPORT_HELP } from '../help/export.js';
import { checkBom } from '../options.js';
import { write, type Io } from '../output.js';
import { runOtherFormat } from './export-formats.js';

interface ExportOptions {
  format: 'csv' | 'jsonl';
  out?: string;
  payments?: boolean;
  datapackage?: string;
  parquet?: string;
  datasetteMetadata?: string;
  bom?: boolean;
  db?: string;
}

/** `--datapackage DIR` writes several CSVs and their descriptor: the other output options do not apply. */
function checkDataPackage(opts: ExportOptions, dir: string): void {
  if (opts.format === 'jsonl') throw new UsageError('--datapackage writes CSV files: it cannot be combined with --format jsonl');
  if (opts.payments) throw new UsageError('--datapackage already writes payments.csv: leave out --payments');
  if (opts.out !== undefined) throw new UsageError('--datapackage writes several files into its folder: leave out --out');
  if (opts.bom) {
    throw new UsageError('--bom is for a CSV opened in Excel; a data package is read by data tools, whose UTF-8 has no byte order mark: leave out --bom (or export --bom --out FILE.csv)');
  }
  if (dir.trim() === '') throw new UsageError('--datapackage needs a folder name');
}

/** `lgsco export`: one row per decision (CSV) or one full record per line (JSON Lines); payments as their own CSV; or a data package. */
export async function runExport(opts: ExportOptions, io: Io): Promise<number> {
  const other = await runOtherFormat(opts, io);
  if (other !== null) return other;
  if (opts.datapackage !== undefined) checkDataPackage(opts, opts.datapackage);
  else {
    if (opts.payments && opts.format !== 'csv') throw new UsageError('--payments writes a CSV: use it with --format csv');
    checkBom(opts);
    if (opts.out !== undefined && opts.out.trim() === '') throw new UsageError('--out needs a file name');
  }
  const dataset = await openCommandDataset(opts.db, io);
  try {
    if (opts.datapackage !== undefined) {
      // Demo data (the bundled sample) is said in the descriptor's title and description, and here.
      const { rows, sample } = dataset.exportDataPackage(opts.datapackage);
      if (sample) io.stderr.write(`${sample.line}\n`);
      io.stderr.write(`wrote ${rows.decisions} decisions, ${rows.payments} payments, ${rows.actions} actions, ${rows.faults} faults to ${opts.datapackage}\n`);
      return 0;
    }
    // --out: a temporary file renamed over FILE only when every row is written (a failure leaves the old file as it was).
    const to = opts.out || ((chunk: string) => write(io.stdout, chunk));
    const options = { payments: opts.payments, bom: opts.bom, label: '--out' };
    const { rows, sample } = opts.format === 'jsonl' ? await dataset.exportJsonl(to, options) : await dataset.exportCsv(to, options);
    // Demo data (a database holding the bundled sample) is said on stderr once the rows are out, the rows unchanged.
    if (sample) io.stderr.write(`${sample.line}\n`);
    if (opts.out) io.stderr.write(`wrote ${rows} ${opts.payments ? 'payments' : 'decisions'} to ${opts.out}\n`);
    return 0;
  } finally {
    dataset.close();
  }
}

/** Register `export`. */
export function registerExport(program: Command, io: Io): void {
  program
    .command('export')
    .description('export the dataset: one CSV row per decision, JSON Lines records, the payments table, a Frictionless data package, Parquet files or Datasette metadata')
    .addOption(new Option('-f, --format <format>', 'csv (one row per decision) or jsonl (full records)').choices(['csv', 'jsonl']).default('csv'))
    .option('--out <file>', 'write to FILE instead of standard output')
    .option('--payments', 'export one row per payment (with its evidence) instead of one per decision')
    .option('--datapackage <dir>', 'write decisions, payments, actions and faults as CSVs with a datapackage.json (Frictionless) into DIR')
    .option('--parquet <dir>', 'write decisions, payments, actions and faults as Parquet files (for DuckDB, pandas, Spark) into DIR')
    .option('--datasette-metadata <file>', "write Datasette's metadata.json (title, licence, source, every column described) to FILE")
    .option('--bom', 'start the CSV with a UTF-8 byte order mark, so Excel reads £ and accents right (default: none)')
    .option('--db <file>', DB_OPTION_HELP)
    .addHelpText('after', EXPORT_HELP)
    .action(async (opts: ExportOptions) => {
      process.exitCode = await runExport(opts, io);
    });
}
