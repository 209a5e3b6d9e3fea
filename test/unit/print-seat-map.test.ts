import { describe, expect, it } from 'vitest';
import type { PlanSeat } from '../../shared/contract/seating';
import { layOutPlan } from '../../shared/seating/layout';
import type { Measure } from '../../shared/fit-text';
import { initials, seatName, shortName } from '../../renderer/print/seating/seatNames';
import { mapGeometry } from '../../shared/seating/map-geometry';

const seats: PlanSeat[] = layOutPlan({
  presidium: { rows: 2, seats: 7 },
  areas: [
    { name: 'Tầng 1', rows: 3, seatsPerRow: 10, aisles: 1 },
    { name: 'Tầng 2', rows: 2, seatsPerRow: 12, aisles: 2 },
  ],
  rowLabels: 'letters',
  numbering: { kind: 'odd-even', oddSide: 'right' },
}).map((s, i) => ({
  id: String(i),
  eventId: 'e',
  planId: 'p',
  seatKey: s.key,
  zone: s.zone,
  area: s.area,
  rowIndex: s.row,
  rowLabel: s.rowLabel,
  section: s.section,
  x: s.x,
  y: s.y,
  number: s.number,
  blocked: false,
  reservedKind: null,
  reservedKey: null,
  blockName: null,
  delegateId: null,
  locked: false,
}));

describe("the seat map print's shapes", () => {
  it('puts the stage above the hall seen from the audience, and below it seen from the stage', () => {
    const hallYs = seats.filter((s) => s.zone === 'hall').map((s) => s.y);
    const audience = mapGeometry(seats, 'audience');
    expect(audience.stage.maxY).toBeLessThan(Math.min(...hallYs));
    const presidiumYs = seats.filter((s) => s.zone === 'presidium').map((s) => s.y);
    // The stage's name at its back, "Đoàn Chủ tịch" between it and the presidium's rows.
    expect(audience.stageLabelY).toBeLessThan(audience.presidiumLabelY!);
    expect(audience.presidiumLabelY!).toBeLessThan(Math.min(...presidiumYs) - 0.5);
    const stage = mapGeometry(seats, 'stage');
    expect(stage.stage.minY).toBeGreaterThan(Math.max(...hallYs.map((y) => -y)));
    expect(stage.stageLabelY).toBeGreaterThan(stage.presidiumLabelY!);
    expect(stage.presidiumLabelY!).toBeGreaterThan(Math.max(...presidiumYs.map((y) => -y)) + 0.5);
  });

  it('labels each row on both sides, outside its seats, and keeps everything inside the drawing', () => {
    const g = mapGeometry(seats, 'stage');
    // Two presidium rows and five hall rows, the second area's labelled from A again.
    expect(g.rows.map((r) => r.label)).toEqual(['1', '2', 'A', 'B', 'C', 'A', 'B']);
    for (const r of g.rows) {
      const xs = seats.filter((s) => `${s.zone}|${s.area ?? ''}|${s.rowIndex}` === r.key).map((s) => -s.x);
      expect(r.left).toBeLessThan(Math.min(...xs) - 0.5);
      expect(r.right).toBeGreaterThan(Math.max(...xs) + 0.5);
      expect(r.left - 1).toBeGreaterThanOrEqual(g.bounds.minX - 1e-9);
      expect(r.right + 1).toBeLessThanOrEqual(g.bounds.maxX + 1e-9);
    }
    expect(g.stage.minX).toBeGreaterThanOrEqual(g.bounds.minX);
    expect(g.stage.maxY).toBeLessThanOrEqual(g.bounds.maxY);
  });

  it('draws a stage in front of a hall with no presidium', () => {
    const hall = seats.filter((s) => s.zone === 'hall');
    const g = mapGeometry(hall, 'audience');
    expect(g.stage.maxY).toBeLessThan(0);
    expect(g.presidiumLabelY).toBeNull();
    expect(g.rows.every((r) => r.zone === 'hall')).toBe(true);
  });
});

describe("a seat's name", () => {
  // Letters 0.6 em, a space 0.28, a full stop 0.25: as narrow as they are in a real face.
  const measure: Measure = (t) => [...t].reduce((w, c) => w + (c === ' ' ? 0.28 : c === '.' ? 0.25 : 0.6), 0);
  it('is shortened as room runs out: whole on two lines, N.T.P. Thảo, the given name, the initials, nothing', () => {
    expect(shortName('Nguyễn Thị Phương Thảo')).toBe('N.T.P. Thảo');
    expect(shortName('Lan')).toBe('Lan');
    expect(initials('Đỗ Văn Ân')).toBe('ĐVÂ');
    expect(seatName('Nguyễn Văn An', 1, 0.1, measure)).toEqual(['Nguyễn Văn An']);
    expect(seatName('Nguyễn Thị Phương Thảo', 1, 0.15, measure)).toEqual(['Nguyễn Thị', 'Phương Thảo']);
    expect(seatName('Nguyễn Thị Phương Thảo', 1, 0.175, measure)).toEqual(['N.T.P. Thảo']);
    expect(seatName('Nguyễn Thị Phương Thảo', 1, 0.25, measure)).toEqual(['Thảo']);
    expect(seatName('Nguyễn Thị Phương', 1, 0.33, measure)).toEqual(['NTP']);
    expect(seatName('Nguyễn Thị Phương', 1, 1, measure)).toEqual([]);
  });
});
