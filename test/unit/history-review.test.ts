import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { backupFileName, listBackups, rotateBackups } from '../../db/backup';
import { openStore } from '../../db/connection';
import { migrations } from '../../db/migrations';
import { dispatch } from '../../electron/main/dispatch';
import type { DomainError } from '../../shared/result';
import { tempDir, testStore } from './helpers/store';

describe('the history holds across what comes later', () => {
  it('undoes a change recorded before a migration added a column; the re-inserted row takes the default', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'hoi-nghi.sqlite');
    const s1 = await openStore(file);
    const ctx1 = { store: s1, appVersion: 't' };
    const ev = await dispatch('events.create', { name: 'H', kind: 'review', startDate: '2027-01-08' }, ctx1);
    const eventId = (ev as { value: { id: string } }).value.id;
    const cat = (s1.sqlite.prepare("SELECT id FROM categories WHERE event_id = ? AND code = 'delegate'").get(eventId) as { id: string }).id;
    const d = (await dispatch('delegates.create', { eventId, fullName: 'Nguyễn Văn An', categoryId: cat }, ctx1)) as { value: { id: string } };
    await dispatch('delegates.delete', { id: d.value.id }, ctx1);
    await s1.close();

    const withSeat = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: `${String(migrations.length + 1).padStart(4, '0')}_seat`,
        up: (db: Parameters<(typeof migrations)[number]['up']>[0]) =>
          sql`ALTER TABLE delegates ADD COLUMN seat TEXT NOT NULL DEFAULT 'none'`.execute(db).then(() => undefined),
      },
    ];
    const s2 = await openStore(file, { migrations: withSeat, backupDir: path.join(dir, 'b') });
    const r = await dispatch('history.undo', { eventId }, { store: s2, appVersion: 't' });
    expect(r.ok).toBe(true);
    expect(s2.sqlite.prepare('SELECT full_name, seat FROM delegates').get()).toEqual({ full_name: 'Nguyễn Văn An', seat: 'none' });
    await s2.close();
  });

  it('brings back a REAL order key exactly, all 17 digits', async () => {
    const t = await testStore();
    const { id: eventId } = await t.call('events.create', { name: 'H', kind: 'review', startDate: '2027-01-08' });
    const [cat] = await t.call('categories.list', { eventId });
    const d = await t.call('delegates.create', { eventId, fullName: 'Nguyễn Văn An', categoryId: cat!.id });
    t.store.sqlite.prepare('UPDATE delegates SET precedence_order = ? WHERE id = ?').run(1.0000009536743164, d.id);
    await t.call('delegates.update', { id: d.id, fullName: 'Nguyễn Văn Ân', categoryId: cat!.id });
    await t.call('history.undo', { eventId });
    expect(t.store.sqlite.prepare('SELECT full_name, precedence_order AS o FROM delegates').get()).toEqual({
      full_name: 'Nguyễn Văn An',
      o: 1.0000009536743164,
    });
  });

  it('refuses a partial undo whose removed parent would take a kept row with it', async () => {
    const t = await testStore();
    const { id: eventId } = await t.call('events.create', { name: 'H', kind: 'review', startDate: '2027-01-08' });
    t.store.sqlite.prepare("UPDATE categories SET sort_order = 9 WHERE event_id = ? AND code = 'guest'").run(eventId);
    const r = await t.raw('history.undo', { eventId: null, onlyUnchanged: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: { vi: expect.stringContaining('một phần') } } });
    expect(await t.call('categories.list', { eventId })).toHaveLength(4);
  });

  it('shows a change undone, redone and undone again as undone', async () => {
    const t = await testStore();
    const { id: eventId } = await t.call('events.create', { name: 'H', kind: 'review', startDate: '2027-01-08' });
    const [cat] = await t.call('categories.list', { eventId });
    await t.call('delegates.create', { eventId, fullName: 'Nguyễn Văn An', categoryId: cat!.id });
    await t.call('history.undo', { eventId });
    await t.call('history.redo', { eventId });
    await t.call('history.undo', { eventId });
    const add = (await t.call('history.list', { eventId })).entries.find((e) => e.call === 'delegates.create')!;
    expect(add.undone).toBe(true);
    expect(await t.call('delegates.list', { eventId })).toEqual([]);
  });
});

describe('backups and the data file, when something is odd', () => {
  it('never empties the folder when the clock jumps a year ahead', () => {
    const dir = tempDir();
    const base = new Date(Date.UTC(2026, 11, 1));
    for (let h = 0; h < 30; h++) fs.writeFileSync(path.join(dir, backupFileName('periodic', new Date(base.getTime() - h * 3600_000))), 'x');
    rotateBackups(dir, new Date(base.getTime() + 365 * 24 * 3600_000));
    expect(listBackups(dir)).toHaveLength(10);
  });

  it('a data file held by another program is refused as locked, not offered to be replaced as damaged', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'hoi-nghi.sqlite');
    const s = await openStore(file);
    await s.close();
    const holder = new Database(file);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const err = await openStore(file).then(
        () => null,
        (e: unknown) => e as DomainError,
      );
      expect(err?.code).toBe('CONFLICT');
      expect(err?.msg.vi).toContain('đang bị khóa');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 20_000);
});
