import type BetterSqlite3 from 'better-sqlite3';
import { prepared } from '../statements';
import type { HistoryEntry } from '../../shared/contract/history';
import { DomainError } from '../../shared/result';
import { RECORDED_TABLES, type RecordedTable } from './registry';
import { columnsOf, rowJson } from './triggers';

interface SetRow {
  id: string;
  seq: number;
  event_id: string | null;
  at: string;
  laptop: string;
  call: string;
  kind: 'change' | 'undo' | 'redo';
  label_vi: string;
  label_en: string;
  undoes: string | null;
  undone_by: string | null;
  row_count: number;
  first_change: number | null;
  last_change: number | null;
}

interface ChangeRow {
  id: number;
  tbl: RecordedTable;
  row_id: string;
  op: 'insert' | 'update' | 'delete';
  before: string | null;
  after: string | null;
}

/** `undone`: undone and not redone since (a redo undoes the undo). */
export const toEntry = (r: SetRow & { is_undone?: number }, undone = r.is_undone === undefined ? r.undone_by !== null : r.is_undone === 1): HistoryEntry => ({
  id: r.id,
  seq: r.seq,
  eventId: r.event_id,
  at: r.at,
  laptop: r.laptop,
  call: r.call,
  kind: r.kind,
  label: { vi: r.label_vi, en: r.label_en },
  undone,
  rowCount: r.row_count,
});

// The scope: one event's changes, or everyone's (the events list, where whole events are deleted).
// A set copied from another laptop with its event (origin) is its history, not ours to undo.
const SCOPE = '(@event IS NULL OR event_id = @event)';

/** The newest change in the scope that can be undone: not an undo itself, not undone yet. */
export function undoTarget(sqlite: BetterSqlite3.Database, eventId: string | null, except: string): SetRow | null {
  return (
    (prepared(
      sqlite,
      `SELECT * FROM change_sets WHERE kind != 'undo' AND undone_by IS NULL AND origin IS NULL AND ${SCOPE} AND id != @except ORDER BY seq DESC LIMIT 1`,
    ).get({
      event: eventId,
      except,
    }) as SetRow | undefined) ?? null
  );
}

/** The newest undo in the scope that can be redone: not redone yet, and no new change made since. */
export function redoTarget(sqlite: BetterSqlite3.Database, eventId: string | null, except: string): SetRow | null {
  return (
    (prepared(
      sqlite,
      `SELECT * FROM change_sets u WHERE kind = 'undo' AND undone_by IS NULL AND origin IS NULL AND ${SCOPE} AND id != @except
         AND NOT EXISTS (SELECT 1 FROM change_sets c WHERE c.kind = 'change' AND c.seq > u.seq AND (@event IS NULL OR c.event_id = @event) AND c.id != @except)
         ORDER BY seq DESC LIMIT 1`,
    ).get({ event: eventId, except }) as SetRow | undefined) ?? null
  );
}

export const setById = (sqlite: BetterSqlite3.Database, id: string) =>
  (prepared(sqlite, 'SELECT * FROM change_sets WHERE id = ?').get(id) as SetRow | undefined) ?? null;

/**
 * Plays a change set backwards, as part of the open change set `current` (which the triggers fill
 * with the reverse rows: an undo is history too). Refuses, changing nothing, when any of its rows
 * is no longer as the set left it, and says which later changes touched them.
 */
export function playBackwards(sqlite: BetterSqlite3.Database, target: SetRow, current: string, onlyUnchanged = false): { skipped: number } {
  const changes = prepared(sqlite, 'SELECT id, tbl, row_id, op, before, after FROM changes WHERE id BETWEEN ? AND ? ORDER BY id').all(
    target.first_change ?? 0,
    target.last_change ?? -1,
  ) as ChangeRow[];
  const cols = new Map(RECORDED_TABLES.map((t) => [t, columnsOf(sqlite, t)]));
  const currentRow = new Map(RECORDED_TABLES.map((t) => [t, prepared(sqlite, `SELECT ${rowJson(t, cols.get(t)!)} FROM ${t} WHERE id = ?`, true)]));
  const now = (tbl: RecordedTable, id: string) => (currentRow.get(tbl)!.get(id) as string | undefined) ?? null;

  // Each row must be as the set's last change of it left it, compared on the columns it was
  // recorded with: a column added by a later migration is not a change.
  const last = new Map<string, ChangeRow>();
  for (const c of changes) last.set(`${c.tbl}\u0001${c.row_id}`, c);
  const moved: ChangeRow[] = [];
  for (const c of last.values()) if (!sameRow(now(c.tbl, c.row_id), c.after)) moved.push(c);
  // Asked to, the rows changed since are left as they are now; the rest are undone.
  if (moved.length && (!onlyUnchanged || moved.length === last.size)) throw conflict(sqlite, target, moved, last.size);
  const keep = new Map(moved.map((c) => [`${c.tbl}\u0001${c.row_id}`, c]));
  const keptBefore = new Map([...keep].map(([k, c]) => [k, now(c.tbl, c.row_id)]));

  // Parents and children come back in any order; the keys are checked when the transaction ends.
  sqlite.pragma('defer_foreign_keys = ON');
  const statement = (sqlText: string) => prepared(sqlite, sqlText);
  // Only the columns a row was recorded with are written back: the others keep their defaults.
  const recorded = (tbl: RecordedTable, json: string) => {
    const present = new Set(Object.keys(JSON.parse(json) as object));
    return cols
      .get(tbl)!
      .filter((c) => present.has(c.name))
      .map((c) => c.name);
  };
  for (let i = changes.length - 1; i >= 0; i--) {
    const c = changes[i]!;
    if (keep.has(`${c.tbl}\u0001${c.row_id}`)) continue;
    if (c.op === 'insert') {
      statement(`DELETE FROM ${c.tbl} WHERE id = @id`).run({ id: c.row_id });
      continue;
    }
    const names = recorded(c.tbl, c.before!);
    const v = (n: string) => `json_extract(@json, '$.${n}')`;
    if (c.op === 'update')
      statement(`UPDATE ${c.tbl} SET ${names.map((n) => `${n} = ${v(n)}`).join(', ')} WHERE id = @id`).run({ id: c.row_id, json: c.before });
    else statement(`INSERT INTO ${c.tbl} (${names.join(', ')}) VALUES (${names.map(v).join(', ')})`).run({ json: c.before });
  }
  // A row kept as it is must still be as it was: a parent removed by the undo would take it with it.
  for (const [k, c] of keep)
    if (now(c.tbl, c.row_id) !== keptBefore.get(k))
      throw new DomainError('CONFLICT', {
        vi: `Không thể hoàn tác một phần «${target.label_vi}»: các dòng được giữ lại phụ thuộc vào dòng sẽ bị hoàn tác. Không có gì bị thay đổi.`,
        en: `Cannot partly undo “${target.label_en}”: the rows kept depend on rows it would undo. Nothing was changed.`,
      });
  prepared(sqlite, 'UPDATE change_sets SET undone_by = ? WHERE id = ?').run(current, target.id);
  return { skipped: keep.size };
}

/** Whether the row as it is now is the recorded one, on the recorded columns (a column added since is not a change). */
function sameRow(now: string | null, recorded: string | null): boolean {
  if (now === recorded) return true;
  if (now === null || recorded === null) return false;
  const a = JSON.parse(now) as Record<string, unknown>;
  const b = JSON.parse(recorded) as Record<string, unknown>;
  return Object.keys(b).every((k) => k in a && JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

function conflict(sqlite: BetterSqlite3.Database, target: SetRow, moved: readonly ChangeRow[], rows: number): DomainError {
  const later = prepared(
    sqlite,
    `SELECT DISTINCT cs.label_vi, cs.label_en, cs.laptop, cs.at, cs.seq FROM changes ch JOIN change_sets cs ON cs.id = ch.set_id
     WHERE ch.tbl = ? AND ch.row_id = ? AND cs.seq > ? ORDER BY cs.seq`,
  );
  const by = new Map<number, { label_vi: string; label_en: string; laptop: string; at: string }>();
  for (const c of moved.slice(0, 200))
    for (const r of later.all(c.tbl, c.row_id, target.seq) as { label_vi: string; label_en: string; laptop: string; at: string; seq: number }[])
      by.set(r.seq, r);
  const list = [...by.values()].slice(0, 3);
  const vi = list.map((r) => `«${r.label_vi}» (${r.laptop})`).join(', ');
  const en = list.map((r) => `“${r.label_en}” (${r.laptop})`).join(', ');
  return new DomainError(
    'CONFLICT',
    {
      vi: `Không thể hoàn tác «${target.label_vi}»: ${moved.length.toLocaleString('vi-VN')} dòng đã được thay đổi sau đó${vi ? ` bởi ${vi}` : ''}. Không có gì bị thay đổi; hãy hoàn tác thay đổi sau trước.`,
      en: `Cannot undo “${target.label_en}”: ${moved.length.toLocaleString('en-GB')} rows were changed afterwards${en ? ` by ${en}` : ''}. Nothing was changed; undo the later change first.`,
    },
    // `unchanged`: how many rows an undo of only those would bring back (the screen offers it).
    { rows: moved.length, unchanged: rows - moved.length, by: list.map((r) => ({ label: { vi: r.label_vi, en: r.label_en }, laptop: r.laptop, at: r.at })) },
  );
}

/**
 * What a change set is about for the organizer: a change itself, or, for an undo or a redo, the
 * change it undid or did again ("Hoàn tác: Nhập …" then "Làm lại: Nhập …", never "Hoàn tác: Làm lại: …").
 */
export function originalLabel(sqlite: BetterSqlite3.Database, set: SetRow): { vi: string; en: string } {
  let s: SetRow | null = set;
  for (let hops = 0; s && s.kind !== 'change' && s.undoes && hops < 1000; hops++) s = setById(sqlite, s.undoes);
  return s ? { vi: s.label_vi, en: s.label_en } : { vi: set.label_vi, en: set.label_en };
}
