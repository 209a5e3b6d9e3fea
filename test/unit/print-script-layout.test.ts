import { describe, expect, it } from 'vitest';
import {
  bindLastWords,
  KEEP_FIRST,
  KEEP_LAST,
  keepWithNext,
  paginateItems,
  paragraphsOf,
  scaleToFit,
  type ItemHeights,
  type Slice,
} from '../../renderer/print/script/scriptLayout';
import { overrun } from '../../shared/script/cascade';

const item = (parts: number[], o: Partial<ItemHeights> = {}): ItemHeights => ({ head: 6, parts, side: 10, pad: 2, carried: 4, ...o });

/** Every paragraph of every item is on exactly one page, in order. */
function covers(pages: Slice[][], items: ItemHeights[]) {
  const seen = pages.flat();
  const want: string[] = [];
  items.forEach((h, i) => h.parts.forEach((_, p) => want.push(`${i}.${p}`)));
  const got = seen.flatMap((s) => Array.from({ length: s.to - s.from }, (_, k) => `${s.item}.${s.from + k}`));
  expect(got).toEqual(want);
  // Each item's first slice holds its title, once.
  expect(seen.filter((s) => s.first).map((s) => s.item)).toEqual(items.map((_, i) => i));
}

function heightOf(s: Slice, h: ItemHeights) {
  const content = (s.first ? h.head : h.carried) + h.parts.slice(s.from, s.to).reduce((a, b) => a + b, 0);
  return h.pad + Math.max(s.first ? h.side : 0, content);
}

describe('the script print: the overrun', () => {
  it('says the overrun against a planned end only when one is set', () => {
    expect(overrun(700, 690)).toBe(10);
    expect(overrun(680, 690)).toBe(-10);
    expect(overrun(680, null)).toBeNull();
  });
});

describe('the script print: Vietnamese paragraphs', () => {
  it('binds the last two words so none is left alone on a line', () => {
    expect(bindLastWords('Thôi! Xin mời các đồng chí ngồi.')).toBe('Thôi! Xin mời các đồng chí\u00a0ngồi.');
    // Too short to bind; a long last word is left to wrap by itself.
    expect(bindLastWords('Nghiêm! Chào cờ… chào!')).toBe('Nghiêm! Chào cờ…\u00a0chào!');
    expect(bindLastWords('(Quốc ca)')).toBe('(Quốc ca)');
    expect(bindLastWords('Xin mời một hai https://example.invalid/very-long-address')).toBe('Xin mời một hai https://example.invalid/very-long-address');
  });

  it('cuts the lines into paragraphs, and a very long one at its sentences', () => {
    expect(paragraphsOf('Một.\n\n  Hai ba.  \r\nBốn')).toEqual(['Một.', 'Hai ba.', 'Bốn']);
    expect(paragraphsOf(null)).toEqual([]);
    const sentence = 'Xin trân trọng giới thiệu đồng chí Nguyễn Văn An, Bộ trưởng Bộ Nội vụ. ';
    const long = sentence.repeat(30).trim();
    const parts = paragraphsOf(long);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(700);
    expect(parts.join(' ')).toBe(long);
  });
});

describe('the script print: what a page break may not separate', () => {
  it('keeps a paragraph that introduces the next (a bloc’s heading) with it', () => {
    const lines = ['Kính thưa các đồng chí đại biểu!', 'Về phía Quốc hội, xin trân trọng giới thiệu:', '- Đồng chí A;', '- Đồng chí B.', 'Kết:'];
    expect(keepWithNext(lines)).toEqual([[lines[0]], [lines[1], lines[2]], [lines[3]], [lines[4]]]);
  });
});

describe('the script print: items into pages', () => {
  it('puts whole items on a page while they fit', () => {
    const items = [item([5, 5]), item([5]), item([])];
    const pages = paginateItems(items, 100);
    expect(pages).toEqual([
      [
        { item: 0, from: 0, to: 2, first: true },
        { item: 1, from: 0, to: 1, first: true },
        { item: 2, from: 0, to: 0, first: true },
      ],
    ]);
  });

  it('never breaks inside an item’s first lines: the title and its first paragraphs go over together', () => {
    // 80 used, 20 left: the title (6) and one paragraph (8) would fit, not two.
    const items = [item([76]), item([8, 8, 8, 8, 8])];
    const pages = paginateItems(items, 100);
    expect(pages[0]!.map((s) => s.item)).toEqual([0]);
    expect(pages[1]![0]).toEqual({ item: 1, from: 0, to: 5, first: true });
    covers(pages, items);
  });

  it('breaks a long item between paragraphs, keeping its first lines and never sending one alone over', () => {
    const items = [item([40]), item(Array.from({ length: 12 }, () => 8))];
    const pages = paginateItems(items, 100);
    covers(pages, items);
    const [a, b] = [pages[0]!.at(-1)!, pages[1]![0]!];
    expect(a.item).toBe(1);
    expect(a.first).toBe(true);
    expect(a.to - a.from).toBeGreaterThanOrEqual(KEEP_FIRST);
    expect(b).toMatchObject({ item: 1, first: false, from: a.to });
    expect(b.to - b.from).toBeGreaterThanOrEqual(KEEP_LAST);
    for (const [p, page] of pages.entries()) {
      const used = page.reduce((u, s) => u + heightOf(s, items[s.item]!), 0);
      expect(used, `page ${p + 1}`).toBeLessThanOrEqual(100);
    }
  });

  it('moves an item whole rather than leave its last paragraph alone on the next page', () => {
    // 3 paragraphs; 2 would fit with the title, but the third would go over alone.
    const items = [item([70]), item([9, 9, 9])];
    const pages = paginateItems(items, 100);
    expect(pages.map((p) => p.map((s) => [s.item, s.from, s.to]))).toEqual([[[0, 0, 1]], [[1, 0, 3]]]);
  });

  it('gives an item taller than a page as many pages as it needs, and an item with no room still its page', () => {
    const items = [item(Array.from({ length: 30 }, () => 10)), item([], { side: 500 })];
    const pages = paginateItems(items, 100);
    covers(pages, items);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.at(-1)).toEqual([{ item: 1, from: 0, to: 0, first: true }]);
    for (const page of pages.slice(0, -1)) expect(page.reduce((u, s) => u + heightOf(s, items[s.item]!), 0)).toBeLessThanOrEqual(100);
  });

  it('shrinks the programme to one page, never below the least scale', () => {
    expect(scaleToFit(200, 250)).toBe(1);
    expect(scaleToFit(300, 240)).toBeCloseTo(0.8);
    expect(scaleToFit(1000, 240)).toBe(0.6);
  });
});
