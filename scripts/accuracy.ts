/**
 * `npm run accuracy`: parse every labelled real decision in ../shared (held-out references excepted) and print a
 * per-field scoreboard against the hand labels, then every disagreement with the payment's evidence.
 *
 *   node dist/scripts/accuracy.js [--json] [--only FILE] [--extra DIR]...
 *
 * --extra DIR scores a further labelled set kept outside the project (DIR/decisions/*.txt, DIR/labels/*.json in the
 * remedy label format) after the ../shared one, with its own scoreboard; the references held out in ../shared are
 * skipped there too, before anything is read for parsing. It may be given more than once.
 *
 * A report, like the bench: exit 0 whatever the figures (and when ../shared is absent), 1 when the script itself
 * fails, 2 on a usage error (an unknown option, --extra naming a folder without labels/, or --only naming no
 * labelled decision).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runAccuracy, runExtraAccuracy, type AccuracyReport, type CaseResult, type Disagreement, type Scoreboard } from './accuracy-compare.js';
import { hasExtraLabels, hasLabels } from './accuracy-labels.js';

/** dist/scripts/accuracy.js → the project root → the shared material beside it. */
const SHARED = join(fileURLToPath(new URL('../..', import.meta.url)), '..', 'shared');
const USAGE = 'usage: npm run -s accuracy -- [--json] [--only FILE] [--extra DIR]...\n';

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

/** One extra labelled set's report, headed by its folder. */
const formatExtra = (dir: string, r: AccuracyReport): string => [`== extra set: ${dir} ==`, '', formatReport(r)].join('\n');

async function main(): Promise<number> {
  let values: { json?: boolean; only?: string; extra?: string[]; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { json: { type: 'boolean' }, only: { type: 'string' }, extra: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    process.stderr.write(`accuracy: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const extras = (values.extra ?? []).map((d) => resolve(d));
  const noLabels = extras.find((d) => !hasExtraLabels(d));
  if (noLabels !== undefined) {
    process.stderr.write(`accuracy: --extra ${noLabels}: no labels/ folder there (expected DIR/labels/*.json and DIR/decisions/*.txt)\n${USAGE}`);
    return 2;
  }
  let report: AccuracyReport | null = null;
  if (hasLabels(SHARED)) report = await runAccuracy(SHARED, values.only);
  else process.stderr.write(`accuracy: ${SHARED}/fixtures/remedy/labels is absent: no labelled decisions to score (they are not part of the clone)\n`);
  const extraReports: { dir: string; report: AccuracyReport }[] = [];
  for (const dir of extras) extraReports.push({ dir, report: await runExtraAccuracy(SHARED, dir, values.only) });
  if (report === null && extras.length === 0) return 0;
  const found = (report?.results.length ?? 0) + extraReports.reduce((a, x) => a + x.report.results.length, 0);
  if (values.only !== undefined && found === 0) {
    process.stderr.write(`accuracy: --only ${values.only}: no labelled decision by that name (held-out references are never parsed)\n`);
    return 2;
  }
  if (values.json) {
    // Without --extra the JSON is the ../shared report alone, as before; with it, the extra sets follow under "extra".
    const out = extras.length ? { ...(report ?? {}), extra: extraReports.map(({ dir, report: r }) => ({ dir, ...r })) } : report;
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write([...(report ? [formatReport(report)] : []), ...extraReports.map(({ dir, report: r }) => formatExtra(dir, r))].join('\n'));
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`accuracy: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
