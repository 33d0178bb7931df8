/** The bundled sample, a fresh database for it, and the notices a database built from all of it carries (test/sample*.test.ts). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

export { cli } from './run-cli.js';

export const SAMPLE = join(ROOT, 'data', 'sample');
export const tempDb = (name: string): string => join(mkdtempSync(join(tmpdir(), 'lgsco-sample-')), `${name}.db`);

/** The full notice of a database built from the whole sample, and its short form. */
export const NOTICE = "DEMO DATA: this database was built from lgsco's bundled sample (data/sample): 42 of its 44 decisions are invented (invented councils and populations, references 00 NNN NNN); 2 are real decisions copied into it. Not for publication.";
export const SHORT = "DEMO DATA: 42 of 44 decisions invented (lgsco's bundled sample). Not for publication.";
