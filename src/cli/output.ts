import type { Writable } from 'node:stream';

/** Where a command writes: data to stdout, progress/warnings/errors to stderr. */
export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
}

export { formatPounds, wholePounds } from '../format/money.js';

/** Visible width of a string (code points; our data has no wide characters worth measuring). */
function width(s: string): number {
  return [...s].length;
}

/** Left/right-aligned plain-text table; columns listed in `right` are right-aligned (numbers). */
export function renderTable(headers: string[], rows: string[][], right: ReadonlySet<number> = new Set()): string {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(widths[i]! - width(c));
        return right.has(i) ? pad + c : c + pad;
      })
      .join('  ')
      .replace(/\s+$/, '');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

/** Truncate for a table cell. */
export function clip(s: string, max: number): string {
  return width(s) > max ? `${[...s].slice(0, max - 1).join('')}…` : s;
}

/** Write and wait for the stream to drain when it asks us to, so long outputs do not pile up in memory. */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve));
}

