/** Council-type words that a decision uses on their own for a named council ("the County Council"). */
const COUNCIL_KIND_RE = /\b(County|Borough|District|City|Metropolitan Borough|Metropolitan District|Parish|Town) Council\b/i;
const PROVIDER_RE = /\b(?:Limited|Ltd|Care|Home|Homes|Trust|Services?|LLP|PLC|CIC)\b/i;

/** Ways a text may name each body: its full name, "the County Council", "the care home", its first word. */
export function payerAliases(organisations: readonly string[]): { name: string; alias: RegExp }[] {
  const out: { name: string; alias: RegExp }[] = [];
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const name of organisations) {
    const words = [esc(name)];
    const kind = COUNCIL_KIND_RE.exec(name);
    if (kind && organisations.filter((o) => COUNCIL_KIND_RE.exec(o)?.[1]?.toLowerCase() === kind[1]!.toLowerCase()).length === 1) {
      words.push(`the ${esc(kind[0])}`);
    }
    if (!/council/i.test(name) && PROVIDER_RE.test(name)) words.push('the (?:care )?(?:home|provider|company)', 'the Trust');
    // Its first word ("Kent should pay…") only when no other body starts with it ("Exampleton County Council" and
    // "Exampleton Borough Council" are told apart by their full names or kinds, never by "Exampleton").
    const first = name.split(/\s+/)[0]!;
    const shared = organisations.some((o) => o !== name && o.split(/\s+/)[0]!.toLowerCase() === first.toLowerCase());
    if (!shared && first.length > 3 && !/^(?:the|london|city|royal|borough|county)$/i.test(first)) words.push(`${esc(first)}\\b`);
    out.push({ name, alias: new RegExp(`(?:${words.join('|')})`, 'gi') });
  }
  if (organisations.filter((o) => /council/i.test(o)).length === 1) {
    const council = organisations.find((o) => /council/i.test(o))!;
    out.push({ name: council, alias: /\bthe Council\b/g });
  }
  return out;
}

/**
 * The body that pays: the last body named before the amount in its clause ("the County Council should pay Mrs X
 * £2,000 and the Borough Council should pay her £300"). Null with a single body or when the text does not say.
 */
export function findPayer(textBefore: string, organisations: readonly string[]): string | null {
  if (organisations.length < 2) return null;
  let best: { name: string; at: number; length: number } | null = null;
  for (const { name, alias } of payerAliases(organisations)) {
    alias.lastIndex = 0;
    for (let m = alias.exec(textBefore); m; m = alias.exec(textBefore)) {
      // The last body named wins; at the same place, the longer name ("Exampleton Borough Council" over "Exampleton").
      if (best === null || m.index > best.at || (m.index === best.at && m[0].length > best.length)) best = { name, at: m.index, length: m[0].length };
    }
  }
  return best?.name ?? null;
}
