/** Measuring helpers for bench/run.mjs: timed child processes with peak memory, latency percentiles, formatting. */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** GNU time: CPU time, and peak memory when the CLI does not print its own `stats:` line. */
const GNU_TIME = '/usr/bin/time';
const STATS_RE = /^stats: maxRSS=(\d+) KB$/m;
/** Keep this much of a child's stderr (the summary and stats lines are at the end). */
const STDERR_KEEP = 64 * 1024;

/**
 * Run `node <args>` as a child process and time it from spawn to exit with process.hrtime (process start included).
 * Stdout goes to /dev/null; stderr is kept (its tail) for the summary line and `stats: maxRSS=… KB`, which the CLI
 * prints with LGSCO_STATS=1. Under GNU time when present, so a peak RSS is known even without that line.
 * Resolves `{ secs, cpuSecs, code, signal, stderr, errorLines, rssKB, rssSource }` (cpuSecs: user + system time, from
 * GNU time; null without it).
 */
export function timeNode(args, options) {
  return timeCommand(process.execPath, args, options);
}

/** timeNode for any program: `stdoutFile` keeps its output (default /dev/null). */
export function timeCommand(program, args, { cwd, tmpDir, env = {}, stdoutFile = '/dev/null' }) {
  const timeFile = join(tmpDir, `time-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, program, ...args]] : [program, args];
  const stdout = openSync(stdoutFile, 'w');
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', stdout, 'pipe'] });
    let stderr = '';
    let errorLines = 0;
    let partial = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop();
      for (const l of lines) if (l.startsWith('Error:')) errorLines++;
      stderr = (stderr + chunk).slice(-STDERR_KEEP);
    });
    child.on('error', (err) => {
      closeSync(stdout);
      reject(err);
    });
    child.on('close', (code, signal) => {
      const secs = Number(process.hrtime.bigint() - started) / 1e9;
      closeSync(stdout);
      if (partial.startsWith('Error:')) errorLines++;
      let rssKB = null;
      let rssSource = null;
      let cpuSecs = null;
      // GNU time writes "Command exited with non-zero status N" before its figures when the command fails.
      const figures = useTime && existsSync(timeFile) ? /^([\d.]+) ([\d.]+) (\d+)$/.exec(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) : null;
      if (figures) cpuSecs = Number(figures[1]) + Number(figures[2]);
      const stats = STATS_RE.exec(stderr);
      if (stats) {
        rssKB = Number(stats[1]);
        rssSource = 'LGSCO_STATS';
      } else if (figures) {
        rssKB = Number(figures[3]);
        rssSource = '/usr/bin/time';
      }
      rmSync(timeFile, { force: true });
      // Under GNU time a signal shows as exit status 128+N.
      const sig = signal ?? (useTime && code > 128 ? `signal ${code - 128}` : null);
      resolve({ secs, cpuSecs, code: sig ? null : code, signal: sig, stderr, errorLines, rssKB, rssSource });
    });
  });
}

/** Time `fn` `runs` times after `warmups` untimed calls; `{ median, p95, result }` in milliseconds. */
export async function latency(fn, { warmups = 3, runs = 20 } = {}) {
  let result;
  for (let i = 0; i < warmups; i++) result = await fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    result = await fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { median: percentile(ms, 50), p95: percentile(ms, 95), result };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted, p) {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** "20,000". */
export function int(n) {
  return Math.round(n).toLocaleString('en-GB');
}

/** A Markdown table (also readable as plain text on a terminal). */
export function markdownTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}
