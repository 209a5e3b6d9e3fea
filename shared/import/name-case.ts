/**
 * Names typed in capitals ("LÊ ĐỨC BÌNH") or in lower case ("bùi minh ưng") are written the way
 * Vietnamese names are: every word with a capital first letter ("Lê Đức Bình", "Bùi Minh Ưng").
 * toUpperCase/toLowerCase know đ/Đ and every precomposed Vietnamese letter; a letter followed by
 * combining marks (text not in NFC) keeps its marks, as only the base letter changes case.
 */

const LETTER = /\p{L}/u;

/** A character's case; ASCII without a case conversion, as most names start with two ASCII letters. */
function letterCase(ch: string): 'upper' | 'lower' | 'title' | 'uncased' | null {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? 'upper' : code >= 97 && code <= 122 ? 'lower' : null;
  const up = ch.toUpperCase();
  const low = ch.toLowerCase();
  if (up === low) return LETTER.test(ch) ? 'uncased' : null;
  return ch === up ? 'upper' : ch === low ? 'lower' : 'title';
}

/** All capitals or all lower case, with at least two letters: typed that way, not a real spelling. */
export function isOneCase(name: string): boolean {
  let upper = false;
  let lower = false;
  let letters = 0;
  // Letter by letter, so a mixed name ("Nguyễn…") is told apart by its first two.
  for (const ch of name) {
    const c = letterCase(ch);
    if (c === null) continue;
    letters++;
    if (c === 'upper') upper = true;
    else if (c === 'lower') lower = true;
    else if (c === 'title') return false;
    if (upper && lower) return false;
  }
  return letters >= 2 && (upper || lower);
}

/** Every word: first letter capital, the rest lower case. Also after a hyphen ("H'Hen Niê", "Nguyễn-Lê"). */
export function titleCaseVi(name: string): string {
  return name.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * How good a spelling is, to keep the best of two spellings of one person: a mixed-case name
 * (someone took care) over one typed all in capitals or all in lower case.
 */
export const spellingQuality = (name: string): number => (isOneCase(name) ? 0 : 1);

/**
 * The spelling to keep when `incoming` updates `current`: the incoming one (already in the event's
 * tone style), unless it is worse ("NGUYỄN VĂN AN" never replaces "Nguyễn Văn An").
 */
export const betterSpelling = (current: string, incoming: string): string => (spellingQuality(incoming) < spellingQuality(current) ? current : incoming);

/** Whether `other` is a strictly better spelling than `kept`: what a skipped repeat may still give. */
export const isBetterSpelling = (kept: string, other: string): boolean => spellingQuality(other) > spellingQuality(kept);
