/** Base of every error lgsco raises on purpose; `exitCode` is what the CLI exits with. */
export class LgscoError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A snippet of input for error messages: one line, at most `max` characters. */
export function snippet(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** An input that cannot be read as a decision: names the source, the field and what was seen. */
export class ParseError extends LgscoError {
  constructor(
    readonly source: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${source}: ${field}: ${reason}`, 'PARSE', 1);
  }
}

/** A network fetch that failed after its retries. */
export class FetchError extends LgscoError {
  constructor(
    readonly url: string,
    reason: string,
    readonly status: number | null = null,
  ) {
    super(`${url}: ${reason}`, 'FETCH', 1);
  }
}

/** Bad command-line usage (exit code 2). */
export class UsageError extends LgscoError {
  constructor(message: string) {
    super(message, 'USAGE', 2);
  }
}
