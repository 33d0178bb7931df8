/**
 * Layers point down: the CLI is a thin client of the library. Nothing under src/ outside src/cli, nor scrapers/,
 * imports from src/cli; and every command file stays argument parsing, one library call and an output writer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The relative modules a file imports or re-exports, static or dynamic, resolved to paths. */
const SPECIFIER_RE = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(SPECIFIER_RE)].map((m) => resolve(dirname(file), m[1]!));
}

describe('layers', () => {
  const cli = join(ROOT, 'src', 'cli');

  it('the import scanner sees what the CLI imports (so an empty answer below means something)', () => {
    expect(importsOf(join(cli, 'program.ts'))).toContain(join(cli, 'commands', 'import.js'));
    expect(importsOf(join(cli, 'db-path.ts'))).toContain(join(ROOT, 'src', 'dataset', 'index.js'));
  });

  it('no file under src/ outside src/cli, nor under scrapers/, imports from src/cli', () => {
    const below = [...sources(join(ROOT, 'src')).filter((f) => !f.startsWith(`${cli}/`)), ...sources(join(ROOT, 'scrapers'))];
    expect(below.length).toBeGreaterThan(50);
    const upward = below.flatMap((f) => importsOf(f).filter((target) => target.startsWith(`${cli}/`)).map((target) => `${relative(ROOT, f)} → ${relative(ROOT, target)}`));
    expect(upward).toEqual([]);
  });

  it('no command file is over 120 lines: the logic lives in the library', () => {
    const long = sources(join(cli, 'commands'))
      .map((f) => ({ file: relative(ROOT, f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > 120);
    expect(long).toEqual([]);
  });
});
