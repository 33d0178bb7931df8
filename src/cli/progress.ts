import type { CrawlProgress } from '../../scrapers/crawl.js';
import type { Io } from './output.js';

/** A one-line progress display on a terminal (stderr); silent when stderr is piped. */
export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly io: Io,
    private readonly total: number,
    private readonly label: string,
  ) {
    this.enabled = io.stderr.isTTY === true && total > 1 && process.env.CI !== 'true';
  }

  /** Show the count done; redraws at most ten times a second. */
  tick(done: number, extra = ''): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? Math.round((this.total - done) / rate) : 0;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    this.io.stderr.write(`\r${this.label} ${bar} ${done}/${this.total}  ${Math.round(rate)}/s  ETA ${eta}s ${extra}\x1b[K`);
  }

  /** Clear the line. */
  done(): void {
    if (this.enabled) this.io.stderr.write('\r\x1b[K');
  }
}

/** A one-line crawl status on a terminal (stderr); nothing when piped. */
export function crawlProgressLine(io: Io): { show: (p: CrawlProgress) => void; clear: () => void } {
  const enabled = io.stderr.isTTY === true && process.env.CI !== 'true';
  const started = Date.now();
  let last = 0;
  return {
    show(p) {
      if (!enabled || Date.now() - last < 200) return;
      last = Date.now();
      const perDecision = p.stored > 0 ? (Date.now() - started) / p.stored : 0;
      const eta = perDecision > 0 && p.queued > 0 ? ` · ETA ${Math.ceil((p.queued * perDecision) / 60_000)} min` : '';
      const page = p.pages > 0 ? ` page ${p.page}/${p.pages}` : '';
      io.stderr.write(`\rwindow ${p.window.fd}..${p.window.td}${page} · stored ${p.stored} · queued ${p.queued} · errors ${p.errors}${eta}\x1b[K`);
    },
    clear() {
      if (enabled) io.stderr.write('\r\x1b[K');
    },
  };
}
