/**
 * When the parser's payee and a label's payee name the same person: the labels were written by hand, with glosses and
 * articles the parser does not keep, so an exact string match would count agreements as disagreements.
 */

/** Words that open a label's payee without naming anyone ("the family" and "family" are the same payee). */
const LEADING_ARTICLE_RE = /^(?:the|a|an)\s+/;
/** Where a label's payee stops naming and starts explaining: "Mr X (and his late mother's estate)". */
const PAYEE_GLOSS_RE = /[(,;:[]/;

/** Lower case, plain apostrophes, letters/digits/spaces only, no leading article. */
export function normalisePayee(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_ARTICLE_RE, '');
}

/** A payee's leading name: up to the first bracket, comma, semicolon or colon, normalised. */
export function leadingName(payee: string): string {
  return normalisePayee(payee.split(PAYEE_GLOSS_RE)[0]!);
}

/**
 * Loose payee agreement: the leading names of both (a gloss such as "(1 of 2)" or "(and his late mother's estate)"
 * cut off, normalised) are equal, or the parser's is contained in the label's as whole words ("Mrs X" in "Mr and
 * Mrs X"). A missing parsed payee never agrees; a label without a payee always does.
 */
export function payeeAgrees(parsed: string | null, labelPayee: string | null | undefined): boolean {
  if (!labelPayee) return true;
  if (!parsed) return false;
  const p = leadingName(parsed);
  const l = leadingName(labelPayee);
  return p !== '' && (p === l || ` ${l} `.includes(` ${p} `));
}
