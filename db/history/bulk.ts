import type BetterSqlite3 from 'better-sqlite3';
import { prepared } from '../statements';
import { eventColumn, type RecordedTable } from './registry';
import { columnsOf, hasHistory, rowJson, triggerName, triggerSql } from './triggers';

/**
 * Thousands of new rows of one table (an import), recorded in the open change set by one statement
 * after `write` instead of by the insert trigger once per row: the same change rows at a third of
 * the cost. The trigger is dropped meanwhile (even one that does nothing costs each insert a
 * statement journal) and made again after; both are part of the write's transaction, so a failed
 * write rolls them back with it. `write` must only insert into `table` (a row it updated would be
 * recorded before its insert); new rows take rowids above the largest, which is how they are found.
 */
export async function insertMany<T>(sqlite: BetterSqlite3.Database, table: RecordedTable, write: () => Promise<T>): Promise<T> {
  if (!sqlite.inTransaction) throw new Error('insertMany must run inside the dispatch transaction');
  if (!hasHistory(sqlite)) return write();
  const set = prepared(sqlite, 'SELECT id FROM temp.current_change_set', true).get() as string | undefined;
  // No change set open (a migration, maintenance): nothing is recorded, as with the triggers.
  if (set === undefined) return write();
  const from = prepared(sqlite, `SELECT coalesce(max(rowid), 0) FROM main.${table}`, true).get() as number;
  sqlite.exec(`DROP TRIGGER IF EXISTS temp.${triggerName(table, 'insert')}`);
  try {
    const result = await write();
    // The same rows, in the same JSON, that the insert trigger would have written one by one.
    prepared(
      sqlite,
      `INSERT INTO main.changes (set_id, tbl, row_id, event_id, op, before, after)
       SELECT ?, '${table}', t.id, t.${eventColumn(table)}, 'insert', NULL, ${rowJson('t', columnsOf(sqlite, table))}
       FROM main.${table} AS t WHERE t.rowid > ? ORDER BY t.rowid`,
    ).run(set, from);
    return result;
  } finally {
    sqlite.exec(triggerSql(sqlite, table, 'insert'));
  }
}
