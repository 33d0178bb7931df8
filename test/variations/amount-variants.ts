// Amount formats (issue 14, variation tests): the same sums written "£1,000", "£1000", "£1,000.00" or "one thousand
// pounds". Amounts are found here with the test's own small pattern, never with the project's money reader.

/** A pound amount in figures: "£1,250", "£1250", "£250.50", "£ 250"; not "£2k" or "£1.2 million" (left alone). */
const FIGURE_RE = /£(\s?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?(?![\d.,]?\d|\s?(?:k|m|bn|million|billion|thousand)\b)/gi;

/** Where a thousands separator goes. */
const THOUSANDS_RE = /\B(?=(\d{3})+(?!\d))/g;
/** "a"/"an" right before an amount: the amount is an adjective ("a £150 symbolic payment"). */
const ARTICLE_BEFORE_RE = /\ban?\s+$/i;

/** One amount in figures, in pence, with where it is. */
interface Figure {
  start: number;
  end: number;
  space: string;
  pence: number;
  hasPence: boolean;
}

function findFigures(sentence: string): Figure[] {
  return [...sentence.matchAll(FIGURE_RE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    space: m[1]!,
    pence: Number(m[2]!.replace(/,/g, '')) * 100 + Number(m[3] ?? '0'),
    hasPence: m[3] !== undefined,
  }));
}

/** Rewrite every figure with `format` (null: leave it); null when nothing changes. */
function rewriteFigures(sentence: string, format: (f: Figure, before: string) => string | null): string | null {
  let out = '';
  let at = 0;
  for (const f of findFigures(sentence)) {
    const written = format(f, sentence.slice(0, f.start));
    out += sentence.slice(at, f.start) + (written ?? sentence.slice(f.start, f.end));
    at = f.end;
  }
  out += sentence.slice(at);
  return out === sentence ? null : out;
}

const withCommas = (pounds: number): string => String(pounds).replace(THOUSANDS_RE, ',');
const pencePart = (f: Figure): string => (f.hasPence ? `.${String(f.pence % 100).padStart(2, '0')}` : '');

/** "£1000" → "£1,000" (thousands separated). */
export function amountWithCommas(sentence: string): string | null {
  return rewriteFigures(sentence, (f) => `£${f.space}${withCommas(Math.floor(f.pence / 100))}${pencePart(f)}`);
}

/** "£1,000" → "£1000" (no separator). */
export function amountWithoutCommas(sentence: string): string | null {
  return rewriteFigures(sentence, (f) => `£${f.space}${Math.floor(f.pence / 100)}${pencePart(f)}`);
}

/** "£1,000" → "£1,000.00", "£250" → "£250.00" (pence written out; amounts that have pence are left). */
export function amountWithPence(sentence: string): string | null {
  return rewriteFigures(sentence, (f) => (f.hasPence ? null : `£${f.space}${withCommas(f.pence / 100)}.00`));
}

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function underHundred(n: number): string {
  if (n < 20) return ONES[n]!;
  return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${ONES[n % 10]!}` : '');
}

function underThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (!hundreds) return underHundred(rest);
  return `${ONES[hundreds]!} hundred${rest ? ` and ${underHundred(rest)}` : ''}`;
}

/** 250 → "two hundred and fifty", 2100 → "two thousand one hundred", 1040 → "one thousand and forty" (British usage). */
export function numberInWords(n: number): string {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (!thousands) return underThousand(rest);
  const head = `${underThousand(thousands)} thousand`;
  if (!rest) return head;
  return rest < 100 ? `${head} and ${underHundred(rest)}` : `${head} ${underThousand(rest)}`;
}

/**
 * Round amounts (whole pounds, a multiple of ten, under a million) in words: "£1,000" → "one thousand pounds".
 * An amount used as an adjective after "a"/"an" ("a £150 symbolic payment") stays in figures: "a one hundred and fifty
 * pounds payment" is not how anyone writes.
 */
export function amountInWords(sentence: string): string | null {
  return rewriteFigures(sentence, (f, before) => {
    const pounds = f.pence / 100;
    if (f.hasPence || !Number.isInteger(pounds) || pounds % 10 !== 0 || pounds <= 0 || pounds >= 1e6) return null;
    if (ARTICLE_BEFORE_RE.test(before)) return null;
    return `${numberInWords(pounds)} pounds`;
  });
}
