import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { DB_OPTION_HELP, resolveDbPath } from '../db-path.js';
import type { Io } from '../output.js';

/** Register `serve`: the local explorer. */
export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description('browse the dataset in a local web page: totals with charts, search, decisions with their evidence')
    .option('--db <file>', DB_OPTION_HELP)
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--host <host>', 'address to listen on (this machine only by default)', '127.0.0.1')
    .addHelpText(
      'after',
      `
The database is opened read-only: it may be in a folder you cannot write, and an import into it is never kept
waiting. A file that is not an lgsco database is refused (one line, exit 1). Every view is a plain URL (filters in
the query string), every table has a CSV download, and the pages need no JavaScript and nothing from the network.
Ctrl-C stops the server.
Filters and orders are lgsco totals' (a council by a whole name; per head from a minimum number of decisions), and
every row of a totals table links to exactly the decisions it counts.
Over a database holding lgsco's bundled demo sample (data/sample: invented councils and decisions), every page opens
with a banner saying so, the charts and the totals CSV carry it too, and an invented decision says it is invented.

Examples:
  $ lgsco serve                     # then open http://127.0.0.1:8080/
  $ lgsco serve --db archive.db --port 9000`,
    )
    .action(async (opts: { db?: string; port: string; host: string }) => {
      if (!/^\d+$/.test(opts.port) || Number(opts.port) > 65535) throw new UsageError(`--port: expected a port number 0–65535, got "${opts.port}"`);
      const { startExplorer } = await import('../../serve/server.js');
      const explorer = await startExplorer({ db: resolveDbPath(opts.db), host: opts.host, port: Number(opts.port), log: (l) => io.stderr.write(`${l}\n`) });
      io.stderr.write(`lgsco explorer: ${explorer.url} (database ${resolveDbPath(opts.db)}, read-only; Ctrl-C to stop)\n`);
      io.stdout.write(`${explorer.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void explorer.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
