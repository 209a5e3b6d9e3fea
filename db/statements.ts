import type BetterSqlite3 from 'better-sqlite3';

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
