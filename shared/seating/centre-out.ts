/**
 * The protocol order of the seats of one row (DOMAIN.md): No.1 in the centre, No.2 on his or her
 * right as seen from the stage (the audience's left), No.3 on the left, and so on outward, nearer
 * before farther. Seen from the audience a row of 7 reads 6 4 2 1 3 5 7; with an even count No.1 and
 * No.2 take the two centre seats (6 4 2 1 3 5).
 *
 * Positions are x across the row in the audience's view, left to right: the one geometry every
 * plan is stored in, whatever view a screen or a print shows (see `mirrored`).
 */

/**
 * The indexes of `xs` (a row's seat positions) in protocol order around `axis`, the hall's centre
 * line (by default the middle of the row). No.1 takes the seat nearest the axis (of two as near,
 * the audience's right one, as in 6 4 2 1 3 5); then the seats alternate, stage-right side first.
 */
export function centreOut(xs: readonly number[], axis?: number): number[] {
  const byX = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  if (byX.length === 0) return [];
  const centreLine = axis ?? (byX[0]!.x + byX[byX.length - 1]!.x) / 2;
  let c = 0;
  for (let k = 1; k < byX.length; k++) {
    const d = Math.abs(byX[k]!.x - centreLine);
    const best = Math.abs(byX[c]!.x - centreLine);
    if (d < best || (d === best && byX[k]!.x > byX[c]!.x)) c = k;
  }
  const order = [byX[c]!.i];
  for (let k = 1; order.length < byX.length; k++) {
    if (c - k >= 0) order.push(byX[c - k]!.i);
    if (c + k < byX.length) order.push(byX[c + k]!.i);
  }
  return order;
}

/** How a row's seats are numbered on the plan and the tickets. */
export type SeatNumbering =
  /** 1, 2, 3 … from the audience's left. */
  | { kind: 'left-to-right' }
  /** Odd on one side and even on the other, counting out from the centre (the centre seat is 1). */
  | { kind: 'odd-even'; oddSide: 'left' | 'right' };

/** The number of each seat of a row (same index as `xs`), by the plan's scheme. */
export function seatNumbers(xs: readonly number[], scheme: SeatNumbering, axis?: number): number[] {
  const numbers = new Array<number>(xs.length);
  const byX = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  if (scheme.kind === 'left-to-right') {
    byX.forEach((s, k) => (numbers[s.i] = k + 1));
    return numbers;
  }
  // A seat on the centre line is 1; each side counts outward from the centre (of a centre pair,
  // the odd side's seat is 1 and the other 2).
  const centreLine = axis ?? (byX[0]!.x + byX[byX.length - 1]!.x) / 2;
  const oddSide = (x: number) => x === centreLine || (scheme.oddSide === 'left' ? x < centreLine : x > centreLine);
  const outward = (a: { x: number }, b: { x: number }) => Math.abs(a.x - centreLine) - Math.abs(b.x - centreLine);
  byX
    .filter((s) => oddSide(s.x))
    .sort(outward)
    .forEach((s, k) => (numbers[s.i] = 2 * k + 1));
  byX
    .filter((s) => !oddSide(s.x))
    .sort(outward)
    .forEach((s, k) => (numbers[s.i] = 2 * k + 2));
  return numbers;
}

/** Where a seat is drawn across the row for a view: the stored geometry, or turned round for the stage's. */
export const mirrored = (x: number, width: number, view: 'audience' | 'stage'): number => (view === 'audience' ? x : width - x);
