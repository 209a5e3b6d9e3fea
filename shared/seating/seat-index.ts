/**
 * Finding the seat under the pointer, and the seats in a dragged box, among thousands: a uniform
 * grid over the plan (cells one seat wide), so a lookup reads a few cells instead of every seat.
 * Positions are the plan's own (seat widths, the audience's view); the screen converts first.
 */
export interface IndexedSeat {
  id: string;
  x: number;
  y: number;
}

/** A seat is hit within this distance of its centre, in seat widths (half a seat: no gaps, no overlaps). */
const HIT_RADIUS = 0.5;

export class SeatIndex<S extends IndexedSeat> {
  private readonly cells = new Map<string, S[]>();

  constructor(seats: readonly S[]) {
    for (const s of seats) {
      const key = cellKey(Math.floor(s.x), Math.floor(s.y));
      const cell = this.cells.get(key);
      if (cell) cell.push(s);
      else this.cells.set(key, [s]);
    }
  }

  /** The seat whose centre is nearest (x, y) within half a seat, or null. */
  at(x: number, y: number): S | null {
    let best: S | null = null;
    let bestD = HIT_RADIUS * HIT_RADIUS;
    const cx = Math.floor(x);
    const cy = Math.floor(y);
    for (let i = cx - 1; i <= cx + 1; i++)
      for (let j = cy - 1; j <= cy + 1; j++)
        for (const s of this.cells.get(cellKey(i, j)) ?? []) {
          const d = (s.x - x) ** 2 + (s.y - y) ** 2;
          if (d <= bestD) {
            best = s;
            bestD = d;
          }
        }
    return best;
  }

  /** The seats whose centres lie in the box (corners in any order). */
  within(x1: number, y1: number, x2: number, y2: number): S[] {
    const [lx, hx] = x1 < x2 ? [x1, x2] : [x2, x1];
    const [ly, hy] = y1 < y2 ? [y1, y2] : [y2, y1];
    const out: S[] = [];
    for (let i = Math.floor(lx); i <= Math.floor(hx); i++)
      for (let j = Math.floor(ly); j <= Math.floor(hy); j++)
        for (const s of this.cells.get(cellKey(i, j)) ?? []) if (s.x >= lx && s.x <= hx && s.y >= ly && s.y <= hy) out.push(s);
    return out;
  }
}

const cellKey = (i: number, j: number) => `${i},${j}`;
