import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../db/backup';
import { RECORDED_TABLES } from '../../db/history/registry';
import { count, delegateByName, dump, editDelegate, exportEvent, importFile } from './helpers/event-file';
import { testStore, type TestStore } from './helpers/store';

async function laptop(name: string): Promise<TestStore> {
  const t = await testStore();
  await t.call('settings.update', { laptopName: name });
  return t;
}

/** Laptop A with an event of three delegates, one checked in; B empty. */
async function twoLaptops() {
  const a = await laptop('Bàn đăng ký');
  const b = await laptop('Tổ xếp chỗ');
  const e = await a.call('events.create', { name: 'Hội nghị tổng kết', kind: 'review', startDate: '2027-01-08' });
  const cat = (await a.call('categories.list', { eventId: e.id }))[0]!;
  for (const n of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'])
    await a.call('delegates.create', { eventId: e.id, fullName: n, categoryId: cat.id, organization: 'Sở Tài chính' });
  return { a, b, eventId: e.id, categoryId: cat.id };
}

const rowsOf = (t: TestStore, eventId: string) => {
  const d = dump(t);
  return Object.fromEntries(
    Object.entries(d).map(([table, rows]) => [table, (rows as Record<string, unknown>[]).filter((r) => (table === 'events' ? r.id : r.event_id) === eventId)]),
  );
};

const bytes = (b64: string) => Buffer.from(b64, 'base64');
const b64 = (buf: Buffer) => buf.toString('base64');

describe('event files: export and import', () => {
  it('an event new to the laptop comes whole: every recorded table identical, and its history', async () => {
    const { a, b, eventId } = await twoLaptops();
    const d = await delegateByName(a, eventId, 'Trần Thị Bình');
    await a.call('checkin.checkIn', { eventId, delegateId: d.id });
    const file = await exportEvent(a, eventId);
    expect(bytes(file).subarray(0, 19).toString()).toBe('HOINGHI-EVENT-FILE\n');

    const s = await importFile(b, file);
    expect(s.mode).toBe('new');
    expect(count(s, 'delegates').added).toBe(3);
    expect(rowsOf(b, eventId)).toEqual(rowsOf(a, eventId));
    for (const table of RECORDED_TABLES) expect(rowsOf(b, eventId)[table], table).toEqual(rowsOf(a, eventId)[table]);

    // The history came too, under the laptop it was made on, and the import is one entry above it.
    const history = await b.call('history.list', { eventId, limit: 100 });
    const fromA = (await a.call('history.list', { eventId, limit: 100 })).entries;
    expect(history.entries[0]!.label.vi).toContain('từ tệp sự kiện của Bàn đăng ký');
    expect(history.entries.slice(1).map((x) => [x.id, x.laptop, x.label.vi])).toEqual(fromA.map((x) => [x.id, x.laptop, x.label.vi]));
    // Ctrl+Z takes the import back: the event is gone; the copied history is not this laptop's to undo.
    expect(history.undo!.id).toBe(history.entries[0]!.id);
    await b.call('history.undo', { eventId: null });
    expect((await b.call('events.list', {})).length).toBe(0);
    expect((await b.call('history.list', { eventId: null, limit: 10 })).undo).toBeNull();
  });

  it('a change made on B only comes back to A; the same file twice changes nothing', async () => {
    const { a, b, eventId } = await twoLaptops();
    await importFile(b, await exportEvent(a, eventId));
    await editDelegate(b, await delegateByName(b, eventId, 'Lê Văn Cường'), { phone: '0912345678', title: 'Giám đốc' });
    const fromB = await exportEvent(b, eventId);

    const s = await importFile(a, fromB);
    expect(s.mode).toBe('merge');
    expect(s.conflicts).toEqual([]);
    expect(count(s, 'delegates').updated).toBe(1);
    const c = await delegateByName(a, eventId, 'Lê Văn Cường');
    expect([c.phone, c.title]).toEqual(['0912 345 678', 'Giám đốc']);
    const history = await a.call('history.list', { eventId, limit: 5 });
    expect(history.entries[0]!.label).toEqual({ vi: 'Gộp tệp sự kiện từ Tổ xếp chỗ', en: 'Merged the event file from Tổ xếp chỗ' });

    const before = dump(a);
    const again = await importFile(a, fromB);
    expect(again.nothingNew).toBe(true);
    expect(dump(a)).toEqual(before);
    expect((await a.call('history.list', { eventId, limit: 5 })).entries[0]!.id).toBe(history.entries[0]!.id);

    // And back to B: A's merge brings B nothing new either, and A → B → A keeps working.
    const s2 = await importFile(b, await exportEvent(a, eventId));
    expect(s2.tables.every((t) => t.added + t.updated + t.deleted === 0)).toBe(true);
    expect(rowsOf(b, eventId).delegates).toEqual(rowsOf(a, eventId).delegates);
  });

  it('different fields edited on the two laptops are both taken; the same field is a conflict chosen each way', async () => {
    for (const pick of ['mine', 'theirs'] as const) {
      const { a, b, eventId } = await twoLaptops();
      await importFile(b, await exportEvent(a, eventId));
      await editDelegate(a, await delegateByName(a, eventId, 'Nguyễn Văn An'), { email: 'an@so.gov.vn', notes: 'Ghế đầu' });
      await editDelegate(b, await delegateByName(b, eventId, 'Nguyễn Văn An'), { phone: '0987654321', notes: 'Đi muộn' });

      const file = await exportEvent(b, eventId);
      const preview = await a.call('eventFile.preview', { dataBase64: file });
      expect(preview.conflicts.map((c) => [c.record, c.field, c.fieldLabel?.vi, c.mine, c.theirs])).toEqual([
        ['Nguyễn Văn An', 'notes', 'Ghi chú', 'Ghế đầu', 'Đi muộn'],
      ]);
      expect(preview.conflicts[0]!.mineBy!.laptop).toBe('Bàn đăng ký');
      expect(preview.conflicts[0]!.theirsBy!.laptop).toBe('Tổ xếp chỗ');
      const s = await importFile(a, file, { [preview.conflicts[0]!.key]: pick });
      expect(s.conflicts[0]!.choice).toBe(pick);
      const an = await delegateByName(a, eventId, 'Nguyễn Văn An');
      expect([an.email, an.phone, an.notes]).toEqual(['an@so.gov.vn', '0987 654 321', pick === 'mine' ? 'Ghế đầu' : 'Đi muộn']);
      // Decided once, not asked again.
      const again = await a.call('eventFile.preview', { dataBase64: file });
      expect([again.nothingNew, again.conflicts]).toEqual([true, []]);
    }
  });

  it('deleted on one side and untouched on the other: deleted; deleted and edited: a conflict', async () => {
    const { a, b, eventId } = await twoLaptops();
    await importFile(b, await exportEvent(a, eventId));
    await b.call('delegates.delete', { id: (await delegateByName(b, eventId, 'Trần Thị Bình')).id });
    await b.call('delegates.delete', { id: (await delegateByName(b, eventId, 'Lê Văn Cường')).id });
    await editDelegate(a, await delegateByName(a, eventId, 'Lê Văn Cường'), { title: 'Phó Giám đốc' });

    const file = await exportEvent(b, eventId);
    const preview = await a.call('eventFile.preview', { dataBase64: file });
    expect(preview.conflicts.map((c) => [c.kind, c.record, c.deleted])).toEqual([['row', 'Lê Văn Cường', 'theirs']]);
    const s = await importFile(a, file, {}, 'theirs');
    expect(count(s, 'delegates').deleted).toBe(2);
    expect((await a.call('delegates.list', { eventId })).map((d) => d.fullName)).toEqual(['Nguyễn Văn An']);
  });

  it('the same delegate checked in on both laptops is one check-in, the earlier', async () => {
    const { a, b, eventId } = await twoLaptops();
    await importFile(b, await exportEvent(a, eventId));
    const an = await delegateByName(a, eventId, 'Nguyễn Văn An');
    const binh = await delegateByName(a, eventId, 'Trần Thị Bình');
    const first = await b.call('checkin.checkIn', { eventId, delegateId: an.id });
    await a.call('checkin.checkIn', { eventId, delegateId: an.id });
    await b.call('checkin.checkIn', { eventId, delegateId: binh.id });

    const s = await importFile(a, await exportEvent(b, eventId));
    expect(s.checkInsAlreadyHere).toBe(1);
    expect(s.conflicts).toEqual([]);
    const rows = a.store.sqlite.prepare('SELECT delegate_id, checked_at, desk FROM check_ins WHERE event_id = ? ORDER BY delegate_id').all(eventId);
    expect(rows).toHaveLength(2);
    expect(rows).toContainEqual({ delegate_id: an.id, checked_at: first.checkIn.checkedAt, desk: 'Tổ xếp chỗ' });
    // Back on B: the same two, no double entry.
    await importFile(b, await exportEvent(a, eventId));
    expect(b.store.sqlite.prepare('SELECT count(*) FROM check_ins').pluck().get()).toBe(2);
  });

  it("A → B → C → A → B: each laptop's changes reach the others once, with no false conflict", async () => {
    const { a, b, eventId } = await twoLaptops();
    const c = await laptop('Tổ kịch bản');
    await importFile(b, await exportEvent(a, eventId));
    await editDelegate(b, await delegateByName(b, eventId, 'Nguyễn Văn An'), { title: 'Giám đốc Sở' });
    await importFile(c, await exportEvent(b, eventId));
    await editDelegate(c, await delegateByName(c, eventId, 'Trần Thị Bình'), { title: 'Phó Giám đốc Sở' });
    await editDelegate(a, await delegateByName(a, eventId, 'Lê Văn Cường'), { notes: 'Đến muộn' });

    const intoA = await importFile(a, await exportEvent(c, eventId));
    expect(intoA.conflicts).toEqual([]);
    expect(count(intoA, 'delegates').updated).toBe(2);
    // B hears of C's edit through A (A remembers it merged C's sets, B's own come back as known).
    const intoB = await importFile(b, await exportEvent(a, eventId));
    expect(intoB.conflicts).toEqual([]);
    expect(count(intoB, 'delegates').updated).toBe(2);
    for (const t of [a, b]) {
      const titles = (await t.call('delegates.list', { eventId })).map((d) => [d.fullName, d.title, d.notes]);
      expect(titles).toEqual(
        expect.arrayContaining([
          ['Nguyễn Văn An', 'Giám đốc Sở', null],
          ['Trần Thị Bình', 'Phó Giám đốc Sở', null],
          ['Lê Văn Cường', null, 'Đến muộn'],
        ]),
      );
    }
    expect(rowsOf(b, eventId).delegates).toEqual(rowsOf(a, eventId).delegates);
    expect((await importFile(a, await exportEvent(b, eventId))).nothingNew).toBe(true);
  });

  it('a change undone after the other laptop merged it: the undo reaches it, and its file does not bring the change back', async () => {
    const { a, b, eventId, categoryId } = await twoLaptops();
    await importFile(b, await exportEvent(a, eventId));
    await a.call('delegates.create', { eventId, fullName: 'Phạm Văn Nhầm', categoryId });
    await importFile(b, await exportEvent(a, eventId));
    expect((await b.call('delegates.list', { eventId })).map((d) => d.fullName)).toContain('Phạm Văn Nhầm');
    await a.call('history.undo', { eventId });
    const names = async (t: TestStore) => (await t.call('delegates.list', { eventId })).map((d) => d.fullName);
    // B's file, made before it heard of the undo, still holds the delegate: not put back on A.
    const back = await importFile(a, await exportEvent(b, eventId));
    expect(back.conflicts).toEqual([]);
    expect(await names(a)).not.toContain('Phạm Văn Nhầm');
    // A's file takes the undo to B.
    const s = await importFile(b, await exportEvent(a, eventId));
    expect(s.conflicts).toEqual([]);
    expect(count(s, 'delegates').deleted).toBe(1);
    expect(await names(b)).not.toContain('Phạm Văn Nhầm');
  });

  it('a field set back to its earlier value after the other laptop merged the change stays set back, with no conflict', async () => {
    const { a, b, eventId } = await twoLaptops();
    const title = async (t: TestStore) => (await delegateByName(t, eventId, 'Trần Thị Bình')).title;
    await editDelegate(a, await delegateByName(a, eventId, 'Trần Thị Bình'), { title: 'Giám đốc' });
    await importFile(b, await exportEvent(a, eventId));
    await editDelegate(a, await delegateByName(a, eventId, 'Trần Thị Bình'), { title: 'Phó Giám đốc' });
    await importFile(b, await exportEvent(a, eventId));
    expect(await title(b)).toBe('Phó Giám đốc');
    await editDelegate(a, await delegateByName(a, eventId, 'Trần Thị Bình'), { title: 'Giám đốc' });
    const s = await importFile(a, await exportEvent(b, eventId));
    expect(s.conflicts).toEqual([]);
    expect(await title(a)).toBe('Giám đốc');
    // And the same the other way: B sets it back, A merged it before.
    await importFile(b, await exportEvent(a, eventId));
    expect(await title(b)).toBe('Giám đốc');
    await editDelegate(b, await delegateByName(b, eventId, 'Trần Thị Bình'), { title: 'Chánh Văn phòng' });
    await importFile(a, await exportEvent(b, eventId));
    await editDelegate(b, await delegateByName(b, eventId, 'Trần Thị Bình'), { title: 'Giám đốc' });
    const s2 = await importFile(a, await exportEvent(b, eventId));
    expect(s2.conflicts).toEqual([]);
    expect(await title(a)).toBe('Giám đốc');
  });

  describe('merges, undos and chains never silently drop an edit (sequences found by review)', () => {
    const titleOf = async (t: TestStore, eventId: string) => (await delegateByName(t, eventId, 'Trần Thị Bình')).title;
    const setTitle = async (t: TestStore, eventId: string, title: string | null) =>
      editDelegate(t, await delegateByName(t, eventId, 'Trần Thị Bình'), { title } as never);
    /** One laptop's event file merged into another's. */
    const send = async (from: TestStore, to: TestStore, eventId: string, otherwise: 'mine' | 'theirs' = 'mine') =>
      importFile(to, await exportEvent(from, eventId), {}, otherwise);
    /** A's event on B and C too. */
    const threeLaptops = async () => {
      const two = await twoLaptops();
      const c = await laptop('Tổ kịch bản');
      await send(two.a, two.b, two.eventId);
      await send(two.a, c, two.eventId);
      return { ...two, c };
    };

    it('B undoes its merge of A’s edit after A saw that merge: A keeps its own edit, and no bookkeeping conflict shows', async () => {
      const { a, b, eventId } = await twoLaptops();
      await send(a, b, eventId);
      await editDelegate(b, await delegateByName(b, eventId, 'Trần Thị Bình'), { phone: '0912345678' });
      await setTitle(a, eventId, 'Giám đốc');
      await send(a, b, eventId);
      await send(b, a, eventId);
      await b.call('history.undo', { eventId });
      const s = await send(b, a, eventId);
      expect(s.conflicts.filter((c) => c.table !== 'delegates' || c.field !== 'title')).toEqual([]);
      expect(await titleOf(a, eventId)).toBe('Giám đốc');
    });

    it('a delegate let in on both, the duplicate settled, then taken back on A: B still has him checked in, or is asked', async () => {
      const { a, b, eventId } = await twoLaptops();
      await send(a, b, eventId);
      const binh = await delegateByName(a, eventId, 'Trần Thị Bình');
      await a.call('checkin.checkIn', { eventId, delegateId: binh.id });
      await b.call('checkin.checkIn', { eventId, delegateId: binh.id });
      await send(a, b, eventId);
      await send(b, a, eventId);
      await a.call('checkin.undo', { eventId, delegateId: binh.id });
      await send(a, b, eventId);
      expect(b.store.sqlite.prepare('SELECT count(*) FROM check_ins WHERE delegate_id = ?').pluck().get(binh.id)).toBe(1);
    });

    it('a merge undone and redone on B is still an echo: A’s title set back stays set back', async () => {
      const { a, b, eventId } = await twoLaptops();
      await send(a, b, eventId);
      await setTitle(a, eventId, 'Giám đốc');
      await send(a, b, eventId);
      await b.call('history.undo', { eventId });
      await b.call('history.redo', { eventId });
      await setTitle(a, eventId, null);
      await send(b, a, eventId);
      expect(await titleOf(a, eventId)).toBeNull();
    });

    it('a conflict B answered with A’s value, then A sets the field back: A’s value now is kept or asked, never B’s old one taken', async () => {
      const { a, b, eventId } = await twoLaptops();
      await send(a, b, eventId);
      await setTitle(b, eventId, 'Phó Giám đốc');
      await setTitle(a, eventId, 'Giám đốc');
      await importFile(b, await exportEvent(a, eventId), {}, 'theirs');
      expect(await titleOf(b, eventId)).toBe('Giám đốc');
      await setTitle(a, eventId, null);
      await send(b, a, eventId);
      expect(await titleOf(a, eventId)).toBeNull();
    });

    it('two laptops set the same title, a third relays one and edits another field: the title is still asked', async () => {
      const { a, b, c, eventId } = await threeLaptops();
      await setTitle(a, eventId, 'Giám đốc');
      await setTitle(b, eventId, 'Phó Giám đốc');
      await send(b, c, eventId);
      await editDelegate(c, await delegateByName(c, eventId, 'Trần Thị Bình'), { notes: 'Đến muộn' });
      const s = await send(c, a, eventId);
      expect(s.conflicts.map((x) => x.field)).toEqual(['title']);
    });

    it('a title cleared on C reaches A through B, who merged it: the merge carries C’s own change along', async () => {
      const { a, b, c, eventId } = await threeLaptops();
      await setTitle(a, eventId, 'Giám đốc');
      await send(a, b, eventId);
      await send(a, c, eventId);
      await setTitle(c, eventId, null);
      await send(c, b, eventId);
      await editDelegate(a, await delegateByName(a, eventId, 'Trần Thị Bình'), { notes: 'Đến muộn' });
      const s = await send(b, a, eventId);
      expect(s.conflicts).toEqual([]);
      expect(await titleOf(a, eventId)).toBeNull();
      await send(a, b, eventId);
      expect(await titleOf(b, eventId)).toBeNull();
    });

    it('an edit A undid does not come back to B through C, who had merged it before the undo', async () => {
      const { a, b, c, eventId } = await threeLaptops();
      await setTitle(a, eventId, 'Giám đốc');
      await send(a, c, eventId);
      await a.call('history.undo', { eventId });
      await editDelegate(a, await delegateByName(a, eventId, 'Nguyễn Văn An'), { notes: 'Đến muộn' });
      await send(a, b, eventId);
      const s = await send(c, b, eventId);
      expect(s.conflicts).toEqual([]);
      expect(await titleOf(b, eventId)).toBeNull();
    });

    it('a delegate deleted on A while B checked him in: asked, not dropped with the check-in', async () => {
      const { a, b, eventId } = await twoLaptops();
      await send(a, b, eventId);
      const binh = await delegateByName(a, eventId, 'Trần Thị Bình');
      await a.call('delegates.delete', { id: binh.id });
      await b.call('checkin.checkIn', { eventId, delegateId: binh.id });
      const s = await importFile(a, await exportEvent(b, eventId), {}, 'theirs');
      expect(s.conflicts.map((x) => [x.kind, x.table, x.rowId])).toEqual([['row', 'delegates', binh.id]]);
      expect(a.store.sqlite.prepare('SELECT count(*) FROM check_ins WHERE delegate_id = ?').pluck().get(binh.id)).toBe(1);
    });

    it('A → C → B → A with the field set back on A meanwhile: A’s value stays', async () => {
      const { a, b, c, eventId } = await threeLaptops();
      await setTitle(a, eventId, 'Giám đốc');
      await send(a, c, eventId);
      await send(c, b, eventId);
      await setTitle(a, eventId, null);
      await send(b, a, eventId);
      expect(await titleOf(a, eventId)).toBeNull();
    });
  });

  it('undoing the merge restores the database exactly (a backup before each), and the file can then be merged again', async () => {
    const { a, b, eventId } = await twoLaptops();
    await importFile(b, await exportEvent(a, eventId));
    await editDelegate(b, await delegateByName(b, eventId, 'Trần Thị Bình'), { title: 'Chánh Văn phòng' });
    await b.call('delegates.create', { eventId, fullName: 'Phạm Văn Dũng', categoryId: (await b.call('categories.list', { eventId }))[0]!.id });
    const file = await exportEvent(b, eventId);
    const before = dump(a);
    await importFile(a, file);
    expect(dump(a)).not.toEqual(before);
    expect(listBackups(a.store.backupDir, 'before-event-file')).toHaveLength(1);
    const carried = () => a.store.sqlite.prepare('SELECT count(*) FROM change_sets WHERE carried_by IS NOT NULL').pluck().get() as number;
    expect(carried()).toBeGreaterThan(0);
    await a.call('history.undo', { eventId });
    expect(dump(a)).toEqual(before);
    // The sets the merge carried in are forgotten with it: merging the file again brings them back.
    expect(carried()).toBe(0);
    expect(listBackups(a.store.backupDir, 'before-undo-import')).toHaveLength(1);
    const again = await importFile(a, file);
    expect(count(again, 'delegates')).toMatchObject({ added: 1, updated: 1 });
  });
});

describe('event files: a bad file changes nothing', () => {
  async function refused(t: TestStore, data: string) {
    const before = dump(t);
    const r = await t.raw('eventFile.import', { dataBase64: data });
    expect(r.ok).toBe(false);
    expect(dump(t)).toEqual(before);
    return r.ok ? null : r.error;
  }

  it('tampered, truncated, of another kind, newer, or naming another event', async () => {
    const { a, eventId } = await twoLaptops();
    const good = bytes(await exportEvent(a, eventId));
    const b = await laptop('B');

    const flipped = Buffer.from(good);
    flipped[flipped.length - 40]! ^= 0x01;
    expect((await refused(b, b64(flipped)))!.message.en).toMatch(/checksum/);
    expect((await refused(b, b64(good.subarray(0, good.length - 100))))!.message.en).toMatch(/cut short/);
    expect((await refused(b, b64(good.subarray(0, 10))))!.message.en).toMatch(/cut short/);
    expect((await refused(b, b64(Buffer.from('PK\u0003\u0004 not ours'))))!.message.en).toMatch(/not a Hội Nghị event file/);

    // A header rewritten by hand: a newer format or schema.
    const nl = good.indexOf(0x0a, 19);
    const header = JSON.parse(good.subarray(19, nl).toString()) as Record<string, unknown>;
    const withHeader = (h: Record<string, unknown>, body = good.subarray(nl + 1)) =>
      b64(Buffer.concat([good.subarray(0, 19), Buffer.from(`${JSON.stringify(h)}\n`), body]));
    const newer = await refused(b, withHeader({ ...header, formatVersion: 2, appVersion: '9.9.9' }));
    expect(newer!.message).toEqual({
      vi: 'Tệp này được tạo bởi phiên bản Hội Nghị mới hơn (9.9.9). Hãy cập nhật ứng dụng rồi mở lại tệp. Không có gì bị thay đổi.',
      en: 'This file was made by a newer version of Hội Nghị (9.9.9). Update the app, then open the file again. Nothing was changed.',
    });
    expect((await refused(b, withHeader({ ...header, schemaVersion: 99 })))!.message.en).toMatch(/newer version/);

    // A body re-signed after its rows were made to name another event: valid checksum, refused shape.
    const payload = JSON.parse(gunzipSync(good.subarray(nl + 1)).toString()) as { tables: Record<string, { columns: string[]; rows: unknown[][] }> };
    const d = payload.tables.delegates!;
    d.rows[0]![d.columns.indexOf('event_id')] = 'another-event';
    const body = gzipSync(Buffer.from(JSON.stringify(payload)));
    const { createHash } = await import('node:crypto');
    const resigned = withHeader({ ...header, sha256: createHash('sha256').update(body).digest('hex'), bytes: body.length }, body);
    const wrong = await refused(b, resigned);
    expect(wrong!.code).toBe('BAD_FILE');
    expect(wrong!.details).toEqual({ issue: 'a row of delegates belongs to another event' });
    // And an unknown column is refused the same way.
    d.rows[0]![d.columns.indexOf('event_id')] = eventId;
    d.columns.push('secret');
    for (const r of d.rows) r.push(1);
    const body2 = gzipSync(Buffer.from(JSON.stringify(payload)));
    const unknown = await refused(b, withHeader({ ...header, sha256: createHash('sha256').update(body2).digest('hex'), bytes: body2.length }, body2));
    expect(unknown!.details).toEqual({ issue: 'unknown column delegates.secret' });
  });
});
