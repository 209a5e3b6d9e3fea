/**
 * The sums behind the script's prints (issue 9): where the day starts, how the MC's lines are cut
 * into paragraphs and kept from orphaning a word, and how items fall into pages without a break
 * inside an item's first lines. Pure: the views measure, these decide.
 */

const NBSP = '\u00a0';
/** A last word this short would sit alone on the paragraph's last line; it is bound to the one before. */
const SHORT_LAST_WORD = 12;

/**
 * The paragraph with its last two words joined by a no-break space, so a wrap never leaves one
 * word alone on the last line (Vietnamese words are short syllables: "chào!", "ngồi."). Short
 * paragraphs (under four words) are left alone: binding them could push the whole line over.
 */
export function bindLastWords(text: string): string {
  const m = /^(.*\S)[ \t]+(\S+)\s*$/s.exec(text);
  if (!m) return text;
  const words = text.trim().split(/\s+/);
  if (words.length < 4 || m[2]!.length > SHORT_LAST_WORD) return text;
  return `${m[1]}${NBSP}${m[2]}`;
}

/** Past this many characters a paragraph is cut at its sentences, so it can go over a page break. */
const LONG_PARAGRAPH = 700;

/** The MC's lines as the paragraphs a page break may fall between (blank lines dropped). */
export function paragraphsOf(text: string | null): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const p = line.trim();
    if (!p) continue;
    if (p.length <= LONG_PARAGRAPH) {
      out.push(p);
      continue;
    }
    // Sentences, then as many of them as stay under the limit in each piece.
    const sentences = p.match(/[^.!?;…]+(?:[.!?;…]+|$)\s*/g) ?? [p];
    let piece = '';
    for (const s of sentences) {
      if (piece && piece.length + s.length > LONG_PARAGRAPH) {
        out.push(piece.trim());
        piece = '';
      }
      piece += s;
    }
    if (piece.trim()) out.push(piece.trim());
  }
  return out;
}

/**
 * Paragraphs as the pieces a page break may fall between: one that introduces what follows (it
 * ends with a colon: "Về phía Quốc hội, xin trân trọng giới thiệu:") stays with the next.
 */
export function keepWithNext(paragraphs: readonly string[]): string[][] {
  const out: string[][] = [];
  let open: string[] = [];
  for (const p of paragraphs) {
    open.push(p);
    if (!/:\s*$/.test(p)) {
      out.push(open);
      open = [];
    }
  }
  if (open.length) out.push(open);
  return out;
}

/** One item's measured heights (any unit): what its first slice must hold, and its paragraphs. */
export interface ItemHeights {
  /** The title (with its marks) at the top of the content cell. */
  head: number;
  /** Each paragraph of the MC's lines, in order. */
  parts: readonly number[];
  /** The tallest of the other cells (time, performer): the first slice is at least this tall. */
  side: number;
  /** The row's padding and borders, paid by every slice. */
  pad: number;
  /** The heading a slice continued on a new page carries ("… (tiếp theo)"). */
  carried: number;
}

/** A piece of an item on a page: paragraphs `from` to `to` (exclusive); `first` holds the title. */
export interface Slice {
  item: number;
  from: number;
  to: number;
  first: boolean;
}

/** At least this many paragraphs stay with the title, and at least this many go over a break. */
export const KEEP_FIRST = 2;
export const KEEP_LAST = 2;

const sum = (xs: readonly number[], from: number, to: number) => {
  let s = 0;
  for (let i = from; i < to; i++) s += xs[i]!;
  return s;
};

function sliceHeight(h: ItemHeights, from: number, to: number, first: boolean): number {
  const content = (first ? h.head : h.carried) + sum(h.parts, from, to);
  return h.pad + Math.max(first ? h.side : 0, content);
}

/**
 * Items into pages of `capacity`, in order. An item that fits goes whole; one that does not is
 * broken only between paragraphs, never before its title and first KEEP_FIRST paragraphs are on
 * the page, and never leaving fewer than KEEP_LAST to go over (orphans and widows). What cannot
 * meet that starts the next page. An item taller than a whole page is broken wherever it must,
 * still between paragraphs. Each page: its slices.
 */
export function paginateItems(items: readonly ItemHeights[], capacity: number): Slice[][] {
  const pages: Slice[][] = [];
  let page: Slice[] = [];
  let used = 0;
  const newPage = () => {
    if (page.length) pages.push(page);
    page = [];
    used = 0;
  };
  items.forEach((h, item) => {
    const n = h.parts.length;
    let from = 0;
    let first = true;
    while (from < n || first) {
      const room = capacity - used;
      const whole = sliceHeight(h, from, n, first);
      if (whole <= room) {
        page.push({ item, from, to: n, first });
        used += whole;
        return;
      }
      // As many paragraphs as fit within the rules; on an empty page, relaxed (it must go somewhere).
      const fill = (least: number, most: number) => {
        let to = from;
        while (to < most && sliceHeight(h, from, to + 1, first) <= room) to++;
        return to - from >= Math.max(1, least) ? to : null;
      };
      const strict = fill(first ? Math.min(KEEP_FIRST, n - from) : 1, n - Math.min(KEEP_LAST, n - from));
      const empty = page.length === 0;
      if (strict === null && !empty) {
        newPage();
        continue;
      }
      // Not even one paragraph fits a whole page: it goes alone (the title alone, for an item without lines).
      const to = strict ?? fill(1, n - 1) ?? Math.min(n, from + 1);
      page.push({ item, from, to, first });
      used += sliceHeight(h, from, to, first);
      from = to;
      first = false;
      if (from < n) newPage();
    }
  });
  if (page.length) pages.push(page);
  return pages;
}

/** A scale (at most 1) that brings `height` into `capacity`, for the one-page programme. */
export function scaleToFit(height: number, capacity: number, least = 0.6): number {
  if (height <= 0) return 1;
  return Math.max(least, Math.min(1, capacity / height));
}
