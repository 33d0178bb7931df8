import type { Command } from 'commander';
import { Option } from 'commander';
import { csvDocument } from '../../format/csv.js';
import { DB_OPTION_HELP, openCommandDataset } from '../db-path.js';
import { checkBom, positiveInt } from '../options.js';
import { formatPounds, type Io } from '../output.js';

interface SearchOptions {
  limit: number;
  format: 'text' | 'json' | 'csv';
  bom?: boolean;
  db?: string;
}

/** Columns of the search CSV (csv.ts adds total_pounds after total_pence). */
const SEARCH_CSV_COLUMNS = ['case_ref', 'organisation', 'decision_date', 'url', 'total_pence', 'stage', 'rank', 'snippet'];

/** `lgsco search TEXT`: full-text search (bm25 ranking) with snippets. */
export async function runSearch(text: string, opts: SearchOptions, io: Io): Promise<number> {
  checkBom(opts);
  const dataset = await openCommandDataset(opts.db, io);
  let found;
  try {
    found = dataset.search(text, { limit: opts.limit });
  } finally {
    dataset.close();
  }
  const { hits, sample } = found;
  if (sample) io.stderr.write(`${sample.line}\n`);
  // Nothing found is exit 1 in every format (an empty array or a header line still goes to stdout for scripts).
  const exit = hits.length > 0 ? 0 : 1;
  if (exit === 1) io.stderr.write(`no decisions match "${text}"\n`);
  if (opts.format === 'json') {
    io.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
    return exit;
  }
  if (opts.format === 'csv') {
    const rows = hits.map((h) => ({ case_ref: h.caseRef, organisation: h.organisation, decision_date: h.decisionDate, url: h.url, total_pence: h.totalPence, stage: h.stage, rank: h.rank, snippet: h.snippet }));
    io.stdout.write(csvDocument(SEARCH_CSV_COLUMNS, rows, { bom: opts.bom === true }));
    return exit;
  }
  if (hits.length === 0) return 1;
  const bold = io.stdout.isTTY === true && !process.env.NO_COLOR;
  for (const h of hits) {
    const money = h.totalPence ? `  ${formatPounds(h.totalPence)}` : '';
    const draft = h.stage === 'draft' ? '  [DRAFT: remedies proposed, not counted]' : '';
    io.stdout.write(`${h.caseRef}  ${h.organisation ?? ''}  ${h.decisionDate ?? ''}${money}${draft}\n`);
    const snippet = bold ? h.snippet.replace(/«([^»]*)»/g, '\x1b[1m$1\x1b[0m') : h.snippet;
    io.stdout.write(`  ${snippet}\n`);
    if (h.url) io.stdout.write(`  ${h.url}\n`);
    io.stdout.write('\n');
  }
  return 0;
}

/** Register `search`. */
export function registerSearch(program: Command, io: Io): void {
  program
    .command('search')
    .description('full-text search of titles, summaries and decision text, best matches first')
    .argument('<text...>', 'words (all must appear) and "quoted phrases"')
    .option('--limit <n>', 'at most N results', positiveInt('--limit'), 20)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'))
    .option('--bom', 'with --format csv: start the CSV with a UTF-8 byte order mark, for Excel (default: none)')
    .option('--db <file>', DB_OPTION_HELP)
    .addHelpText(
      'after',
      `
A draft decision is marked [DRAFT]; its proposed remedies are not in its total (0).
Exit status 1 when nothing matches (CSV: the header line; JSON: []).
A database holding lgsco's bundled demo sample (invented councils and decisions) is said to be demo data on stderr.

CSV columns: case_ref, organisation, decision_date, url, total_pence, total_pounds (an exact decimal, 1250.50), stage,
rank, snippet. A text cell that starts with =, +, -, @, a tab or a carriage return gets a ' in front, so a spreadsheet
never runs it as a formula.

Examples:
  $ lgsco search temporary accommodation
  $ lgsco search '"direct payments"' --limit 5
  $ lgsco search --format csv --bom "care home fees" > care-home-fees.csv`,
    )
    .action(async (words: string[], opts: SearchOptions) => {
      process.exitCode = await runSearch(words.join(' '), opts, io);
    });
}
