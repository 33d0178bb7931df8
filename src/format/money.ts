/** Money as people read it, for tables, charts and pages (the CSV writer keeps exact pence and pounds: csv.ts). */

/** £ with thousands separators; pence shown only when there are any: 125050 → "£1,250.50", 130000 → "£1,300". */
export function formatPounds(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100).toLocaleString('en-GB');
  const p = abs % 100;
  return `${sign}£${pounds}${p ? `.${String(p).padStart(2, '0')}` : ''}`;
}

/** Pounds rounded to the pound, for tables and charts: 123456 → "£1,235". */
export function wholePounds(pence: number): string {
  return formatPounds(Math.round(pence / 100) * 100);
}
