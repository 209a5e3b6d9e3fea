import { describe, expect, it } from 'vitest';
import { testStore, type TestStore } from './helpers/store';

async function seeded(t: TestStore, n = 5) {
  const e = await t.call('events.create', { name: 'Hội nghị', kind: 'review', startDate: '2027-01-08' });
  const cats = await t.call('categories.list', { eventId: e.id });
  const ids: string[] = [];
  for (let i = 0; i < n; i++)
    ids.push(
      (
        await t.call('delegates.create', {
          eventId: e.id,
          fullName: `Nguyễn Văn ${String.fromCharCode(65 + i)}`,
          categoryId: cats[0]!.id,
          organization: 'Vụ Pháp chế',
        })
      ).id,
    );
  return { eventId: e.id, cats, ids };
}

describe('bulk actions', () => {
  it('sets status, category, organization and bridge point on many delegates at once', async () => {
    const t = await testStore();
    const { eventId, cats, ids } = await seeded(t);
    const point = await t.call('bridgePoints.create', { eventId, name: 'Đà Nẵng' });
    expect(await t.call('bridgePoints.create', { eventId, name: ' ĐÀ  NẴNG ' })).toEqual(point);
    const r = await t.call('delegates.bulkUpdate', {
      eventId,
      ids: ids.slice(0, 3),
      set: { status: 'confirmed', categoryId: cats[1]!.id, bridgePointId: point.id, organization: 'Cục Sở hữu trí tuệ' },
    });
    expect(r.updated.map((d) => d.id).sort()).toEqual(ids.slice(0, 3).sort());
    const list = await t.call('delegates.list', { eventId });
    const changed = list.filter((d) => ids.slice(0, 3).includes(d.id));
    expect(
      changed.every((d) => d.status === 'confirmed' && d.categoryId === cats[1]!.id && d.bridgePointId === point.id && d.organization === 'Cục Sở hữu trí tuệ'),
    ).toBe(true);
    expect(list.filter((d) => d.status === 'invited')).toHaveLength(2);
  });

  it('answers with the rows as stored: the unit cleaned, not as typed', async () => {
    const t = await testStore();
    const { eventId, ids } = await seeded(t, 3);
    const { updated } = await t.call('delegates.bulkUpdate', { eventId, ids: [ids[0]!, ids[1]!, ids[0]!], set: { organization: '  Cục   Sở hữu trí tuệ ' } });
    expect(updated).toHaveLength(2);
    expect(updated.map((d) => d.organization)).toEqual(['Cục Sở hữu trí tuệ', 'Cục Sở hữu trí tuệ']);
    const stored = (await t.call('delegates.list', { eventId })).filter((d) => d.id === ids[0] || d.id === ids[1]);
    const byId = (xs: typeof stored) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    // Exactly what a reload would show, updatedAt included.
    expect(byId(updated)).toEqual(byId(stored));
    // A blank unit is stored as none.
    const cleared = await t.call('delegates.bulkUpdate', { eventId, ids: [ids[2]!], set: { organization: '   ' } });
    expect(cleared.updated[0]!.organization).toBeNull();
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

  it('deletes many and puts them back exactly with the change history (undo), only that delete', async () => {
    const t = await testStore();
    const { eventId, ids } = await seeded(t);
    const before = await t.call('delegates.list', { eventId });
    const { deleted } = await t.call('delegates.bulkDelete', { eventId, ids: ids.slice(1, 4) });
    expect(deleted.map((d) => d.id).sort()).toEqual(ids.slice(1, 4).sort());
    expect(await t.call('delegates.list', { eventId })).toHaveLength(2);
    const { undo } = await t.call('history.list', { eventId, limit: 1 });
    expect(undo?.label.vi).toBe('Xóa 3 đại biểu');
    const byId = (xs: typeof before) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    await t.call('history.undo', { eventId, changeSetId: undo!.id });
    expect(byId(await t.call('delegates.list', { eventId }))).toEqual(byId(before));
    // The toast's undo names its change: once something else was done, it is refused, changing nothing.
    const again = await t.call('delegates.bulkDelete', { eventId, ids: ids.slice(0, 1) });
    const second = (await t.call('history.list', { eventId, limit: 1 })).undo!.id;
    await t.call('delegates.bulkUpdate', { eventId, ids: ids.slice(1, 2), set: { status: 'declined' } });
    const r = await t.raw('history.undo', { eventId, changeSetId: second });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await t.call('delegates.list', { eventId })).toHaveLength(4);
    expect(again.deleted).toHaveLength(1);
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
          .values({
            id: 'half',
            eventId,
            fullName: 'Nửa Chừng',
            nameKey: 'nửa chừng',
            title: null,
            organization: null,
            categoryId: cats[0]!.id,
            precedenceLevel: null,
            precedenceLevelOf: null,
            precedenceOrder: null,
            precedenceOrderLevel: null,
            phone: null,
            email: null,
            notes: null,
            status: 'invited',
            bridgePointId: null,
            appointmentDate: null,
            birthDate: null,
            createdAt: 't',
            updatedAt: 't',
          })
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
