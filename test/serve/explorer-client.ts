/** The explorer started for one describe block of tests, and a client that fetches its pages. */
import { afterAll, beforeAll } from 'vitest';
import { startExplorer, type Explorer } from '../../src/serve/server.js';

export interface ExplorerResponse {
  status: number;
  type: string | null;
  body: string;
}

export interface ExplorerClient {
  /** The explorer's address (once started). */
  url(): string;
  /** GET a path: status, content type and body as text. */
  get(path: string): Promise<ExplorerResponse>;
}

/**
 * Start the explorer on the database `db()` gives (called in beforeAll, so it may be built there) for the enclosing
 * describe block, and close it after. `keepBom`: the body as the bytes were sent (res.text() drops a byte order mark).
 */
export function useExplorer(db: () => string | Promise<string>, opts: { keepBom?: boolean; timeout?: number } = {}): ExplorerClient {
  let explorer: Explorer | undefined;
  beforeAll(async () => {
    explorer = await startExplorer({ db: await db(), port: 0, log: () => {} });
  }, opts.timeout);
  afterAll(async () => {
    await explorer?.close();
  });
  return {
    url: () => explorer!.url,
    get: async (path) => {
      const res = await fetch(new URL(path, explorer!.url));
      const body = opts.keepBom ? Buffer.from(await res.arrayBuffer()).toString('utf8') : await res.text();
      return { status: res.status, type: res.headers.get('content-type'), body };
    },
  };
}
