import type { Db } from './db.js';

/** What a source file is to its decision now. */
export type SourceRole = 'current' | 'joined' | 'draft' | 'earlier';

/** A file or address a decision was read from (the sources table), with what it is to the decision now. */
export interface DecisionSource {
  location: string;
  sha256: string;
  parserVersion: string;
  importedAt: string;
  /**
   * current: the record stored is read from it; joined: the letter (or page) joined with it into one decision;
   * draft: the decision's draft, kept in decision_history; earlier: a previous version, kept in decision_history.
   */
  role: SourceRole;
}

/** Every source of one stored decision, in the order they were first imported. */
export function listSources(db: Db, decisionId: number): DecisionSource[] {
  return db
    .prepare(
      `SELECT s.location, s.sha256, s.parser_version AS parserVersion, s.imported_at AS importedAt,
         CASE WHEN s.sha256 = d.source_sha256 THEN 'current'
           WHEN EXISTS (SELECT 1 FROM decision_parts p WHERE p.decision_id = s.decision_id AND p.source_sha256 = s.sha256) THEN 'joined'
           WHEN EXISTS (SELECT 1 FROM decision_history h WHERE h.decision_id = s.decision_id AND h.source_sha256 = s.sha256
             AND json_extract(h.record, '$.stage') = 'draft') THEN 'draft'
           ELSE 'earlier' END AS role
       FROM sources s JOIN decisions d ON d.id = s.decision_id WHERE s.decision_id = ? ORDER BY s.id`,
    )
    .all(decisionId) as DecisionSource[];
}
