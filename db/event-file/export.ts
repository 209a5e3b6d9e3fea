import type BetterSqlite3 from 'better-sqlite3';
import { notFound } from '../../shared/result';
import type { EventFilePayload, FileChange, FileChangeSet } from '../../shared/event-file/payload';
import { eventColumn, RECORDED_TABLES } from '../history/registry';

interface SetRow {
  id: string;
  at: string;
  laptop: string;
  call: string;
  kind: FileChangeSet['kind'];
  label_vi: string;
  label_en: string;
  undoes: string | null;
  undone_by: string | null;
}

/** Every row of one event in one recorded table, as [columns, rows of values]. */
export function eventRows(sqlite: BetterSqlite3.Database, table: string, eventId: string): { columns: string[]; rows: (string | number | null)[][] } {
  const stmt = sqlite.prepare(`SELECT * FROM ${table} WHERE ${eventColumn(table as never)} = ? ORDER BY rowid`).raw(true);
  const columns = stmt.columns().map((c) => c.name);
  return { columns, rows: stmt.all(eventId) as (string | number | null)[][] };
}

/**
 * The event whole, as an event file's body: its rows in every recorded table and every change of
 * its rows, in the order they were made (a set that also touched another event brings only this
 * event's rows).
 */
export function eventPayload(sqlite: BetterSqlite3.Database, eventId: string, laptop: string, exportedAt: string): EventFilePayload {
  const event = sqlite.prepare('SELECT id, name, start_date AS startDate FROM events WHERE id = ?').get(eventId) as EventFilePayload['event'] | undefined;
  if (!event) throw notFound({ vi: 'hội nghị', en: 'The event' });
  const tables: EventFilePayload['tables'] = {};
  for (const t of RECORDED_TABLES) tables[t] = eventRows(sqlite, t, eventId);

  const raw = sqlite.prepare('SELECT set_id, tbl, row_id, op, before, after FROM changes WHERE event_id = ? ORDER BY id').raw(true).all(eventId) as [
    string,
    string,
    string,
    FileChange[3],
    string | null,
    string | null,
  ][];
  const setIds = [...new Set(raw.map((c) => c[0]))];
  const byId = new Map<string, SetRow>();
  const read = sqlite.prepare('SELECT id, at, laptop, call, kind, label_vi, label_en, undoes, undone_by FROM change_sets WHERE id = ?');
  for (const id of setIds) {
    const s = read.get(id) as SetRow | undefined;
    if (s) byId.set(id, s);
  }
  const sets = setIds.filter((id) => byId.has(id));
  const index = new Map(sets.map((id, i) => [id, i]));
  const changeSets: FileChangeSet[] = sets.map((id) => {
    const s = byId.get(id)!;
    return { id, at: s.at, laptop: s.laptop, call: s.call, kind: s.kind, labelVi: s.label_vi, labelEn: s.label_en, undoes: s.undoes, undoneBy: s.undone_by };
  });
  const changes: FileChange[] = [];
  for (const c of raw) {
    const i = index.get(c[0]);
    if (i !== undefined) changes.push([i, c[1], c[2], c[3], c[4], c[5]]);
  }
  return { event, laptop, exportedAt, tables, changeSets, changes };
}
