import { describe, expect, it } from 'vitest';
import { fitText, paginate, wrapLines, type Measure } from '../../shared/fit-text';

// A stand-in font: every character (space included) 0.6 em wide, wide capitals 0.75.
const measure: Measure = (t) => [...t].reduce((w, c) => w + (c === c.toUpperCase() && c !== ' ' ? 0.75 : 0.6), 0);
const widest = (lines: string[], size: number) => Math.max(...lines.map((l) => measure(l) * size));

const LONG_NAME = 'Nguyễn Thị Phương Thảo';
const LONG_TITLE = 'Phó Chủ nhiệm Văn phòng Quốc hội kiêm Tổng Thư ký Quốc hội';
const NAME = { maxLines: 1, maxSize: 40, lineHeight: 1.2 } as const;
const TITLE = { maxLines: 2, maxSize: 18, lineHeight: 1.2 } as const;

describe('fitText: type that shrinks to fit, never cut', () => {
  it('keeps a short name at its largest size, on one line', () => {
    expect(fitText('Lê Minh', 270, 50, measure, NAME)).toEqual({ size: 40, lines: ['Lê Minh'] });
  });

  it('shrinks a long name to the box width, whole', () => {
    const f = fitText(LONG_NAME, 120, 44, measure, NAME);
    expect(f.lines).toEqual([LONG_NAME]);
    expect(f.size).toBeLessThan(40);
    expect(widest(f.lines, f.size)).toBeLessThanOrEqual(120);
    expect(widest(f.lines, f.size)).toBeGreaterThan(110);
  });

  it('is limited by the height too', () => {
    const f = fitText('An', 500, 12, measure, NAME);
    expect(f.size).toBeCloseTo(10);
  });

  it('wraps a long title to two lines, at its own break (before "kiêm"), and both fit', () => {
    const f = fitText(LONG_TITLE, 270, 30, measure, TITLE);
    expect(f.lines).toEqual(['Phó Chủ nhiệm Văn phòng Quốc hội', 'kiêm Tổng Thư ký Quốc hội']);
    expect(widest(f.lines, f.size)).toBeLessThanOrEqual(270);
    expect(f.lines.length * f.size * 1.2).toBeLessThanOrEqual(30 + 1e-9);
    expect(f.lines.join(' ')).toBe(LONG_TITLE);
  });

  it('breaks after a comma when it costs little', () => {
    const f = fitText('Ủy viên Bộ Chính trị, Chủ tịch Quốc hội', 150, 30, measure, TITLE);
    expect(f.lines).toEqual(['Ủy viên Bộ Chính trị,', 'Chủ tịch Quốc hội']);
  });

  it('keeps a title that fits on one line on one line', () => {
    expect(fitText('Bộ trưởng', 270, 30, measure, TITLE)).toEqual({ size: 18, lines: ['Bộ trưởng'] });
  });

  it('never gives up on a tiny card: one long word still fits, smaller', () => {
    const f = fitText('Phó Chủ nhiệm Văn phòng Quốc hội kiêm Tổng Thư ký Quốc hội', 40, 10, measure, TITLE);
    expect(f.lines.join(' ')).toBe(LONG_TITLE);
    expect(widest(f.lines, f.size)).toBeLessThanOrEqual(40);
    expect(f.size).toBeGreaterThan(0);
  });

  it('answers nothing for no text or no room', () => {
    expect(fitText('  ', 100, 10, measure, NAME)).toEqual({ size: 0, lines: [] });
    expect(fitText('An', 0, 10, measure, NAME)).toEqual({ size: 0, lines: [] });
  });
});

describe('wrapLines and paginate: the seat list', () => {
  it('wraps greedily at the width and keeps every word', () => {
    const lines = wrapLines(LONG_TITLE, 20, measure);
    expect(lines.join(' ')).toBe(LONG_TITLE);
    for (const l of lines) expect(measure(l) <= 20 || !l.includes(' ')).toBe(true);
    expect(wrapLines('', 20, measure)).toEqual([]);
  });

  it('fills pages in order and gives an over-tall item a page of its own', () => {
    expect(paginate([1, 1, 1, 1, 1], 2)).toEqual([[0, 1], [2, 3], [4]]);
    expect(paginate([1, 5, 1], 3)).toEqual([[0], [1], [2]]);
    expect(paginate([], 3)).toEqual([]);
  });

  it('says a group heading again on a page it continues, and never leaves a heading last on a page', () => {
    // Items 0 and 3 are headings (1 high), the rest rows (1 high); a continued heading costs 1.
    const heading = (i: number) => i === 0 || i === 3;
    const pages = paginate([1, 1, 1, 1, 1, 1, 1], 3, { keepWithNext: heading, startCost: (i) => (heading(i) ? 0 : 1) });
    expect(pages).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(paginate([1, 1, 1, 1], 3, { keepWithNext: (i) => i === 2 })).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
});
