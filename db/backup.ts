import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fullCheck, runCheck } from './checks';
import { backupRefused } from './open-errors';

/**
 * Copies the live database through SQLite's online backup API into a temporary file, checks the
 * copy, then renames it into place, so a half-written backup never carries a backup's name.
 */
export async function backupTo(sqlite: BetterSqlite3.Database, dest: string, nativeBinding?: string): Promise<string> {
  const problem = fullCheck(sqlite);
  if (problem) throw backupRefused(problem);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const tmp = `${dest}.${randomUUID()}.tmp`;
  try {
    await sqlite.backup(tmp);
    // The copy inherits WAL mode; a backup should be one self-contained file on a USB stick.
    const copy = new Database(tmp, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    try {
      copy.pragma('journal_mode = DELETE');
      const copyProblem = runCheck(copy, 'quick_check');
      if (copyProblem) throw backupRefused(copyProblem);
    } finally {
      copy.close();
    }
    fs.renameSync(tmp, dest);
    return dest;
  } finally {
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`, `${tmp}-journal`]) fs.rmSync(f, { force: true });
  }
}

export type BackupReason = 'daily' | 'manual' | `before-v${number}`;

/** hoi-nghi-2026-11-22T07-30-00Z-daily.sqlite: sorts by time, says why it was made. */
export function backupFileName(reason: BackupReason, at = new Date()): string {
  const stamp = at.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  return `hoi-nghi-${stamp}-${reason}.sqlite`;
}

export function listBackups(dir: string, reason?: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^hoi-nghi-.*\.sqlite$/.test(f) && (!reason || f.endsWith(`-${reason}.sqlite`)))
    .sort();
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** One backup a day while the app is used; the newest `keep` daily copies are kept. */
export async function ensureDailyBackup(
  sqlite: BetterSqlite3.Database,
  dir: string,
  { keep = 14, now = new Date(), nativeBinding }: { keep?: number; now?: Date; nativeBinding?: string } = {},
): Promise<string | null> {
  const daily = listBackups(dir, 'daily');
  const newest = daily[daily.length - 1];
  if (newest && now.getTime() - fs.statSync(path.join(dir, newest)).mtimeMs < DAY_MS) return null;
  const made = await backupTo(sqlite, path.join(dir, backupFileName('daily', now)), nativeBinding);
  for (const old of listBackups(dir, 'daily').slice(0, -keep)) fs.rmSync(path.join(dir, old), { force: true });
  return made;
}

// What backupTo writes before the rename: <name>.<uuid>.tmp, and SQLite's files beside it.
const INTERRUPTED = /\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp(-wal|-shm|-journal)?$/;

/** Removes what a backup killed half-way left in the backups folder (never a finished backup). */
export function removeInterruptedBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const left = fs.readdirSync(dir).filter((f) => INTERRUPTED.test(f));
  for (const f of left) fs.rmSync(path.join(dir, f), { force: true });
  return left;
}
