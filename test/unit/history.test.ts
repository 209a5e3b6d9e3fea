import { describe, expect, it } from 'vitest';
import { eventColumn, RECORDED_TABLES, UNRECORDED_TABLES } from '../../db/history/registry';
import { contract } from '../../shared/contract';
import { CHANGE_LABELS } from '../../shared/contract/change-labels';
import { testStore, type TestStore } from './helpers/store';

async function seeded(t: TestStore) {
  const e = await t.call('events.create', { name: 'Hội nghị tổng kết', kind: 'review', startDate: '2027-01-08', organizer: 'Bộ Tài chính' });
  const cats = await t.call('categories.list', { eventId: e.id });
  const cat = cats.find((c) => c.code === 'delegate')!.id;
  const add = (fullName: string, title: string) => t.call('delegates.create', { eventId: e.id, fullName, title, categoryId: cat });
  return { eventId: e.id, cat, add };
}

/** Everything of an event, as the user would see it, to compare before and after. */
async function snapshot(t: TestStore, eventId: string) {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    delegates: byId(await t.call('delegates.list', { eventId })),
    categories: byId(await t.call('categories.list', { eventId })),
    rules: byId(await t.call('precedenceRules.list', { eventId })),
    event: await t.call('events.get', { id: eventId }),
  };
}

describe('the change history', () => {
  it('covers every table of the schema, recorded or excluded with a reason; every recorded table has its triggers', async () => {
    const t = await testStore();
    const tables = t.store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    const known = new Set<string>([...RECORDED_TABLES, ...Object.keys(UNRECORDED_TABLES)]);
    expect(tables.filter((n) => !known.has(n))).toEqual([]);
    const triggers = t.store.sqlite.prepare("SELECT name FROM sqlite_temp_master WHERE type = 'trigger'").pluck().all() as string[];
    for (const table of RECORDED_TABLES) for (const op of ['insert', 'update', 'delete']) expect(triggers).toContain(`history_${table}_${op}`);
    // Each recorded table has the two columns a change row takes from it: its id and its event's.
    for (const table of RECORDED_TABLES) {
      const columns = t.store.sqlite.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all();
      expect(columns).toContain('id');
      expect(columns).toContain(eventColumn(table));
      // STRICT: a value cannot change type unnoticed, which the update trigger's column test relies on.
      expect(t.store.sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table)).toMatch(/\)\s*STRICT\s*$/);
    }
  });

  it('names every write in both languages', () => {
    const writes = Object.entries(contract).filter(([name, e]) => e.write && !name.startsWith('history.'));
    expect(writes.map(([name]) => name).filter((name) => !CHANGE_LABELS[name])).toEqual([]);
  });

  it('records each write as one change set: its label, laptop, event and every row before and after', async () => {
    const t = await testStore();
    const { eventId, add } = await seeded(t);
    const d = await add('Trần Thanh Mẫn', 'Thứ trưởng');
    await t.call('delegates.update', { id: d.id, fullName: 'Trần Thanh Mẫn', categoryId: d.categoryId, title: 'Bộ trưởng' });
    const page = await t.call('history.list', { eventId });
    expect(page.entries.map((e) => e.label.vi)).toEqual(['Sửa đại biểu Trần Thanh Mẫn', 'Thêm đại biểu Trần Thanh Mẫn', 'Tạo hội nghị “Hội nghị tổng kết”']);
    expect(page.entries[0]).toMatchObject({ kind: 'change', eventId, rowCount: 1, undone: false, call: 'delegates.update' });
    expect(page.entries[0]!.laptop).toBeTruthy();
    const change = t.store.sqlite.prepare('SELECT op, before, after FROM changes WHERE set_id = ?').get(page.entries[0]!.id) as {
      op: string;
      before: string;
      after: string;
    };
    expect(change.op).toBe('update');
    expect(JSON.parse(change.before)).toMatchObject({ title: 'Thứ trưởng' });
    expect(JSON.parse(change.after)).toMatchObject({ title: 'Bộ trưởng' });
    expect(page.undo?.id).toBe(page.entries[0]!.id);
    // A refused write leaves no change set; a read makes none.
    expect(await t.raw('delegates.update', { id: d.id, fullName: '', categoryId: d.categoryId })).toMatchObject({ ok: false });
    expect(await t.raw('delegates.bulkUpdate', { eventId, ids: [d.id, 'gone'], set: { status: 'declined' } })).toMatchObject({ ok: false });
    expect((await t.call('history.list', { eventId })).entries).toHaveLength(3);
  });

  it("names the laptop as set in the app, else the computer's name; the name is checked like any input", async () => {
    const os = await import('node:os');
    const t = await testStore();
    const latest = async () => (await t.call('history.list', { eventId: null, limit: 1 })).entries[0]!.laptop;
    await t.call('events.create', { name: 'Một', kind: 'review', startDate: '2027-01-08' });
    expect(await latest()).toBe(os.hostname());
    expect((await t.call('settings.update', { laptopName: '  Bàn đón tiếp số 2 ' })).laptopName).toBe('Bàn đón tiếp số 2');
    await t.call('events.create', { name: 'Hai', kind: 'review', startDate: '2027-01-08' });
    expect(await latest()).toBe('Bàn đón tiếp số 2');
    expect((await t.call('app.info', {})).computerName).toBe(os.hostname());
    // Naming the laptop is not a change of the organizer's work: no change set.
    expect((await t.call('history.list', { eventId: null })).entries).toHaveLength(2);
    expect(await t.raw('settings.update', { laptopName: 'x'.repeat(61) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await t.call('settings.update', { laptopName: '   ' })).laptopName).toBeNull();
    await t.call('events.create', { name: 'Ba', kind: 'review', startDate: '2027-01-08' });
    expect(await latest()).toBe(os.hostname());
  });

  it('undoes and redoes an edit, a delete, a bulk edit and a bulk delete exactly', async () => {
    const t = await testStore();
    const { eventId, add } = await seeded(t);
    const a = await add('Nguyễn Văn An', 'Vụ trưởng');
    const b = await add('Lê Thị Bình', 'Thứ trưởng');
    const steps: (() => Promise<unknown>)[] = [
      () => t.call('delegates.update', { id: a.id, fullName: 'Nguyễn Văn Ân', categoryId: a.categoryId, title: 'Cục trưởng' }),
      () => t.call('delegates.delete', { id: b.id }),
      () => t.call('delegates.bulkUpdate', { eventId, ids: [a.id], set: { status: 'confirmed', organization: 'Vụ Pháp chế' } }),
      () => t.call('delegates.bulkDelete', { eventId, ids: [a.id] }),
    ];
    for (const step of steps) {
      const before = await snapshot(t, eventId);
      await step();
      const after = await snapshot(t, eventId);
      expect(after).not.toEqual(before);
      await t.call('history.undo', { eventId });
      expect(await snapshot(t, eventId)).toEqual(before);
      const { redone } = await t.call('history.redo', { eventId });
      expect(await snapshot(t, eventId)).toEqual(after);
      expect(redone.undone).toBe(false);
    }
    const labels = (await t.call('history.list', { eventId })).entries.map((e) => e.label.vi);
    expect(labels.slice(0, 3)).toEqual(['Làm lại: Xóa 1 đại biểu', 'Hoàn tác: Xóa 1 đại biểu', 'Xóa 1 đại biểu']);
    // Undo after a redo is named for the change itself, never "Hoàn tác: Làm lại: …".
    expect((await t.call('history.list', { eventId })).undo?.label.vi).toBe('Xóa 1 đại biểu');
    expect((await t.call('history.undo', { eventId })).undone.label.vi).toBe('Xóa 1 đại biểu');
    expect((await t.call('history.list', { eventId, limit: 1 })).entries[0]!.label.vi).toBe('Hoàn tác: Xóa 1 đại biểu');
  });

  it('undoes an import of many rows and the precedence changes', async () => {
    const t = await testStore();
    const demo = await t.call('events.createDemo', {});
    const eventId = demo.id;
    const order0 = await t.call('precedence.order', { eventId });
    const before = await snapshot(t, eventId);
    const [x, y] = order0.entries;
    await t.call('precedence.move', { eventId, delegateId: y!.id, overId: x!.id });
    await t.call('precedenceRules.add', { eventId, rule: { post: 'Tổng Giám đốc', level: 600 } });
    await t.call('precedence.saveSettings', { eventId, hostOrganizations: ['Chính phủ'], formerPosts: 'current-only', unrankedCategoryIds: [] });
    for (let i = 0; i < 3; i++) await t.call('history.undo', { eventId });
    expect(await snapshot(t, eventId)).toEqual(before);
    expect((await t.call('precedence.order', { eventId })).entries).toEqual(order0.entries);
    // And the demo's creation itself, from the events list (everyone's history).
    await t.call('history.undo', { eventId: null });
    expect(await t.call('events.list', {})).toEqual([]);
    expect(t.store.sqlite.prepare('SELECT count(*) FROM delegates').pluck().get()).toBe(0);
    await t.call('history.redo', { eventId: null });
    expect(await snapshot(t, eventId)).toEqual(before);
  });

  it('undoes the deletion of a whole event, with its delegates, categories and rules', async () => {
    const t = await testStore();
    const { eventId, add } = await seeded(t);
    await add('Nguyễn Văn An', 'Vụ trưởng');
    await t.call('bridgePoints.create', { eventId, name: 'Đà Nẵng' });
    const before = await snapshot(t, eventId);
    await t.call('events.delete', { id: eventId });
    expect(await t.call('events.list', {})).toEqual([]);
    const { undone } = await t.call('history.undo', { eventId: null });
    expect(undone.label.vi).toBe('Xóa hội nghị “Hội nghị tổng kết”');
    expect(await snapshot(t, eventId)).toEqual(before);
    expect(await t.call('bridgePoints.list', { eventId })).toHaveLength(1);
    expect(t.store.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses an undo whose rows were changed since, naming the later change, and changes nothing', async () => {
    const t = await testStore();
    const { eventId, add } = await seeded(t);
    const a = await add('Nguyễn Văn An', 'Vụ trưởng');
    await t.call('delegates.bulkUpdate', { eventId, ids: [a.id], set: { status: 'confirmed' } });
    // Another laptop's later edit, not undone first: the list's undo is scoped to everyone's newest.
    await t.call('delegates.update', { id: a.id, fullName: 'Nguyễn Văn An', categoryId: a.categoryId, title: 'Cục trưởng', status: 'confirmed' });
    const undone = await t.call('history.undo', { eventId });
    expect(undone.undone.label.vi).toBe('Sửa đại biểu Nguyễn Văn An');
    // Now edit the same row outside the undo chain, then try to undo the bulk edit below it.
    t.store.sqlite.prepare("UPDATE delegates SET notes = 'sửa tay' WHERE id = ?").run(a.id);
    const before = await snapshot(t, eventId);
    const r = await t.raw('history.undo', { eventId });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: { vi: expect.stringContaining('Không thể hoàn tác «Sửa 1 đại biểu»') } } });
    expect(await snapshot(t, eventId)).toEqual(before);
  });

  it('a later change names itself in the refusal; a new change ends what can be redone', async () => {
    const t = await testStore();
    const { eventId, add } = await seeded(t);
    const a = await add('Nguyễn Văn An', 'Vụ trưởng');
    await t.call('history.undo', { eventId });
    // Redo is named for what it brings back.
    expect((await t.call('history.list', { eventId })).redo?.label.vi).toBe('Thêm đại biểu Nguyễn Văn An');
    await add('Lê Thị Bình', 'Thứ trưởng');
    expect((await t.call('history.list', { eventId })).redo).toBeNull();
    expect(await t.raw('history.redo', { eventId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(a.id).toBeTruthy();
  });

  it('offers, and does, an undo of only the rows nobody changed since', async () => {
    const t = await testStore();
    const { eventId, cat } = await seeded(t);
    const csv = Buffer.from('\ufeffHọ và tên,Chức vụ\r\nNguyễn Văn An,Vụ trưởng\r\nLê Thị Bình,Thứ trưởng\r\n', 'utf8').toString('base64');
    const file = { fileName: 'ds.csv', dataBase64: csv };
    const ins = await t.call('import.inspect', { eventId, ...file });
    await t.call('import.commit', { eventId, ...file, headerRow: ins.headerRow, mapping: ins.columns.map((c) => c.field), duplicates: { all: 'skip' } });
    const an = (await t.call('delegates.list', { eventId })).find((d) => d.fullName === 'Nguyễn Văn An')!;
    // Edited since, then that edit's own change set set aside: the import is the newest undoable again.
    await t.call('delegates.update', { id: an.id, fullName: an.fullName, categoryId: cat, title: 'Cục trưởng' });
    t.store.sqlite.prepare("UPDATE change_sets SET undone_by = 'elsewhere' WHERE call = 'delegates.update'").run();
    const refused = await t.raw('history.undo', { eventId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { rows: 1, unchanged: 1 } } });
    const { undone } = await t.call('history.undo', { eventId, onlyUnchanged: true });
    expect(undone.label.vi).toBe('Nhập 2 đại biểu từ ds.csv');
    expect((await t.call('delegates.list', { eventId })).map((d) => [d.fullName, d.title])).toEqual([['Nguyễn Văn An', 'Cục trưởng']]);
    expect((await t.call('history.list', { eventId, limit: 1 })).entries[0]!.label.vi).toBe('Hoàn tác một phần: Nhập 2 đại biểu từ ds.csv');
    // Redo brings back exactly what that undo removed.
    await t.call('history.redo', { eventId });
    expect((await t.call('delegates.list', { eventId })).map((d) => d.fullName).sort()).toEqual(['Lê Thị Bình', 'Nguyễn Văn An']);
  });
});
