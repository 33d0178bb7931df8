import type { Command } from 'commander';
import { Option } from 'commander';
import { LgscoError, snippet } from '../../errors.js';
import { openDatabase } from '../../store/db.js';
import { csvLine } from '../csv.js';
import { DB_OPTION_HELP, resolveDbPath } from '../db-path.js';
import { clip, renderTable, type Io } from '../output.js';

/** `lgsco sql "SELECT …"`: read-only queries against the dataset; anything that writes is refused. */
export function runSql(query: string, opts: { format: 'table' | 'csv' | 'json'; db?: string }, io: Io): number {
  const db = openDatabase(resolveDbPath(opts.db), { readonly: true });
  try {
    let statement;
    try {
      statement = db.prepare(query);
    } catch (err) {
      throw new LgscoError(`sql: ${(err as Error).message} in "${snippet(query)}"`, 'SQL', 1);
    }
    if (!statement.readonly || !statement.reader) {
      throw new LgscoError(`sql: only read-only queries are allowed; "${snippet(query)}" would change the database`, 'SQL', 1);
    }
    const rows = statement.all() as Record<string, unknown>[];
    const cols = statement.columns().map((c) => c.name);
    if (opts.format === 'json') io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else if (opts.format === 'csv') {
      io.stdout.write(csvLine(cols));
      for (const r of rows) io.stdout.write(csvLine(cols.map((c) => r[c])));
    } else {
      const cell = (v: unknown): string => (v === null || v === undefined ? '' : clip(String(v).replace(/\s+/g, ' '), 60));
      io.stdout.write(renderTable(cols, rows.map((r) => cols.map((c) => cell(r[c])))));
    }
    return 0;
  } finally {
    db.close();
  }
}

/** Register `sql`. */
export function registerSql(program: Command, io: Io): void {
  program
    .command('sql')
    .description('run a read-only SQL query against the dataset (tables: decisions, payments, actions, …)')
    .argument('<query>', 'one SELECT (or other read-only) statement')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .option('--db <file>', DB_OPTION_HELP)
    .addHelpText(
      'after',
      `
The connection is read-only: INSERT, UPDATE, DELETE, DROP and the like are refused. Tables are described in the README
("Data model").

Example:
  $ lgsco sql "SELECT payee, amount_pence/100 AS pounds, quote FROM payments ORDER BY amount_pence DESC LIMIT 5"`,
    )
    .action((query: string, opts: { format: 'table' | 'csv' | 'json'; db?: string }) => {
      process.exitCode = runSql(query, opts, io);
    });
}
