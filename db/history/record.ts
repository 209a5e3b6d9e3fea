import type BetterSqlite3 from 'better-sqlite3';
import { changeLabel, type ChangedRows } from '../../shared/contract/change-labels';
import { newId, nowIso } from '../clock';
import { hasHistory } from './triggers';

export type ChangeSetKind = 'change' | 'undo' | 'redo';

export interface OpenSet {
  id: string;
  /** The newest change row when the set opened: its own rows come after. */
  before: number;
}

type Stmt = BetterSqlite3.Statement;

/** A change set's statements, prepared once per connection: every write runs them. */
interface Statements {
  insertSet: Stmt;
  clearCurrent: Stmt;
  setCurrent: Stmt;
  newestChange: Stmt;
  range: Stmt;
  dropSet: Stmt;
  events: Stmt;
  finishSet: Stmt;
  count: Stmt;
  first: Stmt;
}
const prepared = new WeakMap<BetterSqlite3.Database, Statements>();

/** Null while the file has no history tables (an old schema in a test); kept once it has them. */
function statementsOf(sqlite: BetterSqlite3.Database): Statements | null {
  const known = prepared.get(sqlite);
  if (known) return known;
  if (!hasHistory(sqlite)) return null;
  const rowsOf = 'FROM changes WHERE id BETWEEN ? AND ? AND tbl = ? AND (? IS NULL OR op = ?)';
  const made: Statements = {
    insertSet: sqlite.prepare(
      `INSERT INTO change_sets (id, seq, event_id, at, laptop, call, kind, label_vi, label_en, undoes)
       VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM change_sets), NULL, ?, ?, ?, ?, '', '', ?)`,
    ),
    clearCurrent: sqlite.prepare('DELETE FROM temp.current_change_set'),
    setCurrent: sqlite.prepare('INSERT INTO temp.current_change_set (id) VALUES (?)'),
    newestChange: sqlite.prepare('SELECT coalesce(max(id), 0) FROM changes').pluck(),
    range: sqlite.prepare('SELECT min(id) AS first, max(id) AS last, count(*) AS n FROM changes WHERE id > ? AND set_id = ?'),
    dropSet: sqlite.prepare('DELETE FROM change_sets WHERE id = ?'),
    // Two rows are enough to tell one event from several.
    events: sqlite
      .prepare(
        `SELECT DISTINCT CASE WHEN tbl = 'events' THEN row_id ELSE json_extract(coalesce(after, before), '$.event_id') END
         FROM changes WHERE id BETWEEN ? AND ? LIMIT 2`,
      )
      .pluck(),
    finishSet: sqlite.prepare('UPDATE change_sets SET event_id = ?, label_vi = ?, label_en = ?, row_count = ?, first_change = ?, last_change = ? WHERE id = ?'),
    count: sqlite.prepare(`SELECT count(*) ${rowsOf}`).pluck(),
    first: sqlite.prepare(`SELECT coalesce(after, before) ${rowsOf} ORDER BY id LIMIT 1`).pluck(),
  };
  prepared.set(sqlite, made);
  return made;
}

/**
 * Opens the change set a write's rows are recorded in (the caller's transaction holds it: a write
 * that fails leaves no change set). Null when the file has no history tables (an old schema in a
 * test).
 */
export function beginChangeSet(sqlite: BetterSqlite3.Database, call: string, laptop: string, kind: ChangeSetKind = 'change', undoes: string | null = null): OpenSet | null {
  const q = statementsOf(sqlite);
  if (!q) return null;
  const id = newId();
  q.insertSet.run(id, nowIso(), laptop, call, kind, undoes);
  q.clearCurrent.run();
  q.setCurrent.run(id);
  return { id, before: q.newestChange.get() as number };
}

function changedRows(q: Statements, from: number, to: number): ChangedRows {
  return {
    count: (table, op) => q.count.get(from, to, table, op ?? null, op ?? null) as number,
    first: (table, op) => {
      const json = q.first.get(from, to, table, op ?? null, op ?? null) as string | undefined;
      return json ? (JSON.parse(json) as Record<string, unknown>) : null;
    },
  };
}

/**
 * Closes the change set: its label, its event (when all its rows belong to one) and its size. A
 * write that changed no recorded row leaves no change set behind.
 */
export function endChangeSet(
  sqlite: BetterSqlite3.Database,
  set: OpenSet,
  call: string,
  input: Record<string, unknown>,
  output: unknown,
  label?: { vi: string; en: string },
): void {
  const q = statementsOf(sqlite)!;
  q.clearCurrent.run();
  // The set's rows are the newest ones: from the first after the set opened to the last.
  const range = q.range.get(set.before, set.id) as { first: number | null; last: number | null; n: number };
  const n = range.n;
  if (n === 0) {
    q.dropSet.run(set.id);
    return;
  }
  const events = q.events.all(range.first, range.last) as (string | null)[];
  const eventId = events.length === 1 ? events[0] : null;
  const l = label ?? changeLabel(call, input, output, changedRows(q, range.first!, range.last!));
  q.finishSet.run(eventId ?? null, l.vi, l.en, n, range.first, range.last, set.id);
}
