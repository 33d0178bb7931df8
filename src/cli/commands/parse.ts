import type { Command } from 'commander';
import { Option } from 'commander';
import { UsageError } from '../../errors.js';
import { DEFAULT_MAX_BYTES } from '../../limits.js';
import { expandPaths } from '../../pipeline/files.js';
import { renderTable, write, type Io } from '../output.js';
import { parseFiles } from '../../pipeline/parse-files.js';

interface ParseCommandOptions {
  url?: string;
  format: 'jsonl' | 'json' | 'table';
  sections: boolean;
  type?: 'statement' | 'report';
  maxBytes: number;
}

/** `lgsco parse FILE...`: one record per input, in order; bad inputs reported on stderr and skipped. */
export async function runParse(paths: string[], opts: ParseCommandOptions, io: Io): Promise<number> {
  const { files, missing, notes } = await expandPaths(paths);
  if (opts.url && files.length > 1) throw new UsageError('--url names one page: give it with a single FILE');
  for (const n of notes) await write(io.stderr, `note: ${n}\n`);
  let failed = 0;
  for (const m of missing) {
    failed++;
    await write(io.stderr, `Error: ${m}: no such file or directory\n`);
  }
  const rows: string[][] = [];
  let first = true;
  if (opts.format === 'json') await write(io.stdout, '[');
  const job = { format: opts.format, sections: opts.sections, url: opts.url ?? null, type: opts.type ?? null, maxBytes: opts.maxBytes };
  for await (const r of parseFiles(files, job)) {
    if (r.error !== undefined) {
      failed++;
      await write(io.stderr, `Error: ${r.error}\n`);
      continue;
    }
    if (opts.format === 'jsonl') await write(io.stdout, `${r.json}\n`);
    else if (opts.format === 'json') await write(io.stdout, `${first ? '\n' : ',\n'}${r.json!.replace(/^/gm, '  ')}`);
    else rows.push(r.row!);
    first = false;
  }
  if (opts.format === 'json') await write(io.stdout, first ? ']\n' : '\n]\n');
  if (opts.format === 'table' && rows.length) {
    await write(io.stdout, renderTable(['REF', 'ORGANISATION', 'CATEGORY', 'DECISION', 'DATE', 'REMEDY'], rows, new Set([5])));
  }
  if (files.length + missing.length > 1 && failed > 0) {
    await write(io.stderr, `parsed ${files.length - (failed - missing.length)}, failed ${failed}\n`);
  }
  return failed > 0 ? 1 : 0;
}

/** Register `parse` on the program. */
export function registerParse(program: Command, io: Io): void {
  program
    .command('parse')
    .description('parse decision files (HTML page, plain text or PDF) into validated records')
    .argument('<file...>', 'decision files or folders (walked for .html/.htm/.txt/.pdf); "-" reads stdin')
    .option('--url <url>', 'address of the page (with a single FILE); canonicalised. Text with no head takes its reference from it: any address that contains the reference')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'json', 'table']).default('jsonl'))
    .option('--no-sections', 'leave the decision body (sections) out of the output')
    .addOption(new Option('--type <type>', 'document type when known from a listing').choices(['statement', 'report']))
    .addOption(
      new Option('--max-bytes <n>', 'refuse inputs larger than this')
        .default(DEFAULT_MAX_BYTES)
        .argParser((v) => {
          const n = Number(v);
          if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--max-bytes: expected a positive whole number, got "${v}"`);
          return n;
        }),
    )
    .addHelpText(
      'after',
      `
Examples:
  $ lgsco parse decision.html                 one JSON record per line
  $ lgsco parse pages/ --format table         a table of every decision in a folder
  $ lgsco parse page.txt --url https://www.lgo.org.uk/decisions/housing/homelessness/22-003-417
  $ lgsco parse report.pdf --no-sections | jq .remedy

Exit status: 0 all parsed, 1 some input failed (reported on stderr, the rest still printed), 2 usage error.`,
    )
    .action(async (files: string[], opts: ParseCommandOptions) => {
      process.exitCode = await runParse(files, opts, io);
    });
}
