import type { TotalsRow } from '../store/queries.js';
import { escapeHtml } from './escape-html.js';

/** One bar: a label, a value, and optionally a link (in the explorer) to the filtered view. */
export interface Bar {
  label: string;
  value: number;
  href?: string;
}

/**
 * The attribution every chart carries at its foot: LGSCO's re-use terms ask for the Ombudsman to be credited (README
 * "Re-use"), and a chart pasted into an article travels without the page around it.
 */
export const CHART_SOURCE = 'Source: Local Government and Social Care Ombudsman decisions (www.lgo.org.uk/decisions), compiled with lgsco';

/** Most bars a chart shows (the table below it has every row). */
export const CHART_BARS = 25;

/**
 * Bars for totals rows, the first CHART_BARS in the rows' order (the table's: queryTotals sorts them): their money, or
 * per capita their money per 100,000 residents, leaving out the rows with no per-head figure (too few decisions or
 * no population), which the table lists apart.
 */
export function totalsBars(rows: TotalsRow[], perCapita: boolean, href?: (row: TotalsRow) => string): Bar[] {
  return rows
    .filter((r) => !perCapita || r.perHundredThousandPence != null)
    .slice(0, CHART_BARS)
    .map((r) => ({ label: r.key, value: perCapita ? r.perHundredThousandPence! : r.totalPence, ...(href ? { href: href(r) } : {}) }));
}

export interface ChartOptions {
  title: string;
  /** How a value is printed at the end of its bar ("£1,234"). */
  format: (value: number) => string;
  /** Overall width in px (default 720). */
  width?: number;
  /**
   * A warning printed under the title, in red, that travels with the chart wherever it is pasted: the demo-data notice
   * of a database holding lgsco's bundled sample (src/sample.ts, short form).
   */
  note?: string | null;
}

const ROW = 26;
const BAR = 18;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

function clipLabel(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * A horizontal bar chart as a standalone SVG (no script, no fonts or files to fetch): the same markup is inlined in the
 * explorer's pages and written by `lgsco totals --chart`, so it renders offline and pastes into an article.
 */
export function barChartSvg(bars: Bar[], options: ChartOptions): string {
  const width = options.width ?? 720;
  const labelWidth = Math.min(300, Math.max(80, Math.max(0, ...bars.map((b) => Math.min(b.label.length, 40))) * 7 + 12));
  const valueWidth = 90;
  const plot = width - labelWidth - valueWidth - 16;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const note = options.note ?? null;
  const top = note ? 54 : 34;
  const plotBottom = top + Math.max(1, bars.length) * ROW;
  const height = plotBottom + 30;
  const rows = bars.map((b, i) => {
    const y = top + i * ROW;
    const w = max > 0 ? Math.max(b.value > 0 ? 1 : 0, Math.round((b.value / max) * plot)) : 0;
    const label = escapeHtml(clipLabel(b.label, 40));
    const value = escapeHtml(options.format(b.value));
    const bar = `<rect class="bar" x="${labelWidth}" y="${y}" width="${w}" height="${BAR}" rx="2" fill="#1d70b8"><title>${escapeHtml(b.label)}: ${value}</title></rect>`;
    const text =
      `<text x="${labelWidth - 8}" y="${y + BAR - 5}" text-anchor="end" fill="#0b0c0c">${label}</text>` +
      `<text x="${labelWidth + w + 6}" y="${y + BAR - 5}" fill="#0b0c0c">${value}</text>`;
    const row = `${bar}${text}`;
    return b.href ? `<a href="${escapeHtml(b.href)}">${row}</a>` : row;
  });
  const empty = bars.length === 0 ? `<text x="${width / 2}" y="${top + 16}" text-anchor="middle" fill="#505a5f">No data for these filters</text>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title" font-family="${FONT}" font-size="13">` +
    `<title id="chart-title">${escapeHtml(note ? `${options.title} (${note})` : options.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="0" y="18" font-size="15" font-weight="700" fill="#0b0c0c">${escapeHtml(options.title)}</text>` +
    (note ? `<text class="sample-note" x="0" y="38" font-size="13" font-weight="700" fill="#d4351c">${escapeHtml(note)}</text>` : '') +
    rows.join('') +
    empty +
    `<text class="source" x="0" y="${plotBottom + 20}" font-size="11" fill="#505a5f">${escapeHtml(CHART_SOURCE)}</text>` +
    `</svg>`
  );
}

/** What a totals chart is titled: the money, how it is grouped and the filters that select it. */
export function totalsChartTitle(q: { by: string; perCapita: boolean; certainOnly: boolean; council?: string | null; category?: string | null; from?: string | null; to?: string | null }): string {
  const scope = [q.council, q.category, q.from && `from ${q.from}`, q.to && `to ${q.to}`].filter(Boolean).join(', ');
  return `Ombudsman remedy payments${q.certainOnly ? ' (certain only)' : ''} by ${q.by}${q.perCapita ? ' per 100,000 residents' : ''}${scope ? ` (${scope})` : ''}`;
}
