import { describe, expect, it } from 'vitest';
import { autoSeat, type AutoSeatInput, type PlanSeat, type Reservation, type SeatedPerson } from '../../shared/seating/auto-seat';

/** Rows of n seats centred on the hall's axis (x = 0, the audience's view), ids like "H1-4" (zone, row, seat from the left). */
function rows(zone: 'presidium' | 'hall', counts: number[], opts: { blocked?: string[]; reserved?: Record<string, Reservation> } = {}): PlanSeat[] {
  return counts.flatMap((n, row) =>
    Array.from({ length: n }, (_, x) => {
      const id = `${zone === 'presidium' ? 'P' : 'H'}${row + 1}-${x}`;
      return { id, zone, row, x: x - (n - 1) / 2, blocked: opts.blocked?.includes(id) ?? false, reserved: opts.reserved?.[id] ?? null };
    }),
  );
}

const person = (id: string, extra: Partial<SeatedPerson> = {}): SeatedPerson => ({
  id,
  unitKey: null,
  categoryId: 'delegate',
  bridgePointId: null,
  presidium: false,
  ...extra,
});

function run(seats: PlanSeat[], people: SeatedPerson[], over: Partial<AutoSeatInput> = {}) {
  return autoSeat({
    seats,
    people: new Map(people.map((p) => [p.id, p])),
    order: people.map((p) => p.id),
    excluded: [],
    current: new Map(),
    locked: new Set(),
    frontRows: 1,
    mode: 'all',
    ...over,
  });
}

/** Who sits in a row, read left to right from the audience ('·' for an empty seat). */
const rowOf = (r: ReturnType<typeof run>, seats: PlanSeat[], prefix: string) =>
  seats
    .filter((s) => s.id.startsWith(`${prefix}-`))
    .sort((a, b) => a.x - b.x)
    .map((s) => r.assignment.get(s.id) ?? '·')
    .join(' ');

describe('auto-seating by protocol', () => {
  it('seats the presidium in precedence order, No.1 in the centre and No.2 on his right seen from the stage', () => {
    const seats = [...rows('presidium', [7]), ...rows('hall', [10])];
    const people = ['1', '2', '3', '4', '5', '6', '7'].map((id) => person(id, { presidium: true }));
    const r = run(seats, people);
    expect(rowOf(r, seats, 'P1')).toBe('6 4 2 1 3 5 7');
    // An even count: No.1 and No.2 take the two centre seats.
    const even = [...rows('presidium', [6]), ...rows('hall', [4])];
    expect(rowOf(run(even, people.slice(0, 6)), even, 'P1')).toBe('6 4 2 1 3 5');
  });

  it('sends whoever the presidium cannot hold, and everyone else, to the hall: front rows centre-out, row after row', () => {
    const seats = [...rows('presidium', [3]), ...rows('hall', [5, 5])];
    const people = [...['a', 'b', 'c', 'd'].map((id) => person(id, { presidium: true })), ...['e', 'f', 'g', 'h', 'i', 'j', 'k'].map((id) => person(id))];
    const r = run(seats, people, { frontRows: 2 });
    expect(rowOf(r, seats, 'P1')).toBe('b a c');
    // d (the presidium was full) leads the hall; then e … k in order, row 1 centre-out, then row 2.
    expect(rowOf(r, seats, 'H1')).toBe('g e d f h');
    expect(rowOf(r, seats, 'H2')).toBe('· j i k ·');
    expect(r.unseated).toEqual([]);
  });

  it("keeps a unit's people side by side behind the front rows, its most senior nearest the centre", () => {
    const seats = rows('hall', [3, 8]);
    const people = [
      person('chief'),
      person('vu1', { unitKey: 'vụ pháp chế' }),
      person('cuc1', { unitKey: 'cục thuế' }),
      person('vu2', { unitKey: 'vụ pháp chế' }),
      person('cuc2', { unitKey: 'cục thuế' }),
      person('vu3', { unitKey: 'vụ pháp chế' }),
      person('cuc3', { unitKey: 'cục thuế' }),
    ];
    const r = run(seats, people, { frontRows: 1 });
    // The front row by precedence alone; behind it each unit on one side of the centre, side by
    // side, its senior member nearest the centre; the first unit where No.1 would sit.
    expect(rowOf(r, seats, 'H1')).toBe('vu1 chief cuc1');
    expect(rowOf(r, seats, 'H2')).toBe('· · cuc3 cuc2 vu2 vu3 · ·');
  });

  it('moves a unit to the back row rather than split it across the centre', () => {
    const seats = rows('hall', [1, 4, 4]);
    const people = [
      person('chief'),
      ...['a1', 'a2', 'a3'].map((id) => person(id, { unitKey: 'a' })),
      ...['b1', 'b2'].map((id) => person(id, { unitKey: 'b' })),
    ];
    const r = run(seats, people, { frontRows: 1 });
    expect(rowOf(r, seats, 'H1')).toBe('chief');
    // Unit a fills the stage-left half and goes on in the row behind on the same side; b takes the other half.
    expect(rowOf(r, seats, 'H2')).toBe('b2 b1 a1 a2');
    expect(rowOf(r, seats, 'H3')).toBe('· · a3 ·');
  });

  it('skips blocked seats, and gives a reserved block to its own people only; a full block says so', () => {
    const dn: Reservation = { kind: 'bridgePoint', key: 'bp-dn' };
    const seats = rows('hall', [5, 5], { blocked: ['H1-2'], reserved: { 'H2-0': dn, 'H2-1': dn } });
    const people = [
      person('a'),
      person('dn1', { bridgePointId: 'bp-dn' }),
      person('b'),
      person('dn2', { bridgePointId: 'bp-dn' }),
      person('dn3', { bridgePointId: 'bp-dn' }),
      person('c'),
      person('d'),
      person('e'),
      person('f'),
    ];
    const r = run(seats, people, { frontRows: 1 });
    // The centre (x 2) is a camera: No.1 takes the seat nearest it on the stage's right.
    expect(r.assignment.get('H1-2')).toBeUndefined();
    expect(rowOf(r, seats, 'H1')).toBe('c a · b d');
    // The back row's free seats take the rest; its reserved two, only Đà Nẵng's.
    expect(rowOf(r, seats, 'H2')).toMatch(/^dn\d dn\d (e f|f e|e · f|f · e|· e f|· f e|e f ·|f e ·)$/);
    expect(new Set([r.assignment.get('H2-0'), r.assignment.get('H2-1')])).toEqual(new Set(['dn1', 'dn2']));
    expect(r.unseated).toEqual([{ id: 'dn3', reason: 'block-full' }]);
    for (const [seat, id] of r.assignment) if (!['H2-0', 'H2-1'].includes(seat)) expect(id.startsWith('dn')).toBe(false);
  });

  it('keeps a reserved seat its block does not fill empty, even with people left without a seat', () => {
    const unit: Reservation = { kind: 'unit', key: 'vụ pháp chế' };
    const seats = rows('hall', [3, 3], { reserved: { 'H2-0': unit, 'H2-1': unit, 'H2-2': unit } });
    const people = [person('a'), person('b'), person('c'), person('d'), person('vu', { unitKey: 'vụ pháp chế' })];
    const r = run(seats, people, { frontRows: 1 });
    expect(rowOf(r, seats, 'H2')).toBe('· vu ·');
    expect(r.unseated).toEqual([{ id: 'd', reason: 'no-seat' }]);
  });

  it('never seats the declined or the unranked, and says why', () => {
    const seats = rows('hall', [4]);
    const r = run(seats, [person('a'), person('x'), person('rep', { categoryId: 'reporter' })], {
      order: ['a'],
      excluded: [
        { id: 'x', why: 'declined' },
        { id: 'rep', why: 'category' },
      ],
    });
    expect([...r.assignment.values()]).toEqual(['a']);
    expect(r.unseated).toEqual([
      { id: 'x', reason: 'declined' },
      { id: 'rep', reason: 'not-ranked' },
    ]);
  });

  it('keeps a locked seat and its occupant; a second run moves nobody', () => {
    const seats = rows('hall', [5]);
    const people = ['a', 'b', 'c'].map((id) => person(id));
    // c was put in the centre by hand and locked there.
    const first = run(seats, people, { current: new Map([['H1-2', 'c']]), locked: new Set(['H1-2']) });
    // a, No.1, takes the next seat in protocol order: the stage's right of the centre.
    expect(rowOf(first, seats, 'H1')).toBe('· a c b ·');
    expect(first).toMatchObject({ seated: 2, kept: 1, moved: 0 });
    const again = run(seats, people, { current: first.assignment, locked: new Set(['H1-2']) });
    expect(again.assignment).toEqual(first.assignment);
    expect(again).toMatchObject({ seated: 0, kept: 3, moved: 0 });
  });

  it("keeps a locked seat's occupant even when he now belongs to another point's plan; an unlocked one is told apart", () => {
    const seats = rows('hall', [5]);
    const people = ['a', 'b'].map((id) => person(id));
    const current = new Map([
      ['H1-2', 'moved-away'],
      ['H1-0', 'left-too'],
    ]);
    const r = run(seats, people, { current, locked: new Set(['H1-2']) });
    expect(r.assignment.get('H1-2')).toBe('moved-away');
    expect(r.assignment.get('H1-0')).not.toBe('left-too');
    expect(r.unseated).toEqual([{ id: 'left-too', reason: 'not-in-plan' }]);
    // Seating only who has no seat moves nobody, whoever they are.
    const late = run(seats, people, { current, mode: 'unseated' });
    expect(late.assignment.get('H1-0')).toBe('left-too');
    expect(late.assignment.get('H1-2')).toBe('moved-away');
  });

  it('seats late arrivals without moving anyone already seated', () => {
    const seats = rows('hall', [5]);
    const first = run(
      seats,
      ['a', 'b'].map((id) => person(id)),
    );
    expect(rowOf(first, seats, 'H1')).toBe('· b a · ·');
    // A more senior guest confirms late: in 'unseated' mode nobody moves for him.
    const people = ['vip', 'a', 'b'].map((id) => person(id));
    const late = run(seats, people, { current: first.assignment, mode: 'unseated' });
    expect(rowOf(late, seats, 'H1')).toBe('· b a vip ·');
    expect(late).toMatchObject({ seated: 1, kept: 2, moved: 0 });
    // Seated again from scratch, protocol wins: the senior guest takes the centre.
    const redo = run(seats, people, { current: late.assignment });
    expect(rowOf(redo, seats, 'H1')).toBe('· a vip b ·');
    expect(redo).toMatchObject({ moved: 3 });
  });

  it('leaves without a seat, saying so, whoever the hall cannot hold', () => {
    const r = run(
      rows('hall', [2]),
      ['a', 'b', 'c'].map((id) => person(id)),
    );
    expect(r.assignment.size).toBe(2);
    expect(r.unseated).toEqual([{ id: 'c', reason: 'no-seat' }]);
  });
});
