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

/**
 * Opens the change set a write's rows are recorded in (the caller's transaction holds it: a write
 * that fails leaves no change set). Null when the file has no history tables (an old schema in a
 * test).
 */
export function beginChangeSet(sqlite: BetterSqlite3.Database, call: string, laptop: string, kind: ChangeSetKind = 'change', undoes: string | null = null): OpenSet | null {
  if (!hasHistory(sqlite)) return null;
  const id = newId();
  sqlite
    .prepare(
      `INSERT INTO change_sets (id, seq, event_id, at, laptop, call, kind, label_vi, label_en, undoes)
       VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM change_sets), NULL, ?, ?, ?, ?, '', '', ?)`,
    )
    .run(id, nowIso(), laptop, call, kind, undoes);
  sqlite.prepare('DELETE FROM temp.current_change_set').run();
  sqlite.prepare('INSERT INTO temp.current_change_set (id) VALUES (?)').run(id);
  const before = (sqlite.prepare('SELECT coalesce(max(id), 0) FROM changes').pluck().get() as number) ?? 0;
  return { id, before };
}

function changedRows(sqlite: BetterSqlite3.Database, from: number, to: number): ChangedRows {
  const count = sqlite.prepare<[number, number, string, string | null, string | null]>(
    'SELECT count(*) FROM changes WHERE id BETWEEN ? AND ? AND tbl = ? AND (? IS NULL OR op = ?)',
  );
  const first = sqlite.prepare<[number, number, string, string | null, string | null]>(
    'SELECT coalesce(after, before) FROM changes WHERE id BETWEEN ? AND ? AND tbl = ? AND (? IS NULL OR op = ?) ORDER BY id LIMIT 1',
  );
  return {
    count: (table, op) => count.pluck().get(from, to, table, op ?? null, op ?? null) as number,
    first: (table, op) => {
      const json = first.pluck().get(from, to, table, op ?? null, op ?? null) as string | undefined;
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
  sqlite.prepare('DELETE FROM temp.current_change_set').run();
  // The set's rows are the newest ones: from the first after the set opened to the last.
  const range = sqlite.prepare('SELECT min(id) AS first, max(id) AS last, count(*) AS n FROM changes WHERE id > ? AND set_id = ?').get(set.before, set.id) as { first: number | null; last: number | null; n: number };
  const n = range.n;
  if (n === 0) {
    sqlite.prepare('DELETE FROM change_sets WHERE id = ?').run(set.id);
    return;
  }
  const events = sqlite
    .prepare(
      `SELECT DISTINCT CASE WHEN tbl = 'events' THEN row_id ELSE json_extract(coalesce(after, before), '$.event_id') END
       FROM changes WHERE id BETWEEN ? AND ? LIMIT 2`, // two tell one event from several
    )
    .pluck()
    .all(range.first, range.last) as (string | null)[];
  const eventId = events.length === 1 ? events[0] : null;
  const l = label ?? changeLabel(call, input, output, changedRows(sqlite, range.first!, range.last!));
  sqlite
    .prepare('UPDATE change_sets SET event_id = ?, label_vi = ?, label_en = ?, row_count = ?, first_change = ?, last_change = ? WHERE id = ?')
    .run(eventId ?? null, l.vi, l.en, n, range.first, range.last, set.id);
}
