/**
 * The labelled real decisions behind `npm run accuracy` and test/accuracy.test.ts: hand labels in ../shared read into
 * one shape, with the held-out references left out before anything is read or parsed.
 *
 * Sources: fixtures/remedy/labels/*.json (each names its text, in fixtures/remedy/decisions or ../../seeds) and
 * fixtures/pdf/labels.json (the real decision letters, keyed by file name); and, for `--extra DIR`, a further set
 * kept outside the project in the same label format (DIR/labels/*.json naming DIR/decisions/*.txt).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { z } from 'zod';

/** "24 018 419", "24-018-419", "24018419" → "24018419". */
const CASE_REF_RE = /\b(\d{2})[\s-]?(\d{3})[\s-]?(\d{3})\b/g;
/** A £ figure in a label's free text: "£1,250.50", "£7000", "£200.000" (a typo for £200,000 in its source). */
const LABEL_POUND_RE = /£\s?(\d[\d,.]*)/g;
/** A figure written in words' place: "900 pounds". */
const LABEL_WORD_POUNDS_RE = /\b(\d[\d,.]*)\s+pounds?\b/gi;
/** Three digits after the last dot: the dot was a thousands separator. */
const DOT_THOUSANDS_RE = /\.\d{3}$/;

const LabelPaymentSchema = z.object({
  amountPence: z.number().int().nonnegative(),
  payee: z.string().nullable().optional(),
  purpose: z.string().nullable().optional(),
  status: z.enum(['recommended', 'prior']),
});
const NonRemedySchema = z.object({ text: z.string(), why: z.string() });

/** One file of fixtures/remedy/labels (README there: label conventions). */
const RemedyLabelSchema = z.object({
  file: z.string(),
  payments: z.array(LabelPaymentSchema),
  totalPence: z.number().int().nonnegative(),
  recommendedPence: z.number().int().nonnegative(),
  unquantifiedRemedies: z.array(z.string()),
  nonRemedyAmounts: z.array(NonRemedySchema),
});

/** One entry of fixtures/pdf/labels.json; a draft carries no remedy keys (proposals are not a remedy). */
const LetterLabelSchema = z.object({
  caseRef: z.string(),
  stage: z.enum(['final', 'draft']).optional(),
  payments: z.array(LabelPaymentSchema).optional(),
  totalPence: z.number().int().nonnegative().optional(),
  recommendedPence: z.number().int().nonnegative().optional(),
  unquantifiedRemedies: z.array(z.string()).optional(),
  nonRemedyAmounts: z.array(NonRemedySchema).optional(),
});

export type LabelPayment = z.infer<typeof LabelPaymentSchema>;

/** A labelled amount that is not a remedy, with the figures its text names, in pence. */
export interface NonRemedyAmount {
  text: string;
  why: string;
  pence: number[];
}

/** What a person read in one document; null where the label says nothing on that field. */
export interface Expected {
  payments: LabelPayment[] | null;
  totalPence: number | null;
  recommendedPence: number | null;
  unquantified: string[] | null;
  nonRemedy: NonRemedyAmount[];
  stage: 'final' | 'draft' | null;
}

/** One labelled document. */
export interface LabelledCase {
  /** Label name: "24-018-419", "seed-001", "14-019-995-final.pdf". */
  label: string;
  /** The document, relative to ../shared/fixtures ("remedy/decisions/24-018-419.txt", "pdf/…", "../seeds/…"). */
  file: string;
  /** Absolute path of the document. */
  path: string;
  expected: Expected;
}

/** The labelled cases, and how many were left out as held out (never named). */
export interface LoadedCases {
  cases: LabelledCase[];
  heldOut: number;
}

/** The £ figures a label's text names, in pence ("£7000 / £7,000" → [700000]; "900 pounds" → [90000]). */
export function labelFigures(text: string): number[] {
  const out = new Set<number>();
  for (const re of [LABEL_POUND_RE, LABEL_WORD_POUNDS_RE]) {
    for (const m of text.matchAll(re)) {
      let raw = m[1]!.replace(/[.,]+$/, '');
      raw = DOT_THOUSANDS_RE.test(raw) ? raw.replace(/\./g, '') : raw;
      const pounds = Number(raw.replace(/,/g, ''));
      if (Number.isFinite(pounds) && pounds > 0) out.add(Math.round(pounds * 100));
    }
  }
  return [...out];
}

/** Every case reference in a text, as bare digits. */
function caseRefsIn(text: string): string[] {
  return [...text.matchAll(CASE_REF_RE)].map((m) => `${m[1]}${m[2]}${m[3]}`);
}

/** The references in a list file (one a line, "#" comments), as bare digits; empty when the file is absent. */
function readRefsFile(file: string): Set<string> {
  if (!existsSync(file)) return new Set();
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.trimStart().startsWith('#'));
  return new Set(lines.flatMap(caseRefsIn));
}

/** The held-out references (fixtures/held-out-refs.txt), as bare digits; empty when the file is absent. */
export function readHeldOutRefs(shared: string): Set<string> {
  return readRefsFile(join(shared, 'fixtures', 'held-out-refs.txt'));
}

/** True when ../shared holds the labelled decisions. */
export function hasLabels(shared: string): boolean {
  return existsSync(join(shared, 'fixtures', 'remedy', 'labels'));
}

/** True when an extra set holds a labels/ folder. */
export function hasExtraLabels(dir: string): boolean {
  return existsSync(join(dir, 'labels'));
}

const nonRemedy = (entries: z.infer<typeof NonRemedySchema>[] | undefined): NonRemedyAmount[] =>
  (entries ?? []).map((n) => ({ ...n, pence: labelFigures(n.text) }));

/** The name a --only argument matches: its base name without extension. */
const stem = (name: string): string => basename(name).replace(/\.(json|txt|pdf)$/i, '');

/** Keeps a case unless a held-out reference is among its sources; counts the held-out ones, never names them. */
function caseCollector(
  heldOutRefs: ReadonlySet<string>,
  only: string | undefined,
): { add: (c: LabelledCase, refSources: string[]) => void; result: () => LoadedCases } {
  const cases: LabelledCase[] = [];
  let heldOut = 0;
  const add = (c: LabelledCase, refSources: string[]): void => {
    if (refSources.flatMap(caseRefsIn).some((r) => heldOutRefs.has(r))) heldOut++;
    else if (only === undefined || stem(only) === stem(c.label) || stem(only) === stem(c.path)) cases.push(c);
  };
  return { add, result: (): LoadedCases => ({ cases, heldOut }) };
}

/**
 * Read one folder of remedy labels. A label's `file` is relative to `base`; the case's `file` is shown relative to
 * `shownFrom`. The document's raw text goes to `add` with the names, so a held-out reference it holds drops the case
 * before anything parses it.
 */
function readRemedyLabels(labelsDir: string, base: string, shownFrom: string, add: (c: LabelledCase, refSources: string[]) => void): void {
  for (const name of readdirSync(labelsDir).filter((f) => f.endsWith('.json')).sort()) {
    const raw = RemedyLabelSchema.parse(JSON.parse(readFileSync(join(labelsDir, name), 'utf8')));
    const path = join(base, raw.file);
    const text = existsSync(path) ? readFileSync(path, 'latin1') : '';
    const expected: Expected = {
      payments: raw.payments,
      totalPence: raw.totalPence,
      recommendedPence: raw.recommendedPence,
      unquantified: raw.unquantifiedRemedies,
      nonRemedy: nonRemedy(raw.nonRemedyAmounts),
      stage: null,
    };
    add({ label: stem(name), file: relative(shownFrom, path), path, expected }, [name, raw.file, text]);
  }
}

/**
 * Read every label and where its document is. Held-out references are dropped by the label's name and reference,
 * and (text documents) by any reference the raw text holds, before the caller parses anything. `only` keeps the
 * cases whose label or document has that name (with or without directory and extension).
 */
export function loadLabelledCases(shared: string, only?: string): LoadedCases {
  const fixtures = join(shared, 'fixtures');
  const { add, result } = caseCollector(readHeldOutRefs(shared), only);

  // A label's `file` is relative to fixtures/remedy: "decisions/….txt", or "../../seeds/…" for the seeds.
  const remedyDir = join(fixtures, 'remedy');
  readRemedyLabels(join(remedyDir, 'labels'), remedyDir, fixtures, add);

  const pdfLabels = join(fixtures, 'pdf', 'labels.json');
  if (existsSync(pdfLabels)) {
    const all = z.record(z.string(), LetterLabelSchema).parse(JSON.parse(readFileSync(pdfLabels, 'utf8')));
    for (const [name, raw] of Object.entries(all).sort(([a], [b]) => a.localeCompare(b))) {
      const path = join(fixtures, 'pdf', name);
      const expected: Expected = {
        payments: raw.payments ?? null,
        totalPence: raw.totalPence ?? null,
        recommendedPence: raw.recommendedPence ?? null,
        unquantified: raw.unquantifiedRemedies ?? null,
        nonRemedy: nonRemedy(raw.nonRemedyAmounts),
        stage: raw.stage ?? null,
      };
      add({ label: name, file: relative(fixtures, path), path, expected }, [name, raw.caseRef]);
    }
  }
  return result();
}

/**
 * Read an extra labelled set kept outside ../shared (`--extra DIR`): DIR/labels/*.json in the remedy label format,
 * each naming its text relative to DIR ("decisions/<ref>.txt"). The references held out in ../shared — and in
 * DIR/held-out-refs.txt, if the set has one — are dropped exactly as in loadLabelledCases, before anything parses.
 */
export function loadExtraCases(shared: string, dir: string, only?: string): LoadedCases {
  const heldOutRefs = new Set([...readHeldOutRefs(shared), ...readRefsFile(join(dir, 'held-out-refs.txt'))]);
  const { add, result } = caseCollector(heldOutRefs, only);
  readRemedyLabels(join(dir, 'labels'), dir, dir, add);
  return result();
}
