/**
 * The money grammar: every amount in a sentence, with its position, in integer pence. Written by hand and tested
 * (compromise's money matcher merges "£1300 (£600 …" and loses amounts).
 */

/** What a mention is: a plain amount, a rate ("£50 a month"), or one end of a range ("£100 to £300"). */
export interface MoneyMention {
  /** Offsets of the mention in the text (the number and any "£" / "pounds"). */
  start: number;
  end: number;
  raw: string;
  /** Amount in pence; null for malformed figures such as "£200.000" (never counted). */
  pence: number | null;
  /** Set when the amount is a rate: "£50 a month", "£10 an hour", "£18.01 a week". */
  per: 'hour' | 'day' | 'night' | 'week' | 'fortnight' | 'month' | 'year' | null;
  /** True when the amount is one end of a range ("between £100 and £300", "£200-£500"). */
  range: boolean;
}

/** "£1,250.50", "£1300", "£ 250", "£2k", "£1.2 million", "£200.000" (malformed), "GBP 300". */
const POUND_RE = /(?:£|\bGBP\s?)\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(k|m|bn|million|billion|thousand)\b)?/gi;
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const SCALE_WORD = '(?:hundred|thousand|million)';
/**
 * A whole number in words. It starts with a number word or "a" + scale ("a thousand"): an article before a number
 * ("a one hundred and fifty pounds payment") is not a one, and "several hundred pounds" is no figure at all. "and"
 * and hyphens join words, and a comma may follow a scale ("one thousand, two hundred and forty").
 */
const NUMBER_IN_WORDS = `(?:a[\\s-]+${SCALE_WORD}|${NUMBER_WORD})(?:(?:(?<=thousand|million),)?[\\s-]+(?:and[\\s-]+)?(?:${NUMBER_WORD}|${SCALE_WORD}))*`;
/** "900 pounds", "250.50 pounds", "two hundred pounds", "a thousand pounds", "a fifty-pound payment", "… pounds and fifty pence". */
const WORD_POUNDS_RE = new RegExp(
  `\\b((?:\\d[\\d,]*(?:\\.\\d{1,2})?)|${NUMBER_IN_WORDS})[\\s-]+pounds?\\b(?:\\s+and\\s+(\\d{1,2}|${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})?)\\s+pence\\b)?`,
  'gi',
);
/**
 * One amount as a pattern to embed in others ("In total he has paid <amount>"): "£240", "£1,240.50", "240 pounds",
 * "two hundred and forty pounds". Read the matched text with findMoney.
 */
export const AMOUNT_SOURCE = `(?:(?:£|\\bGBP\\s?)\\s?\\d[\\d,]*(?:\\.\\d{1,2})?|\\b(?:\\d[\\d,]*(?:\\.\\d{1,2})?|${NUMBER_IN_WORDS})[\\s-]+pounds?\\b)`;
const POUNDS_WORD_RE = /pound/i;
/** Quick test: can this text hold an amount at all? */
export function mayHoldMoney(text: string): boolean {
  return text.includes('£') || /gbp|pound/i.test(text);
}

/** A rate right after an amount. */
const RATE_AFTER_RE =
  /^\s*(?:(?:a|an|per|each|every)\s+(hour|day|night|week|fortnight|month|calendar month|year|annum)|\/\s?(hour|hr|day|week|wk|month|mth|year|yr)\b|(hourly|daily|nightly|weekly|fortnightly|monthly|yearly|annually)\b|p\.?c\.?m\.?\b)/i;
/** The word between the two ends of a range. */
const RANGE_JOIN_RE = /^\s*(?:-|–|—|to|and)\s*$/i;

const SMALL: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * Whole number in words: "two hundred and fifty" → 250; "a thousand" → 1000; "one thousand, two hundred" → 1200.
 * Null when not a number: "a" is a one only before a scale word ("a one hundred" is an article and a number).
 */
export function wordsToNumber(words: string): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  const list = words.toLowerCase().split(/[\s,-]+/).filter(Boolean);
  for (const [k, w] of list.entries()) {
    if (w === 'and') continue;
    if (w === 'a') {
      if (!/^(?:hundred|thousand|million)$/.test(list[k + 1] ?? '')) return null;
      current += 1;
      any = true;
    } else if (w in SMALL) {
      current += SMALL[w]!;
      any = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      any = true;
    } else if (w === 'thousand' || w === 'million') {
      total += (current || 1) * (w === 'thousand' ? 1000 : 1_000_000);
      current = 0;
      any = true;
    } else return null;
  }
  return any ? total + current : null;
}

/** "1,250.50" → 125050 pence; null for malformed figures ("200.000", "1,25"). */
export function numberToPence(figure: string, scale: string | undefined = undefined): number | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(figure);
  if (!m) return null;
  const whole = Number(m[1]!.replace(/,/g, ''));
  const frac = m[2];
  const unit = scale?.toLowerCase();
  const multiplier = unit === 'k' || unit === 'thousand' ? 1000 : unit === 'm' || unit === 'million' ? 1e6 : unit === 'bn' || unit === 'billion' ? 1e9 : 1;
  if (frac !== undefined) {
    if (multiplier > 1) return Math.round(Number(`${m[1]!.replace(/,/g, '')}.${frac}`) * multiplier * 100);
    // Pence have two digits; "£200.000" is a slip for £200,000 or £200.00 — we cannot know which, so it is refused.
    if (frac.length > 2) return null;
    return whole * 100 + Number(frac.padEnd(2, '0'));
  }
  return whole * multiplier * 100;
}

/** Parse a single money expression: "£1,250.50", "£2k", "two hundred pounds". */
export function parseMoney(raw: string): number | null {
  const found = findMoney(raw);
  return found.length === 1 ? found[0]!.pence : null;
}

/** Every amount in the text, in order, with rates and ranges marked. */
export function findMoney(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  if (!mayHoldMoney(text)) return out;
  POUND_RE.lastIndex = 0;
  for (let m = POUND_RE.exec(text); m; m = POUND_RE.exec(text)) {
    let figure = m[1]!;
    let end = m.index + m[0].length;
    // A trailing full stop or comma belongs to the sentence, not the figure ("£300." "£1,000,").
    while (/[.,]$/.test(figure)) {
      figure = figure.slice(0, -1);
      end -= 1;
    }
    if (m[2]) end = m.index + m[0].length;
    out.push({ start: m.index, end, raw: text.slice(m.index, end), pence: numberToPence(figure, m[2]), per: null, range: false });
  }
  WORD_POUNDS_RE.lastIndex = 0;
  // The words pattern is costly: most sentences never say "pounds".
  for (let m = POUNDS_WORD_RE.test(text) ? WORD_POUNDS_RE.exec(text) : null; m; m = WORD_POUNDS_RE.exec(text)) {
    if (out.some((o) => m!.index < o.end && o.start < m!.index + m![0].length)) continue;
    const figure = m[1]!;
    const pounds = /^\d/.test(figure) ? numberToPence(figure) : ((n) => (n === null ? null : n * 100))(wordsToNumber(figure));
    // "… pounds and fifty pence".
    const extra = m[2] === undefined ? 0 : /^\d/.test(m[2]) ? Number(m[2]) : wordsToNumber(m[2]);
    const pence = pounds === null || extra === null || extra >= 100 ? pounds : pounds + extra;
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], pence, per: null, range: false });
  }
  out.sort((a, b) => a.start - b.start);
  for (let i = 0; i < out.length; i++) {
    const o = out[i]!;
    const rate = RATE_AFTER_RE.exec(text.slice(o.end, o.end + 24));
    if (rate) {
      const unit = (rate[1] ?? rate[2] ?? rate[3] ?? 'month').toLowerCase();
      o.per = normaliseUnit(unit);
    }
    const next = out[i + 1];
    if (next && RANGE_JOIN_RE.test(text.slice(o.end, next.start))) {
      const before = text.slice(Math.max(0, o.start - 12), o.start);
      // "from £250 to £500" is a change of amount, not a range.
      if (!/\bfrom\s*$/i.test(before)) {
        const joiner = text.slice(o.end, next.start).trim().toLowerCase();
        if (joiner !== 'and' || /\bbetween\s*$/i.test(before)) {
          o.range = true;
          next.range = true;
        }
      }
    }
  }
  return out;
}

function normaliseUnit(unit: string): MoneyMention['per'] {
  if (/^(?:hour|hr|hourly)$/.test(unit)) return 'hour';
  if (/^(?:day|daily)$/.test(unit)) return 'day';
  if (/^(?:night|nightly)$/.test(unit)) return 'night';
  if (/^(?:week|wk|weekly)$/.test(unit)) return 'week';
  if (/^(?:fortnight|fortnightly)$/.test(unit)) return 'fortnight';
  if (/^(?:year|yr|yearly|annum|annually)$/.test(unit)) return 'year';
  return 'month';
}
