/**
 * Large patterns compiled to machine code up front. V8 runs a pattern's first match from bytecode and compiles machine
 * code at a later one; for the rule patterns built from long word lists (thousands of characters of alternation) the
 * bytecode and its optimisation cost many times what the machine code does, and every parsing thread paid for both
 * on its first pages. V8 compiles machine code at once when the first subject is long (1,000 characters or more), so
 * one run on such a string, which no rule can match, does it. Matching is unchanged: only when the compiling happens.
 */

/** A subject long enough for V8 to compile machine code straight away; NUL characters, which no rule matches. */
const LONG_SUBJECT = '\u0000'.repeat(1000);
/** Patterns from this long compile faster to machine code than through bytecode first (smaller ones are cheap). */
const LARGE_SOURCE = 400;

/** The pattern itself, compiled to machine code now when it is large. */
export function compileNow<T extends RegExp | null | undefined>(re: T): T {
  if (re && re.source.length >= LARGE_SOURCE) {
    re.test(LONG_SUBJECT);
    re.lastIndex = 0;
  }
  return re;
}
