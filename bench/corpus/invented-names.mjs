/**
 * Invented council names in the shapes of the real ones: each current English council's official name with its
 * place words swapped for invented ones built from syllables ("London Borough of X", "X Metropolitan Borough
 * Council", "X, Y and Z Council", "X & Y Council", "X-on-Y Borough Council"), so the corpus keeps the real list's
 * kinds, lengths and punctuation while naming no real body (invented data never names a real body).
 */
import { mulberry32 } from './random.mjs';

/** Words that say what kind of body it is, or join places: kept as they are. */
const KEEP = new Set([
  'Council', 'Borough', 'District', 'City', 'County', 'Metropolitan', 'Royal', 'Greater', 'Combined', 'Mayoral',
  'Authority', 'Corporation', 'of', 'the', 'and', '&', 'upon', 'under', 'on',
]);
/** Compass words and London: kept too, unless they are all the place a name has ("Greater London Authority"). */
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Mid', 'London']);
const ONSETS = ['b', 'br', 'd', 'dr', 'f', 'g', 'gl', 'h', 'k', 'l', 'm', 'n', 'p', 'pl', 'qu', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'ou', 'y'];
const CODAS = ['', '', 'n', 'l', 'r', 'm', 'st', 'x', 'nd'];

/** FNV-1a, so a real word always gets the same invented one (a county's name repeats in its districts' names). */
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A made-up word about as long as `word`, keeping a "-shire" ending when it has one. */
function inventWord(word, salt) {
  const next = mulberry32(hash(`${word}#${salt}`));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const suffix = /shire$/i.test(word) ? 'shire' : '';
  const target = Math.max(3, word.length - suffix.length);
  let out = '';
  while (out.length < target - 1) out += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
  return out[0].toUpperCase() + out.slice(1) + suffix;
}

/**
 * Map each real name to an invented one. `realWords` (lower case) are every word of every name the authority lookup
 * knows: no invented word is one of them, and no two real words share an invented one, so no invented name can be
 * read as a real authority's.
 */
export function inventCouncilNames(realNames, realWords) {
  const byWord = new Map();
  const taken = new Set();
  const swap = (word, compass) => {
    if (KEEP.has(word) || (!compass && COMPASS.has(word)) || !/[A-Za-z]/.test(word)) return word;
    const bare = word.replace(/[^A-Za-z’']+$/, '');
    const tail = word.slice(bare.length);
    if (!byWord.has(bare)) {
      let salt = 0;
      let made = inventWord(bare, salt);
      while (realWords.has(made.toLowerCase()) || taken.has(made)) made = inventWord(bare, ++salt);
      taken.add(made);
      byWord.set(bare, made);
    }
    return byWord.get(bare) + tail;
  };
  // Hyphens join place words too ("Stoke-on-Trent"): swap each part, keep the joining words.
  const invent = (name, compass) => name.split(' ').map((w) => w.split('-').map((part) => swap(part, compass)).join('-')).join(' ');
  return realNames.map((name) => {
    const made = invent(name, false);
    return made === name ? invent(name, true) : made;
  });
}
