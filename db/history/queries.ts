import { shortSeat } from '../../shared/seating/seat-label';
import type BetterSqlite3 from 'better-sqlite3';
import { prepared } from '../statements';
import type { ChangeSetDetail, HistoryEntry, HistoryPage, RowChange } from '../../shared/contract/history';
import { notFound } from '../../shared/result';
import { hasHistory } from './triggers';
import { originalLabel, redoTarget, setById, toEntry, undoTarget } from './undo';

/** A page of the history, newest first, with what undo and redo would do now. */
export function historyPage(sqlite: BetterSqlite3.Database, eventId: string | null, before: number | undefined, limit: number): HistoryPage {
  if (!hasHistory(sqlite)) return { entries: [], undo: null, redo: null };
  const rows = prepared(
    sqlite,
    `SELECT * FROM change_sets WHERE (@event IS NULL OR event_id = @event) AND (@before IS NULL OR seq < @before)
       ORDER BY seq DESC LIMIT @limit`,
  ).all({ event: eventId, before: before ?? null, limit }) as Parameters<typeof toEntry>[0][];
  const undo = undoTarget(sqlite, eventId, '');
  const redo = redoTarget(sqlite, eventId, '');
  // Both are named for the change they undo or bring back, not for the undo or redo in between.
  // Undone, redone (the undo undone), undone again…: the end of the chain says how it stands.
  const undoneNow = (r: Parameters<typeof toEntry>[0]) => {
    let hops = 0;
    for (let by = r.undone_by; by !== null && hops < 1000; hops++) by = setById(sqlite, by)?.undone_by ?? null;
    return hops % 2 === 1;
  };
  return {
    entries: rows.map((r) => toEntry(r, undoneNow(r))),
    undo: undo && { ...toEntry(undo), label: originalLabel(sqlite, undo) },
    redo: redo && { ...toEntry(redo), label: originalLabel(sqlite, redo) },
  };
}

export function markChangeSet(sqlite: BetterSqlite3.Database, id: string, kind: 'undo' | 'redo', undoes: string): void {
  prepared(sqlite, 'UPDATE change_sets SET kind = ?, undoes = ? WHERE id = ?').run(kind, undoes, id);
}

interface StoredChange {
  tbl: string;
  row_id: string;
  op: 'insert' | 'update' | 'delete';
  before: string | null;
  after: string | null;
}

// Kept out of a detail: they change with every edit and say nothing to the organizer.
const QUIET = new Set(['updated_at', 'name_key', 'label_key', 'event_id', 'id']);

/** A stored change as the fields it changed. */
function rowChange(c: StoredChange): RowChange {
  const before = c.before ? (JSON.parse(c.before) as Record<string, unknown>) : {};
  const after = c.after ? (JSON.parse(c.after) as Record<string, unknown>) : {};
  const columns = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !QUIET.has(k));
  const fields = columns
    .map((column) => ({ column, before: before[column] ?? null, after: after[column] ?? null }))
    .filter((f) => (c.op === 'update' ? JSON.stringify(f.before) !== JSON.stringify(f.after) : (c.op === 'insert' ? f.after : f.before) !== null));
  const named = c.op === 'delete' ? before : after;
  // A seat is named as it is written on it now ("B-12"), not by its key, which stays as it was made.
  const seat =
    typeof named.row_label === 'string' && typeof named.number === 'number'
      ? shortSeat({ zone: named.zone === 'presidium' ? 'presidium' : 'hall', rowLabel: named.row_label, number: named.number }, 'vi')
      : null;
  const name = (named.full_name ?? named.name ?? named.post ?? named.label ?? seat ?? null) as string | null;
  return { table: c.tbl, rowId: c.row_id, op: c.op, name, fields };
}

export function changeSetDetail(sqlite: BetterSqlite3.Database, id: string, limit: number): ChangeSetDetail {
  const set = setById(sqlite, id);
  if (!set) throw notFound({ vi: 'thay đổi', en: 'That change' });
  const changes = prepared(sqlite, 'SELECT tbl, row_id, op, before, after FROM changes WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?').all(
    set.first_change ?? 0,
    set.last_change ?? -1,
    limit,
  ) as StoredChange[];
  return { entry: toEntry(set), changes: changes.map(rowChange), total: set.row_count };
}

export function rowHistory(sqlite: BetterSqlite3.Database, table: string, rowId: string): { entry: HistoryEntry; change: RowChange }[] {
  const rows = prepared(
    sqlite,
    `SELECT ch.tbl, ch.row_id, ch.op, ch.before, ch.after, cs.* FROM changes ch JOIN change_sets cs ON cs.id = ch.set_id
       WHERE ch.tbl = ? AND ch.row_id = ? ORDER BY ch.id DESC LIMIT 200`,
  ).all(table, rowId) as (StoredChange & Parameters<typeof toEntry>[0])[];
  return rows.map((r) => ({ entry: toEntry(r), change: rowChange(r) }));
}
