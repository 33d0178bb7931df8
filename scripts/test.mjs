#!/usr/bin/env node
// npm test: build (type-checks the library), type-check the tests, run vitest, and print a last line
// "N passed, N failed" from vitest's JSON reporter. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = '.vitest-results.json';
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;
const finish = (passed, failed) => {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
};

const tsc = 'node_modules/typescript/bin/tsc';
if (run(process.execPath, [tsc, '-p', 'tsconfig.build.json']) !== 0) {
  console.error('build failed');
  finish(0, 1);
}
if (run(process.execPath, [tsc, '-p', 'tsconfig.json', '--noEmit']) !== 0) {
  console.error('type check failed');
  finish(0, 1);
}

rmSync(RESULTS, { force: true });
const vitest = run(process.execPath, [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${RESULTS}`,
  ...process.argv.slice(2),
]);
if (!existsSync(RESULTS)) {
  console.error('vitest wrote no results');
  finish(0, 1);
}
const r = JSON.parse(readFileSync(RESULTS, 'utf8'));
const brokenSuites = (r.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0).length;
const failed = r.numFailedTests + brokenSuites + (vitest !== 0 && r.numFailedTests + brokenSuites === 0 ? 1 : 0);
if (r.numPendingTests || r.numTodoTests) console.log(`${r.numPendingTests + (r.numTodoTests ?? 0)} skipped`);
finish(r.numPassedTests, failed);
