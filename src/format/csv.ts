/**
 * The one CSV writer of lgsco: every CSV the CLI, the data package and the explorer write goes through here, so they
 * quote, neutralise formulas, name money columns and mark Excel's BOM the same way.
 *
 * - RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, its quotes doubled; lines end with LF.
 * - CSV injection (OWASP's rule): a text cell that starts with =, +, -, @, tab or carriage return is prefixed with a
 *   single quote ', so a spreadsheet shows it as text instead of running it as a formula. Decision text is written by
 *   the public and quoted by the Ombudsman: "=HYPERLINK(…)" in a quoted sentence must stay words. Numbers (JS
 *   numbers, and the exact decimals of money columns) are never touched: -5 stays -5.
 * - Money: after every `X_pence` column a table gets an `X_pounds` column, the same money as an exact decimal
 *   ("1234.50", never a float), so a spreadsheet can sum pounds and a script can still sum integer pence.
 */

/** Excel reads a CSV as UTF-8 only when it starts with this byte order mark (else "£" shows as "Â£"). */
export const BOM = '\uFEFF';

/**
 * A text cell a spreadsheet would read as a formula (OWASP's list: = + - @ tab CR), or one whose text already starts
 * with quote marks before one of those: it gets one more, so dropping one leading ' always gives the text back.
 */
const FORMULA_START_RE = /^'*[=+\-@\t\r]/;
/** A field that must be quoted (RFC 4180). */
const NEEDS_QUOTES_RE = /[",\r\n]/;
const PENCE_SUFFIX_RE = /_pence$/;

/** A number written as its exact decimal text ("12.50", "-5.00"): a number, so never neutralised. */
export class CsvDecimal {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Whole pence as exact pounds with two decimals: 1250 → "12.50", -5 → "-0.05"; null stays null (an empty cell). */
export function poundsOf(pence: unknown): CsvDecimal | null {
  if (pence === null || pence === undefined || pence === '') return null;
  const n = typeof pence === 'bigint' ? pence : typeof pence === 'number' && Number.isFinite(pence) ? BigInt(Math.round(pence)) : null;
  if (n === null) return null;
  const abs = n < 0n ? -n : n;
  return new CsvDecimal(`${n < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`);
}

/**
 * One CSV field: numbers as they are; text neutralised when it starts like a formula, then quoted when RFC 4180 asks;
 * null/undefined as empty; objects as JSON.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof CsvDecimal) return value.text;
  let s = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (FORMULA_START_RE.test(s)) s = `'${s}`;
  return NEEDS_QUOTES_RE.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (LF line end, as most data tools expect). Header names go through csvField like any cell. */
export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\n`;
}

/** The pounds column that goes beside a pence column: amount_pence → amount_pounds; null for any other column. */
export function poundsColumnOf(column: string): string | null {
  return PENCE_SUFFIX_RE.test(column) ? column.replace(PENCE_SUFFIX_RE, '_pounds') : null;
}

/** The columns as written: each `X_pence` column followed by its `X_pounds` column. */
export function withPoundsColumns(columns: readonly string[]): string[] {
  return columns.flatMap((c) => {
    const pounds = poundsColumnOf(c);
    return pounds ? [c, pounds] : [c];
  });
}

export interface CsvTableOptions {
  /** Start the header with a UTF-8 byte order mark, for Excel (default: none). */
  bom?: boolean;
  /** Add an `X_pounds` column after each `X_pence` column (default true; `lgsco sql` writes the query's columns only). */
  pounds?: boolean;
}

/** A CSV table: its header line and its rows' lines, from rows keyed by column name. */
export interface CsvTable {
  /** The columns as written (with the pounds columns). */
  readonly columns: readonly string[];
  /** The header line (after the BOM when asked for). */
  header(): string;
  /** One row's line; a pounds column is filled from its pence column. */
  line(row: Readonly<Record<string, unknown>>): string;
}

/** A CSV table over `columns` (snake_case names, the row's keys). */
export function csvTable(columns: readonly string[], options: CsvTableOptions = {}): CsvTable {
  const pounds = options.pounds !== false;
  const cells = columns.flatMap((c) => {
    const p = pounds ? poundsColumnOf(c) : null;
    const get = (row: Readonly<Record<string, unknown>>): unknown => row[c];
    return p ? [{ name: c, get }, { name: p, get: (row: Readonly<Record<string, unknown>>) => poundsOf(row[c]) }] : [{ name: c, get }];
  });
  return {
    columns: cells.map((c) => c.name),
    header: () => `${options.bom ? BOM : ''}${csvLine(cells.map((c) => c.name))}`,
    line: (row) => csvLine(cells.map((c) => c.get(row))),
  };
}

/** A whole small CSV document (header and rows) as one string. */
export function csvDocument(columns: readonly string[], rows: Iterable<Readonly<Record<string, unknown>>>, options: CsvTableOptions = {}): string {
  const table = csvTable(columns, options);
  let out = table.header();
  for (const row of rows) out += table.line(row);
  return out;
}
