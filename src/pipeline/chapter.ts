/** "?chapter=3" in a page's canonical link or og:url (report chapters 2..N); null when the page does not say. */
const CHAPTER_RE = /<(?:link|meta)\b[^>]*(?:canonical|og:url)[^>]*[?&]chapter=(\d+)|<(?:link|meta)\b[^>]*[?&]chapter=(\d+)[^>]*(?:canonical|og:url)/i;

/** The report chapter a page says it is, from its head. */
export function chapterOf(data: Uint8Array): number | null {
  const bytes = Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, 32768));
  // Nearly every page: a search of the bytes, without decoding them into a string (26 KB a page) for the pattern.
  if (bytes.indexOf('chapter=') === -1) return null;
  const m = CHAPTER_RE.exec(bytes.toString('latin1'));
  return m ? Number(m[1] ?? m[2]) : null;
}
