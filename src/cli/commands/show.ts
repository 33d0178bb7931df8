import type { Command } from 'commander';
import type { Decision } from '../../../schemas/decision.js';
import { LgscoError } from '../../errors.js';
import { SAMPLE_LABEL, sampleDecisionNote, type SampleKind } from '../../sample.js';
import { openDatabase } from '../../store/db.js';
import { sampleKindOf, sampleNoticesOf } from '../../store/sample.js';
import { creditsOf, findDecisionIds, loadRecord, type Credit } from '../../store/queries.js';
import { listSources, type DecisionSource, type SourceRole } from '../../store/sources.js';
import { DB_OPTION_HELP, readingOptions, resolveDbPath } from '../db-path.js';
import { formatPounds, type Io } from '../output.js';

const where = (e: { section: string | null; paragraph: number | null }): string =>
  `${e.section ?? '(untitled)'}${e.paragraph !== null ? `, para ${e.paragraph}` : ''}`;

const SOURCE_ROLE: Record<SourceRole, string> = {
  current: 'read for this record',
  joined: 'the same decision in another form, joined with it',
  draft: 'the draft decision, kept in decision_history',
  earlier: 'an earlier version, kept in decision_history',
};

/**
 * A decision as a journalist reads it: header, money with its evidence, actions, faults; and its sources when given.
 * `credits` is how totals credit its money (creditsOf): printed when it goes to more than one body. `sample`: what it
 * is to lgsco's bundled demo sample when it was read from a sample file (an invented decision is headed so).
 */
export function formatDecision(d: Decision, sources: readonly DecisionSource[] = [], credits: readonly Credit[] = [], sample: SampleKind | null = null): string {
  const out: string[] = [];
  const draft = d.stage === 'draft';
  out.push(`${d.title ?? d.caseRef}`);
  out.push(`${'='.repeat(Math.min(80, (d.title ?? d.caseRef).length))}`);
  if (sample) out.push(`${SAMPLE_LABEL[sample]}: ${sampleDecisionNote(sample)}`);
  if (draft) {
    out.push('DRAFT decision: sent to the parties for comment, not the final decision. Its remedies are proposals and are');
    out.push('not counted (totals, payments exports and the data package leave them out).');
  }
  const org = d.organisations.map((o) => `${o.name}${o.authorityCode ? ` [${o.authorityCode}${o.gssCode ? ` ${o.gssCode}` : ''}]` : ''}`).join('; ');
  const rows: [string, string | null][] = [
    ['Reference', d.caseRef],
    ['Organisation', org || null],
    ['Category', [d.category, d.subcategory].filter(Boolean).join(' > ') || null],
    ['Decision', d.outcomeLabel],
    ['Decision date', d.decisionDate],
    ['Type', d.documentType],
    ['Stage', draft ? 'draft (not counted)' : 'final'],
    ['Fault found', d.faultFound === null ? 'not stated' : d.faultFound ? 'yes' : 'no'],
    ['Address', d.url],
  ];
  for (const [k, v] of rows) if (v) out.push(`${k.padEnd(14)} ${v}`);
  if (d.summary) out.push('', 'Summary', `  ${d.summary}`);
  const r = d.remedy;
  const toCheck = r.payments.filter((p) => p.confidence === 'check');
  const checkPence = toCheck.reduce((sum, p) => sum + p.amountPence, 0);
  const checkNote = toCheck.length ? `, ${formatPounds(checkPence)} of it to check (${toCheck.length} payment${toCheck.length === 1 ? '' : 's'} marked check)` : '';
  out.push('', `${draft ? 'Proposed remedy (draft, not counted)' : 'Remedy'}: ${formatPounds(r.totalPence)} in total, ${formatPounds(r.recommendedPence)} ${draft ? 'proposed' : 'recommended'}${r.waivedPence ? `, ${formatPounds(r.waivedPence)} waived` : ''}${checkNote}`);
  if (credits.length > 1) out.push(`Credited${draft ? ' (proposed, not counted)' : ''}: ${credits.map((c) => `${c.name} ${formatPounds(c.pence)}`).join('; ')}`);
  for (const p of r.payments) {
    const check = p.confidence === 'check' ? ` [check: ${p.checkReason ?? 'no reason given'}]` : '';
    out.push(`  ${formatPounds(p.amountPence).padStart(9)}  ${p.status.padEnd(11)} to ${p.payee ?? '—'}${p.payer ? ` by ${p.payer}` : ''} — ${p.purpose}${p.purposeText ? `: ${p.purposeText}` : ''}${check}`);
    out.push(`             “${p.evidence.quote}” (${where(p.evidence)})`);
  }
  for (const u of r.unquantified) out.push(`  (no amount)  ${u.text} (${where(u.evidence)})`);
  if (r.actions.length) {
    out.push('', 'Actions');
    for (const a of r.actions) out.push(`  - ${a.kind}${a.deadline ? ` (${a.deadline.text})` : ''}: ${a.text}`);
  }
  if (d.faults.length) {
    out.push('', 'Fault found');
    for (const f of d.faults) out.push(`  - “${f.text}” (${where(f.evidence)})`);
  }
  out.push('', `Parsed by lgsco ${d.parserVersion} from ${d.sourceFormat}, sha256 ${d.sourceSha256.slice(0, 12)}…`);
  if (sources.length) {
    out.push('', 'Sources');
    for (const s of sources) out.push(`  ${s.location}  (${SOURCE_ROLE[s.role]}; sha256 ${s.sha256.slice(0, 12)}…)`);
  }
  return `${out.join('\n')}\n`;
}

/** `lgsco show REF`: every stored decision with this reference (or address). */
export function runShow(ref: string, opts: { json?: boolean; body?: boolean; db?: string }, io: Io): number {
  const db = openDatabase(resolveDbPath(opts.db), readingOptions(io));
  let found: Decision[];
  let sources: DecisionSource[][];
  let credits: Credit[][];
  let samples: (SampleKind | null)[];
  let notice: string | null;
  try {
    const ids = findDecisionIds(db, ref);
    found = ids.map((id) => loadRecord(db, id));
    sources = ids.map((id) => listSources(db, id));
    credits = ids.map((id) => creditsOf(db, id));
    samples = ids.map((id) => sampleKindOf(db, id));
    notice = sampleNoticesOf(db)?.line ?? null;
  } finally {
    db.close();
  }
  if (found.length === 0) throw new LgscoError(`no decision ${JSON.stringify(ref)} in ${resolveDbPath(opts.db)}`, 'NOT_FOUND', 1);
  // A database holding the bundled demo sample says so (stderr: the JSON stays the record); an invented decision is
  // headed as one, and with --json its note goes to stderr too.
  if (notice) io.stderr.write(`${notice}\n`);
  if (opts.json) {
    for (const [i, kind] of samples.entries()) {
      if (kind) io.stderr.write(`${found[i]!.caseRef}: ${SAMPLE_LABEL[kind]}: ${sampleDecisionNote(kind)}\n`);
    }
    io.stdout.write(`${JSON.stringify(found.length === 1 ? found[0] : found, null, 2)}\n`);
    return 0;
  }
  io.stdout.write(
    found
      .map((d, i) => {
        const body = opts.body ? `\n${d.sections.map((s) => `${s.heading ?? ''}\n${s.paragraphs.map((p) => `  ${p.n ? `${p.n}. ` : ''}${p.text}`).join('\n')}`).join('\n\n')}\n` : '';
        return formatDecision(d, sources[i], credits[i], samples[i]) + body;
      })
      .join('\n'),
  );
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
    .action((ref: string[], opts: { json?: boolean; body?: boolean; db?: string }) => {
      // A reference typed without quotes arrives as three arguments: "24 004 875".
      process.exitCode = runShow(ref.join(' '), opts, io);
    });
}
