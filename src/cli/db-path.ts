import type { Dataset } from '../dataset/index.js';
import type { Io } from './output.js';

/** The database a command uses: --db, else $LGSCO_DB, else data/lgsco.db (relative to the working folder). */
export function resolveDbPath(option: string | undefined): string {
  return option || process.env.LGSCO_DB || 'data/lgsco.db';
}

/** The help text for --db, shared by every command that reads or writes the store. */
export const DB_OPTION_HELP = 'SQLite database (default: $LGSCO_DB, else data/lgsco.db)';

/**
 * Open the dataset a command uses, read-only unless it writes, with what the store has to say on stderr as a note.
 * The library is loaded here, not at start-up: `lgsco --help` should not pay for the store and the parser.
 */
export async function openCommandDataset(option: string | undefined, io: Io, options: { write?: boolean } = {}): Promise<Dataset> {
  const { openDataset } = await import('../dataset/index.js');
  return openDataset(resolveDbPath(option), { readonly: options.write !== true, onNote: (message) => io.stderr.write(`note: ${message}\n`) });
}
