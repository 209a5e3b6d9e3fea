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
  dropSet: Stmt;
  finishSet: Stmt;
  counts: Stmt;
  first: Stmt;
}
const prepared = new WeakMap<BetterSqlite3.Database, Statements>();

/** Null while the file has no history tables (an old schema in a test); kept once it has them. */
function statementsOf(sqlite: BetterSqlite3.Database): Statements | null {
  const known = prepared.get(sqlite);
  if (known) return known;
  if (!hasHistory(sqlite)) return null;
  const made: Statements = {
    insertSet: sqlite.prepare(
      `INSERT INTO change_sets (id, seq, event_id, at, laptop, call, kind, label_vi, label_en, undoes)
       VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM change_sets), NULL, ?, ?, ?, ?, '', '', ?)`,
    ),
    clearCurrent: sqlite.prepare('DELETE FROM temp.current_change_set'),
    setCurrent: sqlite.prepare('INSERT INTO temp.current_change_set (id) VALUES (?)'),
    newestChange: sqlite.prepare('SELECT coalesce(max(id), 0) FROM changes').pluck(),
    dropSet: sqlite.prepare('DELETE FROM change_sets WHERE id = ?'),
    finishSet: sqlite.prepare('UPDATE change_sets SET event_id = ?, label_vi = ?, label_en = ?, row_count = ?, first_change = ?, last_change = ? WHERE id = ?'),
    // One pass for the set's event and its counts: one event when every group has the same one.
    counts: sqlite.prepare(
      'SELECT tbl, op, count(*) AS n, count(event_id) AS named, min(event_id) AS lo, max(event_id) AS hi FROM changes WHERE id BETWEEN ? AND ? GROUP BY tbl, op',
    ),
    first: sqlite
      .prepare('SELECT coalesce(after, before) FROM changes WHERE id BETWEEN ? AND ? AND tbl = ? AND (? IS NULL OR op = ?) ORDER BY id LIMIT 1')
      .pluck(),
  };
  prepared.set(sqlite, made);
  return made;
}

/**
 * Opens the change set a write's rows are recorded in (the caller's transaction holds it: a write
 * that fails leaves no change set). Null when the file has no history tables (an old schema in a
 * test).
 */
export function beginChangeSet(
  sqlite: BetterSqlite3.Database,
  call: string,
  laptop: string,
  kind: ChangeSetKind = 'change',
  undoes: string | null = null,
): OpenSet | null {
  const q = statementsOf(sqlite);
  if (!q) return null;
  const id = newId();
  q.insertSet.run(id, nowIso(), laptop, call, kind, undoes);
  q.clearCurrent.run();
  q.setCurrent.run(id);
  return { id, before: q.newestChange.get() as number };
}

interface Group {
  tbl: string;
  op: string;
  n: number;
  named: number;
  lo: string | null;
  hi: string | null;
}

/** The one event all of a set's rows belong to, or null when they belong to several (or none). */
function eventOf(groups: readonly Group[]): string | null {
  const lo = groups[0]?.lo ?? null;
  return lo !== null && groups.every((g) => g.named === g.n && g.lo === lo && g.hi === lo) ? lo : null;
}

function changedRows(q: Statements, groups: readonly Group[], from: number, to: number): ChangedRows {
  return {
    count: (table, op) => groups.filter((g) => g.tbl === table && (op === undefined || g.op === op)).reduce((sum, g) => sum + g.n, 0),
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
  // One writer, and the changes' ids are given in order: the set's rows are all those after the
  // newest when it opened, consecutive.
  const first = set.before + 1;
  const last = q.newestChange.get() as number;
  const n = last - set.before;
  if (n <= 0) {
    q.dropSet.run(set.id);
    return;
  }
  const groups = q.counts.all(first, last) as Group[];
  const l = label ?? changeLabel(call, input, output, changedRows(q, groups, first, last));
  q.finishSet.run(eventOf(groups), l.vi, l.en, n, first, last, set.id);
}
