import { describe, expect, it } from 'vitest';
import { dump, exportEvent, importFile } from './helpers/event-file';
import { testStore, type TestStore } from './helpers/store';

const numbers = { presidium: { rows: 1, seats: 5 }, areas: [{ name: 'Tầng trệt', rows: 5, seatsPerRow: 50, aisles: 1 }] };

/** The seating team's laptop and the desk's, both with the demo event auto-seated. */
async function seatedOnBoth() {
  const a = await testStore();
  const b = await testStore();
  await a.call('settings.update', { laptopName: 'Bàn đăng ký' });
  await b.call('settings.update', { laptopName: 'Tổ xếp chỗ' });
  const e = await a.call('events.createDemo', {});
  const plan = await a.call('seating.createPlan', { eventId: e.id, name: 'Hội trường chính', numbers });
  await a.call('seating.autoSeat', { planId: plan.id, mode: 'all' });
  await importFile(b, await exportEvent(a, e.id));
  const seats = async (t: TestStore) => (await t.call('seating.plan', { planId: plan.id })).seats;
  return { a, b, eventId: e.id, planId: plan.id, seats };
}

const seatOf = (t: TestStore, delegateId: string) =>
  t.store.sqlite.prepare('SELECT seat_key FROM plan_seats WHERE delegate_id = ?').pluck().all(delegateId) as string[];

describe('event files: seats', () => {
  it('a swap made on one laptop comes over whole (two seats trading delegates)', async () => {
    const { a, b, planId, seats, eventId } = await seatedOnBoth();
    const taken = (await seats(b)).filter((s) => s.delegateId && s.zone === 'hall');
    const [s1, s2] = [taken[0]!, taken[1]!];
    await b.call('seating.assign', { planId, seatId: s1.id, delegateId: s2.delegateId, swap: true });
    expect(seatOf(b, s1.delegateId!)).toEqual([s2.seatKey]);

    const s = await importFile(a, await exportEvent(b, eventId));
    expect(s.conflicts).toEqual([]);
    expect(seatOf(a, s1.delegateId!)).toEqual([s2.seatKey]);
    expect(seatOf(a, s2.delegateId!)).toEqual([s1.seatKey]);
    expect(a.store.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('one delegate moved to a different seat on each laptop: a conflict, chosen either way, one seat in the end', async () => {
    for (const pick of ['mine', 'theirs'] as const) {
      const { a, b, planId, seats, eventId } = await seatedOnBoth();
      const all = await seats(a);
      const who = all.find((s) => s.delegateId && s.zone === 'hall')!;
      const empty = all.filter((s) => !s.delegateId && s.zone === 'hall' && !s.blocked);
      await a.call('seating.assign', { planId, seatId: empty[0]!.id, delegateId: who.delegateId });
      await b.call('seating.assign', { planId, seatId: empty[1]!.id, delegateId: who.delegateId });

      const file = await exportEvent(b, eventId);
      const preview = await a.call('eventFile.preview', { dataBase64: file });
      const clash = preview.conflicts.filter((c) => c.kind === 'unique');
      expect(clash).toHaveLength(1);
      expect(clash[0]).toMatchObject({ table: 'plan_seats', tableLabel: { vi: 'Ghế' } });
      const before = dump(a);
      await importFile(a, file, { [clash[0]!.key]: pick });
      expect(seatOf(a, who.delegateId!)).toEqual([pick === 'mine' ? empty[0]!.seatKey : empty[1]!.seatKey]);
      // Undo brings every seat back.
      await a.call('history.undo', { eventId });
      expect(dump(a)).toEqual(before);
    }
  });
});
