import { describe, expect, it } from 'vitest';
import { centreOut, type SeatNumbering } from '../../shared/seating/centre-out';
import { layOutPlan, type PlanSpec } from '../../shared/seating/layout';
import { editRows, freshKey, insertion, resizeRow, rowsOf, type EditedSeat, type RowEdit, type SeatDiff } from '../../shared/seating/rows';

const numbering: SeatNumbering = { kind: 'odd-even', oddSide: 'right' };
const spec = (over: Partial<PlanSpec> = {}): PlanSpec => ({
  presidium: { rows: 2, seats: 7 },
  areas: [
    { name: 'Tầng trệt', rows: 3, seatsPerRow: 21, aisles: 2 },
    { name: 'Ban công', rows: 2, seatsPerRow: 10, aisles: 1 },
  ],
  rowLabels: 'letters',
  numbering,
  ...over,
});

/** A laid plan as stored seats, ids being the original keys (so a test can follow a seat). */
const stored = (s: PlanSpec): EditedSeat[] =>
  layOutPlan(s).map((l) => ({
    id: l.key,
    seatKey: l.key,
    zone: l.zone,
    area: l.area,
    rowIndex: l.row,
    rowLabel: l.rowLabel,
    section: l.section,
    x: l.x,
    y: l.y,
    number: l.number,
  }));

function apply(seats: readonly EditedSeat[], diff: SeatDiff): EditedSeat[] {
  const moved = new Map(diff.moved.map((m) => [m.id, m]));
  return [
    ...seats.filter((s) => !diff.removed.includes(s.id)).map((s) => ({ ...s, ...moved.get(s.id) })),
    ...diff.added.map((l) => ({
      id: `new ${l.key}`,
      seatKey: l.key,
      zone: l.zone,
      area: l.area,
      rowIndex: l.row,
      rowLabel: l.rowLabel,
      section: l.section,
      x: l.x,
      y: l.y,
      number: l.number,
    })),
  ];
}

/** What a seat is on the plan, apart from its identity. */
const geometry = (seats: readonly EditedSeat[]) => seats.map((s) => [s.zone, s.area, s.rowIndex, s.rowLabel, s.section, s.x, s.y, s.number].join(' ')).sort();

const scheme = { rowLabels: 'letters' as const, numbering };
const edit = (s: PlanSpec, e: RowEdit) => {
  const seats = stored(s);
  const diff = editRows(seats, e, scheme);
  return { seats, diff, after: apply(seats, diff) };
};

describe('a plan edited row by row', () => {
  it('reads its rows back from the seats, stage first', () => {
    expect(rowsOf(stored(spec())).map((r) => [r.zone, r.area, r.rowIndex, r.seats, r.aisles])).toEqual([
      ['presidium', null, 0, 7, 0],
      ['presidium', null, 1, 7, 0],
      ['hall', 0, 0, 21, 2],
      ['hall', 0, 1, 21, 2],
      ['hall', 0, 2, 21, 2],
      ['hall', 1, 3, 10, 1],
      ['hall', 1, 4, 10, 1],
    ]);
  });

  it('adds a row at the front of an area: the plan reads as one made with that row, and no seat that stays changes its key', () => {
    const s = spec();
    const at = insertion(rowsOf(stored(s)), 'hall', 0, 'front')!;
    expect(at).toMatchObject({ index: 2, area: 0, neighbour: { seats: 21, aisles: 2 } });
    const { seats, diff, after } = edit(s, { kind: 'add', index: at.index, row: { zone: 'hall', area: 0, seats: 21, aisles: 2 } });
    expect(geometry(after)).toEqual(geometry(stored(spec({ areas: [{ ...s.areas[0]!, rows: 4 }, s.areas[1]!] }))));
    expect(diff.removed).toEqual([]);
    // The old row A is row B now, its seats keep their keys; the new row A takes fresh ones.
    const oldA = after.find((x) => x.id === '0-A-1')!;
    expect(oldA).toMatchObject({ seatKey: '0-A-1', rowLabel: 'B', rowIndex: 1 });
    expect(diff.added).toHaveLength(21);
    expect(diff.added.find((l) => l.number === 1)!.key).toBe('0-A-1~2');
    expect(new Set(after.map((x) => x.seatKey)).size).toBe(after.length);
    // The stage did not move: only what changed is written.
    expect(diff.moved.some((m) => m.id.startsWith('P'))).toBe(false);
    expect(diff.moved).toHaveLength(seats.filter((x) => x.zone === 'hall').length);
  });

  it('adds a row behind a given one, or behind the stage, and into an area left empty between the others', () => {
    const rows = rowsOf(stored(spec()));
    expect(insertion(rows, 'hall', null, { after: 1 })).toMatchObject({ index: 4, area: 0 });
    expect(insertion(rows, 'presidium', null, 'back')).toMatchObject({ index: 2, area: null });
    expect(insertion(rows, 'hall', null, { after: 9 })).toBeNull();
    const noMiddle = rows.filter((r) => r.area !== 0);
    expect(insertion(noMiddle, 'hall', 0, 'back')).toMatchObject({ index: 2, neighbour: { area: 1 } });
    const { after } = edit(spec(), { kind: 'add', index: 2, row: { zone: 'presidium', area: null, seats: 5, aisles: 0 } });
    const stage = after.filter((x) => x.zone === 'presidium');
    expect(['1', '2', '3'].map((l) => stage.filter((x) => x.rowLabel === l).length)).toEqual([7, 7, 5]);
    expect(stage.find((x) => x.rowLabel === '3')).toMatchObject({ rowIndex: 2, y: -4, seatKey: expect.stringMatching(/^P3-/) });
  });

  it('removes a row: the others close up and are labelled again, keys kept', () => {
    const s = spec();
    const { diff, after } = edit(s, { kind: 'remove', zone: 'hall', rowIndex: 0 });
    expect(diff.removed).toHaveLength(21);
    expect(geometry(after)).toEqual(geometry(stored(spec({ areas: [{ ...s.areas[0]!, rows: 2 }, s.areas[1]!] }))));
    expect(after.find((x) => x.id === '0-B-1')).toMatchObject({ seatKey: '0-B-1', rowLabel: 'A', rowIndex: 0 });
    expect(diff.added).toEqual([]);
  });

  it('changes a row’s seats from the centre outward: No.1’s seat stays No.1’s, the outermost go or come, the row as if laid out so', () => {
    const row = stored(spec()).filter((x) => x.zone === 'presidium' && x.rowIndex === 0);
    const smaller = resizeRow(row, 5, 0, numbering);
    const byX = [...row].sort((a, b) => a.x - b.x);
    // Of 7 seats the two ends go: the last two in protocol order.
    expect(smaller.removed.sort()).toEqual([byX[0]!.id, byX[6]!.id].sort());
    const order = centreOut(
      row.map((x) => x.x),
      0,
    ).map((i) => row[i]!.id);
    const keptOrder = centreOut(
      smaller.kept.map((k) => k.x),
      0,
    ).map((i) => smaller.kept[i]!.id);
    expect(keptOrder).toEqual(order.slice(0, 5));
    expect(smaller.kept.find((k) => k.id === order[0])).toMatchObject({ x: 0, number: 1 });

    const { after, diff } = edit(spec(), { kind: 'resize', zone: 'presidium', rowIndex: 0, seats: 8, aisles: 0 });
    expect(diff.added.map((l) => l.key)).toEqual(['P1-8']);
    const stage = after.filter((x) => x.zone === 'presidium' && x.rowIndex === 0);
    expect(geometry(stage)).toEqual(geometry(stored(spec({ presidium: { rows: 1, seats: 8 } })).filter((x) => x.zone === 'presidium')));
    // An even row: the old centre seat (No.1) is the audience's right one of the centre pair.
    expect(stage.find((x) => x.id === order[0])).toMatchObject({ x: 0.5, number: 1 });

    const hall = edit(spec(), { kind: 'resize', zone: 'hall', rowIndex: 1, seats: 30, aisles: 3 });
    const rowB = hall.after.filter((x) => x.zone === 'hall' && x.rowIndex === 1);
    expect(rowB).toHaveLength(30);
    expect(rowsOf(hall.after).find((r) => r.zone === 'hall' && r.rowIndex === 1)).toMatchObject({ seats: 30, aisles: 3 });
    expect(new Set(hall.after.map((x) => x.seatKey)).size).toBe(hall.after.length);
  });

  it('gives a new seat the layout’s key, or that key with a count when a seat that stays has it', () => {
    const taken = new Set(['0-A-1', '0-A-1~2']);
    expect(freshKey('0-A-1', taken)).toBe('0-A-1~3');
    expect(freshKey('0-A-2', taken)).toBe('0-A-2');
    expect(taken.has('0-A-2')).toBe(true);
  });
});
