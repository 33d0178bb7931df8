// Layout (c): the same text with the noise copying and saving adds: CRLF line ends, no-break spaces for some spaces,
// tabs for indentation, straight and curly quotes swapped, doubled blank lines and trailing spaces.
import { splitFixture } from './fixture-lines.js';

/** A small seeded generator (mulberry32), so a document's noise is the same on every run. */
function seededRandom(seed: string): () => number {
  let a = 0;
  for (const ch of seed) a = (Math.imul(a ^ ch.charCodeAt(0), 2654435761) + 1) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Curly quotes become straight and straight become curly (opening after a space or bracket, closing elsewhere). */
export function swapQuotes(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    const opening = i === 0 || /[\s([{]/.test(line[i - 1]!);
    if (ch === '’' || ch === '‘') out += "'";
    else if (ch === '“' || ch === '”') out += '"';
    else if (ch === "'") out += opening ? '‘' : '’';
    else if (ch === '"') out += opening ? '“' : '”';
    else out += ch;
  }
  return out;
}

/** Re-lay out a fixture text with noise; `seed` (the file name) fixes which spaces and lines are touched. */
export function addNoise(text: string, seed: string): string {
  const random = seededRandom(seed);
  const { url, lines } = splitFixture(text);
  const out: string[] = [];
  for (const raw of lines) {
    if (raw.trim() === '') {
      out.push('', ''); // doubled blank lines
      continue;
    }
    const indent = /^\s*/.exec(raw)![0];
    // Tabs for indentation: a tab per two spaces of the page's indentation, and one after a list number.
    const tabs = '\t'.repeat(Math.ceil(indent.length / 2));
    let body = swapQuotes(raw.slice(indent.length)).replace(/^(\d+\.|[-•]) /, '$1\t');
    // About one space in five becomes a no-break space (&nbsp; in the page), header lines and references included.
    body = body.replace(/ /g, () => (random() < 0.2 ? '\u00a0' : ' '));
    const trailing = random() < 0.3 ? ' \t' : '';
    out.push(tabs + body + trailing);
  }
  const all = url ? [`URL: ${url}`, '', ...out] : out;
  return all.join('\r\n');
}
