import { describe, expect, it } from 'vitest';
import { centreOut, mirrored, seatNumbers } from '../../shared/seating/centre-out';

/** The protocol numbers of a row, read left to right from the audience: what DOMAIN.md writes. */
function protocolRow(xs: number[], axis?: number): number[] {
  const ranks = new Array<number>(xs.length);
  centreOut(xs, axis).forEach((i, r) => (ranks[i] = r + 1));
  return xs
    .map((_, i) => i)
    .sort((a, b) => xs[a]! - xs[b]!)
    .map((i) => ranks[i]!);
}
const seats = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('centre-out: No.1 in the centre, No.2 on his right seen from the stage', () => {
  it('reads 6 4 2 1 3 5 7 from the audience for seven seats, and 6 4 2 1 3 5 for six', () => {
    expect(protocolRow(seats(7))).toEqual([6, 4, 2, 1, 3, 5, 7]);
    expect(protocolRow(seats(6))).toEqual([6, 4, 2, 1, 3, 5]);
  });

  it('holds for every count, odd and even: alternating outward, stage-right first', () => {
    expect(protocolRow(seats(1))).toEqual([1]);
    expect(protocolRow(seats(2))).toEqual([2, 1]);
    expect(protocolRow(seats(3))).toEqual([2, 1, 3]);
    expect(protocolRow(seats(4))).toEqual([4, 2, 1, 3]);
    expect(protocolRow(seats(5))).toEqual([4, 2, 1, 3, 5]);
    for (let n = 1; n <= 40; n++) {
      const row = protocolRow(seats(n));
      const one = row.indexOf(1);
      expect(one).toBe(Math.floor(n / 2));
      const distance = (r: number) => Math.abs(row.indexOf(r) - one);
      // Nearer before farther; at the same distance the stage's right (the audience's left) first.
      for (let r = 2; r <= n; r++) expect(distance(r)).toBeGreaterThanOrEqual(distance(r - 1));
      for (let k = 1; one - k >= 0 && one + k < n; k++) expect(row[one - k]!).toBeLessThan(row[one + k]!);
    }
  });

  it('takes its centre from the hall, not the row: a short row beside an aisle still puts No.1 nearest the axis', () => {
    // Seats at x = 0..4, the hall's centre line at x = 3.2: No.1 at x = 3, then 2 on the stage's right (x = 2) and 3 at x = 4.
    expect(protocolRow([0, 1, 2, 3, 4], 3.2)).toEqual([5, 4, 2, 1, 3]);
    // Input order does not matter: only positions do.
    expect(centreOut([40, 0, 20, 10, 30])).toEqual([2, 3, 4, 1, 0]);
  });

  it('turns round for the stage view: the same row read from the stage is 7 5 3 1 2 4 6', () => {
    const xs = seats(7);
    const ranks = new Array<number>(7);
    centreOut(xs).forEach((i, r) => (ranks[i] = r + 1));
    const fromStage = xs.map((x, i) => ({ at: mirrored(x, 6, 'stage'), r: ranks[i]! })).sort((a, b) => a.at - b.at);
    expect(fromStage.map((s) => s.r)).toEqual([7, 5, 3, 1, 2, 4, 6]);
    expect(mirrored(2, 6, 'audience')).toBe(2);
  });
});

describe('seat numbers', () => {
  it('left to right from the audience', () => {
    expect(seatNumbers([30, 10, 20], { kind: 'left-to-right' })).toEqual([3, 1, 2]);
  });

  it('odd on one side and even on the other, counting out from the centre seat, which is 1', () => {
    const byX = (xs: number[], nums: number[]) =>
      xs
        .map((x, i) => [x, nums[i]!])
        .sort((a, b) => a[0]! - b[0]!)
        .map((p) => p[1]);
    expect(byX(seats(7), seatNumbers(seats(7), { kind: 'odd-even', oddSide: 'right' }))).toEqual([6, 4, 2, 1, 3, 5, 7]);
    expect(byX(seats(7), seatNumbers(seats(7), { kind: 'odd-even', oddSide: 'left' }))).toEqual([7, 5, 3, 1, 2, 4, 6]);
    expect(byX(seats(6), seatNumbers(seats(6), { kind: 'odd-even', oddSide: 'right' }))).toEqual([6, 4, 2, 1, 3, 5]);
    expect(byX(seats(6), seatNumbers(seats(6), { kind: 'odd-even', oddSide: 'left' }))).toEqual([5, 3, 1, 2, 4, 6]);
  });
});
