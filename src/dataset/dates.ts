import { parseDate } from '../extract/decision-date.js';

/**
 * A date filter as `lgsco totals` and the explorer take it: "2024" is 2024-01-01 as a start and 2024-12-31 as an
 * end; "2024-03" the month's first or last day; a full YYYY-MM-DD date as given (checked: no 2024-02-30). Null when
 * the value is none of these, for the caller to say so in its own terms (a flag, a URL parameter).
 */
export function parseDateFilter(value: string, end: boolean): string | null {
  const v = value.trim();
  if (/^\d{4}$/.test(v)) return end ? `${v}-12-31` : `${v}-01-01`;
  const month = /^(\d{4})-(\d{2})$/.exec(v);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return end ? `${v}-${String(last).padStart(2, '0')}` : `${v}-01`;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseDate(v) : null;
}
