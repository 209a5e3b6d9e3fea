import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../shared/result';
import { removeInterruptedBackups } from './backup';
import { fullCheck, runCheck } from './checks';
import { installHistory } from './history/triggers';
import { migrate, schemaVersion } from './migrate';
import { type Migration, migrations as allMigrations } from './migrations';
import { damaged, openFailure, tooNew } from './open-errors';
import type { DB } from './schema';

export interface Store {
  file: string;
  sqlite: BetterSqlite3.Database;
  db: Kysely<DB>;
  /** The folder that holds the automatic backups. */
  backupDir: string;
  /** True when the previous session did not close the file cleanly (a full check was run). */
  recoveredFromUncleanExit: boolean;
  /** The Electron-ABI driver in development; every other connection (backup checks) must use it too. */
  nativeBinding: string | undefined;
  /**
   * After a committed write: the log is copied into the file a moment later, when the connection
   * is free, rather than by SQLite inside whichever write's commit crosses its threshold.
   */
  checkpointSoon(): void;
  close(): Promise<void>;
}

const CHECKPOINT_DELAY_MS = 500;

/** Where a data file's automatic backups go unless told otherwise: a folder beside it. */
export const defaultBackupDir = (file: string) => path.join(path.dirname(file), 'backups');

export interface OpenOptions {
  backupDir?: string;
  /** Path of a better_sqlite3.node built for another runtime (Electron's ABI). */
  nativeBinding?: string;
  migrations?: readonly Migration[];
}

/**
 * Opens (creating if needed) the one data file. A file from a newer app version is refused before
 * anything writes to it; a damaged one is reported, not "repaired".
 */
export async function openStore(file: string, options: OpenOptions = {}): Promise<Store> {
  const migrations = options.migrations ?? allMigrations;
  const backupDir = options.backupDir ?? defaultBackupDir(file);
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  fs.mkdirSync(path.dirname(file), { recursive: true });

  if (fs.existsSync(file) && fs.statSync(file).size > 0) {
    // Read-only peek first: even setting WAL mode would write to a file we must leave untouched.
    let peek: BetterSqlite3.Database | undefined;
    try {
      peek = new Database(file, { readonly: true, fileMustExist: true, ...binding });
      const found = schemaVersion(peek);
      if (found > migrations.length) throw tooNew(found, migrations.length);
    } catch (e) {
      if (e instanceof DomainError) throw e;
      throw openFailure(file, e);
    } finally {
      peek?.close();
    }
  }

  const marker = `${file}.open`;
  const unclean = fs.existsSync(marker);
  const sqlite = new Database(file, binding);
  try {
    // First: every statement after it, switching to WAL included, waits for a lock rather than failing.
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('journal_mode = WAL');
    // FULL: a confirmed edit must survive a power cut at the registration desk.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('cache_size = -65536');
    // Checkpoints run when idle (checkpointSoon); SQLite's own only if the log ever reaches 40 MB.
    sqlite.pragma('wal_autocheckpoint = 10000');
    const problem = unclean ? fullCheck(sqlite) : runCheck(sqlite, 'quick_check');
    if (problem) throw damaged(file, problem);
  } catch (e) {
    sqlite.close();
    if (e instanceof DomainError) throw e;
    throw openFailure(file, e);
  }

  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new CamelCasePlugin()] });
  // One writer: a temporary file in the backups folder now is one a killed backup left behind.
  removeInterruptedBackups(backupDir);
  try {
    await migrate(sqlite, db as Kysely<unknown>, backupDir, migrations, options.nativeBinding);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  // The history's temp table and the statement journals its triggers open on every write, in
  // memory: a third off an import's history. Set after the migrations (a migration over a whole
  // table would hold its journal in memory too) and before the triggers (setting it drops TEMP).
  sqlite.pragma('temp_store = MEMORY');
  installHistory(sqlite);
  fs.writeFileSync(marker, String(process.pid));

  let closed = false;
  let checkpoint: NodeJS.Timeout | null = null;
  return {
    file,
    sqlite,
    db,
    backupDir,
    recoveredFromUncleanExit: unclean,
    nativeBinding: options.nativeBinding,
    checkpointSoon() {
      if (checkpoint || closed) return;
      checkpoint = setTimeout(() => {
        checkpoint = null;
        // The connection's turn: never inside another call's transaction. A failure only delays it.
        db.connection()
          .execute(async () => {
            if (!closed) sqlite.pragma('wal_checkpoint(PASSIVE)');
          })
          .catch(() => undefined);
      }, CHECKPOINT_DELAY_MS);
      checkpoint.unref();
    },
    async close() {
      if (closed) return;
      closed = true;
      if (checkpoint) clearTimeout(checkpoint);
      // On the connection's turn: a call still writing (an import when the window closes) ends first.
      await db.connection().execute(async () => {
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
      });
      await db.destroy();
      fs.rmSync(marker, { force: true });
    },
  };
}
