import type { Organisation } from '../../schemas/decision.js';
import { TITLE_RE } from '../read/patterns.js';

/** Words a public body's or company's name ends with: only names that end so are split on " and " / ", ". */
export const BODY_END_RE =
  /\b(?:Council|Authority|Trust|Limited|Ltd\.?|LLP|PLC|plc|CIC|Group|Board|Partnership|Service|Services|Ombudsman|Police|Commissioner|School|Academy|College|Home|Homes|Care|Agency|Corporation|Association|Company)$/;

/** The organisation part of a title: everything before the last bracketed reference. */
export function organisationName(title: string | null): string | null {
  if (!title) return null;
  const m = TITLE_RE.exec(title.trim());
  if (!m) return null;
  const name = m[1]!.replace(/\s+/g, ' ').trim();
  return name === '' ? null : name;
}

/**
 * Split a title name into its bodies only where every part is itself a body name: "Kent County Council and Medway
 * Council" → two; "Cheshire West and Chester Council" and "Bournemouth, Christchurch and Poole Council" stay one.
 */
export function splitOrganisationNames(name: string): string[] {
  for (const sep of [/\s+and\s+/, /\s*,\s+/, /\s+&\s+/]) {
    const parts = name.split(sep);
    if (parts.length > 1 && parts.every((p) => BODY_END_RE.test(p.trim()) && p.trim().split(/\s+/).length >= 2)) {
      return parts.flatMap((p) => splitOrganisationNames(p.trim()));
    }
  }
  return [name];
}

/** Organisations named by the title, in order, with authority codes left for the store's lookup. */
export function extractOrganisations(title: string | null): Organisation[] {
  const name = organisationName(title);
  if (!name) return [];
  return splitOrganisationNames(name).map((n) => ({ name: n, authorityCode: null, gssCode: null }));
}
