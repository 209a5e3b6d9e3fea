import { keepPairingsThrough } from './desk-pairings';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackupInfo } from '../shared/contract/backups';
import { DomainError } from '../shared/result';
import { backupNow, listBackups, parseBackupName } from './backup';
import { openStore, type Store } from './connection';
import { installHistory } from './history/triggers';
import { schemaVersion } from './migrate';
import { keepLaptopName, laptopName } from './settings';

/** A backup opened to be read, never written; closed after `read`. */
function readBackup<T>(full: string, nativeBinding: string | undefined, read: (db: Database.Database) => T): T {
  const db = new Database(full, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** What a backup holds, read without changing it (a damaged or unreadable one says null). */
export function describeBackup(dir: string, file: string, nativeBinding?: string): BackupInfo {
  const full = path.join(dir, file);
  const name = parseBackupName(file);
  let counts: { events: number | null; delegates: number | null } = { events: null, delegates: null };
  try {
    counts = readBackup(full, nativeBinding, (db) => {
      const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      return { events: count('events'), delegates: count('delegates') };
    });
  } catch {
    // Shown, but without counts: restoring it will say what is wrong.
  }
  return { file, at: name?.at.toISOString() ?? null, reason: name?.reason ?? '', size: fs.statSync(full).size, ...counts };
}

export function listBackupInfo(store: Store): BackupInfo[] {
  return listBackups(store.backupDir)
    .reverse()
    .map((f) => describeBackup(store.backupDir, f, store.nativeBinding));
}

const notABackup = () =>
  new DomainError('NOT_FOUND', { vi: 'Không tìm thấy bản sao lưu này trong thư mục sao lưu.', en: 'That backup is not in the backups folder.' });

/**
 * Puts a backup's data in place of the current data, all or nothing, after backing the current
 * data up. The backup is first brought to this version's schema in a copy of its own (the backup
 * itself is left as it was); then every table is replaced inside one transaction on the open
 * connection, so every screen reads the restored data from the next call on.
 */
export async function restoreBackup(store: Store, file: string): Promise<{ restored: BackupInfo; safety: string }> {
  if (!parseBackupName(file) || !fs.existsSync(path.join(store.backupDir, file))) throw notABackup();
  const restored = describeBackup(store.backupDir, file, store.nativeBinding);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-restore-'));
  try {
    const copy = path.join(work, 'restore.sqlite');
    fs.copyFileSync(path.join(store.backupDir, file), copy);
    // Its migrations (and the check a file gets on open) run on the copy; a newer or damaged backup is refused here.
    const opened = await openStore(copy, { backupDir: path.join(work, 'backups'), ...(store.nativeBinding ? { nativeBinding: store.nativeBinding } : {}) });
    const version = schemaVersion(opened.sqlite);
    await opened.close();
    if (version !== schemaVersion(store.sqlite))
      throw new DomainError('CONFLICT', {
        vi: 'Bản sao lưu này không thể đưa về phiên bản dữ liệu hiện tại.',
        en: 'This backup cannot be brought to the current data version.',
      });

    let safety = '';
    // One hold of the connection for the safety backup and the swap: no write slips in between.
    await store.db.connection().execute(async () => {
      safety = await backupNow(store, 'before-restore');
      const s = store.sqlite;
      const thisLaptop = laptopName(s);
      // Whole tables are replaced: their statement journals on disk, not in memory (this drops the
      // history's TEMP triggers, which a restore does not use; they are made again after).
      s.pragma('temp_store = FILE');
      s.prepare('ATTACH DATABASE ? AS src').run(copy);
      try {
        const tables = s.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
        // Without the keys' actions while tables are swapped (a bridge point deleted would set the
        // restored delegates' to null); checked as a whole before the commit instead.
        s.pragma('foreign_keys = OFF');
        try {
          s.transaction(() => {
            const desks = keepPairingsThrough(s);
            for (const t of tables) {
              s.exec(`DELETE FROM main."${t}"`);
              s.exec(`INSERT INTO main."${t}" SELECT * FROM src."${t}"`);
            }
            // The data is the backup's; this laptop's name and the desks let into it stay this laptop's.
            keepLaptopName(s, thisLaptop);
            desks.putBack();
            if ((s.pragma('foreign_key_check') as unknown[]).length > 0)
              throw new DomainError('CONFLICT', {
                vi: 'Bản sao lưu này có dữ liệu không nhất quán; không có gì bị thay đổi.',
                en: 'This backup holds inconsistent data; nothing was changed.',
              });
          }).immediate();
        } finally {
          s.pragma('foreign_keys = ON');
        }
      } finally {
        s.exec('DETACH DATABASE src');
        s.pragma('temp_store = MEMORY');
        installHistory(s);
      }
    });
    return { restored, safety: path.basename(safety) };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The newest backup in the folder that opens and passes its check; null if none does. */
export function newestGoodBackup(dir: string, nativeBinding?: string): string | null {
  for (const name of listBackups(dir).reverse()) {
    try {
      const ok = readBackup(
        path.join(dir, name),
        nativeBinding,
        (db) => db.pragma('quick_check', { simple: true }) === 'ok' && db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'events'").get() !== undefined,
      );
      if (ok) return path.join(dir, name);
    } catch {
      // Not this one: try the one before.
    }
  }
  return null;
}

/**
 * Puts a backup in place of a data file that cannot be used: the damaged file (and its WAL) moved
 * aside under a dated name, never deleted; the backup copied in (it is a closed, checked file).
 */
export function replaceDamagedFile(file: string, backup: string, now = new Date()): string {
  const aside = `${file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
  fs.copyFileSync(backup, file);
  return aside;
}
