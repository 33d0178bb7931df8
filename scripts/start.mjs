#!/usr/bin/env node
// npm start: import the bundled sample (data/sample) into data/lgsco.db and show what a journalist asks first —
// how much each council was told to pay, and for what, with the sentence each figure came from. The sample is demo
// data (invented decisions under invented council names, references 00 NNN NNN, and two real decisions), and every
// output made from the database says so: here, first and last.
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (p) => import(join(root, 'dist', p));
const [{ runImport }, { openDatabase }, { queryTotals, queryTotalsAll }, { formatTotalsTable }, { formatPounds }, { sampleNoticesOf }] = await Promise.all([
  dist('src/cli/commands/import.js'),
  dist('src/store/db.js'),
  dist('src/store/queries.js'),
  dist('src/format/totals-table.js'),
  dist('src/format/money.js'),
  dist('src/store/sample.js'),
]);

const dbPath = process.env.LGSCO_DB || join('data', 'lgsco.db');
const io = { stdout: process.stdout, stderr: process.stderr };
const bold = (s) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[1m${s}\x1b[0m` : s);
const warn = (s) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[1;31m${s}\x1b[0m` : s);

console.log(bold('lgsco — remedies in Local Government and Social Care Ombudsman decisions'));
console.log(`Importing the bundled sample (${join('data', 'sample')}) into ${dbPath} …`);
const status = await runImport([join(root, 'data', 'sample')], { db: dbPath }, io);

const db = openDatabase(dbPath, { readonly: true });
try {
  // Each payment is credited to the body that pays it; the All line counts a decision naming two councils once.
  const rows = queryTotals(db, { by: 'council' });
  const all = queryTotalsAll(db, {});
  const notice = sampleNoticesOf(db)?.line;
  // A database made by an older lgsco also holds the older sample's pages (invented decisions under real council names):
  // their files are gone from data/sample or hold the current sample now. Say how to start afresh.
  const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
  const gone = db
    .prepare('SELECT s.location, s.sha256 FROM sample_sources s JOIN decisions d ON d.key = s.decision_key AND d.source_sha256 = s.sha256')
    .all()
    .filter((s) => !existsSync(s.location) || sha256(s.location) !== s.sha256);
  console.log('');
  if (notice) console.log(warn(notice));
  if (gone.length > 0) {
    const what = gone.length === 1 ? '1 decision' : `${gone.length} decisions`;
    console.log(warn(`${dbPath} also holds ${what} of an older version of the sample (its files have changed or gone since): delete ${dbPath} and run npm start again for the current sample alone.`));
  }
  console.log(bold(`Remedy money by council: ${formatPounds(all.totalPence)} across ${all.decisions} decisions (${formatPounds(all.recommendedPence)} newly recommended)`));
  console.log('');
  process.stdout.write(formatTotalsTable(rows, 'council', false, all));
  if (rows.some((r) => r.key === '(no organisation)')) {
    console.log('(no organisation): pages that name no body (some older reports are titled by their reference alone)');
  }

  const top = db
    .prepare(
      `SELECT p.amount_pence, p.payee, p.purpose_text, p.status, d.case_ref, coalesce(a.official_name, p.credited_name) AS org, p.quote
       FROM payments p JOIN decisions d ON d.id = p.decision_id LEFT JOIN authorities a ON a.code = p.credited_authority_code
       WHERE d.counts_money ORDER BY p.amount_pence DESC LIMIT 5`,
    )
    .all();
  console.log('');
  console.log(bold('The largest single payments, and the sentence each comes from'));
  for (const p of top) {
    const purpose = p.purpose_text ? ` for ${p.purpose_text.length > 70 ? `${p.purpose_text.slice(0, 69)}…` : p.purpose_text}` : '';
    console.log(`  ${formatPounds(p.amount_pence).padStart(8)}  ${p.org ?? '(organisation not named)'} (${p.case_ref}) to ${p.payee ?? '—'}${purpose}`);
    console.log(`            “${p.quote.length > 150 ? `${p.quote.slice(0, 149)}…` : p.quote}”`);
  }
  console.log('');
  if (notice) console.log(warn(notice));
  console.log('Next:');
  console.log('  npx lgsco show 00-019-044                       one decision, with its evidence (two councils paying)');
  console.log('  npx lgsco totals --by category                  or --by year, --per-capita, --format csv');
  console.log('  npx lgsco search temporary accommodation        full-text search');
  console.log('  npx lgsco serve                                 explore it in a browser');
  console.log('  npx lgsco import <your pages> --db data/my.db   your own decisions, in a database of their own');
} finally {
  db.close();
}
process.exitCode = status;
