import { Command, CommanderError } from 'commander';
import { LgscoError } from '../errors.js';
import { isSqliteError, storeError } from '../store/store-error.js';
import { PARSER_VERSION } from '../version.js';
import { registerDigest } from './commands/digest.js';
import { registerExplain } from './commands/explain.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerParse } from './commands/parse.js';
import { registerReparse } from './commands/reparse.js';
import { registerScrape } from './commands/scrape.js';
import { registerServe } from './commands/serve.js';
import { registerSearch } from './commands/search.js';
import { registerShow } from './commands/show.js';
import { registerSql } from './commands/sql.js';
import { registerTotals } from './commands/totals.js';
import { resolveDbPath } from './db-path.js';
import type { Io } from './output.js';

/** Build the command-line program (testable: no process exit, output to the given streams). */
export function buildProgram(io: Io = { stdout: process.stdout, stderr: process.stderr }): Command {
  const program = new Command();
  program
    .name('lgsco')
    .description('Turn Local Government and Social Care Ombudsman decisions into a clean, typed, queryable dataset')
    .version(PARSER_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();
  registerParse(program, io);
  registerImport(program, io);
  registerTotals(program, io);
  registerSearch(program, io);
  registerShow(program, io);
  registerExplain(program, io);
  registerExport(program, io);
  registerDigest(program, io);
  registerSql(program, io);
  registerScrape(program, io);
  registerReparse(program, io);
  registerServe(program, io);
  program.commands.forEach((c) => c.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) }));
  return program;
}

/** Run the CLI and return its exit code: 0 ok, 1 some input failed, 2 usage error. */
export async function run(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const program = buildProgram(io);
  // The command that runs, for naming its database when SQLite fails half-way through it.
  let active: Command | null = null;
  program.hook('preAction', (_program, command) => {
    active = command;
  });
  process.exitCode = undefined;
  // `lgsco parse … | head`: a closed pipe ends the run quietly, as for any Unix filter.
  io.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2; // commander already printed the message
    }
    if (err instanceof LgscoError) {
      io.stderr.write(`Error: ${err.message}\n`);
      return err.exitCode;
    }
    // SQLite failing after the database opened (a corrupt page met half-way through a query): one line naming it.
    const command = active as Command | null;
    if (isSqliteError(err) && command?.options.some((o) => o.long === '--db')) {
      io.stderr.write(`Error: ${storeError(resolveDbPath(command.opts<{ db?: string }>().db), err).message}\n`);
      return 1;
    }
    // Anything else is an lgsco bug: one line, the stack only when asked for (LGSCO_DEBUG=1), for a bug report.
    const stack = process.env.LGSCO_DEBUG === '1' ? `\n${(err as Error).stack ?? ''}` : ' (LGSCO_DEBUG=1 shows where)';
    io.stderr.write(`Error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}${stack}\n`);
    return 1;
  } finally {
    process.exitCode = undefined;
    // LGSCO_STATS=1: peak memory of the whole process (worker threads included), for the benchmark.
    if (process.env.LGSCO_STATS === '1') io.stderr.write(`stats: maxRSS=${process.resourceUsage().maxRSS} KB\n`);
  }
}
