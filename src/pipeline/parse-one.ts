import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Decision } from '../../schemas/decision.js';
import type { DocumentType } from '../../schemas/enums.js';
import { LgscoError } from '../errors.js';
import { formatPounds } from '../format/money.js';
import { clip } from '../format/table.js';
import { checkSize } from '../limits.js';
import { readSampleMarker, type SampleKind } from '../sample.js';
import { prepareRows, type PreparedRows } from '../store/rows.js';
import { chapterOf } from './chapter.js';

/** How `lgsco parse` renders each record. */
export interface RenderOptions {
  /** "record": the record itself; "rows": its store rows, for the importer. */
  format: 'jsonl' | 'json' | 'table' | 'record' | 'rows';
  sections: boolean;
}

/** What to parse each file as, and how to render it. */
export interface ParseJobOptions extends RenderOptions {
  url: string | null;
  type: DocumentType | null;
  maxBytes: number;
}

/** One input's outcome: the rendered record (a JSON text or a table row) or a one-line error. */
export type ParseResult = {
  file: string;
  json?: string;
  row?: string[];
  record?: Decision;
  /** Store rows for the record (format "rows"): flattened in the worker so the writer only runs SQL. */
  rows?: PreparedRows;
  /** Report chapter number from the page's own address (?chapter=N), for the importer to join chapters. */
  chapter?: number | null;
  /** The file's bundled-sample marker (src/sample.ts), read from its bytes for the importer: null when it has none. */
  sample?: SampleKind | null;
  error?: string;
};

function render(record: Decision, opts: RenderOptions): { json?: string; row?: string[]; record?: Decision; rows?: PreparedRows } {
  if (opts.format === 'record') return { record };
  if (opts.format === 'rows') return { rows: prepareRows(record) };
  if (opts.format === 'table') {
    return {
      row: [
        record.caseRef,
        clip(record.organisations.map((o) => o.name).join('; ') || '—', 48),
        clip([record.category, record.subcategory].filter(Boolean).join(' > ') || '—', 44),
        record.outcomeLabel ?? '—',
        record.decisionDate ?? '—',
        record.remedy.totalPence ? formatPounds(record.remedy.totalPence) : '—',
      ],
    };
  }
  const out = opts.sections ? record : { ...record, sections: undefined };
  return { json: opts.format === 'json' ? JSON.stringify(out, null, 2) : JSON.stringify(out) };
}

/** Read one input (a path or "-" for stdin), refusing oversized files before reading them. */
async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }
  // Synchronous reads: for local files they cost a fraction of the promise round trips, and the parse is CPU-bound.
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    checkSize(path, size, maxBytes);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Parse and render one file; never throws. */
export async function parseOneFile(file: string, opts: ParseJobOptions): Promise<ParseResult> {
  try {
    const data = await readInput(file, opts.maxBytes);
    // Imported on first use, so a worker pool starts before the main thread loads the parser.
    const { parseDecision } = await import('../parse.js');
    const record = await parseDecision(data, {
      filename: file === '-' ? '<stdin>' : file,
      url: opts.url,
      documentType: opts.type,
      maxBytes: opts.maxBytes,
    });
    return { file, ...render(record, opts), ...(opts.format === 'record' || opts.format === 'rows' ? { chapter: chapterOf(data), sample: readSampleMarker(data) } : {}) };
  } catch (err) {
    return { file, error: describeFailure(file, err) };
  }
}

/**
 * One line for a file that failed. A file-system error about the input itself says what happened to it; one about
 * any other path (a data file of a broken install, say) keeps its own message, which names that path.
 */
export function describeFailure(file: string, err: unknown): string {
  if (err instanceof LgscoError) return err.message;
  const { code, path } = (err ?? {}) as NodeJS.ErrnoException;
  if (path === undefined || path === file) {
    if (code === 'ENOENT') return `${file}: input: the file is gone (deleted or moved before it could be read)`;
    if (code === 'EACCES') return `${file}: input: permission denied`;
    if (code === 'EISDIR') return `${file}: input: is a folder`;
  }
  return `${file}: ${err instanceof Error ? err.message : String(err)}`;
}
