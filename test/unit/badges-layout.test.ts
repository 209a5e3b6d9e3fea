import { describe, expect, it } from 'vitest';
import { defaultDesign, type TextElement } from '../../shared/badges/design';
import { backCells, badgeTexts, fitBadge, fitBox, nUp, pagesOf, PT_MM, sheetFor, type BadgeValues } from '../../shared/badges/layout';
import type { Measure } from '../../shared/fit-text';

// A fixed-width stand-in: every character 0.5 em.
const mono: Measure = (t) => t.length * 0.5;
const A4 = { width: 210, height: 297 };

describe('badges N-up on A4', () => {
  it('puts 4 A6, 8 A7 (landscape), 10 cards of 54 × 90 mm (landscape) on a sheet, centred', () => {
    const a6 = nUp({ width: 105, height: 148 }, A4, 0);
    expect([a6.cols, a6.rows, a6.paper]).toEqual([2, 2, A4]);
    expect(a6.cells[0]).toEqual({ x: 0, y: 0.5 });
    const a7 = nUp({ width: 74, height: 105 }, A4, 0);
    expect([a7.cols, a7.rows, a7.paper]).toEqual([4, 2, { width: 297, height: 210 }]);
    expect(a7.cells[0]!.x).toBeCloseTo(0.5);
    const cards = nUp({ width: 54, height: 90 }, A4, 5);
    expect([cards.cols * cards.rows, cards.paper.width]).toEqual([10, 297]);
    expect(cards.cells[0]).toEqual({ x: 13.5, y: 15 });
    expect(cards.cells[9]).toEqual({ x: 13.5 + 4 * 54, y: 105 });
  });

  it('keeps a margin: fewer badges when it does not leave room', () => {
    expect(nUp({ width: 74, height: 105 }, A4, 5).cells).toHaveLength(4);
    expect(nUp({ width: 54, height: 90 }, A4, 20).cells).toHaveLength(6);
  });

  it('draws cut marks on every cut line, in the margins only', () => {
    const s = nUp({ width: 54, height: 90 }, A4, 5);
    // 6 vertical cut lines × 2 ends + 3 horizontal × 2 ends (no gap: shared edges are one cut).
    expect(s.marks).toHaveLength(6 * 2 + 3 * 2);
    const left = 13.5;
    const top = 15;
    for (const m of s.marks) {
      const inGrid = (x: number, y: number) => x > left + 0.01 && x < left + 270 - 0.01 && y > top + 0.01 && y < top + 180 - 0.01;
      expect(inGrid(m.x1, m.y1) || inGrid(m.x2, m.y2)).toBe(false);
      expect(Math.min(m.x1, m.x2, m.y1, m.y2)).toBeGreaterThanOrEqual(0);
    }
    expect(s.marks).toContainEqual({ x1: 67.5, y1: 9, x2: 67.5, y2: 14 });
    // No room (A6 edge to edge): no marks rather than marks over the badges.
    expect(nUp({ width: 105, height: 148 }, A4, 0).marks).toEqual([]);
  });

  it('one badge a page for card printers; backs mirrored to meet their fronts', () => {
    expect(sheetFor('single', { width: 85.6, height: 54 }, 5)).toMatchObject({ paper: { width: 85.6, height: 54 }, cells: [{ x: 0, y: 0 }] });
    const s = sheetFor('a7x8', { width: 74, height: 105 }, 0);
    const back = backCells(s);
    expect(back[0]!.x).toBeCloseTo(s.cells[3]!.x);
    expect(back[3]!.x).toBeCloseTo(s.cells[0]!.x);
    expect(pagesOf([1, 2, 3, 4, 5, 6, 7, 8, 9], 8)).toEqual([[1, 2, 3, 4, 5, 6, 7, 8], [9]]);
  });
});

describe('shrink to fit', () => {
  const box: TextElement = {
    kind: 'text',
    id: 'n',
    field: 'fullName',
    text: '',
    x: 0,
    y: 0,
    width: 60,
    height: 10,
    size: 20,
    minSize: 10,
    maxLines: 1,
    align: 'center',
    weight: 700,
    colour: '#000000',
  };
  it('prints at its size when it fits, shrinks in quarter points, and never over the box', () => {
    expect(fitBox('Lê Hưng', box, mono)).toEqual({ lines: ['Lê Hưng'], sizePt: 20, status: 'ok' });
    const long = fitBox('Nguyễn Thị Phương Thảo', box, mono);
    // 22 characters × 0.5 em must fit 60 mm × 0.97: 5.29 mm, 14.998 pt, so 14.75.
    expect(long.sizePt).toBe(14.75);
    expect(long.status).toBe('ok');
    expect(long.sizePt * PT_MM * 11).toBeLessThanOrEqual(60);
  });
  it('says when the text hit its minimum, and when it would not fit at all', () => {
    const atMin = fitBox('Nguyễn Thị Phương Thảo Anh Hải A', box, mono);
    expect(atMin).toMatchObject({ status: 'min', sizePt: 10.25 });
    const under = fitBox('Công Tằng Tôn Nữ Thị Phương Thảo Nguyên Hạ', box, mono);
    expect(under.status).toBe('overflow');
    expect(under.sizePt * PT_MM * 0.5 * under.lines[0]!.length).toBeLessThanOrEqual(60);
  });
  it('fits every text of a badge and reports the worst', () => {
    const v: BadgeValues = {
      fullName: 'Công Tằng Tôn Nữ Thị Phương Thảo Nguyên Hạ Vy',
      title: 'Vụ trưởng',
      organization: 'Bộ Nội vụ',
      category: 'Đại biểu',
      bridgePoint: '',
      seat: 'B-12',
      eventName: 'Hội nghị tổng kết',
      eventDate: '01/12/2026',
    };
    const fit = fitBadge(defaultDesign(), v, () => mono);
    expect(fit.texts.get('name')!.status).toBe('overflow');
    expect(fit.worst).toBe('overflow');
    expect(badgeTexts(defaultDesign(), v)).toEqual(['Hội nghị tổng kết', '01/12/2026', v.fullName, 'Vụ trưởng', 'Bộ Nội vụ', 'ĐẠI BIỂU']);
  });
});
