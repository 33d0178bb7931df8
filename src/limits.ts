import { ParseError } from './errors.js';

/** Inputs larger than this are refused: a decision page is ~50 KB, a long report PDF a few MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Refuse an input over the limit, naming it: used before reading a file and again on the bytes. */
export function checkSize(source: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new ParseError(source, 'input', `${(size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit for one decision`);
  }
}
