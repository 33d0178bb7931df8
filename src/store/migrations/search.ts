/** The full-text index over title, summary and body. */
import type { Migration } from './types.js';

export const FTS_AUTOMERGE: Migration = {
  id: 5,
  // FTS5 merges its index segments once 4 of a size accumulate (its default), so at archive scale every term's list
  // was rewritten four or five times as an import went on. Merging at 8 rewrites it about a third less often: each
  // import commit's share of the index work fell from 73 to 39 µs a decision at 100,000 decisions (insert ~50 µs
  // either way), and phrase and word queries were no slower. The setting is kept in the index itself.
  name: 'full-text index merges segments 8 at a time',
  sql: `
INSERT INTO decisions_fts (decisions_fts, rank) VALUES ('automerge', 8);
`,
};
