import type { Command } from 'commander';
import { Option } from 'commander';
import { DIGEST_FORMATS, renderDigest, type DigestFormat } from '../../format/digest.js';
import { checkSinceDate } from '../../store/digest.js';
import { DB_OPTION_HELP, openCommandDataset } from '../db-path.js';
import { DIGEST_HELP } from '../help/digest.js';
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
  const dataset = await openCommandDataset(opts.db, io);
  let entries;
  try {
    const digest = dataset.digest({ since, council: opts.council ?? null });
    entries = digest.entries;
    if (digest.sample) io.stderr.write(`${digest.sample.line}\n`);
  } finally {
    dataset.close();
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
    .addHelpText('after', DIGEST_HELP)
    .action(async (opts: DigestOptions) => {
      process.exitCode = await runDigest(opts, io);
    });
}
