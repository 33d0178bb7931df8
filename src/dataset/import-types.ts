import type { UpsertDetail } from '../store/decisions.js';

/** How far an import has got: files read of all found, and how many failed so far. */
export interface ImportProgress {
  done: number;
  total: number;
  failed: number;
}

/** What `Dataset.import` reports as it goes (each message one line, without a prefix) and what stops it. */
export interface ImportOptions {
  /** Progress after each file read (for a progress bar). */
  onProgress?: (progress: ImportProgress) => void;
  /** Something the user may want to know (a loop of links not followed, raw crawl pages skipped). */
  onNote?: (message: string) => void | Promise<void>;
  /** One input that failed (a bad file, a missing path, a record the store refused): the import goes on. */
  onError?: (message: string) => void | Promise<void>;
  /** Said once, when another process is writing the database and this import waits its turn. */
  onWait?: (message: string) => void;
  /** Stops the import after the record under way: what has been read is stored, and the summary says interrupted. */
  signal?: AbortSignal;
}

/** What an import did. Decisions: imported (new), updated (changed in place), unchanged, failed (inputs). */
export interface ImportSummary {
  imported: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** How stored records met decisions stored under another key or stage. */
  details: Record<UpsertDetail, number>;
  /** Files that held a decision already read from an earlier file in this run (counted as unchanged). */
  duplicates: number;
  /** Decision files found under the paths, and how many of them were read (fewer when interrupted). */
  files: number;
  read: number;
  /** Stopped by the signal before every file was stored. */
  interrupted: boolean;
  /** The line saying the dataset holds lgsco's bundled demo sample, or null. */
  sampleNotice: string | null;
}

/** A summary with nothing done yet. */
export function emptySummary(files: number): ImportSummary {
  return {
    imported: 0, updated: 0, unchanged: 0, failed: 0, details: { joined: 0, 'draft-superseded': 0, 'draft-replaced': 0 },
    duplicates: 0, files, read: 0, interrupted: false, sampleNotice: null,
  };
}
