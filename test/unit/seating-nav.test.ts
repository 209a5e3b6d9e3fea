import { describe, expect, it } from 'vitest';
import { layOutPlan } from '../../shared/seating/layout';
import { nextSeat } from '../../shared/seating/seat-nav';

const seats = layOutPlan({
  presidium: null,
  areas: [{ name: 'A', rows: 3, seatsPerRow: 6, aisles: 1 }],
  rowLabels: 'letters',
  numbering: { kind: 'left-to-right' },
}).map((s) => ({ ...s, id: s.key }));
const at = (key: string) => seats.find((s) => s.id === key)!;

describe('nextSeat', () => {
  it('moves along the row across the aisle, and stops at its end', () => {
    expect(nextSeat(seats, at('0-A-3'), 'right', 'audience')?.id).toBe('0-A-4');
    expect(nextSeat(seats, at('0-A-6'), 'right', 'audience')).toBeNull();
    expect(nextSeat(seats, at('0-A-1'), 'left', 'audience')).toBeNull();
  });

  it('goes to the seat behind or in front, never skipping a row', () => {
    expect(nextSeat(seats, at('0-A-2'), 'down', 'audience')?.id).toBe('0-B-2');
    expect(nextSeat(seats, at('0-C-5'), 'up', 'audience')?.id).toBe('0-B-5');
    expect(nextSeat(seats, at('0-A-2'), 'up', 'audience')).toBeNull();
  });

  it('turns the arrows round when the plan is seen from the stage', () => {
    expect(nextSeat(seats, at('0-A-3'), 'right', 'stage')?.id).toBe('0-A-2');
    expect(nextSeat(seats, at('0-B-3'), 'down', 'stage')?.id).toBe('0-A-3');
  });
});
