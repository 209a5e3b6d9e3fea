import type BetterSqlite3 from 'better-sqlite3';
import type { EventFilePayload } from '../../shared/event-file/payload';
import type { Row, Touch } from '../../shared/event-file/merge';

const key = (table: string, id: string) => `${table}\u0001${id}`;

/**
 * Sets whose effects cancel out for the other side: a change and the undo of it (and a redo and
 * its undo), paired along each chain oldest first, both unseen there. A change the other side has
 * already merged is not cancelled by its undo: the undo is news to it.
 */
function cancelled(sets: readonly { id: string; undoneBy: string | null }[], seenThere: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const here = new Set(sets.map((s) => s.id));
  for (const s of sets)
    if (!out.has(s.id) && s.undoneBy && here.has(s.undoneBy) && !seenThere.has(s.id) && !seenThere.has(s.undoneBy)) {
      out.add(s.id);
      out.add(s.undoneBy);
    }
  return out;
}

const MERGE_CALL = 'eventFile.import';

/**
 * A side's merges of what the other side sent it: a merge set whose merged sets the other side
 * all has (its own, or ones it knows) only echoes them back, so its rows are no change of this
 * side's. Without this, a field changed back after the other laptop merged the change would be
 * compared with the state before it and silently lost. A merge whose choices kept this side's
 * value wrote nothing for it: that value is this side's own earlier change, still news.
 */
function echoes(mergedBy: ReadonlyMap<string, readonly string[]>, seenThere: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const [set, merged] of mergedBy) if (merged.every((m) => seenThere.has(m) || out.has(m))) out.add(set);
  return out;
}
const parse = (json: string | null) => (json === null ? null : (JSON.parse(json) as Row));

/** The change sets of the event this laptop has: its own, those copied with it, and those merged from files. */
export function localKnownSets(sqlite: BetterSqlite3.Database, eventId: string): Set<string> {
  const own = sqlite.prepare('SELECT DISTINCT set_id FROM changes WHERE event_id = ?').pluck().all(eventId) as string[];
  const named = sqlite.prepare('SELECT id FROM change_sets WHERE event_id = ?').pluck().all(eventId) as string[];
  const merged = sqlite.prepare('SELECT id FROM merged_change_sets WHERE event_id = ?').pluck().all(eventId) as string[];
  return new Set([...own, ...named, ...merged]);
}

/** The sets the file's laptop has: those it carries and those it had merged from others. */
export function fileKnownSets(payload: EventFilePayload): Set<string> {
  const merged = payload.tables.merged_change_sets;
  const at = merged ? merged.columns.indexOf('id') : -1;
  return new Set([...payload.changeSets.map((s) => s.id), ...(merged && at >= 0 ? merged.rows.map((r) => String(r[at])) : [])]);
}

/** Each row the file's laptop changed in sets this laptop has not seen: its first such change and its last author. */
export function remoteTouches(payload: EventFilePayload, known: ReadonlySet<string>): { touched: Map<string, Touch>; sets: number[] } {
  const touched = new Map<string, Touch>();
  const fresh = payload.changeSets.map((s) => !known.has(s.id));
  // Every merge, also one that brought an event whole (it merged no set: it copied the file's history).
  const mergedBy = new Map<string, string[]>(payload.changeSets.filter((s) => s.call === MERGE_CALL).map((s) => [s.id, []]));
  for (const [set, table, , op, , after] of payload.changes) {
    const s = payload.changeSets[set]!;
    if (s.call !== MERGE_CALL || table !== 'merged_change_sets' || op !== 'insert') continue;
    const id = parse(after)?.id;
    if (typeof id === 'string') mergedBy.get(s.id)?.push(id);
  }
  const skipped = new Set([...cancelled(payload.changeSets, known), ...echoes(mergedBy, known)]);
  for (const [set, table, rowId, op, before, after] of payload.changes) {
    const s = payload.changeSets[set]!;
    if (!fresh[set] || skipped.has(s.id)) continue;
    const k = key(table, rowId);
    const t = touched.get(k);
    if (t) t.by = { laptop: s.laptop, at: s.at };
    else touched.set(k, { op, before: parse(before), after: parse(after), by: { laptop: s.laptop, at: s.at } });
  }
  return { touched, sets: fresh.flatMap((f, i) => (f ? [i] : [])) };
}

/** Each row of the event this laptop changed in sets the file does not know. */
export function localTouches(sqlite: BetterSqlite3.Database, eventId: string, known: ReadonlySet<string>): Map<string, Touch> {
  const touched = new Map<string, Touch>();
  const rows = sqlite
    .prepare(
      `SELECT ch.set_id, ch.tbl, ch.row_id, ch.op, ch.before, ch.after, cs.laptop, cs.at FROM changes ch JOIN change_sets cs ON cs.id = ch.set_id
       WHERE ch.event_id = ? ORDER BY ch.id`,
    )
    .raw(true)
    .all(eventId) as [string, string, string, Touch['op'], string | null, string | null, string, string][];
  const sets = sqlite
    .prepare('SELECT id, undone_by AS undoneBy FROM change_sets WHERE id IN (SELECT DISTINCT set_id FROM changes WHERE event_id = ?) ORDER BY seq')
    .all(eventId) as { id: string; undoneBy: string | null }[];
  const mergedBy = new Map<string, string[]>(
    (sqlite.prepare('SELECT id FROM change_sets WHERE event_id = ? AND call = ?').pluck().all(eventId, MERGE_CALL) as string[]).map((id) => [id, []]),
  );
  const merges = sqlite
    .prepare(
      `SELECT ch.set_id, json_extract(ch.after, '$.id') FROM changes ch JOIN change_sets cs ON cs.id = ch.set_id
       WHERE ch.event_id = ? AND cs.call = ? AND ch.tbl = 'merged_change_sets' AND ch.op = 'insert' ORDER BY cs.seq, ch.id`,
    )
    .raw(true)
    .all(eventId, MERGE_CALL) as [string, string][];
  for (const [set, id] of merges) mergedBy.get(set)?.push(id);
  const skipped = new Set([...cancelled(sets, known), ...echoes(mergedBy, known)]);
  for (const [set, table, rowId, op, before, after, laptop, at] of rows) {
    if (known.has(set) || skipped.has(set)) continue;
    const k = key(table, rowId);
    const t = touched.get(k);
    if (t) t.by = { laptop, at };
    else touched.set(k, { op, before: parse(before), after: parse(after), by: { laptop, at } });
  }
  return touched;
}

/**
 * Copies the file's history of an event new to this laptop: shown in its history under the file's
 * laptop, never undone here (origin). Placed before everything this laptop has (lower seq and ids),
 * as it happened before the import, and outside the import's own change set's range of rows.
 */
export function copyHistory(sqlite: BetterSqlite3.Database, payload: EventFilePayload, eventId: string): number {
  const exists = sqlite.prepare('SELECT 1 FROM change_sets WHERE id = ?').pluck();
  const sets = payload.changeSets.map((s, i) => ({ s, i })).filter(({ s }) => exists.get(s.id) === undefined);
  if (sets.length === 0) return 0;
  const byset = new Map<number, EventFilePayload['changes']>();
  for (const c of payload.changes) {
    const list = byset.get(c[0]);
    if (list) list.push(c);
    else byset.set(c[0], [c]);
  }
  const total = sets.reduce((n, { i }) => n + (byset.get(i)?.length ?? 0), 0);
  let seq = Math.min(1, sqlite.prepare('SELECT coalesce(min(seq), 1) FROM change_sets').pluck().get() as number) - sets.length;
  let id = Math.min(1, sqlite.prepare('SELECT coalesce(min(id), 1) FROM changes').pluck().get() as number) - total;
  const addSet = sqlite.prepare(
    `INSERT INTO change_sets (id, seq, event_id, at, laptop, call, kind, label_vi, label_en, undoes, undone_by, row_count, first_change, last_change, origin)
     VALUES (@id, @seq, @event, @at, @laptop, @call, @kind, @labelVi, @labelEn, @undoes, @undoneBy, @n, @first, @last, @origin)`,
  );
  const addChange = sqlite.prepare('INSERT INTO changes (id, set_id, tbl, row_id, event_id, op, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const { s, i } of sets) {
    const changes = byset.get(i) ?? [];
    const first = id;
    for (const [, table, rowId, op, before, after] of changes) addChange.run(id++, s.id, table, rowId, eventId, op, before, after);
    addSet.run({
      ...s,
      seq: seq++,
      event: eventId,
      n: changes.length,
      first: changes.length ? first : null,
      last: changes.length ? id - 1 : null,
      origin: payload.laptop,
    });
  }
  return sets.length;
}
