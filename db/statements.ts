import type BetterSqlite3 from 'better-sqlite3';
import { fieldOfColumn } from '../shared/fields';

const cache = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/**
 * A statement prepared once per connection and kept: the history's statements run on every write,
 * and preparing one costs more than running it. A statement that pluck()s is kept apart from the
 * same text that does not. Statements survive schema changes (SQLite prepares them again itself).
 */
export function prepared(sqlite: BetterSqlite3.Database, sql: string, pluck = false): BetterSqlite3.Statement {
  let byText = cache.get(sqlite);
  if (!byText) cache.set(sqlite, (byText = new Map()));
  const key = pluck ? `pluck\u0000${sql}` : sql;
  let st = byText.get(key);
  if (!st) {
    st = sqlite.prepare(sql);
    if (pluck) st.pluck();
    byText.set(key, st);
  }
  return st;
}

/** Rows per INSERT statement: one statement of 50 rows costs far less than 50 of one. */
const ROWS_PER_INSERT = 50;

/**
 * Many rows into one table, 50 to a statement, each row's values in `columns` order (snake_case
 * names, as in SQL). The caller holds the transaction; the statements are kept per connection.
 */
export function insertRows(sqlite: BetterSqlite3.Database, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): void {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const part = rows.slice(i, i + ROWS_PER_INSERT);
    const values: unknown[] = [];
    for (const row of part) for (const v of row) values.push(v);
    prepared(sqlite, insertSql(table, columns, part.length)).run(values);
  }
}

// The same text object each time: building 850 placeholders, and hashing a new string to find the
// statement, for every 50 rows would cost more than the rows.
const insertTexts = new Map<string, string>();
function insertSql(table: string, columns: readonly string[], n: number): string {
  const key = `${table}(${columns.join(',')})${n}`;
  let text = insertTexts.get(key);
  if (text === undefined) {
    text = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: n }, () => `(${columns.map(() => '?').join(', ')})`).join(', ')}`;
    insertTexts.set(key, text);
  }
  return text;
}

/** Every column of a table as the file has it now, in camelCase for the records (`event_id AS eventId`). */
export function camelColumns(sqlite: BetterSqlite3.Database, table: string, except: readonly string[] = []): string {
  return (sqlite.pragma(`table_info(${table})`) as { name: string }[])
    .map((c) => c.name)
    .filter((c) => !except.includes(c))
    .map((c) => {
      const field = fieldOfColumn(c);
      return field === c ? c : `${c} AS ${field}`;
    })
    .join(', ');
}
