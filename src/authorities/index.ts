/**
 * The local authority lookup at run time: data/authorities/authorities.json (built from mySociety's CSVs by
 * scripts/build-authorities.mjs; contains data from mySociety, CC-BY-4.0), read once and cached.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchAuthority, type Authority, type AuthorityIndex } from './match.js';

export { matchAuthority, normaliseAuthorityName, type Authority, type AuthorityIndex } from './match.js';

/** Where the built lookup sits, relative to the project root. */
export const AUTHORITIES_JSON = join('data', 'authorities', 'authorities.json');

/** The nearest folder at or above `from` that holds a package.json. */
export function findProjectRoot(from: string): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json at or above ${from}`);
    dir = parent;
  }
}

let cached: AuthorityIndex | undefined;

/** The authority index, read from data/authorities/authorities.json on first use. */
export function loadAuthorityIndex(): AuthorityIndex {
  if (cached) return cached;
  // The module runs as src/authorities/index.ts (tests) or dist/src/authorities/index.js (built), so the
  // root is found by walking up rather than by a fixed number of "..".
  const path = join(findProjectRoot(dirname(fileURLToPath(import.meta.url))), AUTHORITIES_JSON);
  const index = JSON.parse(readFileSync(path, 'utf8')) as AuthorityIndex;
  if (!Array.isArray(index.authorities) || typeof index.names !== 'object' || index.names === null) {
    throw new Error(`${path}: not an authority index (run node scripts/build-authorities.mjs)`);
  }
  cached = index;
  return index;
}

/** The local authority an organisation name denotes (see matchAuthority), or null. */
export function lookupAuthority(name: string): Authority | null {
  return matchAuthority(name, loadAuthorityIndex());
}
