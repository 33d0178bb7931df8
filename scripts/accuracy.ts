/**
 * `npm run accuracy`: parse every labelled real decision in ../shared (held-out references excepted) and print a
 * per-field scoreboard against the hand labels, then every disagreement with the payment's evidence.
 *
 *   node dist/scripts/accuracy.js [--json] [--only FILE]
 *
 * A report, like the bench: exit 0 whatever the figures (and when ../shared is absent), 1 when the script itself
 * fails, 2 on a usage error (an unknown option, or --only naming no labelled decision).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runAccuracy, type AccuracyReport, type CaseResult, type Disagreement, type Scoreboard } from './accuracy-compare.js';
import { hasLabels } from './accuracy-labels.js';

/** dist/scripts/accuracy.js → the project root → the shared material beside it. */
const SHARED = join(fileURLToPath(new URL('../..', import.meta.url)), '..', 'shared');
const USAGE = 'usage: npm run -s accuracy -- [--json] [--only FILE]\n';

const pct = (a: number, b: number): string => `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : '100.0'}%)`;

/** The scoreboard as aligned lines. */
function formatScoreboard(s: Scoreboard, heldOut: number): string {
  const rows: [string, string][] = [
    ['documents', `${s.documents} (${s.scored} labelled with a remedy; ${heldOut} held out, not parsed)`],
    ['parse failures', String(s.parseFailed)],
    ['totalPence exact', pct(s.totalExact, s.scored)],
    ['recommendedPence exact', pct(s.recommendedExact, s.scored)],
    ['payments precision', `${s.precision.toFixed(3)} (${s.matchedPayments} of ${s.parsedPayments} parsed match a label by amount and status)`],
    ['payments recall', `${s.recall.toFixed(3)} (${s.matchedPayments} of ${s.labelledPayments} labelled found)`],
    ['payee agrees', `${pct(s.payeeAgrees, s.matchedPayments)} of matched (leading names equal, or the parser's within the label's)`],
    ['non-remedy amounts counted', `${s.nonRemedyCounted} (must be 0)`],
    [
      'unquantified remedies',
      `found ${s.unquantifiedFound}, labelled ${s.unquantifiedLabelled}; count exact on ${pct(s.unquantifiedCountExact, s.unquantifiedDocuments)}`,
    ],
  ];
  if (s.stageLabelled) rows.push(['stage (letters)', pct(s.stageExact, s.stageLabelled)]);
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}

const evidenceLine = (d: Disagreement): string =>
  d.evidence ? `\n      evidence: ${d.evidence.section ?? '(no section)'} ¶${d.evidence.paragraph ?? '–'}: "${d.evidence.quote}"` : '';

/** Every disagreement, grouped by document. */
function formatDisagreements(results: readonly CaseResult[]): string {
  const blocks = results
    .filter((r) => r.disagreements.length)
    .map((r) => {
      const head = r.label === r.file.replace(/^.*\//, '').replace(/\.txt$/, '') ? r.file : `${r.file} [label ${r.label}]`;
      const lines = r.disagreements.map((d) => `  ${d.kind}\n      label:  ${d.expected}\n      parser: ${d.actual}${evidenceLine(d)}`);
      return [head, ...lines].join('\n');
    });
  return blocks.length ? blocks.join('\n\n') : '(none)';
}

/** The whole text report. */
function formatReport(r: AccuracyReport): string {
  const kinds = Object.entries(r.scoreboard.kinds)
    .sort(([, a], [, b]) => b - a)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const total = r.results.reduce((a, x) => a + x.disagreements.length, 0);
  return [
    formatScoreboard(r.scoreboard, r.heldOut),
    '',
    `disagreements: ${total}${kinds ? ` (${kinds})` : ''}`,
    '',
    formatDisagreements(r.results),
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  let values: { json?: boolean; only?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { json: { type: 'boolean' }, only: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    process.stderr.write(`accuracy: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!hasLabels(SHARED)) {
    process.stderr.write(`accuracy: ${SHARED}/fixtures/remedy/labels is absent: no labelled decisions to score (they are not part of the clone)\n`);
    return 0;
  }
  const report = await runAccuracy(SHARED, values.only);
  if (values.only !== undefined && report.results.length === 0) {
    process.stderr.write(`accuracy: --only ${values.only}: no labelled decision by that name (held-out references are never parsed)\n`);
    return 2;
  }
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`accuracy: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
