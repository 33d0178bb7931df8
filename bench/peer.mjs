#!/usr/bin/env node
/**
 * `lgsco parse` side by side with a typical Python parser (bench/peer/parse_bs4.py: BeautifulSoup + lxml, one process,
 * header fields only) over the same pages. Used by bench/run.mjs; also runs alone:
 *
 *   node bench/peer.mjs [--n 3000] [--runs 5] [--seed 1] [--kind synthetic|real] [--pages-dir DIR]
 *
 * Both are timed as whole commands from spawn to exit (process start included), output to /dev/null, in turns
 * (lgsco, peer, lgsco, peer…) so a busy neighbour slows both alike; the ratio is the peer's median over lgsco's median.
 * lgsco writes the full record (sections, remedy, faults); the peer only the header fields. An untimed first pair
 * warms the page cache and writes both outputs, so the bench can say how far the two agree on the header fields.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { writePages } from './generate.mjs';
import { writeRealPages } from './real-pages.mjs';
import { int, markdownTable, timeCommand, timeNode } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'dist/src/cli/bin.js');
const PEER = join(ROOT, 'bench/peer/parse_bs4.py');
/** The ratio issue 16 asks for. */
export const TARGET_RATIO = 5;
/** Interpreters tried for the peer, first that can import bs4 and lxml wins ($LGSCO_PEER_PYTHON first). */
const PYTHONS = [process.env.LGSCO_PEER_PYTHON, 'python3', '/usr/bin/python3', 'python'].filter(Boolean);
const HEADER_FIELDS = ['caseRef', 'title', 'organisation', 'category', 'subcategory', 'outcome', 'decisionDate'];

const say = (s) => process.stderr.write(`bench: ${s}\n`);

/** A Python that has BeautifulSoup and lxml, or null. */
export function findPeerPython() {
  for (const py of PYTHONS) {
    const r = spawnSync(py, ['-c', 'import bs4, lxml'], { stdio: 'ignore' });
    if (r.status === 0) return py;
  }
  return null;
}

/**
 * The page kinds to compare, written under `tmp`: the synthetic corpus and pages of real decision texts (skipped with
 * a note when ../shared is absent). `[{ kind, dir, count, note }]`, `skipped: [message]`.
 */
export function peerPages({ n, seed, tmp, kinds = ['synthetic', 'real'] }) {
  const pages = [];
  const skipped = [];
  if (kinds.includes('synthetic')) {
    const dir = join(tmp, 'peer-synthetic');
    const w = writePages({ n, seed, format: 'html', out: dir });
    pages.push({ kind: 'synthetic', dir, count: n, note: `synthetic corpus, ${(w.bytes / w.files / 1024).toFixed(1)} KB a page` });
  }
  if (kinds.includes('real')) {
    const dir = join(tmp, 'peer-real');
    const w = writeRealPages({ n, seed, out: dir });
    if (w.missing) skipped.push(`real-text pages skipped: ${w.missing}`);
    else pages.push({ kind: 'real', dir, count: n, note: `${w.texts} real decision texts in the page chrome, ${(w.bytes / w.files / 1024).toFixed(1)} KB a page` });
  }
  return { pages, skipped };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Share of header fields on which the peer's records and lgsco's agree (records matched by position). */
function agreement(lgscoFile, peerFile) {
  const lines = (f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const [ours, theirs] = [lines(lgscoFile), lines(peerFile)];
  if (ours.length !== theirs.length) return null;
  let same = 0;
  ours.forEach((o, i) => {
    const p = theirs[i];
    const mine = { ...o, organisation: o.organisations.map((x) => x.name).join(' and ') || null };
    for (const f of HEADER_FIELDS) if (mine[f] === p[f]) same++;
  });
  return same / (ours.length * HEADER_FIELDS.length);
}

/**
 * Time lgsco and the peer in turns over each page kind. Resolves rows for the bench table
 * (`[measure, value, target, result]`) and whether a command failed.
 */
export async function comparePeer({ pages, runs, tmp, python }) {
  const rows = [];
  let failed = false;
  for (const { kind, dir, count, note } of pages) {
    say(`peer: ${kind} pages (${int(count)}), an untimed pair then ${runs} interleaved runs each`);
    const outs = { lgsco: join(tmp, `peer-${kind}-lgsco.jsonl`), peer: join(tmp, `peer-${kind}-peer.jsonl`) };
    const lgsco = (stdoutFile) => timeNode([BIN, 'parse', dir], { cwd: ROOT, tmpDir: tmp, stdoutFile });
    const peer = (stdoutFile) => timeCommand(python, [PEER, dir], { cwd: ROOT, tmpDir: tmp, stdoutFile });
    const times = { lgsco: [], peer: [] };
    const cpu = { lgsco: [], peer: [] };
    let bad = null;
    for (let k = -1; k < runs && !bad; k++) {
      for (const [name, run] of [['lgsco', lgsco], ['peer', peer]]) {
        const r = await run(k < 0 ? outs[name] : undefined);
        if (r.code !== 0) {
          bad = `${name} ${r.signal ?? `exit ${r.code}`}: ${r.stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 300)}`;
          break;
        }
        if (k >= 0) {
          times[name].push(r.secs);
          if (r.cpuSecs != null) cpu[name].push(r.cpuSecs);
        }
      }
    }
    if (bad) {
      failed = true;
      say(`peer comparison on ${kind} pages failed (${bad})`);
      rows.push([`peer ratio, ${kind} pages`, `failed (${bad.slice(0, 60)})`, `≥ ${TARGET_RATIO}×`, 'FAIL']);
      continue;
    }
    const [l, p] = [median(times.lgsco), median(times.peer)];
    const ratio = p / l;
    const agree = agreement(outs.lgsco, outs.peer);
    const cpuNote = cpu.lgsco.length ? `; CPU ${median(cpu.lgsco).toFixed(1)} s vs ${median(cpu.peer).toFixed(1)} s` : '';
    rows.push([
      `peer ratio, ${kind} pages (${int(count)}: ${note}; medians of ${runs} interleaved runs${agree == null ? '' : `; header fields agree ${(agree * 100).toFixed(1)}%`})`,
      `${ratio.toFixed(2)}× (lgsco ${l.toFixed(2)} s = ${int(count / l)} pages/s; peer ${p.toFixed(2)} s = ${int(count / p)} pages/s${cpuNote})`,
      `≥ ${TARGET_RATIO}×`,
      ratio >= TARGET_RATIO ? 'pass' : 'FAIL',
    ]);
    say(`peer ${kind}: lgsco runs ${times.lgsco.map((x) => x.toFixed(2)).join(', ')} s; peer runs ${times.peer.map((x) => x.toFixed(2)).join(', ')} s; ratio ${ratio.toFixed(2)}×`);
  }
  return { rows, failed };
}

async function main() {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '3000' }, runs: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' }, kind: { type: 'string', multiple: true }, keep: { type: 'boolean', default: false } } });
  if (!existsSync(BIN)) {
    say(`${BIN} not found: run "npm run build" first`);
    return 1;
  }
  const python = findPeerPython();
  if (!python) {
    say('peer skipped: no Python with bs4 and lxml found (apt install python3-bs4 python3-lxml)');
    return 0;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'lgsco-peer-'));
  try {
    const { pages, skipped } = peerPages({ n: Number(values.n), seed: Number(values.seed), tmp, kinds: values.kind ?? ['synthetic', 'real'] });
    skipped.forEach(say);
    const { rows, failed } = await comparePeer({ pages, runs: Number(values.runs), tmp, python });
    process.stdout.write(`\n${markdownTable(['measure', 'value', 'target', 'result'], rows)}\n\n`);
    return failed ? 1 : 0;
  } finally {
    if (values.keep) say(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main();
