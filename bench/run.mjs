#!/usr/bin/env node
/**
 * The benchmark behind `npm run bench`: generate a synthetic corpus, then time the built CLI and the store queries.
 *
 *   node bench/run.mjs [--n 20000] [--seed 1] [--runs 3] [--peer-n 3000] [--peer-runs 5] [--skip-peer] [--keep]
 *
 * Assumes `npm run build` has run (it uses dist/). Prints a table of measures against their targets and appends the
 * run to bench/RESULTS.md. It also times `lgsco parse` against a typical Python parser over the same pages
 * (bench/peer.mjs), synthetic and made from the real decision texts in ../shared, and prints the ratio. Exit 0 even
 * when targets are missed (a report, not a test); 1 when a command fails to run
 * (crash, usage error, killed), 2 on a usage error of this script. Temp files are removed unless --keep.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, arch, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { writePages } from './generate.mjs';
import { int, latency, markdownTable, timeNode } from './measure.mjs';
import { comparePeer, findPeerPython, peerPages } from './peer.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'dist/src/cli/bin.js');
const RESULTS = join(ROOT, 'bench/RESULTS.md');
const TEXT_PAGES_MAX = 5000;
/** Search terms timed against the store; the corpus writes each of them into some decisions. */
const SEARCH_TERMS = ['temporary accommodation', 'council tax', 'special educational needs', 'pothole'];
const TARGETS = { parsePagesPerSec: 1500, importPerSec: 1000, totalsMs: 50, searchMs: 50, rssMB: 400 };
const IMPORT_SUMMARY_RE = /imported (\d+), unchanged (\d+), failed (\d+)/;
const PARSE_SUMMARY_RE = /parsed (\d+), failed (\d+)/;

const say = (s) => process.stderr.write(`bench: ${s}\n`);
const mb = (kb) => kb / 1024;
const fmt1 = (x) => x.toFixed(1);

function usage(code) {
  (code ? process.stderr : process.stdout).write('usage: node bench/run.mjs [--n 20000] [--seed 1] [--runs 3] [--peer-n 3000] [--peer-runs 5] [--skip-peer] [--keep]\n');
  return code;
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({ options: { n: { type: 'string', default: '20000' }, seed: { type: 'string', default: '1' }, runs: { type: 'string', default: '3' }, 'peer-n': { type: 'string', default: '3000' }, 'peer-runs': { type: 'string', default: '5' }, 'skip-peer': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    process.stderr.write(`bench: ${err.message}\n`);
    return usage(2);
  }
  if (values.help) return usage(0);
  const n = Number(values.n);
  const seed = Number(values.seed);
  const runs = Number(values.runs);
  const peer = values['skip-peer'] ? null : { n: Number(values['peer-n']), runs: Number(values['peer-runs']) };
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed) || !Number.isInteger(runs) || runs < 1) return usage(2);
  if (peer && !(Number.isInteger(peer.n) && peer.n >= 1 && Number.isInteger(peer.runs) && peer.runs >= 1)) return usage(2);
  if (!existsSync(BIN)) {
    say(`${BIN} not found: run "npm run build" first`);
    return 1;
  }

  const tmp = mkdtempSync(join(tmpdir(), 'lgsco-bench-'));
  const cleanup = () => (values.keep ? say(`kept ${tmp}`) : rmSync(tmp, { recursive: true, force: true }));
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    return await bench({ n, seed, runs, peer, tmp });
  } finally {
    cleanup();
  }
}

async function bench({ n, seed, runs, peer, tmp }) {
  const startedAt = new Date();
  const load = loadavg()[0];
  const htmlDir = join(tmp, 'html');
  const textDir = join(tmp, 'text');
  const dbPath = join(tmp, 'bench.db');
  const nText = Math.min(n, TEXT_PAGES_MAX);
  let failed = false;
  const rows = [];
  const row = (measure, value, target = '—', result = '—') => rows.push([measure, value, target, result]);
  const check = (ok) => (ok ? 'pass' : 'FAIL');
  const rssRow = (label, r) => row(label, rssValue(r), `≤ ${TARGETS.rssMB} MB`, r.rssKB == null ? 'n/a' : check(mb(r.rssKB) <= TARGETS.rssMB));

  say(`generating ${int(n)} HTML and ${int(nText)} text pages in ${tmp}`);
  const g0 = process.hrtime.bigint();
  const html = writePages({ n, seed, format: 'html', out: htmlDir });
  const text = writePages({ n: nText, seed, format: 'text', out: textDir });
  const genSecs = Number(process.hrtime.bigint() - g0) / 1e9;
  const corpus = `seed ${seed}; HTML ${fmt1(html.bytes / html.files / 1024)} KB a page on average (${fmt1(html.minBytes / 1024)}–${fmt1(html.maxBytes / 1024)} KB, ${fmt1(html.bytes / 1048576)} MB in all); text ${fmt1(text.bytes / text.files / 1024)} KB a page; generated in ${fmt1(genSecs)} s`;

  // Parse throughput, HTML then text: whole CLI processes, records to /dev/null. The targets' measures run `runs`
  // times and report the median run: this VM's speed drifts by up to ±15% within minutes.
  const cli = (args) => timeNode([BIN, ...args], { cwd: ROOT, tmpDir: tmp, env: { LGSCO_STATS: '1' } });
  for (const [label, dir, count, target] of [['HTML', htmlDir, n, TARGETS.parsePagesPerSec], ['text', textDir, nText, null]]) {
    const times = target ? runs : 1;
    say(`parse ${label}: ${int(count)} pages${times > 1 ? `, ${times} runs` : ''}`);
    const { r, all } = await timedRuns(times, () => cli(['parse', dir, '--no-sections']), PARSE_SUMMARY_RE);
    if (!all) {
      failed = true;
      say(`parse ${label} did not run to completion (${r.signal ?? `exit ${r.code}`}):\n${r.stderr.slice(-2000)}`);
      row(`parse ${label} (${int(count)} pages)`, `failed (${r.signal ?? `exit ${r.code}`})`, target ? `≥ ${int(target)} pages/s` : '—', target ? 'FAIL' : '—');
      continue;
    }
    const summary = PARSE_SUMMARY_RE.exec(r.stderr);
    const bad = summary ? Number(summary[2]) : r.errorLines;
    const rate = count / r.secs;
    row(`parse ${label} (${int(count)} pages, ${runsNote(r, all)})`, `${int(rate)} pages/s${bad ? ` (${int(bad)} failed)` : ''}`, target ? `≥ ${int(target)} pages/s` : '—', target ? check(rate >= target) : '—');
    rssRow(`parse ${label} peak RSS${all.length > 1 ? ' (highest run)' : ''}`, peakRss(all));
  }

  // Side by side with a typical Python parser, over the same pages (bench/peer.mjs): synthetic and real-text pages.
  if (!peer) say('peer: skipped (--skip-peer)');
  else {
    const python = findPeerPython();
    if (!python) {
      say('peer: skipped, no Python with bs4 and lxml found (apt install python3-bs4 python3-lxml)');
      row('peer ratio (lgsco parse against BeautifulSoup + lxml)', 'not available (no Python with bs4 and lxml)', '≥ 5×', 'n/a');
    } else {
      const { pages, skipped } = peerPages({ n: peer.n, seed, tmp });
      for (const s of skipped) {
        say(s);
        row('peer ratio, real pages', `not available (${s})`, '≥ 5×', 'n/a');
      }
      const compared = await comparePeer({ pages, runs: peer.runs, tmp, python });
      rows.push(...compared.rows);
      failed ||= compared.failed;
    }
  }

  // Import throughput: only when the CLI has an `import` command.
  // The command list in `lgsco --help` says whether `import` exists yet.
  const probe = spawnSync(process.execPath, [BIN, '--help'], { cwd: ROOT, encoding: 'utf8' });
  let imported = false;
  if (probe.status !== 0) {
    failed = true;
    say(`import: "lgsco --help" failed (exit ${probe.status}):\n${probe.stderr.slice(-2000)}`);
    row('import (decisions/s)', `failed (exit ${probe.status})`, `≥ ${int(TARGETS.importPerSec)}/s`, 'FAIL');
  } else if (!/^\s+import\b/m.test(probe.stdout)) {
    say('import: the CLI has no import command yet, skipped');
    row('import (decisions/s)', 'not available', `≥ ${int(TARGETS.importPerSec)}/s`, 'n/a');
    row('import peak RSS', 'not available', `≤ ${TARGETS.rssMB} MB`, 'n/a');
  } else {
    say(`import: ${int(n)} HTML pages into ${dbPath}${runs > 1 ? `, ${runs} runs (a fresh database each)` : ''}`);
    const fresh = () => ['', '-wal', '-shm'].forEach((ext) => rmSync(dbPath + ext, { force: true }));
    const { r, all } = await timedRuns(runs, () => cli(['import', htmlDir, '--db', dbPath]), IMPORT_SUMMARY_RE, fresh);
    if (!all) {
      failed = true;
      say(`import did not run to completion (${r.signal ?? `exit ${r.code}`}):\n${r.stderr.slice(-2000)}`);
      row('import (decisions/s)', `failed (${r.signal ?? `exit ${r.code}`})`, `≥ ${int(TARGETS.importPerSec)}/s`, 'FAIL');
      rssRow('import peak RSS', r);
    } else {
      const s = IMPORT_SUMMARY_RE.exec(r.stderr);
      const stored = s ? Number(s[1]) + Number(s[2]) : n - r.errorLines;
      const rate = stored / r.secs;
      const note = s ? `imported ${int(Number(s[1]))}, unchanged ${int(Number(s[2]))}, failed ${int(Number(s[3]))}` : 'no summary line';
      row(`import (${int(n)} pages, ${runsNote(r, all)}; ${note})`, `${int(rate)} decisions/s`, `≥ ${int(TARGETS.importPerSec)}/s`, check(rate >= TARGETS.importPerSec));
      rssRow(`import peak RSS${all.length > 1 ? ' (highest run)' : ''}`, peakRss(all));
      imported = existsSync(dbPath);
    }
  }

  // Query latency, in this process, on the imported database.
  const queries = imported ? await loadStore() : { missing: 'no database (import not available)' };
  const queryRows = [['totals by council', null], ...SEARCH_TERMS.map((t) => [`search "${t}"`, t])];
  if (queries.missing) {
    say(`queries: ${queries.missing}, skipped`);
    for (const [label, term] of queryRows) row(`${label} (median / p95)`, 'not available', `≤ ${term ? TARGETS.searchMs : TARGETS.totalsMs} ms`, 'n/a');
  } else {
    const db = queries.openDatabase(dbPath, { readonly: true });
    try {
      for (const [label, term] of queryRows) {
        const target = term ? TARGETS.searchMs : TARGETS.totalsMs;
        try {
          const run = term ? () => queries.searchDecisions(db, term, { limit: 20 }) : () => queries.queryTotals(db, { by: 'council' });
          const { median, p95, result } = await latency(() => materialise(run()));
          const count = Array.isArray(result) ? `, ${int(result.length)} rows` : '';
          row(`${label} (median / p95${count})`, `${median.toFixed(2)} / ${p95.toFixed(2)} ms`, `≤ ${target} ms (p95)`, check(p95 <= target));
        } catch (err) {
          failed = true;
          say(`${label}: ${err.stack ?? err}`);
          row(label, `error: ${String(err.message ?? err).slice(0, 60)}`, `≤ ${target} ms`, 'FAIL');
        }
      }
    } finally {
      db.close();
    }
  }
  const dbBytes = imported ? ['', '-wal'].reduce((s, ext) => s + (existsSync(dbPath + ext) ? statSync(dbPath + ext).size : 0), 0) : null;
  row('database size', dbBytes == null ? 'not available' : `${fmt1(dbBytes / 1048576)} MB (${fmt1(dbBytes / n / 1024)} KB a decision)`);

  const table = markdownTable(['measure', 'value', 'target', 'result'], rows);
  process.stdout.write(`\n${table}\n\n`);
  appendResults({ startedAt, n, nText, load, corpus, table });
  say(`appended to ${RESULTS}`);
  return failed ? 1 : 0;
}

/**
 * Whether a CLI run went to the end: exit 0, or exit 1 with bad inputs reported (its summary line or "Error: file: …"
 * lines) and no stack trace. A crash (uncaught error, missing module), a usage error (2) or a signal is a failure to run.
 */
function ranToEnd(r, summaryRe) {
  if (r.code === 0) return true;
  if (r.code !== 1) return false;
  if (/^\s+at \S.*:\d+:\d+\)?$/m.test(r.stderr)) return false;
  return summaryRe.test(r.stderr) || r.errorLines > 0;
}

/**
 * Run a timed command `times` times, `before` ahead of each. Resolves `{ r, all }`: the median run (of an even number,
 * the slower middle one) and every run in order; or `{ r }` alone, the first run that did not go to the end.
 */
async function timedRuns(times, run, summaryRe, before = () => {}) {
  const all = [];
  for (let k = 0; k < times; k++) {
    before();
    const r = await run();
    if (!ranToEnd(r, summaryRe)) return { r };
    all.push(r);
  }
  const sorted = [...all].sort((a, b) => a.secs - b.secs);
  return { r: sorted[Math.floor(sorted.length / 2)], all };
}

/** "12.3 s" for one run; "median of 3 runs: 12.3 s (runs 12.3, 13.0, 11.9 s)" for several. */
function runsNote(r, all) {
  if (all.length === 1) return `${fmt1(r.secs)} s`;
  return `median of ${all.length} runs: ${fmt1(r.secs)} s (runs ${all.map((x) => fmt1(x.secs)).join(', ')} s)`;
}

/** The run with the highest peak RSS (a run without a figure counts as none). */
function peakRss(all) {
  return all.reduce((hi, x) => ((x.rssKB ?? -1) > (hi.rssKB ?? -1) ? x : hi));
}

function rssValue(r) {
  if (r.rssKB == null) return 'n/a';
  return `${fmt1(mb(r.rssKB))} MB${r.rssSource === 'LGSCO_STATS' ? '' : ` (${r.rssSource})`}`;
}

/** Query results may be lazy (iterators): read them fully so the timing covers the work. */
function materialise(result) {
  if (result && typeof result === 'object' && !Array.isArray(result) && typeof result[Symbol.iterator] === 'function') return [...result];
  return result;
}

/** The store modules from dist/, or `{ missing }` when they are not built yet. */
async function loadStore() {
  try {
    const { openDatabase } = await import(pathToFileURL(join(ROOT, 'dist/src/store/db.js')).href);
    const { queryTotals, searchDecisions } = await import(pathToFileURL(join(ROOT, 'dist/src/store/queries.js')).href);
    if (typeof openDatabase !== 'function' || typeof queryTotals !== 'function' || typeof searchDecisions !== 'function') {
      return { missing: 'dist/src/store lacks openDatabase, queryTotals or searchDecisions' };
    }
    return { openDatabase, queryTotals, searchDecisions };
  } catch (err) {
    if (err.code === 'ERR_MODULE_NOT_FOUND') return { missing: 'dist/src/store not built' };
    throw err;
  }
}

function machine() {
  const cpu = cpus();
  const model = cpu[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `${model} × ${cpu.length}, ${fmt1(totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}, ${platform()} ${release()} ${arch()}`;
}

function commit() {
  const rev = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  if (rev.status !== 0) return null;
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' });
  return `${rev.stdout.trim()}${dirty.stdout.trim() ? ' (with uncommitted changes)' : ''}`;
}

function appendResults({ startedAt, n, nText, load, corpus, table }) {
  const head = existsSync(RESULTS)
    ? readFileSync(RESULTS, 'utf8')
    : '# Benchmark results\n\nOne section per `npm run bench` run, newest last (written by bench/run.mjs; see bench/README.md for what each\nfigure means). Times are wall-clock and include process start-up; compare runs on the same machine only.\n';
  const rev = commit();
  const section = [
    `## ${startedAt.toISOString().replace(/\.\d+Z$/, 'Z')}: N = ${int(n)} HTML + ${int(nText)} text pages`,
    '',
    `- Machine: ${machine()}; load average ${load.toFixed(2)} at the start`,
    `- Corpus: ${corpus}`,
    ...(rev ? [`- Commit: ${rev}`] : []),
    '',
    table,
    '',
  ].join('\n');
  writeFileSync(RESULTS, `${head.replace(/\n*$/, '\n')}\n${section}`);
}

process.exitCode = await main();
