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
