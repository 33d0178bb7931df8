export type { DecisionDocument, Block, SourceFormat } from './document.js';
export { readHtml } from './html.js';
export { readText } from './text.js';
export { readPdf, extractPdfText, pdfToText } from './pdf.js';
export { cleanPdfText } from './pdf-text.js';
export { sniffFormat } from './sniff.js';
