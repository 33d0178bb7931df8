/**
 * The schema migrations, in the order they are applied (db.ts's migrate): each is defined, with why it exists, in
 * src/store/migrations/ by what it is about. A migration never changes once released; a new one goes at the end.
 */
import { CRAWL_STATE } from './migrations/crawl.js';
import { FIRST_SEEN_INDEX } from './migrations/first-seen.js';
import { CONFIDENCE, CREDITED_BODY, RECOUNT_MONEY, STAGE } from './migrations/money.js';
import { SAMPLE_SOURCES } from './migrations/sample.js';
import { FTS_AUTOMERGE, FTS_EXTERNAL_CONTENT } from './migrations/search.js';
import { TABLES, TOTALS_INDEXES } from './migrations/tables.js';
import type { Migration } from './migrations/types.js';

export type { Migration } from './migrations/types.js';

export const MIGRATIONS: readonly Migration[] = [TABLES, TOTALS_INDEXES, CRAWL_STATE, RECOUNT_MONEY, FTS_AUTOMERGE, STAGE, CREDITED_BODY, CONFIDENCE, SAMPLE_SOURCES,
  FTS_EXTERNAL_CONTENT, FIRST_SEEN_INDEX];
