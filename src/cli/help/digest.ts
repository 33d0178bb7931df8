/** `lgsco digest --help`, after the options. */
export const DIGEST_HELP = `
"First seen" is when lgsco first stored a decision (lgsco import, lgsco update or a crawl), not its decision date: a
decision published long ago and imported this week is new here. A page that changed since it was first stored, or a
final decision that took the place of its stored draft, is not new again.

md lists each decision with its date, outcome, money, each payment (amount, payee, status, the sentence it was read
from) and its other actions. csv has one row per payment (a decision without one has a row of its own), the money in
pence and in pounds. json holds the decisions with their payments and actions.

Exit status 1 when no decision was first stored since the date (md still says "None.", csv prints its header, json an
empty list). A database holding lgsco's bundled demo sample is said to be demo data on stderr.

Examples:
  $ lgsco digest --since 2026-11-27
  $ lgsco digest --since 2026-11-27 --council "Demoshire County Council" --format csv > new-this-week.csv`;
