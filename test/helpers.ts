import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Project root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Committed fixtures. */
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** The shared material (real fixtures, labels) beside the project; absent on a user's fresh clone. */
export const SHARED = join(ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'fixtures', 'labels'));
/** Reason printed when shared-fixture tests are skipped. */
export const SHARED_SKIP_MESSAGE = `skipped: ${SHARED}/fixtures is absent (real LGSCO fixtures are not part of the clone)`;
if (!HAS_SHARED) console.warn(SHARED_SKIP_MESSAGE);
/** The built CLI (npm test builds it first). */
export const BIN = join(ROOT, 'dist', 'src', 'cli', 'bin.js');
