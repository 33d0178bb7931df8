import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import type { Decision } from '../../../schemas/decision.js';
import { LgscoError } from '../../errors.js';
import { explainRemedy, type MoneyVerdict } from '../../extract/explain.js';
import { parseDecision } from '../../parse.js';
import { openDatabase } from '../../store/db.js';
import { findDecisionIds, loadRecord } from '../../store/queries.js';
import { PARSER_VERSION } from '../../version.js';
import { DB_OPTION_HELP, readingOptions, resolveDbPath } from '../db-path.js';
import { formatPounds, type Io } from '../output.js';

interface ExplainOptions {
  json?: boolean;
  db?: string;
  url?: string;
}

/** The decisions to explain: a file parsed now, else the stored decisions of a reference or address. */
async function decisionsFor(target: string, opts: ExplainOptions, io: Io): Promise<Decision[]> {
  if (existsSync(target) && statSync(target).isFile()) {
    return [await parseDecision(readFileSync(target), { filename: target, url: opts.url ?? null })];
  }
  const db = openDatabase(resolveDbPath(opts.db), readingOptions(io));
  try {
    const found = findDecisionIds(db, target).map((id) => loadRecord(db, id));
    if (found.length === 0) throw new LgscoError(`no file and no stored decision ${JSON.stringify(target)} in ${resolveDbPath(opts.db)}`, 'NOT_FOUND', 1);
    return found;
  } finally {
    db.close();
  }
}

const where = (v: MoneyVerdict): string => `${v.evidence.section ?? '(untitled)'}${v.evidence.paragraph !== null ? `, para ${v.evidence.paragraph}` : ''}`;

/** One decision's verdicts as text: a line per £ with its verdict and rule, and the sentence under it. */
function formatVerdicts(d: Decision, verdicts: MoneyVerdict[], totalPence: number): string {
  const out: string[] = [`${d.title ?? d.caseRef}${d.stage === 'draft' ? ' — DRAFT (its money is never counted)' : ''}`];
  const counted = verdicts.filter((v) => v.counted).length;
  out.push(`${verdicts.length} amount${verdicts.length === 1 ? '' : 's'} of money, ${counted} counted: ${formatPounds(totalPence)} in total`);
  if (d.parserVersion !== PARSER_VERSION) out.push(`(stored by lgsco ${d.parserVersion}; explained by ${PARSER_VERSION}, which may read it differently: run lgsco reparse)`);
  for (const v of verdicts) {
    const amount = v.pence === null ? v.text : formatPounds(v.pence);
    const who = v.counted ? ` ${v.status}${v.payee ? ` to ${v.payee}` : ''}${v.check ? ` [check: ${v.check}]` : ''}` : '';
    out.push('', `${v.counted ? '+' : '-'} ${amount.padStart(10)}  ${v.reason}${who}`, `    rule: ${v.rule}`, `    “${v.evidence.quote}” (${where(v)})`);
  }
  return `${out.join('\n')}\n`;
}

/** `lgsco explain REF|FILE`. */
export async function runExplain(target: string, opts: ExplainOptions, io: Io): Promise<number> {
  const decisions = await decisionsFor(target, opts, io);
  const results = decisions.map((d) => {
    const { verdicts, remedy } = explainRemedy(d.sections, { outcome: d.outcome, organisations: d.organisations.map((o) => o.name) });
    return { d, verdicts, remedy };
  });
  if (opts.json) {
    const rows = results.map(({ d, verdicts, remedy }) => ({ caseRef: d.caseRef, url: d.url, stage: d.stage, totalPence: remedy.totalPence, verdicts }));
    io.stdout.write(`${JSON.stringify(rows.length === 1 ? rows[0] : rows, null, 2)}\n`);
    return 0;
  }
  io.stdout.write(results.map(({ d, verdicts, remedy }) => formatVerdicts(d, verdicts, remedy.totalPence)).join('\n'));
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
