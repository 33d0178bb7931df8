/**
 * Atom feeds (RFC 4287) of the explorer: the latest decisions stored, newest first, each with its summary and
 * remedies (payments with the sentence each was read from, and actions), for the overview and for each council's
 * page. Built from the database alone (no network). Every text is decision text, untrusted: escaped for XML, with the
 * characters XML 1.0 cannot hold taken out, and the entry's HTML content built with the explorer's escaping tag first.
 */
import { formatPounds } from '../format/money.js';
import type { DigestEntry } from '../store/digest.js';
import { PARSER_VERSION } from '../version.js';
import { html, type Safe } from './html.js';

/** Entries in a feed: enough for a week of a busy council or of the whole archive's publications. */
export const FEED_ENTRIES = 50;
export const ATOM_TYPE = 'application/atom+xml';

/** Characters XML 1.0 does not allow (C0 controls but tab, LF, CR; lone surrogates; U+FFFE, U+FFFF). */
const NOT_XML_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe in XML element content and quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_RE, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The explorer's path of a feed: the overview's, or a council's. */
export function feedPath(council: string | null = null): string {
  return council ? `/feed.atom?council=${encodeURIComponent(council)}` : '/feed.atom';
}

/** The explorer's page of a decision. */
const decisionPath = (caseRef: string): string => `/decision/${caseRef.replace(/ /g, '-')}`;

/** An Atom feed a page advertises (in its head, for feed readers) and links to. */
export interface PageFeed {
  href: string;
  title: string;
}

/** The feed of the latest decisions naming a council (its page: the decisions list filtered to it), or of all. */
export function feedOf(council: string | null): PageFeed {
  return { href: feedPath(council), title: council ? `Latest decisions naming ${council} (Atom)` : 'Latest decisions (Atom)' };
}

/** A visible link to a page's feed. */
export const feedLink = (feed: PageFeed): Safe => html`<a class="feed" href="${feed.href}" type="${ATOM_TYPE}">${feed.title}</a>`;

/** A stable id for an entry: the decision's own address, else a URN of its reference. */
function entryId(e: DigestEntry): string {
  return e.url ?? `urn:lgsco:decision:${e.caseRef.replace(/ /g, '-')}`;
}

/** The entry's content: summary, money, each payment with its sentence, the other actions (HTML, escaped). */
function entryHtml(e: DigestEntry): string {
  const money =
    e.payments.length === 0
      ? 'No payment with a stated amount.'
      : `${formatPounds(e.totalPence)} in ${e.payments.length} payment${e.payments.length === 1 ? '' : 's'}${e.stage === 'draft' ? ', proposed in a draft decision (not counted)' : ''}.`;
  const payments = e.payments.map(
    (p) => html`<li>${formatPounds(p.amountPence)}${p.payee ? ` to ${p.payee}` : ''} (${p.status}${p.confidence === 'check' ? ', to check' : ''}): <q>${p.quote}</q></li>`,
  );
  const actions = e.actions.filter((a) => a.kind !== 'payment').map((a) => html`<li>${a.kind.replace(/_/g, ' ')}: ${a.text}</li>`);
  return html`${e.summary ? html`<p>${e.summary}</p>` : ''}<p>${money}</p>${payments.length ? html`<ul>${payments}</ul>` : ''}${
    actions.length ? html`<p>Actions:</p><ul>${actions}</ul>` : ''
  }${e.url ? html`<p><a href="${e.url}">The decision on the Ombudsman's website</a></p>` : ''}`.value;
}

function entryXml(e: DigestEntry, origin: string): string {
  const facts = [e.organisations.join(', '), e.decisionDate ? `decided ${e.decisionDate}` : null, e.outcome?.replace(/_/g, ' ')].filter(Boolean).join(' · ');
  return `<entry>
<id>${escapeXml(entryId(e))}</id>
<title type="text">${escapeXml(e.title)}</title>
<link rel="alternate" type="text/html" href="${escapeXml(origin + decisionPath(e.caseRef))}"/>
${e.url ? `<link rel="related" type="text/html" href="${escapeXml(e.url)}"/>\n` : ''}<published>${escapeXml(e.firstSeen)}</published>
<updated>${escapeXml(e.firstSeen)}</updated>
${e.category ? `<category term="${escapeXml(e.category)}"/>\n` : ''}<summary type="text">${escapeXml(facts)}</summary>
<content type="html">${escapeXml(entryHtml(e))}</content>
</entry>`;
}

export interface FeedOptions {
  /** The explorer's origin ("http://127.0.0.1:8080"): Atom links are absolute. */
  origin: string;
  /** The council of a council's feed (its name as asked); null for the overview's. */
  council: string | null;
  /** The demo-data notice of a database holding lgsco's bundled sample: said in the feed's title and subtitle. */
  sampleNotice: string | null;
  entries: readonly DigestEntry[];
}

/** The Atom document. Its `updated` is the newest entry's (the epoch for an empty feed: nothing has changed). */
export function atomFeed(o: FeedOptions): string {
  const self = o.origin + feedPath(o.council);
  const page = o.origin + (o.council ? `/decisions?council=${encodeURIComponent(o.council)}` : '/');
  const title = `${o.sampleNotice ? 'DEMO DATA — ' : ''}Ombudsman decisions${o.council ? ` naming ${o.council}` : ''}: the latest stored`;
  const subtitle = `${o.sampleNotice ? `${o.sampleNotice} ` : ''}Local Government and Social Care Ombudsman decisions, newest first by when lgsco first stored them, with the remedies read from each (check the quoted sentence before you publish a figure).`;
  const updated = o.entries[0]?.firstSeen ?? '1970-01-01T00:00:00.000Z';
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
<id>${escapeXml(self)}</id>
<title type="text">${escapeXml(title)}</title>
<subtitle type="text">${escapeXml(subtitle)}</subtitle>
<link rel="self" type="${ATOM_TYPE}" href="${escapeXml(self)}"/>
<link rel="alternate" type="text/html" href="${escapeXml(page)}"/>
<updated>${escapeXml(updated)}</updated>
<author><name>Local Government and Social Care Ombudsman</name><uri>https://www.lgo.org.uk/decisions</uri></author>
<rights type="text">Decisions re-used under the Ombudsman's terms (https://www.lgo.org.uk/copyright): credit "Local Government and Social Care Ombudsman" and link to the decision page.</rights>
<generator version="${escapeXml(PARSER_VERSION)}">lgsco</generator>
${o.entries.map((e) => entryXml(e, o.origin)).join('\n')}
</feed>
`;
}
