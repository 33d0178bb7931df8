/**
 * Which body each payment is credited to in totals: the body that pays it, when the decision says which. Pure: the
 * local authority lookup is passed in (the store passes src/authorities' lookupAuthority, an in-memory index), so it
 * runs beside the parser and in a migration alike.
 *
 * The rule, in order:
 * 1. the payer names one of the decision's organisations (the same name, or the same local authority) → that
 *    organisation, named as the title names it;
 * 2. the payer is a known local authority that is not among them ("Surrey County Council has agreed to pay …" in a
 *    decision about a borough council) → that authority, named as the text names it;
 * 3. otherwise (no payer: one body, or the text does not say which; or a payer that is neither, such as a care
 *    provider the council commissioned) → the decision's first organisation, the body totals used before.
 * A decision with no organisation credits such payments to no body (null name and code).
 */
import type { Organisation } from '../../schemas/decision.js';

/** The local authority a name denotes (matchAuthority over the loaded index), or null. */
export type AuthorityLookup = (name: string) => { code: string } | null;

/** The body a payment is credited to: its name and, when it is a local authority, its code. */
export interface CreditedBody {
  name: string | null;
  authorityCode: string | null;
}

const SPACE_RE = /\s+/g;
const sameName = (a: string, b: string): boolean => a.replace(SPACE_RE, ' ').trim().toLowerCase() === b.replace(SPACE_RE, ' ').trim().toLowerCase();

/** The body credited with a payment whose payer is `payer` (see the rule above). */
export function creditPayment(payer: string | null, organisations: readonly Pick<Organisation, 'name' | 'authorityCode'>[], lookup: AuthorityLookup): CreditedBody {
  const first = organisations[0];
  const fallback: CreditedBody = { name: first?.name ?? null, authorityCode: first?.authorityCode ?? null };
  if (payer === null || payer.trim() === '') return fallback;
  const named = organisations.find((o) => sameName(o.name, payer));
  if (named) return { name: named.name, authorityCode: named.authorityCode };
  const authority = lookup(payer);
  if (!authority) return fallback;
  const same = organisations.find((o) => o.authorityCode === authority.code);
  if (same) return { name: same.name, authorityCode: same.authorityCode };
  return { name: payer.replace(SPACE_RE, ' ').trim(), authorityCode: authority.code };
}
