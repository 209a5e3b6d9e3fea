import { describe, expect, it } from 'vitest';
import { testStore, type TestStore } from './helpers/store';

const numbers = {
  presidium: { rows: 1, seats: 7 },
  areas: [
    { name: 'Tầng trệt', rows: 10, seatsPerRow: 24, aisles: 2 },
    { name: 'Ban công', rows: 4, seatsPerRow: 20, aisles: 1 },
  ],
};

async function demoPlan(t: TestStore) {
  const demo = await t.call('events.createDemo', {});
  const plan = await t.call('seating.createPlan', { eventId: demo.id, name: 'Hội trường chính', numbers });
  return { eventId: demo.id, plan };
}

describe('seating plans through dispatch', () => {
  it('makes a plan and all its seats from a few numbers, in one change set that one undo takes away', async () => {
    const t = await testStore();
    const { eventId, plan } = await demoPlan(t);
    expect(plan).toMatchObject({ name: 'Hội trường chính', viewpoint: 'audience', numbering: 'odd-right', frontRows: 2, spec: numbers });
    const { seats, presidium } = await t.call('seating.plan', { planId: plan.id });
    expect(seats).toHaveLength(7 + 240 + 80);
    expect(presidium).toEqual([]);
    expect(new Set(seats.map((s) => s.seatKey)).size).toBe(seats.length);
    expect((await t.call('history.list', { eventId, limit: 1 })).entries[0]!.label.vi).toBe('Tạo sơ đồ chỗ ngồi “Hội trường chính” (327 ghế)');
    // Turned round to the stage's view, renamed: one undoable change; the plan says which view it is.
    const turned = await t.call('seating.updatePlan', { planId: plan.id, viewpoint: 'stage', name: 'Hội trường Diên Hồng' });
    expect(turned).toMatchObject({ viewpoint: 'stage', name: 'Hội trường Diên Hồng', frontRows: 2 });
    expect((await t.call('history.list', { eventId, limit: 1 })).entries[0]!.label.vi).toBe('Sửa sơ đồ chỗ ngồi “Hội trường Diên Hồng”');
    await t.call('history.undo', { eventId });
    expect((await t.call('seating.plans', { eventId }))[0]).toMatchObject({ viewpoint: 'audience', name: 'Hội trường chính' });
    await t.call('history.undo', { eventId });
    expect(await t.call('seating.plans', { eventId })).toEqual([]);
    expect(t.store.sqlite.prepare('SELECT count(*) FROM plan_seats').pluck().get()).toBe(0);
    await t.call('history.redo', { eventId });
    expect((await t.call('seating.plan', { planId: plan.id })).seats).toHaveLength(327);
    expect(await t.raw('seating.updatePlan', { planId: 'nope', viewpoint: 'stage' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a plan of more seats than any hall, or another event’s bridge point, changing nothing', async () => {
    const t = await testStore();
    const half = await t.raw('seating.createPlan', {
      eventId: (await t.call('events.createDemo', {})).id,
      name: 'X',
      numbers: { presidium: null, areas: [{ name: 'A', rows: 1.5, seatsPerRow: 10, aisles: 0 }] },
    });
    expect(half).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: { vi: expect.stringContaining('phải là số nguyên'), en: expect.stringContaining('whole number') } },
    });
    const demo = await t.call('events.createDemo', {});
    const other = await t.call('events.create', { name: 'Khác', kind: 'review', startDate: '2027-01-08' });
    const point = await t.call('bridgePoints.create', { eventId: other.id, name: 'Đà Nẵng' });
    const big = await t.raw('seating.createPlan', {
      eventId: demo.id,
      name: 'X',
      numbers: { presidium: null, areas: [{ name: 'A', rows: 200, seatsPerRow: 60, aisles: 2 }] },
    });
    expect(big).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: { vi: expect.stringContaining('quá 10.000 ghế') } } });
    const aisles = await t.raw('seating.createPlan', {
      eventId: demo.id,
      name: 'X',
      numbers: { presidium: { rows: 2, seats: 0 }, areas: [{ name: 'A', rows: 2, seatsPerRow: 3, aisles: 5 }] },
    });
    expect(aisles).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: { vi: expect.stringContaining('nhiều lối đi hơn số ghế') } } });
    const elsewhere = await t.raw('seating.createPlan', { eventId: demo.id, name: 'X', bridgePointId: point.id, numbers });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.call('seating.plans', { eventId: demo.id })).toEqual([]);
  });

  it('seats the demo by protocol: the presidium centre-out in precedence order, shown before, written as one undoable change', async () => {
    const t = await testStore();
    const { eventId, plan } = await demoPlan(t);
    const order = (await t.call('precedence.order', { eventId })).entries.map((e) => e.id);
    await t.call('seating.setPresidium', { planId: plan.id, delegateIds: order.slice(0, 7) });

    const preview = await t.call('seating.previewAutoSeat', { planId: plan.id, mode: 'all' });
    expect(preview.seated).toBe(order.length);
    expect((await t.call('seating.plan', { planId: plan.id })).seats.every((s) => s.delegateId === null)).toBe(true);

    const done = await t.call('seating.autoSeat', { planId: plan.id, mode: 'all' });
    expect(done).toMatchObject({ seated: preview.seated, moved: 0, kept: 0 });
    const stage = done.seats.filter((s) => s.zone === 'presidium').sort((a, b) => a.x - b.x);
    // From the audience: 6 4 2 1 3 5 7; No.1 on seat 1, No.2 on the stage's right (the audience's left).
    expect(stage.map((s) => order.indexOf(s.delegateId!) + 1)).toEqual([6, 4, 2, 1, 3, 5, 7]);
    expect(stage.find((s) => s.number === 1)!.delegateId).toBe(order[0]);
    // The declined and the unranked are told apart, never seated.
    const excluded = (await t.call('precedence.order', { eventId })).excluded;
    expect(done.unseated.map((u) => u.id).sort()).toEqual(excluded.map((e) => e.id).sort());

    const entry = (await t.call('history.list', { eventId, limit: 1 })).entries[0]!;
    expect(entry.label.vi).toBe(`Xếp chỗ tự động theo nghi thức (${order.length} đại biểu)`);
    await t.call('history.undo', { eventId });
    expect((await t.call('seating.plan', { planId: plan.id })).seats.every((s) => s.delegateId === null)).toBe(true);
  });

  it('adds a late arrival without moving anyone, and the database holds one seat per delegate and nobody on a blocked seat', async () => {
    const t = await testStore();
    const { eventId, plan } = await demoPlan(t);
    const first = await t.call('seating.autoSeat', { planId: plan.id, mode: 'all' });
    const cat = (await t.call('categories.list', { eventId }))[0]!.id;
    const late = await t.call('delegates.create', { eventId, fullName: 'Trần Văn Muộn', title: 'Bộ trưởng Bộ Tài chính', categoryId: cat });
    const again = await t.call('seating.autoSeat', { planId: plan.id, mode: 'unseated' });
    expect(again).toMatchObject({ seated: 1, moved: 0, kept: first.seated });
    expect(again.seats.filter((s) => s.delegateId === late.id)).toHaveLength(1);
    // Seated again by protocol, the senior late arrival moves up and others move for him: no seat held twice on the way.
    const redo = await t.call('seating.autoSeat', { planId: plan.id, mode: 'all' });
    expect(redo.moved).toBeGreaterThan(0);
    expect(new Set(redo.seats.filter((s) => s.delegateId).map((s) => s.delegateId)).size).toBe(redo.seats.filter((s) => s.delegateId).length);

    const sqlite = t.store.sqlite;
    const [a, b] = redo.seats.filter((s) => s.delegateId);
    expect(() => sqlite.prepare('UPDATE plan_seats SET delegate_id = ? WHERE id = ?').run(a!.delegateId, b!.id)).toThrow(/UNIQUE/);
    expect(() => sqlite.prepare('UPDATE plan_seats SET blocked = 1 WHERE id = ?').run(a!.id)).toThrow(/CHECK/);
  });
});

describe('seating by hand', () => {
  it('puts a delegate on a seat, moves him, refuses a taken seat unless asked to swap, and one undo takes a swap back', async () => {
    const t = await testStore();
    const { eventId, plan } = await demoPlan(t);
    const [a, b] = (await t.call('precedence.order', { eventId })).entries.map((e) => e.id);
    const seats = (await t.call('seating.plan', { planId: plan.id })).seats.filter((s) => s.zone === 'hall');
    const [s1, s2, s3] = seats;
    const where = async (id: string) => (await t.call('seating.plan', { planId: plan.id })).seats.filter((s) => s.delegateId === id).map((s) => s.id);

    expect((await t.call('seating.assign', { planId: plan.id, seatId: s1!.id, delegateId: a! })).seats.map((s) => s.delegateId)).toEqual([a]);
    await t.call('seating.markSeats', { planId: plan.id, seatIds: [s1!.id], set: { locked: true } });
    // A move empties the old seat; the lock goes with him (it is about him, not the chair).
    const moved = await t.call('seating.assign', { planId: plan.id, seatId: s2!.id, delegateId: a! });
    expect(moved.seats.find((s) => s.id === s1!.id)).toMatchObject({ delegateId: null, locked: false });
    expect(moved.seats.find((s) => s.id === s2!.id)).toMatchObject({ delegateId: a, locked: true });
    expect(await where(a!)).toEqual([s2!.id]);

    await t.call('seating.assign', { planId: plan.id, seatId: s3!.id, delegateId: b! });
    const taken = await t.raw('seating.assign', { planId: plan.id, seatId: s3!.id, delegateId: a! });
    expect(taken).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: { vi: expect.stringContaining('đã có') } } });
    expect(await where(a!)).toEqual([s2!.id]);

    const swapped = await t.call('seating.assign', { planId: plan.id, seatId: s3!.id, delegateId: a!, swap: true });
    expect([await where(a!), await where(b!)]).toEqual([[s3!.id], [s2!.id]]);
    // In a swap each keeps his own lock: a (locked) is still locked in s3, b is not in s2.
    expect(swapped.seats.map((s) => [s.delegateId, s.locked])).toEqual(
      expect.arrayContaining([
        [a, true],
        [b, false],
      ]),
    );
    expect((await t.call('history.list', { eventId, limit: 1 })).entries[0]!.label.vi).toBe('Đổi chỗ hai đại biểu');
    await t.call('history.undo', { eventId });
    expect([await where(a!), await where(b!)]).toEqual([[s2!.id], [s3!.id]]);

    await t.call('seating.assign', { planId: plan.id, seatId: s3!.id, delegateId: null });
    expect(await where(b!)).toEqual([]);
  });

  it('blocks, reserves and names seats; never blocks a taken one; auto-seating respects them', async () => {
    const t = await testStore();
    const { eventId, plan } = await demoPlan(t);
    const hall = (await t.call('seating.plan', { planId: plan.id })).seats.filter((s) => s.zone === 'hall');
    const firstRow = hall.filter((s) => s.rowIndex === 0);
    const centre = [...firstRow].sort((x, y) => Math.abs(x.x) - Math.abs(y.x))[0]!;
    const [someone] = (await t.call('precedence.order', { eventId })).entries.map((e) => e.id);
    await t.call('seating.assign', { planId: plan.id, seatId: centre.id, delegateId: someone! });
    expect(await t.raw('seating.markSeats', { planId: plan.id, seatIds: [centre.id], set: { blocked: true } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await t.call('seating.assign', { planId: plan.id, seatId: centre.id, delegateId: null });

    await t.call('seating.markSeats', { planId: plan.id, seatIds: [centre.id], set: { blocked: true } });
    const back = hall.filter((s) => s.rowIndex === 9).map((s) => s.id);
    const marked = await t.call('seating.markSeats', {
      planId: plan.id,
      seatIds: back,
      set: { reserved: { kind: 'unit', key: 'VĂN PHÒNG BỘ' }, blockName: 'Khối Văn phòng Bộ' },
    });
    expect(marked.seats.every((s) => s.reservedKind === 'unit' && s.reservedKey === 'văn phòng bộ' && s.blockName === 'Khối Văn phòng Bộ')).toBe(true);
    expect(await t.raw('seating.markSeats', { planId: plan.id, seatIds: ['not-a-seat'], set: { locked: true } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    // An empty seat has nobody to keep: locking only empty seats is refused, a mix locks the taken ones.
    expect(await t.raw('seating.markSeats', { planId: plan.id, seatIds: back.slice(0, 3), set: { locked: true } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: { vi: expect.stringContaining('Chỉ khoá được ghế đã có người ngồi') } },
    });
    const stageSeat = (await t.call('seating.plan', { planId: plan.id })).seats.find((s) => s.zone === 'presidium')!;
    expect(
      await t.raw('seating.markSeats', { planId: plan.id, seatIds: [stageSeat.id], set: { reserved: { kind: 'unit', key: 'Văn phòng Bộ' } } }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const done = await t.call('seating.autoSeat', { planId: plan.id, mode: 'all' });
    expect(done.seats.find((s) => s.id === centre.id)!.delegateId).toBeNull();
    const people = new Map((await t.call('delegates.list', { eventId })).map((d) => [d.id, d]));
    const inBlock = done.seats.filter((x) => back.includes(x.id) && x.delegateId);
    expect(inBlock.length).toBeGreaterThan(0);
    for (const s of inBlock) expect(people.get(s.delegateId!)!.organization?.toLowerCase()).toBe('văn phòng bộ');
    const taken = done.seats.filter((s) => s.zone === 'hall' && s.rowIndex === 1);
    const mixed = [
      ...taken.slice(0, 2).map((s) => s.id),
      ...done.seats
        .filter((s) => s.zone === 'hall' && !s.delegateId && !s.blocked)
        .slice(0, 2)
        .map((s) => s.id),
    ];
    const locked = await t.call('seating.markSeats', { planId: plan.id, seatIds: mixed, set: { locked: true } });
    expect(
      locked.seats
        .filter((s) => s.locked)
        .map((s) => s.id)
        .sort(),
    ).toEqual(
      taken
        .slice(0, 2)
        .map((s) => s.id)
        .sort(),
    );
  });
});
