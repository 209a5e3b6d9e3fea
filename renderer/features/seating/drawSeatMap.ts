import type { PlanSeat } from '../../../shared/contract/seating';
import { STATE_COLOURS } from '../../../shared/seating/colouring';
import type { MapGeometry } from '../../../shared/seating/map-geometry';
import { toScreen, visiblePlan, type Viewport } from '../../../shared/seating/viewport';

export interface MapScene {
  seats: readonly PlanSeat[];
  /** One per seat, as colourSeats answered. */
  colours: readonly string[];
  /** What is written on a seat when zoomed in far enough: the occupant's given name. */
  labelOf(seat: PlanSeat): string | null;
  geometry: MapGeometry;
  stageText: string;
  presidiumText: string;
  selected: ReadonlySet<string>;
  focusId: string | null;
  /** The delegate searched for: ringed so the eye finds him. */
  foundId: string | null;
  /** Seat whose occupant is being moved (keyboard pick or drag). */
  pickedId: string | null;
  dropId: string | null;
}

const SEAT = 0.82;
const FONT = "'Be Vietnam Pro', system-ui, sans-serif";

/**
 * Paints the plan as the viewport shows it: only seats on screen, grouped by colour so the
 * canvas switches fill style a dozen times rather than thousands; words only when they can be read.
 */
export function drawSeatMap(ctx: CanvasRenderingContext2D, vp: Viewport, width: number, height: number, scene: MapScene): void {
  ctx.clearRect(0, 0, width, height);
  const view = visiblePlan(vp, width, height);
  const size = SEAT * vp.scale;
  const half = size / 2;
  const radius = Math.min(4, size / 5);

  const { stage, stageLabelY, presidiumLabelY, rows } = scene.geometry;
  if (scene.seats.length) {
    const a = toScreen(vp, stage.minX, stage.minY);
    const b = toScreen(vp, stage.maxX, stage.maxY);
    ctx.fillStyle = '#f3ecdc';
    ctx.fillRect(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x), Math.abs(b.y - a.y));
    ctx.strokeStyle = '#cdb98a';
    ctx.lineWidth = 1;
    ctx.strokeRect(Math.min(a.x, b.x) + 0.5, Math.min(a.y, b.y) + 0.5, Math.abs(b.x - a.x) - 1, Math.abs(b.y - a.y) - 1);
    ctx.fillStyle = '#8d6516';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = `600 ${Math.max(11, Math.min(22, vp.scale * 0.7))}px ${FONT}`;
    const label = toScreen(vp, 0, stageLabelY);
    ctx.fillText(scene.stageText, label.x, label.y);
    if (presidiumLabelY !== null && vp.scale >= 9) {
      ctx.font = `500 ${Math.min(14, vp.scale * 0.45)}px ${FONT}`;
      const p = toScreen(vp, 0, presidiumLabelY);
      ctx.fillText(scene.presidiumText, p.x, p.y);
    }
  }

  const onScreen: number[] = [];
  scene.seats.forEach((s, i) => {
    if (s.x >= view.minX - 1 && s.x <= view.maxX + 1 && s.y >= view.minY - 1 && s.y <= view.maxY + 1) onScreen.push(i);
  });
  const byColour = new Map<string, number[]>();
  for (const i of onScreen) {
    const c = scene.colours[i] ?? STATE_COLOURS.empty;
    const list = byColour.get(c);
    if (list) list.push(i);
    else byColour.set(c, [i]);
  }
  const rect = (i: number) => {
    const s = scene.seats[i]!;
    const p = toScreen(vp, s.x, s.y);
    return { x: p.x - half, y: p.y - half, cx: p.x, cy: p.y };
  };
  const rounded = size > 8;
  for (const [colour, list] of byColour) {
    ctx.fillStyle = colour;
    ctx.beginPath();
    for (const i of list) {
      const r = rect(i);
      if (rounded) ctx.roundRect(r.x, r.y, size, size, radius);
      else ctx.rect(r.x, r.y, size, size);
    }
    ctx.fill();
  }
  // Empty and reserved seats are pale: an outline keeps them visible on the white page.
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#9aa1ab';
  ctx.beginPath();
  for (const i of onScreen) {
    const s = scene.seats[i]!;
    if (s.delegateId || s.blocked) continue;
    const r = rect(i);
    ctx.rect(r.x + 0.5, r.y + 0.5, size - 1, size - 1);
  }
  ctx.stroke();

  if (size >= 10) {
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = Math.max(1, size / 14);
    ctx.beginPath();
    for (const i of onScreen) {
      const s = scene.seats[i]!;
      if (!s.blocked) continue;
      const r = rect(i);
      const k = size * 0.28;
      ctx.moveTo(r.cx - k, r.cy - k);
      ctx.lineTo(r.cx + k, r.cy + k);
      ctx.moveTo(r.cx + k, r.cy - k);
      ctx.lineTo(r.cx - k, r.cy + k);
    }
    ctx.stroke();
    // A lock is a gold corner: auto-seating keeps who sits there.
    ctx.fillStyle = '#b7892f';
    ctx.beginPath();
    for (const i of onScreen) {
      if (!scene.seats[i]!.locked) continue;
      const r = rect(i);
      ctx.moveTo(r.x + size, r.y);
      ctx.lineTo(r.x + size, r.y + size * 0.4);
      ctx.lineTo(r.x + size * 0.6, r.y);
      ctx.closePath();
    }
    ctx.fill();
  }

  if (size >= 18) {
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const showNames = size >= 46;
    ctx.font = `500 ${Math.min(13, size * 0.34)}px ${FONT}`;
    for (const i of onScreen) {
      const s = scene.seats[i]!;
      const r = rect(i);
      ctx.fillStyle = s.delegateId || s.blocked ? '#ffffff' : '#424852';
      const name = showNames ? scene.labelOf(s) : null;
      if (name) {
        ctx.fillText(String(s.number), r.cx, r.cy - size * 0.2);
        ctx.font = `600 ${Math.min(12, size * 0.22)}px ${FONT}`;
        ctx.fillText(fitText(ctx, name, size - 4), r.cx, r.cy + size * 0.18);
        ctx.font = `500 ${Math.min(13, size * 0.34)}px ${FONT}`;
      } else ctx.fillText(String(s.number), r.cx, r.cy);
    }
  }

  if (vp.scale >= 7) {
    ctx.fillStyle = '#676d76';
    ctx.font = `600 ${Math.min(14, vp.scale * 0.45)}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const r of rows) {
      if (r.y < view.minY - 1 || r.y > view.maxY + 1) continue;
      for (const x of [r.left, r.right]) {
        const p = toScreen(vp, x, r.y);
        ctx.fillText(r.label, p.x, p.y);
      }
    }
  }

  // A named block's name over its seats, on a white ground so it reads over any colour.
  if (vp.scale >= 5 && scene.geometry.blocks.length) {
    ctx.font = `700 ${Math.max(11, Math.min(16, vp.scale * 0.5))}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const b of scene.geometry.blocks) {
      const p = toScreen(vp, b.x, b.y);
      const w = ctx.measureText(b.name).width + 12;
      ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
      ctx.beginPath();
      ctx.roundRect(p.x - w / 2, p.y - 11, w, 22, 4);
      ctx.fill();
      ctx.fillStyle = '#1b1e23';
      ctx.fillText(b.name, p.x, p.y);
    }
  }

  const ring = (id: string | null, colour: string, widthPx: number, dash: number[] = []) => {
    if (!id) return;
    const i = scene.seats.findIndex((s) => s.id === id);
    if (i < 0) return;
    const r = rect(i);
    ctx.strokeStyle = colour;
    ctx.lineWidth = widthPx;
    ctx.setLineDash(dash);
    ctx.strokeRect(r.x - widthPx, r.y - widthPx, size + 2 * widthPx, size + 2 * widthPx);
    ctx.setLineDash([]);
  };
  if (scene.selected.size) {
    ctx.strokeStyle = '#1b1e23';
    ctx.lineWidth = 2;
    ctx.beginPath();
    for (const i of onScreen) {
      if (!scene.selected.has(scene.seats[i]!.id)) continue;
      const r = rect(i);
      ctx.rect(r.x - 2, r.y - 2, size + 4, size + 4);
    }
    ctx.stroke();
  }
  ring(scene.foundId, '#ea580c', 3);
  ring(scene.pickedId, '#9b1c20', 2.5, [4, 3]);
  ring(scene.dropId, '#16a34a', 3);
  ring(scene.focusId, '#1a5fd0', 2);
}

/** A name cut with an ellipsis to the seat's width (only ever on screen: the prints fit names by size). */
function fitText(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > max) t = t.slice(0, -1);
  return `${t}…`;
}
