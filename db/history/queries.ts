import type BetterSqlite3 from 'better-sqlite3';
import type { HistoryPage } from '../../shared/contract/history';
import { hasHistory } from './triggers';
import { redoTarget, setById, toEntry, undoTarget } from './undo';

/** A page of the history, newest first, with what undo and redo would do now. */
export function historyPage(sqlite: BetterSqlite3.Database, eventId: string | null, before: number | undefined, limit: number): HistoryPage {
  if (!hasHistory(sqlite)) return { entries: [], undo: null, redo: null };
  const rows = sqlite
    .prepare(
      `SELECT *, (undone_by IS NOT NULL AND NOT EXISTS
         (SELECT 1 FROM change_sets u WHERE u.id = change_sets.undone_by AND u.undone_by IS NOT NULL)) AS is_undone
       FROM change_sets WHERE (@event IS NULL OR event_id = @event) AND (@before IS NULL OR seq < @before)
       ORDER BY seq DESC LIMIT @limit`,
    )
    .all({ event: eventId, before: before ?? null, limit }) as Parameters<typeof toEntry>[0][];
  const undo = undoTarget(sqlite, eventId, '');
  const redo = redoTarget(sqlite, eventId, '');
  // Redo brings back what the undo undid: named as that.
  const original = redo?.undoes ? setById(sqlite, redo.undoes) : null;
  const redoEntry = redo && { ...toEntry(redo), label: original ? { vi: original.label_vi, en: original.label_en } : toEntry(redo).label };
  return { entries: rows.map((r) => toEntry(r)), undo: undo && toEntry(undo), redo: redoEntry };
}

export function markChangeSet(sqlite: BetterSqlite3.Database, id: string, kind: 'undo' | 'redo', undoes: string): void {
  sqlite.prepare('UPDATE change_sets SET kind = ?, undoes = ? WHERE id = ?').run(kind, undoes, id);
}
