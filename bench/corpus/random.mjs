/** Seeded randomness for the synthetic corpus: mulberry32 plus the few helpers the templates need. */

/** mulberry32: a small, fast 32-bit PRNG; the same seed always gives the same stream. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mix a run seed and a page index into one 32-bit seed, so each page has its own stream (order-independent). */
export function pageSeed(seed, index, salt = 0) {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b) ^ Math.imul(salt + 7, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d) >>> 0;
  h ^= h >>> 15;
  return h >>> 0;
}

/** Helpers over one stream: picks, integers, chances and money. */
export function makeRandom(seed) {
  const next = mulberry32(seed);
  const r = {
    next,
    /** Integer in [lo, hi], both included. */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Pick by weight: [[value, weight], …]. */
    weighted: (pairs) => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [v, w] of pairs) if ((x -= w) < 0) return v;
      return pairs[pairs.length - 1][0];
    },
    /** `k` distinct items from a list, in random order. */
    sample: (list, k) => {
      const copy = list.slice();
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, Math.min(k, copy.length));
    },
    /** A round amount of pounds in [lo, hi], a multiple of `step`. */
    pounds: (lo, hi, step = 50) => step * r.int(Math.ceil(lo / step), Math.floor(hi / step)),
  };
  return r;
}

/** "£1,300" (and, for pence, "£212.40"). */
export function money(pounds, { comma = true } = {}) {
  const whole = Math.trunc(pounds);
  const pence = Math.round((pounds - whole) * 100);
  const digits = String(whole);
  const grouped = comma ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : digits;
  return `£${grouped}${pence ? `.${String(pence).padStart(2, '0')}` : ''}`;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** "six" for 6; digits above twelve, as the decisions write them. */
export function words(n) {
  return NUMBER_WORDS[n] ?? String(n);
}
