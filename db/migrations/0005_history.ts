import { sql, type Kysely } from 'kysely';

/**
 * The change history: one change set per write through dispatch (who, when, what, on which laptop),
 * and every row it inserted, updated or deleted with its values before and after, as JSON. The rows
 * are written by triggers generated from db/history/registry.ts each time the file is opened.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE change_sets (
      id TEXT PRIMARY KEY NOT NULL,
      seq INTEGER NOT NULL UNIQUE,
      event_id TEXT,
      at TEXT NOT NULL,
      laptop TEXT NOT NULL,
      call TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('change', 'undo', 'redo')),
      label_vi TEXT NOT NULL,
      label_en TEXT NOT NULL,
      undoes TEXT,
      undone_by TEXT,
      row_count INTEGER NOT NULL DEFAULT 0,
      -- Its rows are the changes first_change..last_change (one writer: a set's rows are consecutive).
      first_change INTEGER,
      last_change INTEGER
    ) STRICT`.execute(db);
  await sql`CREATE INDEX change_sets_event ON change_sets(event_id, seq)`.execute(db);
  await sql`
    CREATE TABLE changes (
      id INTEGER PRIMARY KEY,
      -- No foreign key and no index: a 5,000-row import writes 5,000 of these, and the set's range finds them.
      set_id TEXT NOT NULL,
      tbl TEXT NOT NULL,
      row_id TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
      before TEXT,
      after TEXT
    ) STRICT`.execute(db);
  await sql`CREATE INDEX changes_row ON changes(tbl, row_id, id)`.execute(db);
}
