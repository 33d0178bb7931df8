import type { Io } from './output.js';

/** The database a command uses: --db, else $LGSCO_DB, else data/lgsco.db (relative to the working folder). */
export function resolveDbPath(option: string | undefined): string {
  return option || process.env.LGSCO_DB || 'data/lgsco.db';
}

/** The help text for --db, shared by every command that reads or writes the store. */
export const DB_OPTION_HELP = 'SQLite database (default: $LGSCO_DB, else data/lgsco.db)';

/** How a reading command opens the database: read-only, with what the store has to say on stderr as a note. */
export function readingOptions(io: Io): { readonly: true; note: (message: string) => void } {
  return { readonly: true, note: (message) => io.stderr.write(`note: ${message}\n`) };
}
