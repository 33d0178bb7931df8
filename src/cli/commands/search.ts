import type { Command } from 'commander';
import { Option } from 'commander';
import { UsageError } from '../../errors.js';
import { openDatabase } from '../../store/db.js';
import { searchDecisions } from '../../store/queries.js';
import { csvLine } from '../csv.js';
import { DB_OPTION_HELP, resolveDbPath } from '../db-path.js';
import { formatPounds, type Io } from '../output.js';

/** `lgsco search TEXT`: full-text search (bm25 ranking) with snippets. */
export function runSearch(text: string, opts: { limit: number; format: 'text' | 'json' | 'csv'; db?: string }, io: Io): number {
  const db = openDatabase(resolveDbPath(opts.db), { readonly: true });
  let hits;
  try {
    hits = searchDecisions(db, text, { limit: opts.limit });
  } finally {
    db.close();
  }
  if (opts.format === 'json') {
    io.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
    return 0;
  }
  if (opts.format === 'csv') {
    const cols = ['caseRef', 'organisation', 'decisionDate', 'url', 'totalPence', 'stage', 'rank', 'snippet'] as const;
    io.stdout.write(csvLine(cols));
    for (const h of hits) io.stdout.write(csvLine(cols.map((c) => h[c])));
    return 0;
  }
  if (hits.length === 0) {
    io.stderr.write(`no decisions match "${text}"\n`);
    return 0;
  }
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
    .option('--limit <n>', 'at most N results', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--limit: expected a positive whole number, got "${v}"`);
      return n;
    }, 20)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'))
    .option('--db <file>', DB_OPTION_HELP)
    .addHelpText('after', `\nA draft decision is marked [DRAFT]; its proposed remedies are not in its total (0).\n\nExamples:\n  $ lgsco search temporary accommodation\n  $ lgsco search '"direct payments"' --limit 5`)
    .action((words: string[], opts: { limit: number; format: 'text' | 'json' | 'csv'; db?: string }) => {
      process.exitCode = runSearch(words.join(' '), opts, io);
    });
}
