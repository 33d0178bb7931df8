import { UsageError } from '../errors.js';
import { parseDate } from '../extract/decision-date.js';

/** A commander parser for a positive whole number, naming the option in its error. */
export function positiveInt(name: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name}: expected a positive whole number, got "${value}"`);
    return n;
  };
}

/** --bom makes sense for a CSV only. */
export function checkBom(opts: { bom?: boolean; format: string }): void {
  if (opts.bom && opts.format !== 'csv') throw new UsageError('--bom starts a CSV with a byte order mark for Excel: use it with --format csv');
}

/** A whole date YYYY-MM-DD (the crawl's --from and --to). */
export function dateOption(name: string, value: string): string {
  const iso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(value.trim()) ? parseDate(value.trim()) : null;
  if (!iso) throw new UsageError(`${name}: expected a date YYYY-MM-DD, got "${value}"`);
  return iso;
}

/** A whole number of at least `min`, given as text (the crawl's numeric options). */
export function intOption(name: string, value: string, min: number): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new UsageError(`${name}: expected a whole number ≥ ${min}, got "${value}"`);
  return Number(value);
}
