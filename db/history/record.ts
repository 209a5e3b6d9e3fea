import type BetterSqlite3 from 'better-sqlite3';
import { changeLabel, type ChangedRows } from '../../shared/contract/change-labels';
import { newId, nowIso } from '../clock';
import { prepared } from '../statements';
import { hasHistory } from './triggers';

export type ChangeSetKind = 'change' | 'undo' | 'redo';

export interface OpenSet {
  id: string;
  /** The newest change row when the set opened: its own rows come after. */
  before: number;
}

const newestChange = (sqlite: BetterSqlite3.Database) => prepared(sqlite, 'SELECT coalesce(max(id), 0) FROM changes', true).get() as number;
const clearCurrent = (sqlite: BetterSqlite3.Database) => prepared(sqlite, 'DELETE FROM temp.current_change_set').run();

/** Whether the file has the history's tables, remembered once it has (an old schema in a test has not). */
const withHistory = new WeakSet<BetterSqlite3.Database>();
function historyOn(sqlite: BetterSqlite3.Database): boolean {
  if (withHistory.has(sqlite)) return true;
  if (!hasHistory(sqlite)) return false;
  withHistory.add(sqlite);
  return true;
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
  if (!historyOn(sqlite)) return null;
  const id = newId();
  prepared(
    sqlite,
    `INSERT INTO change_sets (id, seq, event_id, at, laptop, call, kind, label_vi, label_en, undoes)
     VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM change_sets), NULL, ?, ?, ?, ?, '', '', ?)`,
  ).run(id, nowIso(), laptop, call, kind, undoes);
  clearCurrent(sqlite);
  prepared(sqlite, 'INSERT INTO temp.current_change_set (id) VALUES (?)').run(id);
  return { id, before: newestChange(sqlite) };
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

function changedRows(sqlite: BetterSqlite3.Database, groups: readonly Group[], from: number, to: number): ChangedRows {
  const first = prepared(
    sqlite,
    'SELECT coalesce(after, before) FROM changes WHERE id BETWEEN ? AND ? AND tbl = ? AND (? IS NULL OR op = ?) ORDER BY id LIMIT 1',
    true,
  );
  return {
    count: (table, op) => groups.filter((g) => g.tbl === table && (op === undefined || g.op === op)).reduce((sum, g) => sum + g.n, 0),
    first: (table, op) => {
      const json = first.get(from, to, table, op ?? null, op ?? null) as string | undefined;
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
  clearCurrent(sqlite);
  // One writer, and the changes' ids are given in order: the set's rows are all those after the
  // newest when it opened, consecutive.
  const first = set.before + 1;
  const last = newestChange(sqlite);
  const n = last - set.before;
  if (n <= 0) {
    prepared(sqlite, 'DELETE FROM change_sets WHERE id = ?').run(set.id);
    return;
  }
  // One pass for the set's event and its counts: one event when every group has the same one.
  const groups = prepared(
    sqlite,
    `SELECT tbl, op, count(*) AS n, count(event_id) AS named, min(event_id) AS lo, max(event_id) AS hi
     FROM changes WHERE id BETWEEN ? AND ? GROUP BY tbl, op`,
  ).all(first, last) as Group[];
  const l = label ?? changeLabel(call, input, output, changedRows(sqlite, groups, first, last));
  prepared(sqlite, 'UPDATE change_sets SET event_id = ?, label_vi = ?, label_en = ?, row_count = ?, first_change = ?, last_change = ? WHERE id = ?').run(
    eventOf(groups),
    l.vi,
    l.en,
    n,
    first,
    last,
    set.id,
  );
}
