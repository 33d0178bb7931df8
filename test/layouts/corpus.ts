import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, HAS_SHARED, SHARED } from '../helpers.js';

/** One real decision text the layouts are made from. */
export interface CorpusDoc {
  /** Where it comes from, relative to its fixture folder ("decisions/19-002-900.txt", "seeds/004-….txt"). */
  name: string;
  /** The fixture text: "URL: …", blank line, page text (seeds: page text only). */
  text: string;
}

const REF_RE = /\b(\d{2})[ -](\d{3})[ -](\d{3}[a-z]?)\b/g;

/** References never to be collected, labelled or tested on (../shared/fixtures/held-out-refs.txt). */
export function readHeldOutRefs(): Set<string> {
  const path = join(SHARED, 'fixtures', 'held-out-refs.txt');
  if (!existsSync(path)) return new Set();
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^\d{2} \d{3} \d{3}[a-z]?$/.test(l)),
  );
}

/** Every reference the file names in its name, address or head (the first 40 lines). */
function refsOf(name: string, text: string): string[] {
  const head = `${name}\n${text.split('\n').slice(0, 40).join('\n')}`;
  return [...head.matchAll(REF_RE)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
}

/**
 * The seeds (always) and, when ../shared is present, every real fixture text: decisions/*.txt and the remedy
 * decisions that are not already among them (most are byte-identical copies). Held-out references are left out.
 */
export function loadCorpus(): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  const seen = new Set<string>();
  const add = (name: string, path: string): void => {
    const text = readFileSync(path, 'utf8');
    if (seen.has(text)) return;
    seen.add(text);
    docs.push({ name, text });
  };
  const seeds = join(FIXTURES, 'seeds');
  for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) add(`seeds/${f}`, join(seeds, f));
  if (HAS_SHARED) {
    for (const folder of ['decisions', join('remedy', 'decisions')]) {
      const dir = join(SHARED, 'fixtures', folder);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) add(`${folder}/${f}`, join(dir, f));
    }
  }
  const held = readHeldOutRefs();
  return docs.filter((d) => !refsOf(d.name, d.text).some((r) => held.has(r)));
}
