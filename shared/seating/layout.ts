import { seatNumbers, type SeatNumbering } from './centre-out';

/**
 * A seating plan made from a few numbers (issue 8): the presidium's rows and seats on stage, then
 * hall areas (ground floor, balcony) front to back, each of rows split by aisles into sections.
 * The organizer edits the result seat by seat afterwards; this only lays it out.
 */
export interface PlanSpec {
  /** Rows on stage and seats in each; none: no presidium. */
  presidium: { rows: number; seats: number } | null;
  areas: readonly { name: string; rows: number; seatsPerRow: number; aisles: number }[];
  rowLabels: 'letters' | 'numbers';
  numbering: SeatNumbering;
}

export interface LaidSeat {
  /** Stable within the plan: "P1-3" (presidium row 1, seat 3) or "0-B-12" (area 0, row B, seat 12). */
  key: string;
  zone: 'presidium' | 'hall';
  /** The area's index in the spec; null on stage. */
  area: number | null;
  /** Front to back within the zone, across areas: what auto-seating fills in order. */
  row: number;
  rowLabel: string;
  /** Which section of its row, counted from the audience's left. */
  section: number;
  /** The seat's centre across the hall, in seat widths, 0 on the hall's axis (audience's view). */
  x: number;
  /** Front to back, in rows; the stage's rows negative. */
  y: number;
  /** The number written on the seat, by the plan's scheme. */
  number: number;
}

/** An aisle is this many seat widths wide on the plan. */
export const AISLE_WIDTH = 1.5;
/** The stage's last row stands this many rows in front of the hall's first. */
const STAGE_GAP = 2;
/** A further area (a balcony) starts this many rows behind the one in front of it. */
const AREA_GAP = 1.5;

/** A, B, … Z, AA, AB, … or 1, 2, 3 … */
export function rowLabel(index: number, kind: PlanSpec['rowLabels']): string {
  if (kind === 'numbers') return String(index + 1);
  let n = index + 1;
  let label = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    label = String.fromCharCode(65 + r) + label;
    n = Math.floor((n - 1) / 26);
  }
  return label;
}

/** Seats per section: as equal as possible, what is left over in the middle, so a row stays symmetric. */
export function sectionSizes(seats: number, aisles: number): number[] {
  const sections = Math.max(1, Math.min(aisles + 1, seats));
  const sizes = new Array<number>(sections).fill(Math.floor(seats / sections));
  const left = seats - sizes[0]! * sections;
  if (sections % 2 === 1) sizes[(sections - 1) / 2]! += left;
  else {
    sizes[sections / 2 - 1]! += Math.floor(left / 2);
    sizes[sections / 2]! += Math.ceil(left / 2);
  }
  return sizes;
}

/** One row's seats: x of each seat (centred on the axis) and its section. */
function rowSeats(seats: number, aisles: number): { x: number; section: number }[] {
  const sizes = sectionSizes(seats, aisles);
  const width = seats + (sizes.length - 1) * AISLE_WIDTH;
  const out: { x: number; section: number }[] = [];
  let at = -width / 2;
  sizes.forEach((size, section) => {
    for (let i = 0; i < size; i++) out.push({ x: at + i + 0.5, section });
    at += size + AISLE_WIDTH;
  });
  return out;
}

/** Where a row sits in the plan: enough to label and place it. */
export interface RowPlace {
  zone: 'presidium' | 'hall';
  /** The hall area's index in the spec; null on stage. */
  area: number | null;
}

/**
 * The index, label and depth of each row, given the rows in order: the stage's from the one nearest
 * the hall back, then the hall's front to back, an area's rows together. Edits re-place the rows with
 * this too, so a plan edited row by row reads as one made from numbers.
 */
export function placeRows(rows: readonly RowPlace[], labels: PlanSpec['rowLabels']): { row: number; rowLabel: string; y: number }[] {
  let stageRow = 0;
  let hallRow = 0;
  let inArea = 0;
  let y = 0;
  let lastArea: number | null = null;
  return rows.map((r) => {
    if (r.zone === 'presidium') {
      const row = stageRow++;
      return { row, rowLabel: String(row + 1), y: -STAGE_GAP - row };
    }
    if (lastArea !== null) y += r.area === lastArea ? 1 : 1 + AREA_GAP;
    if (r.area !== lastArea) inArea = 0;
    lastArea = r.area;
    return { row: hallRow++, rowLabel: rowLabel(inArea++, labels), y };
  });
}

/** The key a seat is made with: "P1-3" on stage, "0-B-12" in the hall (area, row, number). */
export const seatKey = (zone: RowPlace['zone'], area: number | null, label: string, number: number): string =>
  zone === 'presidium' ? `P${label}-${number}` : `${area}-${label}-${number}`;

/** A row's seats numbered by the plan's scheme, around the hall's axis. */
export function numberedRow(seats: number, aisles: number, numbering: SeatNumbering): { x: number; section: number; number: number }[] {
  const row = rowSeats(seats, aisles);
  const numbers = seatNumbers(
    row.map((s) => s.x),
    numbering,
    0,
  );
  return row.map((s, i) => ({ ...s, number: numbers[i]! }));
}

export function layOutPlan(spec: PlanSpec): LaidSeat[] {
  const rows: (RowPlace & { seats: number; aisles: number })[] = [];
  if (spec.presidium) for (let r = 0; r < spec.presidium.rows; r++) rows.push({ zone: 'presidium', area: null, seats: spec.presidium.seats, aisles: 0 });
  spec.areas.forEach((a, area) => {
    for (let r = 0; r < a.rows; r++) rows.push({ zone: 'hall', area, seats: a.seatsPerRow, aisles: a.aisles });
  });
  const places = placeRows(rows, spec.rowLabels);
  return rows.flatMap((r, i) => {
    const { row, rowLabel: label, y } = places[i]!;
    return numberedRow(r.seats, r.aisles, spec.numbering).map((s) => ({
      key: seatKey(r.zone, r.area, label, s.number),
      zone: r.zone,
      area: r.area,
      row,
      rowLabel: label,
      section: s.section,
      x: s.x,
      y,
      number: s.number,
    }));
  });
}
