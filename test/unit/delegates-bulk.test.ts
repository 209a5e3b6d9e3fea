import { describe, expect, it } from 'vitest';
import { testStore, type TestStore } from './helpers/store';

async function seeded(t: TestStore, n = 5) {
  const e = await t.call('events.create', { name: 'Hội nghị', kind: 'review', startDate: '2027-01-08' });
  const cats = await t.call('categories.list', { eventId: e.id });
  const ids: string[] = [];
  for (let i = 0; i < n; i++)
    ids.push((await t.call('delegates.create', { eventId: e.id, fullName: `Nguyễn Văn ${String.fromCharCode(65 + i)}`, categoryId: cats[0]!.id, organization: 'Vụ Pháp chế' })).id);
  return { eventId: e.id, cats, ids };
}

describe('bulk actions', () => {
  it('sets status, category, organization and bridge point on many delegates at once', async () => {
    const t = await testStore();
    const { eventId, cats, ids } = await seeded(t);
    const point = await t.call('bridgePoints.create', { eventId, name: 'Đà Nẵng' });
    expect(await t.call('bridgePoints.create', { eventId, name: ' ĐÀ  NẴNG ' })).toEqual(point);
    const r = await t.call('delegates.bulkUpdate', { eventId, ids: ids.slice(0, 3), set: { status: 'confirmed', categoryId: cats[1]!.id, bridgePointId: point.id, organization: 'Cục Sở hữu trí tuệ' } });
    expect(r.updated).toBe(3);
    const list = await t.call('delegates.list', { eventId });
    const changed = list.filter((d) => ids.slice(0, 3).includes(d.id));
    expect(changed.every((d) => d.status === 'confirmed' && d.categoryId === cats[1]!.id && d.bridgePointId === point.id && d.organization === 'Cục Sở hữu trí tuệ')).toBe(true);
    expect(list.filter((d) => d.status === 'invited')).toHaveLength(2);
  });

  it('changes nothing when one id is not of this event, or the set is empty', async () => {
    const t = await testStore();
    const { eventId, ids } = await seeded(t);
    const other = await seeded(t, 1);
    const r = await t.raw('delegates.bulkUpdate', { eventId, ids: [...ids, other.ids[0]], set: { status: 'declined' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await t.call('delegates.list', { eventId })).every((d) => d.status === 'invited')).toBe(true);
    expect(await t.raw('delegates.bulkUpdate', { eventId, ids, set: {} })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.raw('delegates.bulkUpdate', { eventId, ids: [], set: { status: 'declined' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('deletes many and puts them back exactly with restore (undo)', async () => {
    const t = await testStore();
    const { eventId, ids } = await seeded(t);
    const before = await t.call('delegates.list', { eventId });
    const { deleted } = await t.call('delegates.bulkDelete', { eventId, ids: ids.slice(1, 4) });
    expect(deleted.map((d) => d.id).sort()).toEqual(ids.slice(1, 4).sort());
    expect(await t.call('delegates.list', { eventId })).toHaveLength(2);
    // The undo goes back through the transport as JSON, as the renderer sends it.
    const { restored } = await t.call('delegates.restore', { eventId, delegates: JSON.parse(JSON.stringify(deleted)) });
    expect(restored).toBe(3);
    const after = await t.call('delegates.list', { eventId });
    const byId = (xs: typeof before) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after)).toEqual(byId(before));
    // A second restore of the same rows would duplicate ids: refused, nothing changes.
    expect(await t.raw('delegates.restore', { eventId, delegates: JSON.parse(JSON.stringify(deleted)) })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await t.call('delegates.list', { eventId })).toHaveLength(5);
  });

  it('refuses to restore delegates into another event', async () => {
    const t = await testStore();
    const a = await seeded(t, 2);
    const b = await seeded(t, 1);
    const { deleted } = await t.call('delegates.bulkDelete', { eventId: a.eventId, ids: a.ids });
    const r = await t.raw('delegates.restore', { eventId: b.eventId, delegates: JSON.parse(JSON.stringify(deleted)) });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.call('delegates.list', { eventId: b.eventId })).toHaveLength(1);
  });
});

describe('precedence writes', () => {
  it('new events get the default title rules; save replaces them in order; reset restores them', async () => {
    const t = await testStore();
    const { eventId } = await seeded(t, 0);
    const defaults = await t.call('titleRules.list', { eventId });
    expect(defaults[0]).toMatchObject({ pattern: 'Tổng Bí thư', rank: 1, sortOrder: 0 });
    const saved = await t.call('titleRules.save', { eventId, rules: [{ pattern: ' Giám đốc  Sở ', rank: 5 }, { pattern: 'Chuyên viên', rank: 90 }] });
    expect(saved.map((r) => [r.pattern, r.rank, r.sortOrder])).toEqual([['Giám đốc Sở', 5, 0], ['Chuyên viên', 90, 1]]);
    expect(await t.raw('titleRules.save', { eventId, rules: [{ pattern: '', rank: 5 }] })).toMatchObject({ ok: false });
    expect(await t.call('titleRules.list', { eventId })).toHaveLength(2);
    expect(await t.call('titleRules.reset', { eventId })).toHaveLength(defaults.length);
  });

  it('sets and clears hand-set ranks for delegates of the event only', async () => {
    const t = await testStore();
    const { eventId, ids } = await seeded(t, 3);
    await t.call('precedence.setRanks', { eventId, ranks: [{ id: ids[0]!, rank: 15 }, { id: ids[1]!, rank: 5 }] });
    let list = await t.call('delegates.list', { eventId });
    expect(list.find((d) => d.id === ids[1])!.precedenceRank).toBe(5);
    await t.call('precedence.setRanks', { eventId, ranks: [{ id: ids[1]!, rank: null }] });
    list = await t.call('delegates.list', { eventId });
    expect(list.find((d) => d.id === ids[1])!.precedenceRank).toBeNull();
    const other = await seeded(t, 1);
    expect(await t.raw('precedence.setRanks', { eventId, ranks: [{ id: other.ids[0]!, rank: 1 }] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('delegates.list while a write is under way', () => {
  it('waits for the transaction and never shows its uncommitted rows', async () => {
    const t = await testStore();
    const { eventId, cats } = await seeded(t, 2);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const writing = t.store.db
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('delegates')
          .values({ id: 'half', eventId, fullName: 'Nửa Chừng', nameKey: 'nửa chừng', title: null, organization: null, categoryId: cats[0]!.id, precedenceRank: null, phone: null, email: null, notes: null, status: 'invited', bridgePointId: null, appointmentDate: null, birthDate: null, createdAt: 't', updatedAt: 't' })
          .execute();
        await gate;
        throw new Error('rolled back');
      })
      .catch(() => 'rolled back');
    let listed: unknown[] | null = null;
    const listing = t.call('delegates.list', { eventId }).then((l) => (listed = l));
    await new Promise((r) => setTimeout(r, 50));
    expect(listed).toBeNull();
    release();
    expect(await writing).toBe('rolled back');
    await listing;
    expect(listed!.map((d) => (d as { id: string }).id)).not.toContain('half');
    expect(listed).toHaveLength(2);
  });
});
