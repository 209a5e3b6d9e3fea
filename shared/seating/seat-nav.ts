import type { Viewpoint } from './viewport';

export type Direction = 'left' | 'right' | 'up' | 'down';

interface NavSeat {
  id: string;
  x: number;
  y: number;
}

const STEP: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The seat an arrow key moves to, as the screen shows the plan: left and right stay in the row
 * (across an aisle too), up and down go to the nearest seat of the next row. Seen from the stage
 * the plan is turned round, so the arrows are too. Null at the edge.
 */
export function nextSeat<S extends NavSeat>(seats: readonly S[], from: S, dir: Direction, viewpoint: Viewpoint): S | null {
  const t = viewpoint === 'audience' ? 1 : -1;
  const [dx, dy] = STEP[dir];
  const across = dx !== 0;
  let best: S | null = null;
  let bestScore = Infinity;
  for (const s of seats) {
    const along = t * ((s.x - from.x) * dx + (s.y - from.y) * dy);
    if (along < 0.25) continue;
    const perp = Math.abs(across ? s.y - from.y : s.x - from.x);
    // Staying in the row (or reaching the next one) comes first; the nearest seat there second.
    const score = across ? perp * 1000 + along : along * 1000 + perp;
    if (score < bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}
