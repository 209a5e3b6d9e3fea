import { describe, expect, it } from 'vitest';
import { colourSeats, PALETTE, STATE_COLOURS, type ColourPerson } from '../../shared/seating/colouring';

const seat = (delegateId: string | null, more: { blocked?: boolean; reservedKind?: 'unit' | null } = {}) => ({
  delegateId,
  blocked: more.blocked ?? false,
  reservedKind: more.reservedKind ?? null,
});
const person = (organization: string | null, categoryId: string | null = null): ColourPerson => ({ organization, categoryId, bridgePointId: null });

describe('colourSeats', () => {
  it('gives the largest group the first colour and counts every state', () => {
    const people = new Map([
      ['a', person('Bộ Tài chính')],
      ['b', person('Bộ tài chính')],
      ['c', person('Văn phòng Quốc hội')],
    ]);
    const seats = [seat('c'), seat('a'), seat('b'), seat(null), seat(null, { blocked: true }), seat(null, { reservedKind: 'unit' })];
    const r = colourSeats(seats, people, 'unit', () => null);
    expect(r.legend).toEqual([
      { key: 'bộ tài chính', label: 'Bộ Tài chính', colour: PALETTE[0], count: 2 },
      { key: 'văn phòng quốc hội', label: 'Văn phòng Quốc hội', colour: PALETTE[1], count: 1 },
    ]);
    expect(r.colours).toEqual([PALETTE[1], PALETTE[0], PALETTE[0], STATE_COLOURS.empty, STATE_COLOURS.blocked, STATE_COLOURS.reserved]);
    expect(r.states).toEqual({ seated: 3, empty: 1, blocked: 1, reserved: 1 });
  });

  it('folds groups past the eleventh into one "others" entry', () => {
    const people = new Map(Array.from({ length: 15 }, (_, i) => [`p${i}`, person(null, `cat${String(i).padStart(2, '0')}`)] as const));
    const r = colourSeats(
      [...people.keys()].map((id) => seat(id)),
      people,
      'category',
      (k) => k.toUpperCase(),
    );
    expect(r.legend).toHaveLength(PALETTE.length);
    expect(r.legend.at(-1)).toEqual({ key: '*others', label: null, colour: PALETTE.at(-1), count: 4 });
    expect(r.legend[0]).toMatchObject({ key: 'cat00', label: 'CAT00' });
  });

  it('in status mode shows one seated group', () => {
    const people = new Map([['a', person('X')]]);
    const r = colourSeats([seat('a'), seat(null)], people, 'status', () => null);
    expect(r.legend).toEqual([{ key: 'seated', label: null, colour: STATE_COLOURS.seated, count: 1 }]);
  });
});
