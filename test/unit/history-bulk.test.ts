import { describe, expect, it } from 'vitest';
import { insertMany } from '../../db/history/bulk';
import { beginChangeSet } from '../../db/history/record';
import { columnsOf, rowJson } from '../../db/history/triggers';
import { testStore } from './helpers/store';

const csv = (rows: string[]) => Buffer.from(['Họ và tên,Chức vụ,Đơn vị', ...rows].join('\n')).toString('base64');

describe("an import's rows, recorded in one statement after they are written", () => {
  it('records every new row, in file order, with the very JSON the triggers write; undo and redo take them exactly', async () => {
    const t = await testStore();
    const e = await t.call('events.create', { name: 'Hội nghị', kind: 'review', startDate: '2027-01-08' });
    const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];
    await t.call('import.commit', {
      eventId: e.id,
      fileName: 'ds.csv',
      dataBase64: csv(names.map((n, i) => `${n},Chuyên viên,Vụ ${i}`)),
      headerRow: 0,
      mapping: ['fullName', 'title', 'organization'],
      duplicates: { all: 'skip' },
    });
    const set = (await t.call('history.list', { eventId: e.id, limit: 1 })).entries[0]!;
    expect(set.label.vi).toBe('Nhập 4 đại biểu từ ds.csv');
    const sqlite = t.store.sqlite;
    const recorded = sqlite.prepare("SELECT row_id, after FROM changes WHERE set_id = ? AND tbl = 'delegates' AND op = 'insert' ORDER BY id").all(set.id) as {
      row_id: string;
      after: string;
    }[];
    expect(recorded.map((r) => (JSON.parse(r.after) as { full_name: string }).full_name)).toEqual(names);
    const live = sqlite.prepare(`SELECT ${rowJson('d', columnsOf(sqlite, 'delegates'))} FROM delegates AS d WHERE d.id = ?`).pluck();
    for (const r of recorded) expect(r.after).toBe(live.get(r.row_id));
    expect(set.rowCount).toBe(sqlite.prepare('SELECT count(*) FROM changes WHERE set_id = ?').pluck().get(set.id));
    expect(set.eventId).toBe(e.id);
    expect(sqlite.prepare('SELECT DISTINCT event_id FROM changes WHERE set_id = ?').pluck().all(set.id)).toEqual([e.id]);

    // The insert trigger is back: a delegate added by hand is recorded as before.
    const cat = (await t.call('categories.list', { eventId: e.id }))[0]!.id;
    const d = await t.call('delegates.create', { eventId: e.id, fullName: 'Đỗ Văn Em', categoryId: cat });
    const mine = (await t.call('history.list', { eventId: e.id, limit: 1 })).entries[0]!;
    expect(sqlite.prepare('SELECT after FROM changes WHERE set_id = ?').pluck().get(mine.id)).toBe(live.get(d.id));

    await t.call('history.undo', { eventId: e.id });
    await t.call('history.undo', { eventId: e.id });
    expect(await t.call('delegates.list', { eventId: e.id })).toEqual([]);
    await t.call('history.redo', { eventId: e.id });
    expect((await t.call('delegates.list', { eventId: e.id })).map((x) => x.fullName).sort()).toEqual([...names].sort());
  });

  it('a write that fails leaves no rows, no change rows, and the insert trigger in place', async () => {
    const t = await testStore();
    const e = await t.call('events.create', { name: 'Hội nghị', kind: 'review', startDate: '2027-01-08' });
    const sqlite = t.store.sqlite;
    const count = (sql: string) => sqlite.prepare(sql).pluck().get() as number;
    const changesBefore = count('SELECT count(*) FROM changes');
    const cat = sqlite.prepare('SELECT id FROM categories WHERE event_id = ? LIMIT 1').pluck().get(e.id) as string;
    const insert = sqlite.prepare(
      "INSERT INTO delegates (id, event_id, full_name, name_key, category_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', '')",
    );
    sqlite.exec('BEGIN');
    beginChangeSet(sqlite, 'import.commit', 'test');
    await expect(
      insertMany(sqlite, 'delegates', async () => {
        insert.run('a', e.id, 'A', 'a', cat);
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow('the disk is full');
    sqlite.exec('ROLLBACK');
    expect(count('SELECT count(*) FROM delegates')).toBe(0);
    expect(count('SELECT count(*) FROM changes')).toBe(changesBefore);
    expect(count("SELECT count(*) FROM sqlite_temp_master WHERE name = 'history_delegates_insert'")).toBe(1);
    // Outside a transaction it refuses: each row would commit on its own.
    await expect(insertMany(sqlite, 'delegates', async () => 0)).rejects.toThrow('inside the dispatch transaction');
  });
});
