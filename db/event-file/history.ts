import type BetterSqlite3 from 'better-sqlite3';
import type { EventFilePayload } from '../../shared/event-file/payload';
import { isBookkeeping, same, type Row, type Rows, type Touch } from '../../shared/event-file/merge';

const key = (table: string, id: string) => `${table}\u0001${id}`;

const parse = (json: string | null) => (json === null ? null : (JSON.parse(json) as Row));

/** The change sets of the event this laptop has: those of its changes, those copied with it, and those merged from files. */
function localKnownSets(sqlite: BetterSqlite3.Database, eventId: string, changes: readonly RowChange[]): Set<string> {
  const own = changes.map((c) => c.set);
  const named = sqlite.prepare('SELECT id FROM change_sets WHERE event_id = ?').pluck().all(eventId) as string[];
  const merged = sqlite.prepare('SELECT id FROM merged_change_sets WHERE event_id = ?').pluck().all(eventId) as string[];
  return new Set([...own, ...named, ...merged]);
}

/** The sets the file's laptop has: those it carries and those it had merged from others. */
function fileKnownSets(payload: EventFilePayload): Set<string> {
  const merged = payload.tables.merged_change_sets;
  const at = merged ? merged.columns.indexOf('id') : -1;
  return new Set([...payload.changeSets.map((s) => s.id), ...(merged && at >= 0 ? merged.rows.map((r) => String(r[at])) : [])]);
}

/** One change set of a side's history, and one row change of it. */
interface SetInfo {
  id: string;
  call: string;
  kind: string;
  undoes: string | null;
  undoneBy: string | null;
  laptop: string;
  at: string;
}
type Op = 'insert' | 'update' | 'delete';
interface RowChange {
  set: string;
  table: string;
  rowId: string;
  op: Op;
  before: Row | null;
  after: Row | null;
}
/** A laptop's side of a merge: its change history of the event, oldest first, and its rows now. */
export interface Side {
  sets: SetInfo[];
  changes: RowChange[];
  rows: Rows;
  /** The sets this side has: its own, those copied with the event, those merged from files. */
  known: ReadonlySet<string>;
}

const MERGE_CALL = 'eventFile.import';
// The merge's own bookkeeping: not what makes a change news.
const IGNORED_TABLES = new Set(['merged_change_sets']);

export function localSide(sqlite: BetterSqlite3.Database, eventId: string, rows: Rows): Side {
  const sets = sqlite
    .prepare(
      `SELECT id, call, kind, undoes, undone_by AS undoneBy, laptop, at FROM change_sets
       WHERE id IN (SELECT DISTINCT set_id FROM changes WHERE event_id = ?) OR (event_id = ? AND call = ?) ORDER BY seq`,
    )
    .all(eventId, eventId, MERGE_CALL) as SetInfo[];
  const changes = (
    sqlite.prepare('SELECT set_id, tbl, row_id, op, before, after FROM changes WHERE event_id = ? ORDER BY id').raw(true).all(eventId) as [
      string,
      string,
      string,
      Op,
      string | null,
      string | null,
    ][]
  ).map(([set, table, rowId, op, before, after]) => ({ set, table, rowId, op, before: parse(before), after: parse(after) }));
  return { sets, changes, rows, known: localKnownSets(sqlite, eventId, changes) };
}

export function fileSide(payload: EventFilePayload, rows: Rows): Side {
  const changes = payload.changes.map(([set, table, rowId, op, before, after]) => ({
    set: payload.changeSets[set]!.id,
    table,
    rowId,
    op,
    before: parse(before),
    after: parse(after),
  }));
  return { sets: payload.changeSets, changes, rows, known: fileKnownSets(payload) };
}

/**
 * Sets whose effects cancel out for the other side: a change and the undo of it (and a redo and
 * its undo), paired along each chain oldest first, both unseen there. A change the other side has
 * already merged is not cancelled by its undo: the undo is news to it.
 */
function cancelled(sets: readonly SetInfo[], seenThere: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const here = new Set(sets.map((s) => s.id));
  for (const s of sets)
    if (!out.has(s.id) && s.undoneBy && here.has(s.undoneBy) && !seenThere.has(s.id) && !seenThere.has(s.undoneBy)) {
      out.add(s.id);
      out.add(s.undoneBy);
    }
  return out;
}

/**
 * A side's merges of what it was sent, and the undo or redo of such a merge, that only pass on
 * values some laptop's own edit wrote: every field they set is one the other side holds or held
 * for that record, or one an edit in this side's history wrote (that edit counts on its own, seen
 * or not); every row they delete, one such an edit deleted. Such a set is an echo, no change of
 * this side's: without this, a field set back after the other laptop merged the change would be
 * taken back from the echo. A merge that decided something of its own (dropped one of two
 * check-ins of a delegate) is not an echo: its changes count.
 */
function echoes(side: Side, other: Side): Set<string> {
  const byId = new Map(side.sets.map((s) => [s.id, s]));
  const fromMerge = (s: SetInfo | undefined, depth = 0): boolean =>
    !!s && depth < 50 && (s.call === MERGE_CALL || ((s.kind === 'undo' || s.kind === 'redo') && fromMerge(byId.get(s.undoes ?? ''), depth + 1)));
  const candidates = new Set(side.sets.filter((s) => fromMerge(s)).map((s) => s.id));
  if (candidates.size === 0) return candidates;
  // What laptops' own edits wrote: every row state in the other side's history and rows, and in this side's edits.
  const held = new Map<string, Row[]>();
  const deleted = new Set<string>();
  const hold = (k: string, row: Row | null) => {
    if (!row) return;
    const list = held.get(k);
    if (list) list.push(row);
    else held.set(k, [row]);
  };
  for (const c of other.changes) {
    const k = key(c.table, c.rowId);
    hold(k, c.before);
    hold(k, c.after);
    if (c.op === 'delete') deleted.add(k);
  }
  // This side's own edits count for what they wrote only: an edit of a delegate's notes carries
  // their title along unchanged, which is no evidence that anyone wrote that title.
  for (const c of side.changes) {
    if (candidates.has(c.set)) continue;
    const k = key(c.table, c.rowId);
    if (c.op === 'delete') deleted.add(k);
    else if (c.op === 'insert') hold(k, c.after);
    else if (c.after) hold(k, Object.fromEntries(Object.entries(c.after).filter(([col, v]) => !same(c.before?.[col], v))));
  }
  for (const [table, rows] of other.rows) for (const [id, row] of rows) hold(key(table, id), row);
  const echoed = (c: RowChange): boolean => {
    if (IGNORED_TABLES.has(c.table)) return true;
    const k = key(c.table, c.rowId);
    if (c.op === 'delete') return deleted.has(k);
    const states = held.get(k) ?? [];
    return Object.keys(c.after ?? {}).every(
      (col) =>
        isBookkeeping(col) || (c.op === 'update' && same(c.before?.[col], c.after?.[col])) || states.some((st) => col in st && same(st[col], c.after?.[col])),
    );
  };
  for (const c of side.changes) if (candidates.has(c.set) && !echoed(c)) candidates.delete(c.set);
  return candidates;
}

/**
 * Each row `side` changed in sets `other` has not seen (leaving out changes undone there too and
 * echoes of `other`'s own values): its last author and the fields changed.
 * `fresh`: those sets, oldest first.
 */
export function touchesOf(side: Side, other: Side): { touched: Map<string, Touch>; fresh: string[] } {
  const seen = other.known;
  const skipped = new Set([...cancelled(side.sets, seen), ...echoes(side, other)]);
  const byId = new Map(side.sets.map((s) => [s.id, s]));
  const touched = new Map<string, Touch>();
  for (const c of side.changes) {
    if (seen.has(c.set) || skipped.has(c.set)) continue;
    const s = byId.get(c.set);
    const by = { laptop: s?.laptop ?? '', at: s?.at ?? '' };
    const k = key(c.table, c.rowId);
    let t = touched.get(k);
    if (t) t.by = by;
    else touched.set(k, (t = { by, fields: new Set() }));
    for (const col of Object.keys(c.after ?? c.before ?? {})) if (c.op !== 'update' || !same(c.before?.[col], c.after?.[col])) t.fields.add(col);
  }
  return { touched, fresh: side.sets.filter((s) => !seen.has(s.id)).map((s) => s.id) };
}

/**
 * Copies the file's history of an event new to this laptop: shown in its history under the file's
 * laptop, never undone here (origin). Placed before everything this laptop has (lower seq and ids),
 * as it happened before the import, and outside the import's own change set's range of rows.
 */
export function copyHistory(sqlite: BetterSqlite3.Database, payload: EventFilePayload, eventId: string, carriedBy: string | null = null): number {
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
    `INSERT INTO change_sets (id, seq, event_id, at, laptop, call, kind, label_vi, label_en, undoes, undone_by, row_count, first_change, last_change, origin, carried_by)
     VALUES (@id, @seq, @event, @at, @laptop, @call, @kind, @labelVi, @labelEn, @undoes, @undoneBy, @n, @first, @last, @origin, @carriedBy)`,
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
      carriedBy,
    });
  }
  return sets.length;
}

/** Undoing a merge forgets the sets it carried in: this laptop no longer has their changes. */
export function forgetCarried(sqlite: BetterSqlite3.Database, mergeSetId: string): void {
  sqlite.prepare('DELETE FROM changes WHERE set_id IN (SELECT id FROM change_sets WHERE carried_by = ?)').run(mergeSetId);
  sqlite.prepare('DELETE FROM change_sets WHERE carried_by = ?').run(mergeSetId);
}
