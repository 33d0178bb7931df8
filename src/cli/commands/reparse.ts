import type { Command } from 'commander';
import { DEFAULT_RAW_DIR, reparse } from '../../../scrapers/scrape.js';
import { DB_OPTION_HELP, resolveDbPath } from '../db-path.js';
import { REPARSE_HELP } from '../help/scrape.js';
import { write, type Io } from '../output.js';
import { Progress } from '../progress.js';

/** Register `reparse`: the crawl's raw archive parsed again, offline. */
export function registerReparse(program: Command, io: Io): void {
  program
    .command('reparse')
    .description('re-parse every crawled decision from the raw archive, offline (after a parser upgrade)')
    .option('--db <file>', DB_OPTION_HELP)
    .option('--raw-dir <dir>', 'where the crawl kept raw pages', DEFAULT_RAW_DIR)
    .addHelpText('after', REPARSE_HELP)
    .action(async (opts: { db?: string; rawDir: string }) => {
      let bar: Progress | null = null;
      let s;
      try {
        s = await reparse(resolveDbPath(opts.db), opts.rawDir, (done, total) => {
          bar ??= new Progress(io, total, 'reparsing');
          bar.tick(done);
        });
      } finally {
        (bar as Progress | null)?.done();
      }
      for (const f of s.failures) await write(io.stderr, `Error: ${f.url}: ${f.reason}\n`);
      if (s.missing > 0) await write(io.stderr, `(${s.missing} listed decisions have no page in ${opts.rawDir}: run lgsco scrape to fetch them)\n`);
      await write(io.stderr, `imported ${s.counts.imported + s.counts.updated}, unchanged ${s.counts.unchanged}, failed ${s.failures.length}\n`);
      process.exitCode = s.failures.length > 0 ? 1 : 0;
    });
}
