const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/** "05 Feb 2020", "5 February 2020", "08-Jan-2019", "12th September 2017". */
const DMY_RE = /\b(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})\b/;
/** "February 5, 2020". */
const MDY_RE = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** "05/02/2020" (UK order). */
const SLASH_RE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1974 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null; // 31 Feb
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function month(name: string): number | null {
  const k = name.toLowerCase();
  const m = MONTHS[k.slice(0, k === 'sept' || k.startsWith('sept') ? 4 : 3)];
  if (m === undefined) return null;
  // Accept the abbreviation or a full month name only ("Febuary" is not a month).
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][m - 1]!;
  return k.length <= 4 || full === k ? m : null;
}

/** Parse the date forms LGSCO pages and listings use into ISO "YYYY-MM-DD"; null when there is no valid date. */
export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  let m = ISO_RE.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY_RE.exec(text);
  if (m) {
    const mo = month(m[2]!);
    if (mo) return iso(Number(m[3]), mo, Number(m[1]));
  }
  m = MDY_RE.exec(text);
  if (m) {
    const mo = month(m[1]!);
    if (mo) return iso(Number(m[3]), mo, Number(m[2]));
  }
  m = SLASH_RE.exec(text);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}
