import type { Command } from 'commander';
import { DB_OPTION_HELP, openCommandDataset } from '../db-path.js';
import { IMPORT_HELP } from '../help/import.js';
import { write, type Io } from '../output.js';
import { Progress } from '../progress.js';

/** Exit status of an import stopped by Ctrl-C (128 + SIGINT, as a shell reports it). */
export const INTERRUPTED_EXIT = 130;

/**
 * Ctrl-C during an import: the first stops it after the record under way (what is stored so far is committed and the
 * summary printed); a second quits at once (the batch under way is not kept; nothing committed is lost).
 */
function interruptOnSigint(io: Io): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(INTERRUPTED_EXIT);
    controller.abort();
    io.stderr.write(`${io.stderr.isTTY ? '\r\x1b[K' : ''}stopping: storing what has been read so far (Ctrl-C again to quit at once)\n`);
  };
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', onSigint) };
}

/** `lgsco import PATH...`: parse and store; bad files reported and skipped; exit 1 if any failed, 130 if stopped. */
export async function runImport(paths: string[], opts: { db?: string }, io: Io): Promise<number> {
  const interrupt = interruptOnSigint(io);
  let progress: Progress | null = null;
  const clear = (): void => progress?.done();
  try {
    const dataset = await openCommandDataset(opts.db, io, { write: true });
    let summary;
    try {
      summary = await dataset.import(paths, {
        signal: interrupt.signal,
        onNote: (message) => write(io.stderr, `note: ${message}\n`),
        onError: (message) => (clear(), write(io.stderr, `Error: ${message}\n`)),
        onWait: (message) => (clear(), io.stderr.write(`${message}\n`)),
        onProgress: ({ done, total, failed }) => {
          progress ??= new Progress(io, total, 'importing');
          progress.tick(done, `failed ${failed}`);
        },
      });
    } finally {
      clear();
      dataset.close();
    }
    const { importSummaryLines } = await import('../../format/import-summary.js');
    for (const line of importSummaryLines(summary)) await write(io.stderr, `${line}\n`);
    if (summary.interrupted) return INTERRUPTED_EXIT;
    return summary.failed > 0 ? 1 : 0;
  } finally {
    interrupt.dispose();
  }
}

/** Register `import`. */
export function registerImport(program: Command, io: Io): void {
  program
    .command('import')
    .description('parse decision files and folders and store them in the SQLite dataset (idempotent)')
    .argument('<path...>', 'files and folders (walked for .html/.htm/.txt/.pdf)')
    .option('--db <file>', DB_OPTION_HELP)
    .addHelpText('after', IMPORT_HELP)
    .action(async (paths: string[], opts: { db?: string }) => {
      process.exitCode = await runImport(paths, opts, io);
    });
}
