/**
 * Type that fits its box by shrinking, never by cutting: the sums behind the name cards and the
 * seat list's page breaks. Pure; the measuring is given (canvas measureText in the renderer, a
 * fixed-width stand-in in the tests).
 */

/** A text's advance width at a font size of 1 (so at size s it is s times this). */
export type Measure = (text: string) => number;

export interface Fitted {
  /** The font size, in the box's unit. */
  size: number;
  lines: string[];
}

export interface FitOptions {
  /** 1 for a name, 2 for a title: more lines would be read as two people (3 for a badge's long unit). */
  maxLines: 1 | 2 | 3;
  /** The size it grows to when there is room (so a short title does not shout). */
  maxSize: number;
  /** Line box height as a multiple of the font size. */
  lineHeight: number;
}

// Canvas widths and the printed glyphs differ by rounding; a little room keeps the last letter in.
const SAFETY = 0.97;
// A break after a comma or before "kiêm" follows the title's own posts: worth a little size.
const GOOD_BREAK = 1.06;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

function goodBreak(first: string[], second: string[]): boolean {
  return /[,;]$/.test(first[first.length - 1] ?? '') || second[0]?.toLowerCase() === 'kiêm';
}

/** The largest size at which `text` fits `width` × `height` in at most `maxLines` lines. */
export function fitText(text: string, width: number, height: number, measure: Measure, o: FitOptions): Fitted {
  const w = words(text);
  if (!w.length || width <= 0 || height <= 0) return { size: 0, lines: [] };
  const sizeFor = (lines: string[]) => {
    const widest = Math.max(...lines.map(measure));
    return Math.min(o.maxSize, (width * SAFETY) / widest, height / (lines.length * o.lineHeight));
  };
  const one = [w.join(' ')];
  let best: Fitted = { size: sizeFor(one), lines: one };
  if (o.maxLines >= 2)
    for (let i = 1; i < w.length; i++) {
      const first = w.slice(0, i);
      const second = w.slice(i);
      const lines = [first.join(' '), second.join(' ')];
      const size = sizeFor(lines);
      // Two lines only when they buy real size: a title that fits on one line stays on one.
      const score = size * (goodBreak(first, second) ? GOOD_BREAK : 1);
      const bestScore = best.size * (best.lines.length === 2 ? (goodBreak(words(best.lines[0]!), words(best.lines[1]!)) ? GOOD_BREAK : 1) : 1.1);
      if (score > bestScore) best = { size, lines };
    }
  if (o.maxLines === 3)
    for (let i = 1; i < w.length; i++)
      for (let j = i + 1; j < w.length; j++) {
        const lines = [w.slice(0, i).join(' '), w.slice(i, j).join(' '), w.slice(j).join(' ')];
        const size = sizeFor(lines);
        // A third line, like a second, only for real size.
        if (size > best.size * 1.1) best = { size, lines };
      }
  return best;
}

/** Greedy line breaking at `width` (at size 1): how the seat list's cells wrap. */
export function wrapLines(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words(text)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Items of the given heights into pages of `capacity`, in order, as many as fit on each. `startCost`
 * is what an item costs more when it opens a page (a group's heading said again); an item with
 * `keepWithNext` (a heading) never ends a page. An item taller than a page gets a page of its own
 * rather than being lost. Answers each page's items.
 */
export function paginate(
  heights: readonly number[],
  capacity: number,
  { startCost = () => 0, keepWithNext = () => false }: { startCost?: (i: number) => number; keepWithNext?: (i: number) => boolean } = {},
): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let used = 0;
  heights.forEach((h, i) => {
    const need = h + (keepWithNext(i) && i + 1 < heights.length ? heights[i + 1]! : 0);
    if (page.length && used + need > capacity) {
      pages.push(page);
      page = [];
      used = 0;
    }
    if (!page.length) used += startCost(i);
    page.push(i);
    used += h;
  });
  if (page.length) pages.push(page);
  return pages;
}
