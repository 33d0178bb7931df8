import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import type { ExplainedDecision } from '../../dataset/index.js';
import { LgscoError } from '../../errors.js';
import { formatVerdicts } from '../../format/explain-text.js';
import { DB_OPTION_HELP, openCommandDataset } from '../db-path.js';
import type { Io } from '../output.js';

interface ExplainOptions {
  json?: boolean;
  db?: string;
  url?: string;
}

/** The decisions to explain: a file parsed now (no database opened), else the stored decisions of a reference or address. */
async function explained(target: string, opts: ExplainOptions, io: Io): Promise<ExplainedDecision[]> {
  if (existsSync(target) && statSync(target).isFile()) {
    const { explainFile } = await import('../../dataset/index.js');
    return [await explainFile(target, { url: opts.url ?? null })];
  }
  const dataset = await openCommandDataset(opts.db, io);
  try {
    const found = dataset.explain(target);
    if (found.length === 0) throw new LgscoError(`no file and no stored decision ${JSON.stringify(target)} in ${dataset.path}`, 'NOT_FOUND', 1);
    return found;
  } finally {
    dataset.close();
  }
}

/** `lgsco explain REF|FILE`. */
export async function runExplain(target: string, opts: ExplainOptions, io: Io): Promise<number> {
  const results = await explained(target, opts, io);
  if (opts.json) {
    const rows = results.map(({ record: d, verdicts, remedy }) => ({ caseRef: d.caseRef, url: d.url, stage: d.stage, totalPence: remedy.totalPence, verdicts }));
    io.stdout.write(`${JSON.stringify(rows.length === 1 ? rows[0] : rows, null, 2)}\n`);
    return 0;
  }
  io.stdout.write(results.map(({ record, verdicts, remedy }) => formatVerdicts(record, verdicts, remedy.totalPence)).join('\n'));
  return 0;
}

/** Register `explain`. */
export function registerExplain(program: Command, io: Io): void {
  program
    .command('explain')
    .description('every £ in a decision with its verdict: counted (recommended or paid before) or not, why, the rule that decided and the sentence')
    .argument('<ref-or-file>', 'a decision file (HTML, text or PDF), or the reference or page address of a stored decision')
    .option('--json', 'print the verdicts as JSON')
    .option('--url <url>', 'with a FILE: its page address (as for parse)')
    .option('--db <file>', DB_OPTION_HELP)
    .addHelpText(
      'after',
      `
Each amount is marked + (counted in the decision's total) or - (not counted), with the reason: a remedy payment; a
part of a stated whole; a rate for a stated period; or not counted — a claim, a fee or charge, a cost, a grant, a
benefit, arrears, a waiver, negated, a range, a figure quoted, standard text, or a restatement of money counted
elsewhere. "rule" names the rule that decided, as the rule tables (src/extract/rules/) name it — for counted money,
the cue that counted it and the rule that set its status ("pay-verb + recommend-cue") — for reporting a wrong
verdict. A stored decision is explained by this version of lgsco from its stored text.`,
    )
    .action(async (target: string, opts: ExplainOptions) => {
      process.exitCode = await runExplain(target, opts, io);
    });
}
