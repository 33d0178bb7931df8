import type { SourceFormat } from './document.js';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/** The start of an HTML document or fragment, after any BOM, whitespace and comments. */
const HTML_START_RE = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|article|main|div|section|header|meta|title|p|h[1-6])[\s>/]/i;

/** Tell the format by content, not by file name: "%PDF-" → pdf, an HTML start → html, else text. */
export function sniffFormat(data: Uint8Array): SourceFormat {
  // Some servers prepend a few bytes (BOM, whitespace) before the PDF header: look in the first kilobyte.
  const limit = Math.min(data.length, 1024);
  outer: for (let i = 0; i + PDF_MAGIC.length <= limit; i++) {
    for (let j = 0; j < PDF_MAGIC.length; j++) if (data[i + j] !== PDF_MAGIC[j]) continue outer;
    return 'pdf';
  }
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, 2048)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  return HTML_START_RE.test(head) ? 'html' : 'text';
}
