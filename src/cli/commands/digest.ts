import type { Command } from 'commander';
import { Option } from 'commander';
import { DIGEST_FORMATS, renderDigest, type DigestFormat } from '../../format/digest.js';
import { openDatabase } from '../../store/db.js';
import { checkSinceDate, queryDigest } from '../../store/digest.js';
import { sampleNoticesOf } from '../../store/sample.js';
import { DB_OPTION_HELP, readingOptions, resolveDbPath } from '../db-path.js';
import { write, type Io } from '../output.js';

interface DigestOptions {
  since: string;
  council?: string;
  format: DigestFormat;
  db?: string;
}

/** `lgsco digest --since DATE`: the decisions first stored since DATE, newest first, with their money and sentences. */
export async function runDigest(opts: DigestOptions, io: Io): Promise<number> {
  const since = checkSinceDate(opts.since);
  const db = openDatabase(resolveDbPath(opts.db), readingOptions(io));
  let entries;
  try {
    entries = queryDigest(db, { since, council: opts.council ?? null });
    const notice = sampleNoticesOf(db)?.line;
    if (notice) io.stderr.write(`${notice}\n`);
  } finally {
    db.close();
  }
  await write(io.stdout, renderDigest(entries, { since, council: opts.council ?? null }, opts.format));
  if (entries.length > 0) return 0;
  io.stderr.write(`no decisions first seen since ${since}${opts.council ? ` naming ${opts.council}` : ''}\n`);
  return 1;
}

/** Register `digest`. */
export function registerDigest(program: Command, io: Io): void {
  program
    .command('digest')
    .description('what is new: the decisions first stored since a date, newest first, with their money, payees and the sentence of each payment')
    .requiredOption('--since <date>', 'decisions first stored on or after this day (YYYY-MM-DD, UTC)')
    .option('--council <name>', 'only decisions naming this council or organisation (any of its names, whole)')
    .addOption(new Option('-f, --format <format>', 'md (to read), csv (one row per payment) or json').choices([...DIGEST_FORMATS]).default('md'))
    .option('--db <file>', DB_OPTION_HELP)
    .addHelpText(
      'after',
      `
"First seen" is when lgsco first stored a decision (lgsco import, lgsco update or a crawl), not its decision date: a
decision published long ago and imported this week is new here. A page that changed since it was first stored, or a
final decision that took the place of its stored draft, is not new again.

md lists each decision with its date, outcome, money, each payment (amount, payee, status, the sentence it was read
from) and its other actions. csv has one row per payment (a decision without one has a row of its own), the money in
pence and in pounds. json holds the decisions with their payments and actions.

Exit status 1 when no decision was first stored since the date (md still says "None.", csv prints its header, json an
empty list). A database holding lgsco's bundled demo sample is said to be demo data on stderr.

Examples:
  $ lgsco digest --since 2026-11-27
  $ lgsco digest --since 2026-11-27 --council "Demoshire County Council" --format csv > new-this-week.csv`,
    )
    .action(async (opts: DigestOptions) => {
      process.exitCode = await runDigest(opts, io);
    });
}
