import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupTo, ensureDailyBackup, listBackups } from '../../db/backup';
import { openStore } from '../../db/connection';
import { tempDir, testStore } from './helpers/store';

describe('backups', () => {
  it('copies the live database through the online backup API into a checked file, with no temp left', async () => {
    const t = await testStore();
    await t.call('events.createDemo', {});
    const dest = path.join(t.dir, 'out', 'copy.sqlite');
    await backupTo(t.store.sqlite, dest);
    expect(fs.readdirSync(path.dirname(dest))).toEqual(['copy.sqlite']);
    const copy = new Database(dest, { readonly: true });
    expect((copy.prepare('SELECT count(*) n FROM delegates').get() as { n: number }).n).toBe(198);
    copy.close();
  });

  it('makes one daily backup a day and keeps only the newest ones', async () => {
    const t = await testStore();
    const dir = path.join(t.dir, 'backups');
    const day = (n: number) => new Date(Date.UTC(2026, 10, n, 8));
    for (let n = 1; n <= 5; n++) {
      const made = await ensureDailyBackup(t.store.sqlite, dir, { keep: 3, now: day(n) });
      expect(made).not.toBeNull();
      // The file's mtime is "now", so back-date it as if it had been made that day.
      fs.utimesSync(made!, day(n), day(n));
    }
    expect(listBackups(dir, 'daily')).toHaveLength(3);
    expect(await ensureDailyBackup(t.store.sqlite, dir, { keep: 3, now: new Date(day(5).getTime() + 3600_000) })).toBeNull();
  });

  it('removes at the next start the temporary files a killed backup left, and nothing else', async () => {
    const dir = tempDir();
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups, { recursive: true });
    const left = 'hoi-nghi-2026-11-22T07-30-00Z-daily.sqlite.3f2b6c1e-9a4d-4e8f-b2a1-0c9d8e7f6a5b.tmp';
    for (const f of [left, `${left}-wal`, 'hoi-nghi-2026-11-21T07-30-00Z-daily.sqlite', 'notes.tmp']) fs.writeFileSync(path.join(backups, f), 'x');
    const s = await openStore(path.join(dir, 'hoi-nghi.sqlite'));
    expect(fs.readdirSync(backups).sort()).toEqual(['hoi-nghi-2026-11-21T07-30-00Z-daily.sqlite', 'notes.tmp']);
    await s.close();
  });
});
