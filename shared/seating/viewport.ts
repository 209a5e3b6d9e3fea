/**
 * The seat map's view of a plan: which way round (from the audience, the stage at the top; or from
 * the stage, the hall turned round), how far zoomed and where. Plan positions are seat widths in
 * the audience's view; screen positions are CSS pixels. Pure, so the canvas, the hit test and the
 * keyboard all use the same sums.
 */
export type Viewpoint = 'audience' | 'stage';

export interface Viewport {
  viewpoint: Viewpoint;
  /** Pixels per seat width. */
  scale: number;
  /** Where the plan's origin (the hall's axis, its first row) lands on the screen. */
  offsetX: number;
  offsetY: number;
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const MIN_SCALE = 2;
export const MAX_SCALE = 120;

// Seen from the stage the hall is turned half round: the audience's left is on the right.
const turn = (v: Viewpoint) => (v === 'audience' ? 1 : -1);

export function toScreen(vp: Viewport, x: number, y: number): { x: number; y: number } {
  const t = turn(vp.viewpoint);
  return { x: vp.offsetX + t * x * vp.scale, y: vp.offsetY + t * y * vp.scale };
}

export function toPlan(vp: Viewport, sx: number, sy: number): { x: number; y: number } {
  const t = turn(vp.viewpoint);
  return { x: (t * (sx - vp.offsetX)) / vp.scale, y: (t * (sy - vp.offsetY)) / vp.scale };
}

/** The whole plan in view, centred, with `margin` pixels around it. */
export function fitToScreen(bounds: Bounds, width: number, height: number, viewpoint: Viewpoint, margin = 24): Viewport {
  // Half a seat beyond the outermost centres, so the edge seats are whole.
  const w = bounds.maxX - bounds.minX + 1;
  const h = bounds.maxY - bounds.minY + 1;
  const scale = clamp(Math.min((width - 2 * margin) / w, (height - 2 * margin) / h));
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cy = (bounds.minY + bounds.maxY) / 2;
  const t = turn(viewpoint);
  return { viewpoint, scale, offsetX: width / 2 - t * cx * scale, offsetY: height / 2 - t * cy * scale };
}

/** Zoomed by `factor` about a screen point, which stays under the pointer. */
export function zoomAt(vp: Viewport, sx: number, sy: number, factor: number): Viewport {
  const scale = clamp(vp.scale * factor);
  const k = scale / vp.scale;
  return { ...vp, scale, offsetX: sx - (sx - vp.offsetX) * k, offsetY: sy - (sy - vp.offsetY) * k };
}

export const panBy = (vp: Viewport, dx: number, dy: number): Viewport => ({ ...vp, offsetX: vp.offsetX + dx, offsetY: vp.offsetY + dy });

/** The other way round, keeping the same point of the plan in the middle of the screen. */
export function turnRound(vp: Viewport, width: number, height: number): Viewport {
  const middle = toPlan(vp, width / 2, height / 2);
  const viewpoint: Viewpoint = vp.viewpoint === 'audience' ? 'stage' : 'audience';
  const t = turn(viewpoint);
  return { viewpoint, scale: vp.scale, offsetX: width / 2 - t * middle.x * vp.scale, offsetY: height / 2 - t * middle.y * vp.scale };
}

/** The part of the plan on screen: what the canvas needs to draw. */
export function visiblePlan(vp: Viewport, width: number, height: number): Bounds {
  const a = toPlan(vp, 0, 0);
  const b = toPlan(vp, width, height);
  return { minX: Math.min(a.x, b.x), minY: Math.min(a.y, b.y), maxX: Math.max(a.x, b.x), maxY: Math.max(a.y, b.y) };
}

const clamp = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));
