import { describe, expect, it } from 'vitest';
import { testStore, type TestStore } from './helpers/store';

async function event(t: TestStore) {
  const e = await t.call('events.create', { name: 'Hội nghị', kind: 'review', startDate: '2027-01-08' });
  const cats = await t.call('categories.list', { eventId: e.id });
  const add = (fullName: string, organization: string | null) => t.call('delegates.create', { eventId: e.id, fullName, organization, categoryId: cats[0]!.id });
  return { eventId: e.id, add };
}

describe('delegates.findSame: a hand-added copy of someone already there', () => {
  it('finds the same name and unit however they are typed (case, spaces, NFD, tone placement)', async () => {
    const t = await testStore();
    const { eventId, add } = await event(t);
    const hoa = await add('Nguyễn Thị Hòa', 'Vụ Pháp chế');
    await add('Nguyễn Thị Hòa', 'Vụ Tổng hợp');
    await add('Nguyễn Thị Hoa', 'Vụ Pháp chế');
    const typed = '  nguyễn thị  hoà '.normalize('NFD');
    const found = await t.call('delegates.findSame', { eventId, fullName: typed, organization: 'VỤ PHÁP  CHẾ' });
    expect(found.map((d) => d.id)).toEqual([hoa.id]);
    // Hoa and Hòa are different names; the same name in another unit is another person.
    expect(await t.call('delegates.findSame', { eventId, fullName: 'Nguyễn Thị Hoa', organization: 'Vụ Tổng hợp' })).toEqual([]);
  });

  it('matches no unit only with no unit, and leaves out the delegate being edited', async () => {
    const t = await testStore();
    const { eventId, add } = await event(t);
    const a = await add('Trần Văn Bình', null);
    expect((await t.call('delegates.findSame', { eventId, fullName: 'Trần Văn Bình', organization: ' ' })).map((d) => d.id)).toEqual([a.id]);
    expect(await t.call('delegates.findSame', { eventId, fullName: 'Trần Văn Bình', organization: 'Văn phòng Bộ' })).toEqual([]);
    expect(await t.call('delegates.findSame', { eventId, fullName: 'Trần Văn Bình', organization: null, exceptId: a.id })).toEqual([]);
  });

  it('looks only inside the event, and validates its input', async () => {
    const t = await testStore();
    const one = await event(t);
    const two = await event(t);
    await one.add('Lê Minh Châu', 'Sở Tài chính');
    expect(await t.call('delegates.findSame', { eventId: two.eventId, fullName: 'Lê Minh Châu', organization: 'Sở Tài chính' })).toEqual([]);
    expect(await t.raw('delegates.findSame', { eventId: one.eventId, fullName: '   ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.raw('delegates.findSame', { eventId: one.eventId, fullName: 'A', extra: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.raw('delegates.findSame', { eventId: 'no-such-event', fullName: 'A' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
