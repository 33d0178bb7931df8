/** `lgsco totals --help`, after the options. */
export const TOTALS_HELP = `
TOTAL is every payment (recommended now + paid or offered before); RECOMMENDED is the money recommended by the
Ombudsman or agreed in response to the decision. Money of a report published under several references counts once.
Only final decisions are counted: a draft decision (stage draft) is in no row, neither as a decision nor as money, and
a decision stored from its letter and its web page is one decision.

Money goes to the body that pays it. Each payment is credited to its payer when the decision names one that is one
of its organisations or a known local authority ("the County Council should pay £2,000 and the Borough Council
£300"), else to the decision's first organisation. By council (and per capita, and by nation), a council's TOTAL
and RECOMMENDED are the money credited to it; its DECISIONS are the final decisions that name it, as an organisation
in their title or as the body a payment is credited to; WITH £ those of them that credit it a payment. A decision
naming two councils is in both rows, so the rows' decisions can add up to more than the All line, which counts each
decision once (and, like every figure here, all money once), whatever --limit shows. --council selects the decisions
that name the council and the money credited to it, in every grouping. Other groupings are by decision: all of a
decision's money is in its year, category and outcome. \`lgsco show REF\` prints a decision's split.

Each payment is certain (read by a rule that settles its amount, status and payee from its own sentence) or to
check (something was inferred: read from the body rather than the remedy statement, an amount stated in another
sentence or worked out, a status read from the verb's tense, no payee named, payees counted from the text). CHECK is
the money in payments to check, part of TOTAL; the line above the table says how much of the total that is, and
\`lgsco show REF\` gives each payment's reason. --certain-only counts certain payments only, in every grouping, per
capita and in the All line: money to check is left out of TOTAL and RECOMMENDED (CHECK then says how much was left
out) and WITH £ counts the decisions with a certain payment.

--council takes one body by a whole name, case aside: a council by any of its names ("Enfield", "London Borough of
Enfield", as mySociety's lookup knows them) or an organisation by its name as titled, or "(no organisation)". A part of
a name selects nothing ("Borough" matches nothing; exit 1 with the closest names); a name of several bodies ("Somerset":
the county council until 2023 and the council after it) exits 2 listing them.

Order (--sort): key (years in date order, names A to Z, "(no …)" rows last), total, recommended, decisions (largest
first) or per-capita. The default is key by year, per-capita with --per-capita, else total. Per capita, a council
needs --min-decisions decisions (default 5) for a per-head figure: the others (and bodies with no population) come
after the ranked councils, below a rule, marked "< 5 decisions" (belowMinDecisions in CSV and JSON), and are left out
of --chart. The chart shows the first 25 rows in the table's order.

A backwards range (--from after --to) is a usage error (exit 2); nothing found exits 1 (CSV: the header line; JSON: []).
JSON rows: {key, decisions, decisionsWithPayment, totalPence, recommendedPence, checkPence[, population,
perHundredThousandPence, belowMinDecisions][, sample]}. CSV columns (snake_case, as every lgsco CSV): key, decisions,
decisions_with_payment, total_pence, total_pounds, recommended_pence, recommended_pounds, check_pence, check_pounds[,
population, per_100k_pence, per_100k_pounds, below_min_decisions][, sample]; pounds are exact decimals (1250.50). A
text cell that starts with =, +, -, @, a tab or a carriage return gets a ' in front, so a spreadsheet never runs it as
a formula.

--chart writes SVG (the name must end .svg), headed by its title and ending with a source line crediting the Local
Government and Social Care Ombudsman, as its re-use terms ask.

Demo data: a database holding decisions of lgsco's bundled sample (data/sample: invented councils and decisions,
references 00 NNN NNN) says so in every output. Here: a line on stderr, and in short a last CSV column and a JSON
field "sample" on every row ("DEMO DATA: 42 of 44 decisions invented …") and a red line under the chart's title. Per
capita, the sample's invented councils have invented populations (never a real council).

Examples:
  $ lgsco totals --by council --from 2024-01-01
  $ lgsco totals --by year --council "Kent County Council"
  $ lgsco totals --by category --format csv > categories.csv
  $ lgsco totals --by council --certain-only
  $ lgsco totals --by council --per-capita --min-decisions 10
  $ lgsco totals --by year --sort total
  $ lgsco totals --by council --from 2025 --chart councils-2025.svg`;
