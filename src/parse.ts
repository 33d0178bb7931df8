import { isUtf8 } from 'node:buffer';
import { DecisionSchema, type Decision } from '../schemas/decision.js';
import type { DocumentType } from '../schemas/enums.js';
import { ParseError, snippet } from './errors.js';
import { lookupAuthority } from './authorities/index.js';
import { extractDecision } from './extract/index.js';
import type { DecisionDocument, SourceFormat } from './read/document.js';
import { readHtml, readHtmlUtf8 } from './read/html.js';
import { extractPdfText } from './read/pdf.js';
import { cleanPdfText } from './read/pdf-text.js';
import { sniffFormat } from './read/sniff.js';
import { readText } from './read/text.js';
import { isKnownHeading } from './read/patterns.js';

import { checkSize, DEFAULT_MAX_BYTES } from './limits.js';

export { DEFAULT_MAX_BYTES };

export interface ParseOptions {
  /** The page address, when known (wins over one found in the document). */
  url?: string | null;
  /** Name used in error messages (a path or URL). */
  filename?: string;
  /** Statement/Report from a search listing. */
  documentType?: DocumentType | null;
  /** Refuse inputs over this many bytes (default 20 MB). */
  maxBytes?: number;
  /** Force a format instead of sniffing the content. */
  format?: SourceFormat;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** windows-1252 0x80–0x9F (Node 20's TextDecoder decodes "windows-1252" as ISO-8859-1, losing ’ “ ” – £…). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Decode windows-1252 (and ISO-8859-1, which real pages that declare it mean as windows-1252). */
function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}
/** Words every decision uses and a stray page saved under a decision's address does not. */
const DECISION_WORDS_RE = /\bombudsm[ae]n\b|\bcomplain(?:ed|s|t)?\b/i;

const CHARSET_RE = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;

function toBytes(input: string | Uint8Array): Uint8Array {
  return typeof input === 'string' ? new TextEncoder().encode(input) : input;
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function invalidUtf8Offset(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    let need = 0;
    if (c < 0x80) need = 0;
    else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    if (i + need > b.length - 1 && need > 0) return i;
    for (let k = 1; k <= need; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** Control bytes that binary junk is full of and text is not (tab, newlines, VT, FF and CR are text). */
const CONTROL_RE = /[\x01-\x08\x0e-\x1f\x7f]/g;

/** Refuse binary junk: NUL bytes or many control characters in the first 8 KB. */
function checkNotBinary(bytes: Uint8Array, source: string): void {
  const n = Math.min(bytes.length, 8192);
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, n);
  const nul = head.indexOf(0);
  if (nul >= 0) throw new ParseError(source, 'input', `binary data, not a decision page (NUL byte at offset ${nul})`);
  // Native search and a regex over a one-byte string: far cheaper than a byte loop in JS, and this runs on every page.
  const control = head.toString('latin1').match(CONTROL_RE)?.length ?? 0;
  if (control > n * 0.02) throw new ParseError(source, 'input', `binary data, not a decision page (${control} control bytes in the first ${n})`);
}

/** Bytes → string: strict UTF-8; an HTML page that declares another charset is decoded with it. */
function decode(bytes: Uint8Array, format: SourceFormat, source: string): string {
  // isUtf8 + toString is several times faster than a fatal TextDecoder on the common (valid) case.
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buf)) return buf.toString('utf8');
  try {
    return UTF8.decode(bytes);
  } catch {
    if (format === 'html') {
      const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
      const charset = CHARSET_RE.exec(head)?.[1]?.toLowerCase();
      if (charset && ['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii'].includes(charset)) {
        return decodeCp1252(bytes);
      }
      if (charset && charset !== 'utf-8' && charset !== 'utf8') {
        try {
          return new TextDecoder(charset).decode(bytes);
        } catch {
          /* unknown charset: report the UTF-8 error below */
        }
      }
    }
    const at = invalidUtf8Offset(bytes);
    const around = Array.from(bytes.subarray(Math.max(at, 0), Math.max(at, 0) + 4), (x) => x.toString(16).padStart(2, '0')).join(' ');
    throw new ParseError(source, 'encoding', `invalid UTF-8 at byte ${at} (bytes ${around})`);
  }
}

/** An HTML page's closing tag near its end, or an </article>: only ASCII is matched, so latin1 text will do. */
function looksComplete(text: string): boolean {
  return /<\/html\s*>/i.test(text.slice(-4096)) || /<\/article\s*>/i.test(text);
}

/** An HTML page cut off in transfer: it opened <html> or <article> but closed neither. */
function checkNotTruncated(html: string, source: string): void {
  if (looksComplete(html)) return;
  if (/<html[\s>]/i.test(html.slice(0, 4096)) || /<article[\s>]/i.test(html)) {
    throw new ParseError(source, 'html', `truncated page: no closing </article> or </html> (ends "${snippet(html.slice(-50), 50)}")`);
  }
}

/**
 * Read one input. `needHtml`: the caller joins report chapters and needs the page text (else an HTML page that is
 * valid UTF-8 is read from its bytes, without decoding the whole page).
 */
async function readOne(bytes: Uint8Array, source: string, options: ParseOptions, needHtml = false): Promise<{ doc: DecisionDocument; html?: string }> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  checkSize(source, bytes.length, max);
  const format = options.format ?? sniffFormat(bytes);
  if (format === 'pdf') {
    let text: string;
    try {
      text = cleanPdfText(await extractPdfText(bytes));
    } catch (err) {
      throw new ParseError(source, 'pdf', `unreadable PDF (${snippet((err as Error).message, 80)})`);
    }
    if (text.replace(/--\s*\d+\s+of\s+\d+\s*--/g, '').trim() === '') {
      throw new ParseError(source, 'text', 'the PDF has no text layer (a scanned image?)');
    }
    return { doc: readText(text, { format: 'pdf' }) };
  }
  checkNotBinary(bytes, source);
  if (format === 'html' && !needHtml) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (isUtf8(buf)) {
      const latin1 = buf.toString('latin1');
      // Each check that passes on the latin1 text passes on the decoded text: a "<" is not blank, and the last 4,096
      // bytes lie within the last 4,096 characters. Anything else takes the path below, which decides exactly.
      if (latin1.includes('<') && looksComplete(latin1)) return { doc: readHtmlUtf8(buf, latin1) };
    }
  }
  const text = decode(bytes, format, source);
  if (text.trim() === '') throw new ParseError(source, 'input', 'empty file');
  if (format === 'html') {
    checkNotTruncated(text, source);
    return { doc: readHtml(text), html: text };
  }
  return { doc: readText(text) };
}

/** Reject documents that are not decisions, before a record that only looks valid is made. */
function checkDecision(doc: DecisionDocument, record: Decision, source: string): void {
  const hasHeader = doc.title !== null || Object.keys(doc.fields).length > 0 || doc.finalDecisionLine;
  // Republished text starts at "Summary" with no head: a decision's own headings say what it is, or, given the
  // decision's address, its words (an Adverse Findings Notice has no headings).
  const decisionBody =
    doc.sections.some((s) => s.heading !== null && isKnownHeading(s.heading)) ||
    (record.caseRef !== '' && doc.sections.some((s) => s.paragraphs.some((p) => DECISION_WORDS_RE.test(p.text))));
  if (!hasHeader && !decisionBody) {
    const first = doc.sections[0]?.paragraphs[0]?.text ?? doc.sections[0]?.heading ?? '';
    throw new ParseError(source, 'title', `not an LGSCO decision: no "Organisation (NN NNN NNN)" title, header fields or final-decision line (starts "${snippet(first)}")`);
  }
  if (record.caseRef === '') {
    const where = doc.title === null ? 'no "Organisation (NN NNN NNN)" title line or "Complaint reference:"' : `no case reference in title "${snippet(doc.title)}"`;
    throw new ParseError(source, 'caseRef', `${where} and no decision address to take it from (give one with --url)`);
  }
  if (doc.sections.length === 0) {
    throw new ParseError(source, 'body', `no decision text after the header of "${snippet(doc.title ?? record.caseRef)}"`);
  }
}

/**
 * Parse one decision — an HTML page, a PDF or plain page text — into a validated Decision record.
 * Pass an array for a report's chapters (chapter 1 first). Throws ParseError naming the source and the field.
 */
export async function parseDecision(input: string | Uint8Array | Array<string | Uint8Array>, options: ParseOptions = {}): Promise<Decision> {
  const source = options.filename ?? options.url ?? '<input>';
  const parts = (Array.isArray(input) ? input : [input]).map(toBytes);
  if (parts.length === 0) throw new ParseError(source, 'input', 'no input');
  let doc: DecisionDocument;
  if (parts.length === 1) {
    doc = (await readOne(parts[0]!, source, options)).doc;
  } else {
    const pages: string[] = [];
    for (const [i, p] of parts.entries()) {
      const read = await readOne(p, `${source} (chapter ${i + 1})`, { ...options, format: options.format ?? 'html' }, true);
      if (read.html === undefined) throw new ParseError(source, 'input', `chapter ${i + 1} is not an HTML page`);
      pages.push(read.html);
    }
    doc = readHtml(pages);
  }
  const all = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  const record = extractDecision(doc, { url: options.url, documentType: options.documentType, source: all, authority: lookupAuthority });
  checkDecision(doc, record, source);
  const checked = DecisionSchema.safeParse(record);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const path = issue.path.join('.') || 'record';
    const value = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k as PropertyKey], record);
    throw new ParseError(source, path, `${issue.message} (got ${snippet(JSON.stringify(value) ?? 'undefined')})`);
  }
  return checked.data;
}

/** Read any input into the intermediate DecisionDocument (for tools and debugging). */
export async function readDocument(input: string | Uint8Array, options: ParseOptions = {}): Promise<DecisionDocument> {
  return (await readOne(toBytes(input), options.filename ?? '<input>', options)).doc;
}
