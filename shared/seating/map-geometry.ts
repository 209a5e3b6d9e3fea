import type { PlanSeat } from '../contract/seating';
import type { Bounds, Viewpoint } from './viewport';

/**
 * Where the seat map and its print put the stage, the words on it and the row labels, in seat
 * widths: one set of sums for the screen (which turns it with its viewport), the print and the tests.
 */

/** One row as printed: its label on both sides, in the page's orientation. */
export interface MapRow {
  key: string;
  label: string;
  zone: PlanSeat['zone'];
  y: number;
  left: number;
  right: number;
}

export interface MapGeometry {
  rows: MapRow[];
  stage: Bounds;
  /** Where the word "SÂN KHẤU" goes: the stage's back edge, away from the hall. */
  stageLabelY: number;
  /** Where "Đoàn Chủ tịch" goes, between that word and the presidium's rows; null without a presidium. */
  presidiumLabelY: number | null;
  /** Each named block ("Khối đại biểu Đà Nẵng"), written over the middle of its seats. */
  blocks: { name: string; x: number; y: number }[];
  /** Everything drawn, seats, labels and stage, in seat widths. */
  bounds: Bounds;
}

// Seen from the stage the hall is turned half round (shared/seating/viewport.ts): both axes negated.
export const orient = (v: Viewpoint) => (v === 'audience' ? 1 : -1);

const LABEL_GAP = 0.95;
const LABEL_ROOM = 1.7;

/** The seat map's shapes in the page's view, in seat widths, from the plan's own positions. */
export function mapGeometry(
  seats: readonly Pick<PlanSeat, 'zone' | 'area' | 'rowIndex' | 'rowLabel' | 'x' | 'y' | 'blockName'>[],
  viewpoint: Viewpoint,
): MapGeometry {
  const t = orient(viewpoint);
  const rows = new Map<string, MapRow>();
  for (const s of seats) {
    const key = `${s.zone}|${s.area ?? ''}|${s.rowIndex}`;
    const x = t * s.x;
    const row = rows.get(key);
    if (row) {
      row.left = Math.min(row.left, x);
      row.right = Math.max(row.right, x);
    } else rows.set(key, { key, label: s.rowLabel, zone: s.zone, y: t * s.y, left: x, right: x });
  }
  const all = [...rows.values()];
  const box = (list: MapRow[]): Bounds => ({
    minX: Math.min(...list.map((r) => r.left)) - 0.5,
    maxX: Math.max(...list.map((r) => r.right)) + 0.5,
    minY: Math.min(...list.map((r) => r.y)) - 0.5,
    maxY: Math.max(...list.map((r) => r.y)) + 0.5,
  });
  const hall = all.filter((r) => r.zone === 'hall');
  const presidium = all.filter((r) => r.zone === 'presidium');
  const hallBox = hall.length ? box(hall) : { minX: -3, maxX: 3, minY: 0, maxY: 0 };
  const hallWidth = hallBox.maxX - hallBox.minX;
  // The stage is on the presidium's side of the hall: above it seen from the audience, below from the stage.
  const back = t;
  let stage: Bounds;
  if (presidium.length) {
    const p = box(presidium);
    // Wide enough for the rows' labels on both sides too.
    const half = Math.max((p.maxX - p.minX) / 2 + 1.7, hallWidth * 0.2);
    stage = { minX: -half, maxX: half, minY: p.minY - 0.4, maxY: p.maxY + 0.4 };
  } else {
    const front = t === 1 ? hallBox.minY : hallBox.maxY;
    const half = Math.max(hallWidth * 0.2, 2);
    stage = t === 1 ? { minX: -half, maxX: half, minY: front - 2.6, maxY: front - 1.2 } : { minX: -half, maxX: half, minY: front + 1.2, maxY: front + 2.6 };
  }
  // Room for the words at the back of the stage, and for the presidium's under them.
  const room = presidium.length ? 2.1 : 1.3;
  if (back === 1) stage.minY -= room;
  else stage.maxY += room;
  const stageLabelY = back === 1 ? stage.minY + 0.75 : stage.maxY - 0.75;
  const presidiumLabelY = presidium.length ? stageLabelY + back * 0.85 : null;
  for (const r of all) {
    r.left -= LABEL_GAP;
    r.right += LABEL_GAP;
  }
  const seatsBox = box(all);
  const bounds: Bounds = {
    minX: Math.min(seatsBox.minX - LABEL_ROOM + 0.5, stage.minX),
    maxX: Math.max(seatsBox.maxX + LABEL_ROOM - 0.5, stage.maxX),
    minY: Math.min(seatsBox.minY, stage.minY) - 0.2,
    maxY: Math.max(seatsBox.maxY, stage.maxY) + 0.2,
  };
  const named = new Map<string, { n: number; x: number; y: number }>();
  for (const seat of seats) {
    if (!seat.blockName) continue;
    const b = named.get(seat.blockName) ?? { n: 0, x: 0, y: 0 };
    b.n++;
    b.x += t * seat.x;
    b.y += t * seat.y;
    named.set(seat.blockName, b);
  }
  const blocks = [...named].map(([name, b]) => ({ name, x: b.x / b.n, y: b.y / b.n }));
  return { rows: all, stage, stageLabelY, presidiumLabelY, blocks, bounds };
}
