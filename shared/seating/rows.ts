import { centreOut, type SeatNumbering } from './centre-out';
import { numberedRow, placeRows, seatKey, type LaidSeat, type PlanSpec, type RowPlace } from './layout';

/**
 * A plan edited row by row after it was made (issue 8): a row added or removed, a row's seats
 * changed. The rows are re-placed as layOutPlan places them (labels, indexes, depths), so an edited
 * plan reads as one made from numbers; a seat that stays keeps its id and its key (its identity:
 * who sits there, its lock, block and reservation stay with it), and only its label, place and
 * number follow the new layout.
 */

/** A seat as the edits read it. */
export interface EditedSeat {
  id: string;
  seatKey: string;
  zone: RowPlace['zone'];
  area: number | null;
  rowIndex: number;
  rowLabel: string;
  section: number;
  x: number;
  y: number;
  number: number;
}

/** A row of the plan: where it is, how many seats and aisles. */
export interface PlanRow extends RowPlace {
  seats: number;
  aisles: number;
}

/** A row as it stands, with its index in its zone. */
export interface StandingRow extends PlanRow {
  rowIndex: number;
}

const rowId = (zone: RowPlace['zone'], rowIndex: number) => `${zone}:${rowIndex}`;

/** The plan's rows in placing order (the stage's, then the hall's, each front to back), read from its seats. */
export function rowsOf(seats: readonly EditedSeat[]): StandingRow[] {
  const rows = new Map<string, StandingRow>();
  for (const s of seats) {
    const r = rows.get(rowId(s.zone, s.rowIndex));
    if (r) {
      r.seats++;
      r.aisles = Math.max(r.aisles, s.section);
    } else rows.set(rowId(s.zone, s.rowIndex), { zone: s.zone, area: s.area, rowIndex: s.rowIndex, seats: 1, aisles: s.section });
  }
  return [...rows.values()].sort((a, b) => (a.zone === b.zone ? a.rowIndex - b.rowIndex : a.zone === 'presidium' ? -1 : 1));
}

/** Where a new row goes: first or last of the stage or of a hall area, or right behind a row. */
export type RowPosition = 'front' | 'back' | { after: number };

/**
 * The index in `rows` a new row takes, and the row it is most like (the one it goes behind or in
 * front of, in the same zone and area if there is one): its seats and aisles are the default.
 * Null when `after` names no row of the zone.
 */
export function insertion(
  rows: readonly StandingRow[],
  zone: RowPlace['zone'],
  area: number | null,
  position: RowPosition,
): { index: number; area: number | null; neighbour: StandingRow | null } | null {
  if (typeof position === 'object') {
    const at = rows.findIndex((r) => r.zone === zone && r.rowIndex === position.after);
    return at < 0 ? null : { index: at + 1, area: rows[at]!.area, neighbour: rows[at]! };
  }
  const inZone = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.zone === zone);
  const own = inZone.filter(({ r }) => zone === 'presidium' || r.area === area);
  if (own.length) {
    const edge = position === 'front' ? own[0]! : own[own.length - 1]!;
    return { index: position === 'front' ? edge.i : edge.i + 1, area, neighbour: edge.r };
  }
  // An area with no rows left: between the areas in front of it and behind it.
  const behind = inZone.find(({ r }) => (r.area ?? 0) > (area ?? 0));
  const index = behind ? behind.i : zone === 'presidium' ? 0 : rows.length;
  const nearest = behind ?? inZone[inZone.length - 1];
  return { index, area, neighbour: nearest?.r ?? null };
}

/**
 * A row's seats for a new count: positions and numbers as layOutPlan gives a row of that many,
 * the seats that stay matched to the new places from the centre outward (protocol order), so
 * No.1's seat stays No.1's and so on; the outermost go, or new ones come at the ends.
 */
export function resizeRow(
  current: readonly { id: string; x: number }[],
  seats: number,
  aisles: number,
  numbering: SeatNumbering,
): { kept: { id: string; x: number; section: number; number: number }[]; added: { x: number; section: number; number: number }[]; removed: string[] } {
  const was = centreOut(
    current.map((s) => s.x),
    0,
  );
  const row = numberedRow(seats, aisles, numbering);
  const now = centreOut(
    row.map((s) => s.x),
    0,
  );
  return {
    kept: now.slice(0, was.length).map((n, k) => ({ id: current[was[k]!]!.id, ...row[n]! })),
    added: now.slice(was.length).map((n) => row[n]!),
    removed: was.slice(now.length).map((k) => current[k]!.id),
  };
}

/** The key for a new seat: the one layOutPlan would give it, or, when a seat that stays still has that one, the same with "~2", "~3" … */
export function freshKey(wanted: string, taken: Set<string>): string {
  let key = wanted;
  for (let n = 2; taken.has(key); n++) key = `${wanted}~${n}`;
  taken.add(key);
  return key;
}

export type RowEdit =
  | { kind: 'add'; index: number; row: PlanRow }
  | { kind: 'remove'; zone: RowPlace['zone']; rowIndex: number }
  | { kind: 'resize'; zone: RowPlace['zone']; rowIndex: number; seats: number; aisles: number };

/** A seat that stays, with where it is now. */
export type MovedSeat = Pick<EditedSeat, 'id' | 'rowIndex' | 'rowLabel' | 'section' | 'x' | 'y' | 'number'>;

/** What an edit does to the plan's seats: which go, which change (only those), which are new; and the rows after. */
export interface SeatDiff {
  removed: string[];
  moved: MovedSeat[];
  added: LaidSeat[];
  rows: PlanRow[];
}

/** One edit of a plan's rows, as seats to remove, change and add; every row re-placed. */
export function editRows(seats: readonly EditedSeat[], edit: RowEdit, scheme: { rowLabels: PlanSpec['rowLabels']; numbering: SeatNumbering }): SeatDiff {
  const byRow = new Map<string, EditedSeat[]>();
  for (const s of seats) {
    const k = rowId(s.zone, s.rowIndex);
    const list = byRow.get(k);
    if (list) list.push(s);
    else byRow.set(k, [s]);
  }
  type Target = PlanRow & { from: string | null };
  let target: Target[] = rowsOf(seats).map((r) => ({ zone: r.zone, area: r.area, seats: r.seats, aisles: r.aisles, from: rowId(r.zone, r.rowIndex) }));
  const removed: string[] = [];
  let resized: string | null = null;
  let planned: ReturnType<typeof resizeRow> | null = null;
  if (edit.kind === 'add') target.splice(edit.index, 0, { ...edit.row, from: null });
  else if (edit.kind === 'remove') {
    const k = rowId(edit.zone, edit.rowIndex);
    target = target.filter((t) => t.from !== k);
    removed.push(...(byRow.get(k) ?? []).map((s) => s.id));
  } else {
    resized = rowId(edit.zone, edit.rowIndex);
    planned = resizeRow(byRow.get(resized) ?? [], edit.seats, edit.aisles, scheme.numbering);
    target = target.map((t) => (t.from === resized ? { ...t, seats: edit.seats, aisles: edit.aisles } : t));
    removed.push(...planned.removed);
  }
  const gone = new Set(removed);
  const taken = new Set(seats.filter((s) => !gone.has(s.id)).map((s) => s.seatKey));
  const places = placeRows(target, scheme.rowLabels);
  const moved: MovedSeat[] = [];
  const added: LaidSeat[] = [];
  const add = (t: Target, place: (typeof places)[number], s: { x: number; section: number; number: number }) =>
    added.push({
      key: freshKey(seatKey(t.zone, t.area, place.rowLabel, s.number), taken),
      zone: t.zone,
      area: t.area,
      row: place.row,
      rowLabel: place.rowLabel,
      y: place.y,
      ...s,
    });

  target.forEach((t, i) => {
    const place = places[i]!;
    if (t.from === null) {
      numberedRow(t.seats, t.aisles, scheme.numbering).forEach((s) => add(t, place, s));
      return;
    }
    const reshaped = t.from === resized && planned ? new Map(planned.kept.map((s) => [s.id, s])) : null;
    for (const s of byRow.get(t.from) ?? []) {
      if (gone.has(s.id)) continue;
      const shape = reshaped?.get(s.id) ?? s;
      const now: MovedSeat = { id: s.id, rowIndex: place.row, rowLabel: place.rowLabel, y: place.y, x: shape.x, section: shape.section, number: shape.number };
      if ((Object.keys(now) as (keyof MovedSeat)[]).some((k) => now[k] !== s[k])) moved.push(now);
    }
    if (t.from === resized && planned) planned.added.forEach((s) => add(t, place, s));
  });
  return { removed, moved, added, rows: target.map(({ from: _from, ...r }) => r) };
}
