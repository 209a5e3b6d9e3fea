import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName, listBackups, parseBackupName, rotateBackups } from '../../db/backup';
import { startBackupTimer } from '../../electron/main/auto-backup';
import { dispatch } from '../../electron/main/dispatch';
import { RECORDED_TABLES } from '../../db/history/registry';
import { tempDir, testStore } from './helpers/store';

describe('backups in rotation', () => {
  it('keeps every backup of the last 24 hours, then the newest of each day for 30 days; never the manual ones', () => {
    const dir = tempDir();
    const now = new Date(Date.UTC(2026, 11, 1, 12));
    const hours = (h: number) => new Date(now.getTime() - h * 3600_000);
    // The newest ten are kept whatever the clock says: ten from the last hour stand for them here.
    const recent = Array.from({ length: 10 }, (_, i) => backupFileName('periodic', new Date(now.getTime() - (i + 1) * 60_000)));
    const made = [...recent, ...[1, 2, 5, 20, 30, 33, 50, 24 * 29, 24 * 31, 24 * 40].map((h) => backupFileName('periodic', hours(h)))];
    made.push(backupFileName('manual', hours(24 * 60)), backupFileName('before-v3', hours(24 * 90)));
    for (const f of made) fs.writeFileSync(path.join(dir, f), 'x');
    const removed = rotateBackups(dir, now);
    const kept = listBackups(dir);
    // Last 24 h: all four. Then per day the newest: 30 h and 33 h are the same day (30 h kept), 50 h, 29 days.
    expect(kept).toEqual(
      [
        backupFileName('before-v3', hours(24 * 90)),
        backupFileName('manual', hours(24 * 60)),
        ...[24 * 29, 50, 30, 20, 5, 2, 1].map((h) => backupFileName('periodic', hours(h))),
        ...recent,
      ].sort(),
    );
    expect(removed.sort()).toEqual([33, 24 * 31, 24 * 40].map((h) => backupFileName('periodic', hours(h))).sort());
  });
});

describe('backups through dispatch', () => {
  it('lists what each backup holds, and restores one, after backing up the current data; all of it', async () => {
    const t = await testStore();
    const demo = await t.call('events.createDemo', {});
    await t.call('settings.update', { laptopName: 'Máy B' });
    const made = await t.call('backups.create', {});
    expect(made).toMatchObject({ reason: 'manual', events: 1, delegates: 198 });
    await t.call('settings.update', { laptopName: 'Máy A' });
    const before = await t.call('delegates.list', { eventId: demo.id });
    const rules = await t.call('precedenceRules.list', { eventId: demo.id });

    // Then a bad afternoon: most delegates deleted, a rule changed, a bridge point gone.
    await t.call('delegates.bulkDelete', { eventId: demo.id, ids: before.slice(0, 150).map((d) => d.id) });
    await t.call('precedenceRules.save', { eventId: demo.id, rules: [{ post: 'Bộ trưởng', level: 5 }] });
    const listed = await t.call('backups.list', {});
    expect(listed.backups[0]).toMatchObject({ file: made.file, delegates: 198 });

    const { restored, safety } = await t.call('backups.restore', { file: made.file });
    expect(restored.file).toBe(made.file);
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(await t.call('delegates.list', { eventId: demo.id }))).toEqual(byId(before));
    expect(byId(await t.call('precedenceRules.list', { eventId: demo.id }))).toEqual(byId(rules));
    expect(t.store.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(t.store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    // The afternoon is not lost: it is the backup taken before the restore.
    const safe = (await t.call('backups.list', {})).backups.find((b) => b.file === safety)!;
    expect(safe).toMatchObject({ reason: 'before-restore', delegates: 48 });
    // This laptop keeps its own name; the history's triggers are back, their journals in memory.
    expect((await t.call('settings.get', {})).laptopName).toBe('Máy A');
    expect(t.store.sqlite.pragma('temp_store', { simple: true })).toBe(2);
    expect(t.store.sqlite.prepare("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger'").pluck().get()).toBe(RECORDED_TABLES.length * 3);
    // Writes go on as usual afterwards, recorded in the history.
    await t.call('delegates.bulkDelete', { eventId: demo.id, ids: [before[0]!.id] });
    expect((await t.call('history.list', { eventId: demo.id, limit: 1 })).undo?.label.vi).toBe('Xóa 1 đại biểu');
    expect((await t.call('history.list', { eventId: demo.id, limit: 1 })).entries[0]!.laptop).toBe('Máy A');
  });

  it('refuses a name that is not a backup of the folder, and changes nothing', async () => {
    const t = await testStore();
    await t.call('events.createDemo', {});
    for (const file of ['../hoi-nghi.sqlite', 'hoi-nghi-2026-01-01T00-00-00Z-manual.sqlite', 'x.sqlite'])
      expect(await t.raw('backups.restore', { file })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(t.store.sqlite.prepare('SELECT count(*) FROM delegates').pluck().get()).toBe(198);
  });

  it('backs up before an import and before its undo, not before other writes; every ten minutes only when something changed', async () => {
    const t = await testStore();
    const { id: eventId } = await t.call('events.create', { name: 'Hội nghị', kind: 'review', startDate: '2027-01-08' });
    expect(listBackups(t.store.backupDir)).toEqual([]);
    const csv = Buffer.from('\ufeffHọ và tên,Chức vụ\r\nNguyễn Văn An,Vụ trưởng\r\nLê Thị Bình,Thứ trưởng\r\n', 'utf8').toString('base64');
    const file = { fileName: 'ds.csv', dataBase64: csv };
    const ins = await t.call('import.inspect', { eventId, ...file });
    await t.call('import.commit', { eventId, ...file, headerRow: ins.headerRow, mapping: ins.columns.map((c) => c.field), duplicates: { all: 'skip' } });
    expect(listBackups(t.store.backupDir, 'before-import')).toHaveLength(1);
    await t.call('history.undo', { eventId });
    expect(listBackups(t.store.backupDir, 'before-undo-import')).toHaveLength(1);
    await t.call('history.redo', { eventId });
    expect(listBackups(t.store.backupDir, 'before-undo-import')).toHaveLength(2);
    await t.call('categories.create', { eventId, label: 'Khách đặc biệt' });
    expect(listBackups(t.store.backupDir)).toHaveLength(3);

    const timer = startBackupTimer(t.store, () => undefined, 3_600_000);
    try {
      expect(await timer.tick()).toBe(false);
      await t.call('bridgePoints.create', { eventId, name: 'Đà Nẵng' });
      expect(await timer.tick()).toBe(true);
      expect(await timer.tick()).toBe(false);
      expect(listBackups(t.store.backupDir, 'periodic')).toHaveLength(1);
    } finally {
      timer.stop();
    }
  });
});

describe('backup names', () => {
  it('say when and why a backup was made, and nothing for what is not one', () => {
    const at = new Date('2026-11-22T07:30:05.123Z');
    for (const reason of ['periodic', 'before-import', 'before-undo-import', 'manual', 'before-v6'] as const)
      expect(parseBackupName(backupFileName(reason, at))).toEqual({ at: new Date('2026-11-22T07:30:05Z'), day: '2026-11-22', reason });
    for (const other of [
      'hoi-nghi.sqlite',
      'hoi-nghi-2026-11-22T07-30-05Z-periodic.sqlite.0b1c2d3e-0000-4000-8000-000000000000.tmp',
      'notes.txt',
      'hoi-nghi-2026-11-22T07-30-05Z-.sqlite',
    ])
      expect(parseBackupName(other)).toBeNull();
  });
});

describe('backups elsewhere, and the backups folder (the desktop app)', () => {
  const desktopChoosing = (dest: string | null) => {
    const opened: string[] = [];
    return {
      opened,
      desktop: {
        chooseBackupPath: async () => dest,
        openFolder: async (dir: string) => void opened.push(dir),
        savePdf: async () => null,
        savePdfData: async () => null,
        openLiveWindow: async () => {},
      },
    };
  };

  it('makes a checked backup where the organizer chose, adds .sqlite, and refuses the data file itself', async () => {
    const t = await testStore();
    await t.call('events.create', { name: 'Hội nghị', kind: 'review', startDate: '2027-01-08' });
    const usb = path.join(t.dir, 'usb', 'ban-sao');
    const ctx = (dest: string | null) => ({ store: t.store, appVersion: 'test', ...desktopChoosing(dest) });
    expect(await dispatch('backups.saveElsewhere', {}, ctx(usb))).toEqual({ ok: true, value: { file: `${usb}.sqlite` } });
    expect(fs.existsSync(`${usb}.sqlite`)).toBe(true);
    expect(await dispatch('backups.saveElsewhere', {}, ctx(null))).toEqual({ ok: true, value: { file: null } });
    expect(await dispatch('backups.saveElsewhere', {}, ctx(t.store.file))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: { vi: expect.stringContaining('đè lên chính tệp dữ liệu đang dùng') } },
    });
    const folder = desktopChoosing(null);
    expect(await dispatch('backups.openFolder', {}, { store: t.store, appVersion: 'test', desktop: folder.desktop })).toEqual({
      ok: true,
      value: { folder: t.store.backupDir },
    });
    expect(folder.opened).toEqual([t.store.backupDir]);
  });

  it('never writes over the data file by another route: a linked folder, a hard link, a side file', async () => {
    const t = await testStore();
    await t.call('events.create', { name: 'Hội nghị', kind: 'review', startDate: '2027-01-08' });
    const before = fs.readFileSync(t.store.file);
    const link = path.join(t.dir, 'link-to-data');
    fs.symlinkSync(path.dirname(t.store.file), link);
    const hard = path.join(t.dir, 'hard.sqlite');
    fs.linkSync(t.store.file, hard);
    for (const chosen of [path.join(link, path.basename(t.store.file)), path.join(link, `${path.basename(t.store.file)}-wal`), hard, `${t.store.file}-shm`]) {
      const r = await dispatch('backups.saveElsewhere', {}, { store: t.store, appVersion: 'test', ...desktopChoosing(chosen) });
      expect([chosen, r]).toMatchObject([chosen, { ok: false, error: { code: 'CONFLICT' } }]);
    }
    expect(fs.readFileSync(t.store.file).equals(before)).toBe(true);
    await t.call('events.create', { name: 'Sau đó', kind: 'review', startDate: '2027-01-09' });
    expect((await t.call('events.list', {})).map((e) => e.name).sort()).toEqual(['Hội nghị', 'Sau đó']);
  });

  it('does not overwrite a file the dialog never asked about, and waits for a write in progress', async () => {
    const t = await testStore();
    const e = await t.call('events.create', { name: 'Hội nghị', kind: 'review', startDate: '2027-01-08' });
    const existing = path.join(t.dir, 'usb', 'ban-sao.sqlite');
    fs.mkdirSync(path.dirname(existing));
    fs.writeFileSync(existing, 'kept');
    const ctx = (dest: string) => ({ store: t.store, appVersion: 'test', ...desktopChoosing(dest) });
    expect(await dispatch('backups.saveElsewhere', {}, ctx(existing.replace(/\.sqlite$/, '')))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(fs.readFileSync(existing, 'utf8')).toBe('kept');

    // Asked for during an import: it waits for the import's transaction, then copies all of it or none.
    const rows = Array.from({ length: 3000 }, (_, i) => `Nguyễn Văn ${i},Chuyên viên,Vụ ${i % 40}`);
    const dataBase64 = Buffer.from(['Họ và tên,Chức vụ,Đơn vị', ...rows].join('\n')).toString('base64');
    const dest = path.join(t.dir, 'usb', 'giua-luc-nhap.sqlite');
    const [imported, saved] = await Promise.all([
      t.call('import.commit', {
        eventId: e.id,
        fileName: 'ds.csv',
        dataBase64,
        headerRow: 0,
        mapping: ['fullName', 'title', 'organization'],
        duplicates: { all: 'skip' },
      }),
      dispatch('backups.saveElsewhere', {}, ctx(dest)),
    ]);
    expect(imported.added).toBe(3000);
    expect(saved).toEqual({ ok: true, value: { file: dest } });
    const copy = new Database(dest, { readonly: true });
    expect([0, 3000]).toContain(copy.prepare('SELECT count(*) FROM delegates').pluck().get());
    copy.close();
    expect(fs.readdirSync(t.store.backupDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says plainly, in both languages, that the preview in a browser cannot open the dialogs', async () => {
    const t = await testStore();
    for (const name of ['backups.saveElsewhere', 'backups.openFolder'])
      expect(await t.raw(name, {})).toMatchObject({
        ok: false,
        error: { code: 'UNAVAILABLE', message: { vi: expect.stringContaining('ứng dụng Hội Nghị trên máy'), en: expect.stringContaining('desktop app') } },
      });
  });
});
