import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import path from 'node:path';
import { backupFileName, backupTo } from './backup';
import { migrations as allMigrations, type Migration } from './migrations';
import { tooNew } from './open-errors';

export function schemaVersion(sqlite: BetterSqlite3.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies pending migrations, each together with its user_version bump in ONE transaction
 * (Kysely's Migrator does not wrap SQLite migrations, so a crash could leave one half applied).
 * A database that already holds data is backed up first.
 */
export async function migrate(
  sqlite: BetterSqlite3.Database,
  db: Kysely<unknown>,
  backupDir: string,
  migrations: readonly Migration[] = allMigrations,
  nativeBinding?: string,
): Promise<{ from: number; to: number; backup: string | null }> {
  const from = schemaVersion(sqlite);
  if (from > migrations.length) throw tooNew(from, migrations.length);
  if (from === migrations.length) return { from, to: from, backup: null };
  const backup = from > 0 ? await backupTo(sqlite, path.join(backupDir, backupFileName(`before-v${migrations.length}`)), nativeBinding) : null;
  for (let v = from; v < migrations.length; v++) {
    const m = migrations[v]!;
    // Numbered in order, with no gap: a list put together wrongly must not skip or repeat one.
    if (m.version !== v + 1) throw new Error(`migration ${m.name} is numbered ${m.version}, expected ${v + 1}`);
    await db.transaction().execute(async (trx) => {
      await m.up(trx);
      await sql.raw(`PRAGMA user_version = ${m.version}`).execute(trx);
    });
  }
  return { from, to: migrations.length, backup };
}
