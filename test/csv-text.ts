/** Reading CSV in tests: RFC 4180 (quoted fields may hold commas, quotes and newlines; LF or CRLF line ends). */

/** CSV text into rows of strings. A leading byte order mark is an error here: tests that want one strip it first. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

/** CSV text as records (column name → raw string). */
export function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** A cell a spreadsheet would run as a formula: it starts with = + - @ tab or CR and is not a plain number. */
export function isFormulaCell(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell);
}

/** Every cell of a CSV that a spreadsheet would run as a formula, with its line and column (expected: none). */
export function formulaCells(text: string): string[] {
  const [header = [], ...rows] = parseCsv(text);
  return rows.flatMap((r, i) => r.flatMap((cell, j) => (isFormulaCell(cell) ? [`row ${i + 1} ${header[j]}: ${JSON.stringify(cell)}`] : [])));
}
