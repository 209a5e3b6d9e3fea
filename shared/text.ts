/**
 * Vietnamese text handling shared by the main process and the renderer:
 * cleaning on the way in, folding for search, identity keys for duplicates, name order.
 */

// Every kind of space a spreadsheet or a Mac keyboard can bring, zero-width ones included.
const SPACES = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

// Half of a UTF-16 surrogate pair without the other half: not a character, and SQLite, JSON and
// Excel each mangle it differently. Matched on code units (no u flag) on purpose.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Control characters that are not spaces (NUL, escape, DEL…): never part of a name or a note.
const CONTROLS = /[\x00-\x08\x0e-\x1f\x7f]/g;

/** The text with every lone surrogate replaced by U+FFFD, for text that is kept as it is otherwise. */
export const wellFormed = (s: string): string => s.replace(LONE_SURROGATE, '\ufffd');

/**
 * NFC, one space between words, no leading or trailing space; a lone surrogate becomes U+FFFD
 * (so nothing damaged is stored) and control characters go.
 */
export function cleanText(s: string): string {
  return s.replace(LONE_SURROGATE, '\ufffd').replace(CONTROLS, '').normalize('NFC').replace(SPACES, ' ').trim();
}

/**
 * Text of several lines (an MC's lines, notes): each line cleaned as `cleanText` does, the line
 * breaks kept (one blank line at most between paragraphs), none at the ends.
 */
export function cleanLines(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(cleanText)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;
const TONES_G = /[\u0300\u0301\u0303\u0309\u0323]/g;

export type ToneStyle = 'old' | 'new';

/**
 * Puts the tone mark of open syllables ending in oa, oe, uy on one agreed vowel:
 * 'old' style (the usual one in names: Hòa, Thủy, Khỏe) or 'new' style (Hoà, Thuỷ, Khoẻ).
 * Syllables with a final consonant (Hoàng, Thuyết) have one spelling only and are left alone.
 */
export function normalizeTones(s: string, style: ToneStyle = 'old'): string {
  return s.normalize('NFC').replace(/\p{L}+/gu, (word) => placeTone(word, style));
}

function placeTone(word: string, style: ToneStyle): string {
  const nfd = word.normalize('NFD');
  const tone = nfd.match(TONES)?.[0];
  if (!tone) return word;
  const bare = nfd.replace(TONES_G, '').normalize('NFC');
  const lower = bare.toLowerCase();
  const m = /(oa|oe|uy)$/.exec(lower);
  if (!m || (m[1] === 'uy' && lower.endsWith('quy'))) return word;
  const at = style === 'old' ? lower.length - 2 : lower.length - 1;
  return (bare.slice(0, at) + (bare[at] + tone).normalize('NFC') + bare.slice(at + 1)).normalize('NFC');
}

/** The definition of search folding, one character at a time: what foldForSearch must equal. */
export function foldReference(s: string): string {
  return cleanText(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

// Folding is per character (marks fold to nothing, so composed or not gives the same): clean text
// folds its non-ASCII characters through a table filled on first sight, and lowercases natively.
// Indexing 10,000 delegates is mostly this, so it skips the three Unicode passes of the reference.
const foldTable = new Map<string, string>();
const foldChar = (ch: string): string => {
  let f = foldTable.get(ch);
  if (f === undefined) {
    f = ch.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    foldTable.set(ch, f);
  }
  return f;
};
// Anything cleanText would change apart from NFC: odd or repeated spaces, spaces at the ends.
const UNCLEAN_SPACE = /[\x00-\x1f\x7f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]|  |^ | $|[\ud800-\udfff]|\u03a3/;

/** For search: no diacritics, no case, đ as d. "Nguyễn Văn Đức" -> "nguyen van duc". */
export function foldForSearch(s: string): string {
  if (UNCLEAN_SPACE.test(s)) return foldReference(s);
  return s.replace(/[^\x00-\x7f]/g, foldChar).toLowerCase();
}

/**
 * For recognising the same person typed differently (case, spacing, NFD, tone placement),
 * while keeping Hoa and Hòa apart: those are different names.
 */
export function identityKey(s: string): string {
  return normalizeTones(cleanText(s), 'old').toLowerCase();
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Vietnamese collation of two plain strings. */
export const compareVi = (a: string, b: string): number => collator.compare(a, b);

/**
 * Sort key for Vietnamese personal names: given name (last word) first, then the middle names,
 * then the family name. Returned as parts so callers can compare with the vi collator.
 */
function nameSortParts(fullName: string): [given: string, middle: string, family: string] {
  return splitNameParts(cleanText(fullName));
}

/** nameSortParts for a name that is already clean. */
export function splitNameParts(clean: string): [given: string, middle: string, family: string] {
  const words = clean.split(' ');
  if (words.length === 1) return [words[0] ?? '', '', ''];
  const given = words[words.length - 1] ?? '';
  const family = words[0] ?? '';
  return [given, words.slice(1, -1).join(' '), family];
}

export function compareVietnameseNames(a: string, b: string): number {
  const pa = nameSortParts(a);
  const pb = nameSortParts(b);
  for (let i = 0; i < 3; i++) {
    const c = collator.compare(pa[i]!, pb[i]!);
    if (c !== 0) return c;
  }
  return 0;
}
