import type { Command } from 'commander';
import { Option } from 'commander';
import { csvDocument } from '../../format/csv.js';
import { DB_OPTION_HELP, openCommandDataset } from '../db-path.js';
import { checkBom } from '../options.js';
import { clip, renderTable, type Io } from '../output.js';

interface SqlOptions {
  format: 'table' | 'csv' | 'json';
  bom?: boolean;
  db?: string;
}

/** `lgsco sql "SELECT …"`: read-only queries against the dataset; anything that writes is refused. */
export async function runSql(query: string, opts: SqlOptions, io: Io): Promise<number> {
  checkBom(opts);
  const dataset = await openCommandDataset(opts.db, io);
  let result;
  try {
    result = dataset.sql(query);
  } finally {
    dataset.close();
  }
  const { columns: cols, rows, sample } = result;
  if (sample) io.stderr.write(`${sample.line}\n`); // demo data (the bundled sample): said on stderr, the output unchanged
  if (opts.format === 'json') io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  // Exactly the query's columns (no pounds column added: the query says what it wants).
  else if (opts.format === 'csv') io.stdout.write(csvDocument(cols, rows, { bom: opts.bom === true, pounds: false }));
  else {
    const cell = (v: unknown): string => (v === null || v === undefined ? '' : clip(String(v).replace(/\s+/g, ' '), 60));
    io.stdout.write(renderTable(cols, rows.map((r) => cols.map((c) => cell(r[c])))));
  }
  return 0;
}

/** Register `sql`. */
export function registerSql(program: Command, io: Io): void {
  program
    .command('sql')
    .description('run a read-only SQL query against the dataset (tables: decisions, payments, actions, …)')
    .argument('<query>', 'one SELECT (or other read-only) statement')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .option('--bom', 'with --format csv: start the CSV with a UTF-8 byte order mark, for Excel (default: none)')
    .option('--db <file>', DB_OPTION_HELP)
    .addHelpText(
      'after',
      `
The connection is read-only: INSERT, UPDATE, DELETE, DROP and the like are refused, as is what SQLite will not run
(load_extension): one line on stderr, exit 1. Tables are described in the README ("Data model"). Money is stored in
whole pence: amount_pence/100 would drop the pence (integer division), so write pounds with
printf('%.2f', amount_pence / 100.0). A database holding lgsco's bundled demo sample is said to be demo data on stderr
(sample_sources lists its files).

--format csv writes the query's columns, quoted as RFC 4180 asks; a text cell that starts with =, +, -, @, a tab or a
carriage return gets a ' in front, so a spreadsheet never runs it as a formula (numbers are left as they are).

Examples:
  $ lgsco sql "SELECT payee, printf('%.2f', amount_pence / 100.0) AS pounds, quote FROM payments ORDER BY amount_pence DESC LIMIT 5"
  $ lgsco sql --format csv --bom "SELECT case_ref, org_name, total_pence FROM decisions" > decisions.csv`,
    )
    .action(async (query: string, opts: SqlOptions) => {
      process.exitCode = await runSql(query, opts, io);
    });
}
