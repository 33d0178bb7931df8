/** What `lgsco scrape --help` and `update --help` end with: how the crawl behaves towards the site, and resuming. */
export const ETIQUETTE = `
Etiquette: robots.txt is fetched and obeyed; one request at a time with --delay between them; an honest
User-Agent; retries back off exponentially (with jitter) and honour Retry-After; only the base URL's host is ever
requested. LGSCO content may be re-used with attribution (see https://www.lgo.org.uk/copyright).

Resumable: all crawl state is in the database; killed at any moment and run again with the same arguments, it goes on
without fetching stored pages again. Ctrl-C stops after the request under way.

Exit status: 0 every window complete and every decision stored, 1 something incomplete or failed, 2 usage error,
130 interrupted.`;

/** `lgsco scrape --help`, after the options. */
export const SCRAPE_HELP = `
The range is walked in calendar-month windows (halved when a window has too many results to page safely). A window
is complete only when the items listed equal the count the site gives ("Your search has N results").
${ETIQUETTE}

Examples:
  $ lgsco scrape --from 2025-01-01 --to 2025-03-31
  $ lgsco scrape --from 2025-01-01 --max 50 --db sample.db`;

/** `lgsco update --help`, after the options. */
export const UPDATE_HELP = `
The range starts at the earlier of the last completed window and the first day of the month --months before today:
decisions are published at least six weeks after they are made, so recent months keep filling in. Windows in the range
are walked again; decisions already stored are not fetched again. A decision published later than that is found by
\`lgsco scrape --from … --to … --refresh\` over its month.
${ETIQUETTE}

Examples:
  $ lgsco update
  $ lgsco update --months 6`;

/** `lgsco reparse --help`, after the options. */
export const REPARSE_HELP = '\nDecisions whose pages and parser version did not change are left as they are.\n\nExample:\n  $ lgsco reparse --db data/lgsco.db';
