/** Inputs larger than this are refused: a decision page is ~50 KB, a long report PDF a few MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
