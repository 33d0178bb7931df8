import type { DecisionDocument } from './document.js';
import { cleanPdfText } from './pdf-text.js';
import { readText } from './text.js';

/** Pull the text layer out of a PDF (pdf-parse 2.x). Loaded lazily: pdf.js is heavy and most inputs are HTML. */
export async function extractPdfText(data: Uint8Array): Promise<string> {
  const { PDFParse } = await import('pdf-parse');
  // pdf.js may detach the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    const result = await parser.getText();
    return result.text;
  } finally {
    await parser.destroy();
  }
}

/** A PDF's text in reading order without page furniture: what the text reader is given (see cleanPdfText). */
export async function pdfToText(data: Uint8Array): Promise<string> {
  return cleanPdfText(await extractPdfText(data));
}

/** Read a PDF decision: its cleaned text goes through the text reader, with wrapped lines joined. */
export async function readPdf(data: Uint8Array): Promise<DecisionDocument> {
  return readText(await pdfToText(data), { format: 'pdf' });
}
