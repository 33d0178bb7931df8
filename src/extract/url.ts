/** Query parameters that mail-security and redirect wrappers use to carry the real address. */
const WRAPPER_PARAMS = ['url', 'u', 'q', 'target', 'redirect', 'redirect_url', 'dest', 'destination', 'link'];
/** Proofpoint URL Defense v3: https://urldefense.com/v3/__<url>__;!!… */
const URLDEFENSE_V3_RE = /^https?:\/\/urldefense\.(?:com|proofpoint\.com)\/v3\/__(.+?)__;/i;
/** Proofpoint v2: ?u=https-3A__www.lgo.org.uk_decisions_…&d=… */
const URLDEFENSE_V2_RE = /^https?:\/\/urldefense\.proofpoint\.com\/v2\/url\?/i;
/** A decision address embedded in another address. */
const EMBEDDED_DECISION_RE = /(https?:\/\/(?:www\.)?lgo\.org\.uk\/decisions\/[a-z0-9-]+\/[a-z0-9-]+\/\d{2}-\d{3}-\d{3}[a-z]?)(?![0-9a-z])/i;
const LGO_HOST_RE = /^(?:www\.)?lgo\.org\.uk$/i;
const DECISION_PATH_RE = /^\/decisions\/([a-z0-9-]+)\/([a-z0-9-]+)\/(\d{2})-(\d{3})-(\d{3})([a-z]?)\/?$/i;

/** Parse an address, accepting a bare host ("lgo.org.uk/decisions/…") and relative paths ("/decisions/…"). */
function toUrl(raw: string): URL | null {
  let s = raw.trim().replace(/^<|>$/g, '');
  if (s.startsWith('/')) s = `https://www.lgo.org.uk${s}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) s = `https://${s}`;
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

/** Take a wrapped address (Outlook Safe Links, Mimecast, Proofpoint, Google redirects) back to the one inside. */
function unwrap(url: URL, depth = 0): URL {
  if (depth > 3 || LGO_HOST_RE.test(url.hostname)) return url;
  const v3 = URLDEFENSE_V3_RE.exec(url.href);
  if (v3) {
    const inner = toUrl(v3[1]!);
    if (inner) return unwrap(inner, depth + 1);
  }
  if (URLDEFENSE_V2_RE.test(url.href)) {
    const u = url.searchParams.get('u');
    if (u) {
      const decoded = u.replace(/-([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/_/g, '/');
      const inner = toUrl(decoded);
      if (inner) return unwrap(inner, depth + 1);
    }
  }
  for (const p of WRAPPER_PARAMS) {
    const v = url.searchParams.get(p);
    if (v && /lgo\.org\.uk/i.test(v)) {
      const inner = toUrl(v);
      if (inner) return unwrap(inner, depth + 1);
    }
  }
  // Some wrappers put the address in the path: https://links.govdelivery.com/CL0/https:%2F%2Fwww.lgo.org.uk%2F…/1/…
  let pathAndQuery = url.pathname + url.search;
  try {
    pathAndQuery = decodeURIComponent(pathAndQuery);
  } catch {
    /* keep it encoded */
  }
  const inPath = EMBEDDED_DECISION_RE.exec(pathAndQuery);
  if (inPath) {
    const inner = toUrl(inPath[1]!);
    if (inner) return inner;
  }
  return url;
}

/**
 * Canonical decision address: https://www.lgo.org.uk/decisions/<cat>/<sub>/<NN-NNN-NNN[x]>, lower case, without
 * http, bare host, ?displaypref, ?chapter, fragments or mail-tracking wrappers. Null when it is not a decision address.
 */
export function canonicaliseUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const parsed = toUrl(raw);
  if (!parsed) return null;
  const url = unwrap(parsed);
  if (!LGO_HOST_RE.test(url.hostname)) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  const m = DECISION_PATH_RE.exec(path);
  if (!m) return null;
  const [, cat, sub, a, b, c, letter] = m;
  return `https://www.lgo.org.uk/decisions/${cat!.toLowerCase()}/${sub!.toLowerCase()}/${a}-${b}-${c}${letter!.toLowerCase()}`;
}

/** The category and subcategory slugs of a decision address. */
export function slugsFromUrl(url: string | null): { category: string; subcategory: string } | null {
  if (!url) return null;
  const m = /\/decisions\/([a-z0-9-]+)\/([a-z0-9-]+)\//i.exec(url);
  return m ? { category: m[1]!.toLowerCase(), subcategory: m[2]!.toLowerCase() } : null;
}
