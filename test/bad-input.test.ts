import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDecision, ParseError } from '../src/index.js';
import { invalidUtf8Offset } from '../src/parse.js';
import { FIXTURES } from './helpers.js';

const html = readFileSync(join(FIXTURES, 'html', 'seed-001.html'), 'utf8');

async function failure(input: string | Uint8Array, options = {}): Promise<ParseError> {
  try {
    await parseDecision(input, { filename: 'bad/input.x', ...options });
  } catch (err) {
    expect(err).toBeInstanceOf(ParseError);
    const e = err as ParseError;
    expect(e.source).toBe('bad/input.x');
    expect(e.message.startsWith(`bad/input.x: ${e.field}: `)).toBe(true);
    expect(e.message).not.toContain('\n');
    return e;
  }
  throw new Error('expected a ParseError');
}

describe('bad input gets a clear ParseError naming the source and the field', () => {
  it.each([
    ['an empty file', '', 'input', /empty file/],
    ['a file of blank lines', '\n\n   \n', 'input', /empty file/],
    ['binary junk', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]), 'input', /binary data.*NUL byte at offset 8/],
    ['control characters', Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 1 : 65)), 'input', /binary data/],
    ['invalid UTF-8', Uint8Array.from([...Buffer.from('Demoshire County Council (00 004 875)\nCategory : Education'), 0xff, 0xfe, 0x41]), 'encoding', new RegExp(`invalid UTF-8 at byte ${Buffer.byteLength('Demoshire County Council (00 004 875)\nCategory : Education')} \\(bytes ff fe 41\\)`)],
    ['a non-LGSCO web page', '<!doctype html><html><head><title>My blog</title></head><body><h1>Welcome</h1><p>Cats and dogs.</p></body></html>', 'title', /not an LGSCO decision.*starts "Cats and dogs\."/],
    ['a text file that is not a decision', 'Shopping list\n\nMilk, eggs, flour.\n', 'title', /not an LGSCO decision/],
    ['truncated HTML', html.slice(0, Math.floor(html.length * 0.4)), 'html', /truncated page/],
    ['a title and nothing else', 'Demoshire County Council (00 004 875)\n', 'body', /no decision text/],
    ['a title with no reference', 'Demoshire County Council\n\nCategory : Education > School transport\n\nDecision : Upheld\n\nThe complaint\n\n  1. Mr X complains.', 'caseRef', /no "Organisation \(NN NNN NNN\)" title line or "Complaint reference:" and no decision address to take it from \(give one with --url\)/],
    ['a corrupt PDF', Buffer.from('%PDF-1.7\nthis is not really a pdf\n%%EOF'), 'pdf', /unreadable PDF/],
  ])('%s', async (_name, input, field, message) => {
    const e = await failure(input);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(message);
  });

  it('a PDF with no text layer', async () => {
    const e = await failure(readFileSync(join(FIXTURES, 'pdf', 'empty.pdf')));
    expect(e.field).toBe('text');
    expect(e.message).toMatch(/no text layer/);
  });

  it('a 50 MB file', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const e = await failure(big);
    expect(e.field).toBe('input');
    expect(e.message).toMatch(/50\.0 MB is over the 20 MB limit/);
  });

  it('HTML cut after its article closed still parses (the decision is complete)', async () => {
    const cut = html.slice(0, html.indexOf('</article>') + '</article>'.length);
    const d = await parseDecision(cut);
    expect(d.caseRef).toBe('23 015 499');
  });

  it('an HTML page that declares windows-1252 is decoded with it', async () => {
    const page = `<html><head><meta charset="windows-1252"></head><body><article id="article"><h1>Demoshire County Council (00 004 875)</h1>
      <p><span class="label">Category :</span> <span class="value">Education &gt; School transport</span></p>
      <h2>The complaint</h2><ol><li>Mr X says the Council\u2019s letter cost him \u00a3250.</li></ol></article></body></html>`;
    const bytes = Buffer.from(page, 'latin1');
    bytes[bytes.indexOf(0x19)] = 0x92; // ’ in windows-1252
    const d = await parseDecision(new Uint8Array(bytes));
    expect(d.sections[0]!.paragraphs[0]!.text).toBe('Mr X says the Council’s letter cost him £250.');
  });

  it.each([
    [[0x41, 0x42], -1],
    [[0xe2, 0x80, 0x99], -1],
    [[0x41, 0xe2, 0x80], 1],
    [[0xc0, 0x80], 0],
    [[0x41, 0x80], 1],
  ])('invalidUtf8Offset(%j) = %i', (bytes, at) => {
    expect(invalidUtf8Offset(Uint8Array.from(bytes))).toBe(at);
  });
});
