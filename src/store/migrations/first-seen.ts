/** When each decision was first stored, for `lgsco digest` (migration 11). */
import type { Migration } from './types.js';

export const FIRST_SEEN_INDEX: Migration = {
  id: 11,
  // decisions.first_imported_at has been set when a row is made since migration 1 (a later version of the page, a final
  // taking its draft's row, a page joining its letter's row leave it), so every stored row already holds when it was
  // first seen: nothing to fill. The digest reads the decisions first seen since a date, newest first, from this index
  // instead of scanning the table. IF NOT EXISTS: a database whose later migrations were undone by hand (as the
  // store's migration tests do) may still hold the index, and applying this again must leave it as it is.
  name: 'index on when each decision was first stored (first_imported_at), for lgsco digest',
  sql: `
CREATE INDEX IF NOT EXISTS decisions_first_seen ON decisions(first_imported_at);
`,
};
