import { describe, expect, it } from 'vitest';
import { autoSeat } from '../../shared/seating/auto-seat';
import { AISLE_WIDTH, layOutPlan, rowLabel, sectionSizes, type PlanSpec } from '../../shared/seating/layout';

const spec = (over: Partial<PlanSpec> = {}): PlanSpec => ({
  presidium: { rows: 2, seats: 7 },
  areas: [
    { name: 'Tầng trệt', rows: 3, seatsPerRow: 41, aisles: 2 },
    { name: 'Ban công', rows: 2, seatsPerRow: 20, aisles: 1 },
  ],
  rowLabels: 'letters',
  numbering: { kind: 'odd-even', oddSide: 'right' },
  ...over,
});

describe('a plan made from a few numbers', () => {
  it('labels rows A … Z, AA … or 1, 2 …', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map((i) => rowLabel(i, 'letters'))).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
    expect(rowLabel(9, 'numbers')).toBe('10');
  });

  it('splits a row by its aisles as evenly as it can, the extra seats in the middle', () => {
    expect(sectionSizes(41, 2)).toEqual([13, 15, 13]);
    expect(sectionSizes(40, 2)).toEqual([13, 14, 13]);
    expect(sectionSizes(20, 1)).toEqual([10, 10]);
    expect(sectionSizes(21, 1)).toEqual([10, 11]);
    expect(sectionSizes(30, 0)).toEqual([30]);
    expect(sectionSizes(2, 5)).toEqual([1, 1]);
    for (const [n, a] of [
      [3700, 9],
      [41, 3],
      [7, 6],
    ] as const)
      expect(sectionSizes(n, a).reduce((x, y) => x + y)).toBe(n);
  });

  it('lays every row out centred on the hall axis, with aisle gaps, the stage in front, areas one behind the other', () => {
    const seats = layOutPlan(spec());
    expect(seats.filter((s) => s.zone === 'presidium')).toHaveLength(14);
    expect(seats.filter((s) => s.zone === 'hall')).toHaveLength(3 * 41 + 2 * 20);
    expect(new Set(seats.map((s) => s.key)).size).toBe(seats.length);
    const rowA = seats.filter((s) => s.area === 0 && s.rowLabel === 'A').sort((a, b) => a.x - b.x);
    // Symmetric about the axis: the first and last seats mirror each other; the middle seat is on it.
    expect(rowA[0]!.x).toBeCloseTo(-rowA[40]!.x);
    expect(rowA[20]!.x).toBeCloseTo(0);
    // An aisle between sections: a gap of one seat plus the aisle's width.
    expect(rowA[13]!.x - rowA[12]!.x).toBeCloseTo(1 + AISLE_WIDTH);
    expect(rowA.map((s) => s.section).filter((v, i, xs) => xs.indexOf(v) === i)).toEqual([0, 1, 2]);
    // Rows front to back, across areas; the balcony's rows start again at A.
    expect([...new Set(seats.filter((s) => s.zone === 'hall').map((s) => `${s.row}${s.rowLabel}`))]).toEqual(['0A', '1B', '2C', '3A', '4B']);
    const ys = (area: number) => seats.filter((s) => s.area === area).map((s) => s.y);
    expect(Math.min(...ys(1))).toBeGreaterThan(Math.max(...ys(0)) + 1);
    expect(Math.max(...seats.filter((s) => s.zone === 'presidium').map((s) => s.y))).toBeLessThan(0);
  });

  it('numbers the seats by the chosen scheme: odd and even out from the centre, or left to right', () => {
    const presidium = layOutPlan(spec())
      .filter((s) => s.zone === 'presidium' && s.row === 0)
      .sort((a, b) => a.x - b.x);
    expect(presidium.map((s) => s.number)).toEqual([6, 4, 2, 1, 3, 5, 7]);
    const ltr = layOutPlan(spec({ numbering: { kind: 'left-to-right' }, presidium: null })).filter((s) => s.rowLabel === 'A' && s.area === 1);
    expect(ltr.sort((a, b) => a.x - b.x).map((s) => s.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('makes a 3,700-seat hall, which auto-seating fills in protocol order', () => {
    const big = layOutPlan({
      presidium: { rows: 3, seats: 20 },
      areas: [
        { name: 'Tầng 1', rows: 50, seatsPerRow: 46, aisles: 3 },
        { name: 'Tầng 2', rows: 30, seatsPerRow: 44, aisles: 3 },
      ],
      rowLabels: 'numbers',
      numbering: { kind: 'odd-even', oddSide: 'right' },
    });
    expect(big.filter((s) => s.zone === 'hall')).toHaveLength(3620);
    const people = new Map(
      Array.from({ length: 3600 }, (_, i) => [
        `d${i}`,
        { id: `d${i}`, unitKey: `u${Math.floor(i / 12)}`, categoryId: 'c', bridgePointId: null, presidium: i < 60 },
      ]),
    );
    const r = autoSeat({
      seats: big.map((s) => ({ id: s.key, zone: s.zone, row: s.row, x: s.x, blocked: false, reserved: null })),
      people,
      order: [...people.keys()],
      excluded: [],
      current: new Map(),
      locked: new Set(),
      frontRows: 2,
      mode: 'all',
    });
    expect(r.unseated).toEqual([]);
    expect(r.seated).toBe(3600);
    // No.1 sits in the centre of the presidium's first row: seat 1.
    expect(r.assignment.get('P1-1')).toBe('d0');
    expect(r.assignment.get('P1-2')).toBe('d1');
  });
});
