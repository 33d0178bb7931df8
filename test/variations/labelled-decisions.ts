import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HAS_SHARED, SHARED } from '../helpers.js';
import { readHeldOutRefs } from '../layouts/corpus.js';

/** One hand-labelled real decision: its file name and text. */
export interface LabelledDecision {
  name: string;
  text: string;
}

const REMEDY = join(SHARED, 'fixtures', 'remedy');
const REF_RE = /\b(\d{2})[ -](\d{3})[ -](\d{3}[a-z]?)\b/g;

/** Every reference a decision names in its file name or head (first 40 lines): a held-out one anywhere there excludes it. */
function refsOf(name: string, text: string): string[] {
  const head = `${name}\n${text.split('\n').slice(0, 40).join('\n')}`;
  return [...head.matchAll(REF_RE)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
}

/**
 * The decisions of ../shared/fixtures/remedy/decisions that a label file names (each once), held-out references left
 * out; empty when ../shared is absent.
 */
export function loadLabelledDecisions(): { decisions: LabelledDecision[]; heldOut: number } {
  if (!HAS_SHARED || !existsSync(join(REMEDY, 'labels'))) return { decisions: [], heldOut: 0 };
  const files = new Set<string>();
  for (const f of readdirSync(join(REMEDY, 'labels')).filter((f) => f.endsWith('.json'))) {
    const label = JSON.parse(readFileSync(join(REMEDY, 'labels', f), 'utf8')) as { file?: string };
    if (label.file?.startsWith('decisions/') && label.file.endsWith('.txt')) files.add(label.file);
  }
  const held = readHeldOutRefs();
  const decisions: LabelledDecision[] = [];
  let heldOut = 0;
  for (const file of [...files].sort()) {
    const path = join(REMEDY, file);
    if (!existsSync(path)) continue;
    const name = file.slice('decisions/'.length);
    const text = readFileSync(path, 'utf8');
    if (refsOf(name, text).some((r) => held.has(r))) heldOut++;
    else decisions.push({ name, text });
  }
  return { decisions, heldOut };
}
