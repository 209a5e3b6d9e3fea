import type { PlanSeat } from '../contract/seating';
import type { Bounds } from './viewport';

/** Where the map and its print put the stage, the row labels and the edges: one set of sums for both. */
type GeoSeat = Pick<PlanSeat, 'zone' | 'rowIndex' | 'rowLabel' | 'x' | 'y'>;

export interface Stage {
  minX: number;
  maxX: number;
  /** The stage's front edge; it runs STAGE_DEPTH rows back from there. */
  y: number;
}

/** How deep the stage is drawn, in rows. */
export const STAGE_DEPTH = 1.6;
/** Row labels stand this far outside a row's end seats, in seat widths. */
export const LABEL_GAP = 1.1;

/** A row's two ends, where its label is written on both sides. */
export interface RowEnds {
  label: string;
  minX: number;
  maxX: number;
  y: number;
}

export function rowEnds(seats: readonly GeoSeat[]): RowEnds[] {
  const rows = new Map<string, RowEnds>();
  for (const s of seats) {
    const key = `${s.zone}:${s.rowIndex}`;
    const r = rows.get(key);
    if (!r) rows.set(key, { label: s.zone === 'presidium' ? '' : s.rowLabel, minX: s.x, maxX: s.x, y: s.y });
    else {
      r.minX = Math.min(r.minX, s.x);
      r.maxX = Math.max(r.maxX, s.x);
    }
  }
  return [...rows.values()].filter((r) => r.label);
}

export function stageOf(seats: readonly GeoSeat[]): Stage | null {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  for (const s of seats) {
    minX = Math.min(minX, s.x);
    maxX = Math.max(maxX, s.x);
    if (s.zone === 'presidium') minY = Math.min(minY, s.y);
  }
  if (!Number.isFinite(minX)) return null;
  // The stage's front edge runs behind the presidium (or just before the first row when there is none).
  return { minX: minX - 1, maxX: maxX + 1, y: Number.isFinite(minY) ? minY - 1.2 : -2 };
}

/** The plan's extent with its stage and row labels: what "fit to screen" fits. */
export function planBounds(seats: readonly GeoSeat[]): Bounds {
  const stage = stageOf(seats);
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const s of seats) {
    b.minX = Math.min(b.minX, s.x - LABEL_GAP - 0.1);
    b.maxX = Math.max(b.maxX, s.x + LABEL_GAP + 0.1);
    b.minY = Math.min(b.minY, s.y);
    b.maxY = Math.max(b.maxY, s.y);
  }
  if (stage) b.minY = Math.min(b.minY, stage.y - STAGE_DEPTH);
  return b;
}
