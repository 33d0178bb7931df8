/** `lgsco export --help`, after the options. */
export const EXPORT_HELP = `
Money is in pence (amount_pence, total_pence…) and, in the column after each, in pounds as an exact decimal
(amount_pounds: 1250.50). counts_money is 0 for a report published again under another reference (its money is already
counted under the first one) and for a draft decision (stage draft: its remedies are proposals): sum only rows whose
counts_money is 1. The decisions CSV has a stage column (final or draft).

--datapackage writes decisions.csv, payments.csv, actions.csv and faults.csv into DIR (created if missing), with a
datapackage.json that describes every column, the licences and sources, and the period covered. It cannot be combined
with --format jsonl, --payments, --out or --bom.

CSV cells are safe to open in a spreadsheet: a text cell that starts with =, +, -, @, a tab or a carriage return gets
a ' in front, so it shows as text and never runs as a formula (numbers are left as they are). --out writes a temporary
file beside FILE and renames it only when the export is complete: a failed export leaves FILE as it was.

A database holding lgsco's bundled demo sample (data/sample: invented councils and decisions) is said to be demo data
on stderr, and in the data package's title, description and lgsco.sample.

--parquet writes decisions.parquet, payments.parquet, actions.parquet and faults.parquet into DIR: the data package's
rows and keys, typed (dates as DATE, money in whole pence as INT64, booleans, enums as strings; no *_pounds columns).
--datasette-metadata writes the metadata.json of \`datasette DB -m FILE\`. Each of --datapackage, --parquet and
--datasette-metadata stands alone: one at a time, without --format jsonl, --payments, --out or --bom.

Examples:
  $ lgsco export --format csv --out decisions.csv
  $ lgsco export --format csv --payments --out payments.csv
  $ lgsco export --payments --bom --out payments-excel.csv
  $ lgsco export --format jsonl | jq .remedy.totalPence
  $ lgsco export --datapackage lgsco-data && frictionless validate lgsco-data/datapackage.json
  $ lgsco export --parquet lgsco-parquet && duckdb -c "SELECT sum(amount_pence) FROM 'lgsco-parquet/payments.parquet'"
  $ lgsco export --datasette-metadata metadata.json && datasette data/lgsco.db -m metadata.json`;
