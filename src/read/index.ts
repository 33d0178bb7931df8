export type { DecisionDocument, Block, SourceFormat } from './document.js';
export { readHtml } from './html.js';
export { readText } from './text.js';
export { readPdf, extractPdfText } from './pdf.js';
export { sniffFormat } from './sniff.js';
