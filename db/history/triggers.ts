import type BetterSqlite3 from 'better-sqlite3';
import { eventColumn, RECORDED_TABLES, type RecordedTable } from './registry';

export interface Column {
  name: string;
  real: boolean;
}

/** A recorded table's columns, as the file has them now (read at open, after the migrations). */
export function columnsOf(sqlite: BetterSqlite3.Database, table: RecordedTable): Column[] {
  return (sqlite.pragma(`table_info(${table})`) as { name: string; type: string }[]).map((c) => ({ name: c.name, real: c.type.toUpperCase() === 'REAL' }));
}

// json_object writes a REAL with 15 digits; an order key halved again and again needs all 17 to come back exactly.
const value = (alias: string, c: Column) =>
  c.real ? `CASE WHEN ${alias}.${c.name} IS NULL THEN NULL ELSE json(printf('%!.17g', ${alias}.${c.name})) END` : `${alias}.${c.name}`;

/** A row as JSON, the columns in table order: the same text for the same values, so rows compare as text. */
export const rowJson = (alias: string, columns: readonly Column[]) => `json_object(${columns.map((c) => `'${c.name}', ${value(alias, c)}`).join(', ')})`;

/** Whether the file's history tables are as this code writes them (an older schema in a test is not). */
export const hasHistory = (sqlite: BetterSqlite3.Database) =>
  sqlite.prepare("SELECT 1 FROM pragma_table_info('changes') WHERE name = 'event_id'").get() !== undefined;

type Op = 'insert' | 'update' | 'delete';

export const triggerName = (table: RecordedTable, op: Op) => `history_${table}_${op}`;

/** The trigger that records one kind of change of a table into the open change set. */
export function triggerSql(sqlite: BetterSqlite3.Database, table: RecordedTable, op: Op): string {
  const cols = columnsOf(sqlite, table);
  const [row, before, after, when] =
    op === 'insert'
      ? ['NEW', 'NULL', rowJson('NEW', cols), '']
      : op === 'update'
        ? // An update that changes nothing is not a change; told column by column, which costs far
          // less than building both rows' JSON only to compare them (byte for byte: the recorded
          // tables are STRICT, so a value cannot change type without changing).
          ['NEW', rowJson('OLD', cols), rowJson('NEW', cols), ` AND (${cols.map((c) => `OLD.${c.name} IS NOT NEW.${c.name} COLLATE BINARY`).join(' OR ')})`]
        : ['OLD', rowJson('OLD', cols), 'NULL', ''];
  return `
    CREATE TEMP TRIGGER IF NOT EXISTS ${triggerName(table, op)} AFTER ${op.toUpperCase()} ON main.${table}
    WHEN EXISTS (SELECT 1 FROM temp.current_change_set)${when}
    BEGIN
      INSERT INTO main.changes (set_id, tbl, row_id, event_id, op, before, after)
      SELECT id, '${table}', ${row}.id, ${row}.${eventColumn(table)}, '${op}', ${before}, ${after} FROM temp.current_change_set;
    END`;
}

/**
 * Installs the triggers that write every change of a recorded table into the open change set.
 * They are TEMP (this connection's only), made anew from the registry at each open, so they always
 * match the columns of the file; they record only while dispatch has a change set open
 * (temp.current_change_set), so migrations and maintenance are not history.
 */
export function installHistory(sqlite: BetterSqlite3.Database): void {
  if (!hasHistory(sqlite)) return;
  sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS current_change_set (id TEXT NOT NULL)');
  for (const table of RECORDED_TABLES) {
    // A file stopped at an older schema (a migration's test) lacks the tables of later migrations.
    if (columnsOf(sqlite, table).length === 0) continue;
    for (const op of ['insert', 'update', 'delete'] as const) sqlite.exec(triggerSql(sqlite, table, op));
  }
}
