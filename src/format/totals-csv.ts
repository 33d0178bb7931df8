/** The totals CSV, the same from `lgsco totals --format csv` and the explorer's /totals.csv. */
import type { TotalsRow } from '../store/queries.js';
import { csvDocument, type CsvTableOptions } from './csv.js';

/** Columns before the pounds columns are added (csv.ts puts X_pounds after each X_pence); `sample` last, when given. */
export function totalsCsvColumns(perCapita: boolean, sample = false): string[] {
  return ['key', 'decisions', 'decisions_with_payment', 'total_pence', 'recommended_pence', 'check_pence', ...(perCapita ? ['population', 'per_100k_pence', 'below_min_decisions'] : []), ...(sample ? ['sample'] : [])];
}

export interface TotalsCsvOptions extends CsvTableOptions {
  /**
   * The short demo-data line of a database holding lgsco's bundled sample (src/store/sample.ts): a last column
   * "sample" holds it on every row, so it travels with any row copied out. Null or absent: no such column.
   */
  sample?: string | null;
}

/** Totals rows as CSV: snake_case headers, money in pence and exact pounds. */
export function totalsCsv(rows: readonly TotalsRow[], perCapita: boolean, options: TotalsCsvOptions = {}): string {
  const { sample, ...csv } = options;
  return csvDocument(
    totalsCsvColumns(perCapita, Boolean(sample)),
    rows.map((r) => ({
      key: r.key,
      decisions: r.decisions,
      decisions_with_payment: r.decisionsWithPayment,
      total_pence: r.totalPence,
      recommended_pence: r.recommendedPence,
      check_pence: r.checkPence,
      population: r.population,
      per_100k_pence: r.perHundredThousandPence,
      below_min_decisions: r.belowMinDecisions,
      sample: sample ?? null,
    })),
    csv,
  );
}
