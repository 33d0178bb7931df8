import type { Command } from 'commander';
import { LgscoError } from '../../errors.js';
import { formatBody, formatDecision } from '../../format/decision-text.js';
import { SAMPLE_LABEL, sampleDecisionNote } from '../../sample.js';
import { DB_OPTION_HELP, openCommandDataset } from '../db-path.js';
import type { Io } from '../output.js';

export { formatDecision };

/** `lgsco show REF`: every stored decision with this reference (or address). */
export async function runShow(ref: string, opts: { json?: boolean; body?: boolean; db?: string }, io: Io): Promise<number> {
  const dataset = await openCommandDataset(opts.db, io);
  let found;
  try {
    found = dataset.decision(ref);
  } finally {
    dataset.close();
  }
  const { decisions, sample } = found;
  if (decisions.length === 0) throw new LgscoError(`no decision ${JSON.stringify(ref)} in ${dataset.path}`, 'NOT_FOUND', 1);
  // A database holding the bundled demo sample says so (stderr: the JSON stays the record); an invented decision is
  // headed as one, and with --json its note goes to stderr too.
  if (sample) io.stderr.write(`${sample.line}\n`);
  if (opts.json) {
    for (const { record, sampleKind } of decisions) {
      if (sampleKind) io.stderr.write(`${record.caseRef}: ${SAMPLE_LABEL[sampleKind]}: ${sampleDecisionNote(sampleKind)}\n`);
    }
    const records = decisions.map((d) => d.record);
    io.stdout.write(`${JSON.stringify(records.length === 1 ? records[0] : records, null, 2)}\n`);
    return 0;
  }
  const text = decisions.map((d) => formatDecision(d.record, d.sources, d.credits, d.sampleKind) + (opts.body ? formatBody(d.record) : ''));
  io.stdout.write(text.join('\n'));
  return 0;
}

/** Register `show`. */
export function registerShow(program: Command, io: Io): void {
  program
    .command('show')
    .description('show one decision: header, payments with the sentence each came from, actions, faults and the files it was read from')
    .argument('<ref...>', 'case reference ("22 001 239", 22 001 239 or 22-001-239) or decision page address')
    .option('--json', 'print the full record as JSON')
    .option('--body', 'also print the decision text')
    .option('--db <file>', DB_OPTION_HELP)
    .addHelpText(
      'after',
      `
When a decision's money goes to more than one body (each payment to the body that pays it, as totals credit it), a
"Credited:" line gives the split.
A payment to check (something about it was inferred, not settled by a rule from its own sentence) ends with
"[check: <reason>]", and the Remedy line says how much of the money is to check (totals --certain-only leaves it out).
A decision read from its letter and from its web page is one decision: both files are listed under Sources. A draft
decision is shown as a DRAFT (its remedies are proposals, not counted); once the final is stored, show prints the final
and lists the draft's file under Sources (the draft itself is kept in decision_history).
A decision of lgsco's bundled demo sample (data/sample) is headed "INVENTED: …" (or, for the two real decisions in
it, "Sample: a real LGSCO decision …"), and a database holding any says so on stderr.`,
    )
    .action(async (ref: string[], opts: { json?: boolean; body?: boolean; db?: string }) => {
      // A reference typed without quotes arrives as three arguments: "24 004 875".
      process.exitCode = await runShow(ref.join(' '), opts, io);
    });
}
