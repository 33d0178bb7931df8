import type { Db } from '../db.js';

/**
 * A schema migration, applied in order and recorded in the `migrations` table (as sqlite-utils' Migrations does):
 * opening an older database upgrades it; a migration never changes once released.
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
  /** Data the SQL cannot compute, filled in the same transaction after it. */
  fill?: (db: Db) => void;
}
