import { describe, expect, it } from 'vitest';
import type { PlanSeat } from '../../shared/contract/seating';
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
  const people = (await t.call('precedence.order', { eventId: demo.id })).entries.map((e) => e.id);
  const seatsOf = async () => (await t.call('seating.plan', { planId: plan.id })).seats;
  return { eventId: demo.id, plan, people, seatsOf };
}

const byId = (seats: readonly PlanSeat[]) => new Map(seats.map((s) => [s.id, s]));
const lastLabel = async (t: TestStore, eventId: string) => (await t.call('history.list', { eventId, limit: 1 })).entries[0]!.label;

/** One undo gives back exactly the seats there were before the edit. */
async function undoneExactly(t: TestStore, eventId: string, before: PlanSeat[], seatsOf: () => Promise<PlanSeat[]>) {
  await t.call('history.undo', { eventId });
  expect(await seatsOf()).toEqual(before);
}

describe('a plan’s rows edited after it was made', () => {
  it('adds a row at the front of the hall like its neighbour: everyone keeps seat, key and lock, rows are labelled again; one undo', async () => {
    const t = await testStore();
    const { eventId, plan, people, seatsOf } = await demoPlan(t);
    const rowA = (await seatsOf()).filter((s) => s.zone === 'hall' && s.rowIndex === 0);
    await t.call('seating.assign', { planId: plan.id, seatId: rowA[3]!.id, delegateId: people[0]! });
    await t.call('seating.markSeats', { planId: plan.id, seatIds: [rowA[3]!.id], set: { locked: true } });
    const before = await seatsOf();

    const { seats } = await t.call('seating.addRow', { planId: plan.id, zone: 'hall', area: 0, position: 'front' });
    expect(seats).toHaveLength(before.length + 24);
    const now = byId(seats);
    for (const s of before) expect(now.get(s.id)).toMatchObject({ seatKey: s.seatKey, delegateId: s.delegateId, locked: s.locked, number: s.number, x: s.x });
    expect(now.get(rowA[3]!.id)).toMatchObject({ rowLabel: 'B', rowIndex: 1, delegateId: people[0], locked: true, y: 1 });
    const added = seats.filter((s) => !before.some((b) => b.id === s.id));
    expect(added.every((s) => s.rowLabel === 'A' && s.rowIndex === 0 && s.y === 0 && s.area === 0)).toBe(true);
    expect(Math.max(...added.map((s) => s.section))).toBe(2);
    // The balcony keeps its own labels (A … D), one row further back.
    expect(seats.filter((s) => s.area === 1 && s.rowLabel === 'A').every((s) => s.rowIndex === 11)).toBe(true);
    expect(await lastLabel(t, eventId)).toEqual({ vi: 'Thêm hàng ghế A (24 ghế)', en: 'Add row A (24 seats)' });
    await undoneExactly(t, eventId, before, seatsOf);
    await t.call('history.redo', { eventId });
    expect(await seatsOf()).toHaveLength(before.length + 24);
  });

  it('adds a row behind a given one or behind the stage, with its own seats; refuses what does not fit, changing nothing', async () => {
    const t = await testStore();
    const { eventId, plan, seatsOf } = await demoPlan(t);
    const behind = await t.call('seating.addRow', { planId: plan.id, zone: 'hall', position: { after: 10 }, seats: 18 });
    const newRow = behind.seats.filter((s) => s.rowIndex === 11);
    expect(newRow).toHaveLength(18);
    expect(newRow[0]).toMatchObject({ area: 1, rowLabel: 'B' });
    expect(Math.max(...newRow.map((s) => s.section))).toBe(1);
    const stage = await t.call('seating.addRow', { planId: plan.id, zone: 'presidium', position: 'back', seats: 9 });
    expect(stage.seats.filter((s) => s.zone === 'presidium' && s.rowLabel === '2')).toHaveLength(9);
    expect(await lastLabel(t, eventId)).toEqual({ vi: 'Thêm hàng 2 của Đoàn Chủ tịch (9 ghế)', en: 'Add presidium row 2 (9 seats)' });

    const before = await seatsOf();
    const refusals = [
      [{ planId: plan.id, zone: 'hall', seats: 4, aisles: 4 }, 'VALIDATION', 'nhiều lối đi hơn số ghế'],
      [{ planId: plan.id, zone: 'presidium', aisles: 1 }, 'VALIDATION', 'không có lối đi'],
      [{ planId: plan.id, zone: 'presidium', seats: 81 }, 'VALIDATION', 'tối đa 80 ghế'],
      [{ planId: plan.id, zone: 'presidium', area: 0 }, 'VALIDATION', 'không chia khu vực'],
      [{ planId: plan.id, zone: 'hall', area: 4 }, 'VALIDATION', 'chỉ có 2 khu vực'],
      [{ planId: plan.id, zone: 'hall', area: 0, position: { after: 12 } }, 'VALIDATION', 'thuộc khu vực “Ban công”'],
      [{ planId: plan.id, zone: 'hall', position: { after: 99 } }, 'NOT_FOUND', 'hàng ghế'],
      [{ planId: plan.id, zone: 'hall', rows: 2 }, 'VALIDATION', 'không được hỗ trợ'],
    ] as const;
    for (const [input, code, vi] of refusals)
      expect(await t.raw('seating.addRow', input)).toMatchObject({ ok: false, error: { code, message: { vi: expect.stringContaining(vi) } } });
    expect(await seatsOf()).toEqual(before);
  });

  it('keeps the 10,000-seat limit across edits', async () => {
    const t = await testStore();
    const demo = await t.call('events.createDemo', {});
    const plan = await t.call('seating.createPlan', {
      eventId: demo.id,
      name: 'Lớn',
      numbers: { presidium: null, areas: [{ name: 'A', rows: 200, seatsPerRow: 50, aisles: 2 }] },
    });
    const r = await t.raw('seating.setRowSeats', { planId: plan.id, zone: 'hall', rowIndex: 0, seats: 51 });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: { vi: expect.stringContaining('quá 10.000 ghế'), en: expect.stringContaining('10,000') } },
    });
    const more = await t.raw('seating.addRow', { planId: plan.id, zone: 'presidium', seats: 3 });
    expect(more).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: { vi: expect.stringContaining('10.003 ghế') } } });
    // A smaller row makes room for a stage row: the limit is on the whole plan.
    await t.call('seating.setRowSeats', { planId: plan.id, zone: 'hall', rowIndex: 199, seats: 40 });
    expect((await t.call('seating.addRow', { planId: plan.id, zone: 'presidium', seats: 7 })).seats).toHaveLength(10_000 - 10 + 7);
  });

  it('removes a row only when nobody sits in it, naming who does; the rows behind close up; one undo', async () => {
    const t = await testStore();
    const { eventId, plan, people, seatsOf } = await demoPlan(t);
    const rowB = (await seatsOf()).filter((s) => s.zone === 'hall' && s.rowIndex === 1);
    await t.call('seating.assign', { planId: plan.id, seatId: rowB[0]!.id, delegateId: people[0]! });
    await t.call('seating.assign', { planId: plan.id, seatId: rowB[1]!.id, delegateId: people[1]! });
    const names = new Map((await t.call('delegates.list', { eventId })).map((d) => [d.id, d.fullName]));
    const taken = await t.raw('seating.removeRow', { planId: plan.id, zone: 'hall', rowIndex: 1 });
    expect(taken).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: {
          vi: `Còn 2 đại biểu ngồi ở hàng B (Tầng trệt): ${names.get(people[0]!)}, ${names.get(people[1]!)}. Hãy chuyển họ sang ghế khác trước khi bỏ hàng. Không có gì bị thay đổi.`,
          en: expect.stringContaining('2 delegates sit in row B (Tầng trệt)'),
        },
      },
    });

    const before = await seatsOf();
    const { seats } = await t.call('seating.removeRow', { planId: plan.id, zone: 'hall', rowIndex: 0 });
    expect(seats).toHaveLength(before.length - 24);
    expect(byId(seats).get(rowB[0]!.id)).toMatchObject({ rowLabel: 'A', rowIndex: 0, y: 0, seatKey: rowB[0]!.seatKey, delegateId: people[0] });
    expect(await lastLabel(t, eventId)).toEqual({ vi: 'Bỏ hàng ghế A', en: 'Remove row A' });
    await undoneExactly(t, eventId, before, seatsOf);

    await t.call('seating.removeRow', { planId: plan.id, zone: 'presidium', rowIndex: 0 });
    expect((await seatsOf()).some((s) => s.zone === 'presidium')).toBe(false);
    expect(await t.raw('seating.removeRow', { planId: plan.id, zone: 'presidium', rowIndex: 0 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('changes a row’s seats from the centre outward: who sits, locks and block names stay; refuses to drop a taken seat; one undo', async () => {
    const t = await testStore();
    const { eventId, plan, people, seatsOf } = await demoPlan(t);
    const stage = (await seatsOf()).filter((s) => s.zone === 'presidium').sort((a, b) => a.x - b.x);
    const centre = stage[3]!;
    const outer = stage[6]!;
    await t.call('seating.assign', { planId: plan.id, seatId: centre.id, delegateId: people[0]! });
    await t.call('seating.markSeats', { planId: plan.id, seatIds: [centre.id], set: { locked: true } });
    await t.call('seating.markSeats', { planId: plan.id, seatIds: [stage[2]!.id], set: { blockName: 'VP' } });
    await t.call('seating.assign', { planId: plan.id, seatId: outer.id, delegateId: people[1]! });

    const refused = await t.raw('seating.setRowSeats', { planId: plan.id, zone: 'presidium', rowIndex: 0, seats: 5 });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: { vi: expect.stringContaining('hàng 1 của Đoàn Chủ tịch đang có người ngồi') } },
    });
    await t.call('seating.assign', { planId: plan.id, seatId: outer.id, delegateId: null });

    const before = await seatsOf();
    const { seats } = await t.call('seating.setRowSeats', { planId: plan.id, zone: 'presidium', rowIndex: 0, seats: 5 });
    const row = seats.filter((s) => s.zone === 'presidium').sort((a, b) => a.x - b.x);
    expect(row.map((s) => s.number)).toEqual([4, 2, 1, 3, 5]);
    expect(row[2]).toMatchObject({ id: centre.id, seatKey: centre.seatKey, delegateId: people[0], locked: true, x: 0 });
    expect(row[1]).toMatchObject({ id: stage[2]!.id, blockName: 'VP' });
    expect(seats.some((s) => s.id === outer.id || s.id === stage[0]!.id)).toBe(false);
    expect(await lastLabel(t, eventId)).toEqual({ vi: 'Đổi hàng 1 của Đoàn Chủ tịch thành 5 ghế', en: 'Make presidium row 1 5 seats' });
    await undoneExactly(t, eventId, before, seatsOf);

    // A hall row made wider, with another aisle: new seats at the ends, fresh keys, numbers by the plan's scheme.
    const wider = await t.call('seating.setRowSeats', { planId: plan.id, zone: 'hall', rowIndex: 0, seats: 30, aisles: 3 });
    const rowA = wider.seats.filter((s) => s.zone === 'hall' && s.rowIndex === 0);
    expect(rowA).toHaveLength(30);
    expect(new Set(rowA.map((s) => s.section))).toEqual(new Set([0, 1, 2, 3]));
    expect(new Set(wider.seats.map((s) => s.seatKey)).size).toBe(wider.seats.length);
    expect(rowA.map((s) => s.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await t.raw('seating.setRowSeats', { planId: plan.id, zone: 'hall', rowIndex: 0, seats: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: { vi: expect.stringContaining('Số ghế: phải từ 1 trở lên') } },
    });
  });
});

describe('a plan copied', () => {
  it('into another event: layout, marks and the reservations it can read there, nobody seated; says what it could not carry; one undo', async () => {
    const t = await testStore();
    const { eventId, plan, people, seatsOf } = await demoPlan(t);
    await t.call('seating.updatePlan', { planId: plan.id, viewpoint: 'stage', frontRows: 3 });
    await t.call('seating.addRow', { planId: plan.id, zone: 'hall', position: 'front', seats: 10 });
    const seats = await seatsOf();
    const hall = seats.filter((s) => s.zone === 'hall');
    const categories = await t.call('categories.list', { eventId });
    const guest = categories.find((c) => c.code === 'guest')!;
    const veterans = await t.call('categories.create', { eventId, label: 'Cựu chiến binh' });
    const points = await t.call('bridgePoints.list', { eventId });
    const daNang = points.find((b) => b.name === 'Đà Nẵng')!;
    const hcm = points.find((b) => b.name === 'TP. Hồ Chí Minh')!;
    const mark = (ids: string[], set: Record<string, unknown>) => t.call('seating.markSeats', { planId: plan.id, seatIds: ids, set: set as never });
    await mark([hall[0]!.id, hall[1]!.id], { reserved: { kind: 'category', key: guest.id }, blockName: 'Khách mời' });
    await mark([hall[2]!.id], { reserved: { kind: 'category', key: veterans.id } });
    await mark([hall[3]!.id], { reserved: { kind: 'bridgePoint', key: daNang.id } });
    await mark([hall[4]!.id, hall[5]!.id], { reserved: { kind: 'bridgePoint', key: hcm.id } });
    await mark([hall[6]!.id], { reserved: { kind: 'unit', key: 'Vụ Pháp chế' } });
    await mark([hall[7]!.id], { blocked: true });
    await t.call('seating.assign', { planId: plan.id, seatId: hall[8]!.id, delegateId: people[0]! });
    await mark([hall[8]!.id], { locked: true });
    const marked = await seatsOf();

    const other = await t.call('events.create', { name: 'Hội nghị năm sau', kind: 'review', startDate: '2027-12-20' });
    const otherPoint = await t.call('bridgePoints.create', { eventId: other.id, name: 'ĐÀ NẴNG' });
    const otherGuest = (await t.call('categories.list', { eventId: other.id })).find((c) => c.code === 'guest')!;
    const copy = await t.call('seating.copyPlan', { planId: plan.id, eventId: other.id });
    expect(copy.plan).toMatchObject({ eventId: other.id, name: 'Hội trường chính', viewpoint: 'stage', frontRows: 3, numbering: 'odd-right', spec: numbers });
    expect(copy.seatCount).toBe(seats.length);
    expect(copy.dropped.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { kind: 'category', name: 'Cựu chiến binh', seats: 1 },
      { kind: 'bridgePoint', name: 'TP. Hồ Chí Minh', seats: 2 },
    ]);
    expect(await lastLabel(t, other.id)).toEqual({
      vi: `Chép sơ đồ chỗ ngồi “Hội trường chính” (${seats.length} ghế)`,
      en: `Copy the seating plan “Hội trường chính” (${seats.length} seats)`,
    });

    const copied = (await t.call('seating.plan', { planId: copy.plan.id })).seats;
    const byKey = new Map(copied.map((s) => [s.seatKey, s]));
    const as = (s: PlanSeat) => byKey.get(s.seatKey)!;
    const same = (s: PlanSeat) => [s.seatKey, s.zone, s.area, s.rowIndex, s.rowLabel, s.section, s.x, s.y, s.number, s.blocked, s.blockName];
    expect(copied.map(same)).toEqual(marked.map(same));
    expect(copied.every((s) => s.delegateId === null && !s.locked && s.eventId === other.id)).toBe(true);
    expect(as(hall[0]!)).toMatchObject({ reservedKind: 'category', reservedKey: otherGuest.id, blockName: 'Khách mời' });
    expect(as(hall[2]!)).toMatchObject({ reservedKind: null, reservedKey: null });
    expect(as(hall[3]!)).toMatchObject({ reservedKind: 'bridgePoint', reservedKey: otherPoint.id });
    expect(as(hall[4]!)).toMatchObject({ reservedKind: null });
    expect(as(hall[6]!)).toMatchObject({ reservedKind: 'unit', reservedKey: 'vụ pháp chế' });
    expect(as(hall[7]!)).toMatchObject({ blocked: true });

    await t.call('history.undo', { eventId: other.id });
    expect(await t.call('seating.plans', { eventId: other.id })).toEqual([]);
    expect(t.store.sqlite.prepare('SELECT count(*) FROM plan_seats WHERE event_id = ?').pluck().get(other.id)).toBe(0);
    expect(await seatsOf()).toEqual(marked);
  });

  it('within its event: a fresh copy beside it, nobody seated; another event’s point or a missing plan refused', async () => {
    const t = await testStore();
    const { eventId, plan, people, seatsOf } = await demoPlan(t);
    const hall = (await seatsOf()).filter((s) => s.zone === 'hall');
    await t.call('seating.assign', { planId: plan.id, seatId: hall[0]!.id, delegateId: people[0]! });
    const guest = (await t.call('categories.list', { eventId })).find((c) => c.code === 'guest')!;
    await t.call('seating.markSeats', { planId: plan.id, seatIds: [hall[1]!.id], set: { reserved: { kind: 'category', key: guest.id } } });
    const point = (await t.call('bridgePoints.list', { eventId }))[1]!;
    const copy = await t.call('seating.copyPlan', { planId: plan.id, eventId, bridgePointId: point.id });
    expect(copy).toMatchObject({ plan: { name: 'Hội trường chính (bản sao)', bridgePointId: point.id, sortOrder: 1 }, dropped: [] });
    const copied = (await t.call('seating.plan', { planId: copy.plan.id })).seats;
    expect(copied.every((s) => s.delegateId === null)).toBe(true);
    expect(copied.find((s) => s.seatKey === hall[1]!.seatKey)).toMatchObject({ reservedKind: 'category', reservedKey: guest.id });
    expect((await seatsOf()).find((s) => s.id === hall[0]!.id)!.delegateId).toBe(people[0]);

    const other = await t.call('events.create', { name: 'Khác', kind: 'review', startDate: '2027-01-08' });
    expect(await t.raw('seating.copyPlan', { planId: plan.id, eventId: other.id, bridgePointId: point.id })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await t.raw('seating.copyPlan', { planId: 'nope', eventId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.raw('seating.copyPlan', { planId: plan.id, eventId, name: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: { vi: expect.stringContaining('không được để trống') } },
    });
    expect(await t.call('seating.plans', { eventId: other.id })).toEqual([]);
  });
});
