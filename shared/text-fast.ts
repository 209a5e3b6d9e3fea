import { cleanText, normalizeTones } from './text';

/**
 * Exactly cleanText and identityKey (tests compare them on every Vietnamese letter and on generated
 * lists), with a fast path for the text most cells hold. An import runs them on every cell of
 * 5,000 rows, where Unicode normalisation dominates the time.
 */

// Printable ASCII, Latin-1 and Latin Extended letters (every precomposed Vietnamese letter is in
// U+00C0–U+024F or U+1E00–U+1EFF, all already NFC), dashes and quotes: NFC as they stand.
const nfcSafe = (c: number): boolean =>
  (c >= 0x21 && c <= 0x7e) ||
  (c >= 0xc0 && c <= 0x24f) ||
  (c >= 0x1e00 && c <= 0x1eff) ||
  c === 0x2013 ||
  c === 0x2014 ||
  c === 0x2018 ||
  c === 0x2019 ||
  c === 0x201c ||
  c === 0x201d;

/**
 * Text cleanText leaves as it is: safe characters with single spaces between them. A loop, not a
 * regular expression: V8 runs `(?:a|b)*` by recursion, and an 8 MB cell overflowed its stack.
 */
function alreadyClean(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 0x20) return false;
    } else if (!nfcSafe(c)) return false;
  }
  return true;
}

/** cleanText(s), without normalising text that cannot change. */
export function fastClean(s: string): string {
  return alreadyClean(s) ? s : cleanText(s);
}

/**
 * normalizeTones can only change a word that ends in oa, oe or uy (the tone on either vowel).
 * A superset test for such a word: a plain or toned o/u followed by a plain or toned a/e/y at the
 * end of a word.
 */
const TONE_CANDIDATE = /[oòóỏõọuùúủũụ][aàáảãạeèéẻẽẹyỳýỷỹỵ](?!\p{L})/iu;

// A word (as normalizeTones splits them); only one ending in such a pair can change. Each match
// consumes its word, so this is linear in the text (a `\p{L}*` prefix before the pair was not).
const WORD = /\p{L}+/gu;
const PAIR_AT_END = /[oòóỏõọuùúủũụ][aàáảãạeèéẻẽẹyỳýỷỹỵ]$/iu;

/** normalizeTones(s, style) for text that is already clean (NFC), working only on the words it can change. */
export const fastTones = (clean: string, style: 'old' | 'new'): string =>
  TONE_CANDIDATE.test(clean) ? clean.replace(WORD, (word) => (PAIR_AT_END.test(word.slice(-2)) ? normalizeTones(word, style) : word)) : clean;

/** identityKey(s). */
export function fastIdentityKey(s: string): string {
  return fastTones(fastClean(s), 'old').toLowerCase();
}
