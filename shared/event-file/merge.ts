import type { MergeChoice, MergeConflict, MergeSide, MergeTableCounts } from '../contract/event-file';
import { DomainError } from '../result';
import { columnLabel, tableLabel } from './labels';

export type Value = string | number | null;
export type Row = Record<string, Value>;
/** table → id → row */
export type Rows = Map<string, Map<string, Row>>;

/** A row's changes in the sets the other side has not seen: their last author, and every field they changed. */
export interface Touch {
  by: MergeSide;
  fields: Set<string>;
}

export interface UniqueKey {
  table: string;
  name: string;
  columns: string[];
  /** A partial index's condition `column = value` (the one main bridge point). */
  where: { column: string; value: Value } | null;
}

export interface ForeignKey {
  column: string;
  parent: string;
  onDelete: string;
}

export interface MergeSchema {
  /** Parents before children. */
  tables: readonly string[];
  uniques: readonly UniqueKey[];
  foreignKeys: ReadonlyMap<string, readonly ForeignKey[]>;
}

export interface MergeInput {
  schema: MergeSchema;
  local: Rows;
  file: Rows;
  localTouched: ReadonlyMap<string, Touch>;
  remoteTouched: ReadonlyMap<string, Touch>;
  choices: Readonly<Record<string, MergeChoice>>;
  otherwise: MergeChoice;
}

export interface RowWrite {
  table: string;
  id: string;
  op: 'insert' | 'update' | 'delete';
  row: Row | null;
}

export interface MergePlan {
  writes: RowWrite[];
  tables: MergeTableCounts[];
  conflicts: MergeConflict[];
  checkInsAlreadyHere: number;
}

const key = (table: string, id: string) => `${table}\u0001${id}`;
export const same = (a: Value | undefined, b: Value | undefined) => (a ?? null) === (b ?? null);
/** Equal on the columns the file has (a column added here since is not a difference). */
const sameRow = (l: Row, r: Row) => Object.keys(r).every((c) => same(l[c], r[c]));

// Kept out of conflicts: when the row last changed, and keys derived from a field (they follow it).
const DERIVED: Record<string, readonly string[]> = { name_key: ['full_name', 'name'], label_key: ['label'] };
const STAMPS = new Set(['updated_at']);
/** A column kept out of conflicts and of what makes a change news. */
export const isBookkeeping = (column: string) => Object.hasOwn(DERIVED, column) || STAMPS.has(column);

/** How a record is named to the organizer: its person's or its own name. */
function recordName(table: string, row: Row | null | undefined, local: Rows, file: Rows): string | null {
  if (!row) return null;
  const own = row.full_name ?? row.name ?? row.label ?? row.post ?? row.title ?? null;
  if (typeof own === 'string' && own) return own;
  if (typeof row.row_label === 'string' && typeof row.number === 'number') return `${row.row_label}-${row.number}`;
  const person =
    typeof row.delegate_id === 'string' ? (local.get('delegates')?.get(row.delegate_id) ?? file.get('delegates')?.get(row.delegate_id)) : undefined;
  if (person && typeof person.full_name === 'string') return person.full_name;
  return table === 'check_ins' || table === 'badge_prints' ? null : String(row.id);
}

/**
 * Plans the merge of an event file into this laptop's copy of the event. For each record the two
 * states are compared: changed on one side only (by the change sets the other has not seen), that
 * side's is taken; on both, field by field against the shared state, and a field changed
 * differently on both sides is a conflict decided by `choices`. Then records that claim the same
 * unique place are settled (one check-in per delegate: the earlier), and references made to point
 * at what remains. Pure: the caller writes `writes` in one transaction.
 */
export function planMerge(input: MergeInput): MergePlan {
  const { schema, local, file, localTouched, remoteTouched } = input;
  const choose = (k: string): MergeChoice => input.choices[k] ?? input.otherwise;
  const conflicts: MergeConflict[] = [];
  const target: Rows = new Map();
  const kept = new Map<string, number>();
  const dedup = new Map<string, number>();
  const bump = (m: Map<string, number>, t: string) => m.set(t, (m.get(t) ?? 0) + 1);
  const name = (t: string, r: Row | null | undefined) => recordName(t, r, local, file);
  const display = (t: string, column: string, v: Value | undefined): Value => {
    const fk = schema.foreignKeys.get(t)?.find((f) => f.column === column);
    if (fk && typeof v === 'string') return name(fk.parent, local.get(fk.parent)?.get(v) ?? file.get(fk.parent)?.get(v)) ?? v;
    return v ?? null;
  };

  // The records a side's changed records point at (a check-in's delegate, a delegate's bridge point):
  // one deleted on the other side is asked, not dropped with what points at it.
  const usedBy = (touched: ReadonlyMap<string, Touch>, rows: Rows) => {
    const out = new Set<string>();
    for (const [t, fks] of schema.foreignKeys)
      for (const [id, row] of rows.get(t) ?? [])
        if (touched.has(key(t, id)))
          for (const fk of fks) {
            const v = row[fk.column];
            if (typeof v === 'string') out.add(key(fk.parent, v));
          }
    return out;
  };
  const usedThere = usedBy(remoteTouched, file);
  const usedHere = usedBy(localTouched, local);

  for (const t of schema.tables) {
    const L = local.get(t) ?? new Map<string, Row>();
    const R = file.get(t) ?? new Map<string, Row>();
    const out = new Map<string, Row>();
    target.set(t, out);
    for (const id of new Set([...L.keys(), ...R.keys()])) {
      const l = L.get(id) ?? null;
      const r = R.get(id) ?? null;
      const put = (row: Row | null) => row && out.set(id, row);
      if (l && r && sameRow(l, r)) {
        put(l);
        continue;
      }
      const lt = localTouched.get(key(t, id));
      const rt = remoteTouched.get(key(t, id));
      const rowConflict = (deleted: MergeChoice) => {
        const k = `r|${t}|${id}`;
        const c = choose(k);
        conflicts.push({
          key: k,
          kind: 'row',
          table: t,
          tableLabel: tableLabel(t),
          rowId: id,
          record: name(t, l ?? r),
          field: null,
          fieldLabel: null,
          mine: null,
          theirs: null,
          deleted,
          mineBy: lt?.by ?? null,
          theirsBy: rt?.by ?? null,
          choice: c,
        });
        put(c === 'mine' ? l : r);
      };
      if (!l && r) {
        // Deleted here: asked when the other side changed it, or a record of its that points at it.
        if (!lt) put(r);
        else if (rt || usedThere.has(key(t, id))) rowConflict('mine');
        else bump(kept, t);
        continue;
      }
      if (l && !r) {
        // Made here only, or deleted there: kept unless only the file's side touched it.
        if (!rt) {
          bump(kept, t);
          put(l);
        } else if (lt || usedHere.has(key(t, id))) rowConflict('theirs');
        continue;
      }
      if (!l || !r) continue;
      if (rt && !lt) {
        put({ ...l, ...r });
        continue;
      }
      if (lt && !rt) {
        bump(kept, t);
        put(l);
        continue;
      }
      // Both sides changed it (or neither history explains the difference): field by field. A field
      // only one side changed is that side's; one both changed (or neither, yet they differ) is asked.
      const merged: Row = { ...l };
      let tookMine = false;
      const decided = new Map<string, MergeChoice>();
      for (const c of Object.keys(r)) {
        if (same(l[c], r[c]) || isBookkeeping(c)) continue;
        const theirs = rt?.fields.has(c) ?? false;
        const mine = lt?.fields.has(c) ?? false;
        if (theirs && !mine) {
          merged[c] = r[c]!;
          decided.set(c, 'theirs');
        } else if (mine && !theirs) {
          tookMine = true;
          decided.set(c, 'mine');
        } else {
          const k = `f|${t}|${id}|${c}`;
          const ch = choose(k);
          conflicts.push({
            key: k,
            kind: 'field',
            table: t,
            tableLabel: tableLabel(t),
            rowId: id,
            record: name(t, l),
            field: c,
            fieldLabel: columnLabel(c),
            mine: display(t, c, l[c]),
            theirs: display(t, c, r[c]),
            deleted: null,
            mineBy: lt?.by ?? null,
            theirsBy: rt?.by ?? null,
            choice: ch,
          });
          decided.set(c, ch);
          if (ch === 'theirs') merged[c] = r[c]!;
          else tookMine = true;
        }
      }
      for (const [c, sources] of Object.entries(DERIVED)) {
        if (!(c in r) || same(l[c], r[c])) continue;
        const from = sources.find((s) => decided.has(s));
        if (from && decided.get(from) === 'theirs') merged[c] = r[c]!;
      }
      for (const c of STAMPS) if (c in r && typeof r[c] === 'string' && typeof l[c] === 'string' && r[c] > l[c]) merged[c] = r[c];
      if (tookMine) bump(kept, t);
      put(merged);
    }
  }
  const remap = settleUniques(input, target, conflicts, choose, dedup, name);
  settleReferences(schema, local, file, target, remap);
  return diff(schema, local, target, kept, dedup, conflicts);
}

function settleUniques(
  input: MergeInput,
  target: Rows,
  conflicts: MergeConflict[],
  choose: (k: string) => MergeChoice,
  dedup: Map<string, number>,
  name: (t: string, r: Row | null | undefined) => string | null,
): Map<string, string> {
  const { schema, local, file } = input;
  const remap = new Map<string, string>();
  const seen = new Set<string>();
  for (let pass = 0; pass < 6; pass++) {
    let moved = false;
    for (const u of schema.uniques) {
      const rows = target.get(u.table);
      if (!rows) continue;
      const groups = new Map<string, string[]>();
      for (const [id, row] of rows) {
        if (u.where && !same(row[u.where.column], u.where.value)) continue;
        const values = u.columns.map((c) => row[c] ?? null);
        if (values.some((v) => v === null)) continue;
        const k = JSON.stringify(values);
        const g = groups.get(k);
        if (g) g.push(id);
        else groups.set(k, [id]);
      }
      for (const [k, ids] of groups) {
        if (ids.length < 2) continue;
        moved = true;
        if (u.table === 'check_ins') {
          // The same delegate let in at two desks: one check-in, the earlier.
          const sorted = [...ids].sort((a, b) => {
            const x = String(rows.get(a)!.checked_at);
            const y = String(rows.get(b)!.checked_at);
            return x < y ? -1 : x > y ? 1 : a < b ? -1 : 1;
          });
          for (const loser of sorted.slice(1)) {
            rows.delete(loser);
            remap.set(`${u.table}\u0001${loser}`, sorted[0]!);
            dedup.set(u.table, (dedup.get(u.table) ?? 0) + 1);
          }
          continue;
        }
        const ck = `u|${u.table}|${u.name}|${k}`;
        const ch = choose(ck);
        const holds = (side: Map<string, Row> | undefined) => ids.find((id) => side?.has(id) && sameKey(side.get(id)!, rows.get(id)!, u.columns));
        const mineId = holds(local.get(u.table));
        const theirsId = holds(file.get(u.table));
        if (!seen.has(ck)) {
          seen.add(ck);
          const about = mineId ?? theirsId ?? ids[0]!;
          const shown = u.columns.find((c) => c !== 'event_id' && c !== 'plan_id' && c !== 'kind_id') ?? u.columns[0]!;
          conflicts.push({
            key: ck,
            kind: 'unique',
            table: u.table,
            tableLabel: tableLabel(u.table),
            rowId: about,
            record: name(u.table, rows.get(about)),
            field: shown,
            fieldLabel: columnLabel(shown),
            mine: mineId ? name(u.table, local.get(u.table)?.get(mineId)) : null,
            theirs: theirsId ? name(u.table, file.get(u.table)?.get(theirsId)) : null,
            deleted: null,
            mineBy: null,
            theirsBy: null,
            choice: ch,
          });
        }
        // Every record of the group goes back to the chosen side's state; one that side lacks gives way to the one that holds the place there.
        const side = ch === 'mine' ? local.get(u.table) : file.get(u.table);
        const holder = ch === 'mine' ? mineId : theirsId;
        for (const id of ids) {
          const back = side?.get(id);
          if (back) rows.set(id, { ...rows.get(id), ...back });
          else {
            rows.delete(id);
            if (holder) remap.set(`${u.table}\u0001${id}`, holder);
          }
        }
      }
    }
    if (!moved) return remap;
  }
  throw new DomainError('CONFLICT', {
    vi: 'Không gộp được tệp: một số mục trùng nhau không thể tự giải quyết. Không có gì bị thay đổi.',
    en: 'The file could not be merged: some records clash in a way that cannot be settled. Nothing was changed.',
  });
}

const sameKey = (a: Row, b: Row, columns: readonly string[]) => columns.every((c) => same(a[c], b[c]));

/** Points references at what the merge keeps: a record replaced by its twin, or gone with its parent. */
function settleReferences(schema: MergeSchema, local: Rows, file: Rows, target: Rows, remap: Map<string, string>): void {
  for (let pass = 0; pass < 10; pass++) {
    let changed = false;
    for (const t of schema.tables) {
      const rows = target.get(t)!;
      for (const fk of schema.foreignKeys.get(t) ?? []) {
        if (fk.parent === 'events') continue;
        const parents = target.get(fk.parent);
        if (!parents) continue;
        for (const [id, row] of rows) {
          const v = row[fk.column];
          if (typeof v !== 'string' || parents.has(v)) continue;
          changed = true;
          const twin = remap.get(`${fk.parent}\u0001${v}`);
          if (twin && parents.has(twin)) rows.set(id, { ...row, [fk.column]: twin });
          else if (fk.onDelete === 'CASCADE') rows.delete(id);
          else if (fk.onDelete === 'SET NULL') rows.set(id, { ...row, [fk.column]: null });
          else {
            // Nothing may point at a missing record of this kind: the record comes back.
            const back = local.get(fk.parent)?.get(v) ?? file.get(fk.parent)?.get(v);
            if (!back)
              throw new DomainError('BAD_FILE', {
                vi: 'Tệp sự kiện thiếu dữ liệu liên quan. Không có gì bị thay đổi.',
                en: 'The event file lacks related records. Nothing was changed.',
              });
            parents.set(v, back);
          }
        }
      }
    }
    if (!changed) return;
  }
}

function diff(schema: MergeSchema, local: Rows, target: Rows, kept: Map<string, number>, dedup: Map<string, number>, conflicts: MergeConflict[]): MergePlan {
  const writes: RowWrite[] = [];
  const tables: MergeTableCounts[] = [];
  for (const t of schema.tables) {
    const L = local.get(t) ?? new Map<string, Row>();
    const T = target.get(t)!;
    const counts = { table: t, label: tableLabel(t), added: 0, updated: 0, deleted: 0, kept: kept.get(t) ?? 0, deduplicated: dedup.get(t) ?? 0 };
    for (const [id, row] of T) {
      const l = L.get(id);
      if (!l) {
        writes.push({ table: t, id, op: 'insert', row });
        counts.added++;
      } else if (!sameRow(l, row)) {
        writes.push({ table: t, id, op: 'update', row });
        counts.updated++;
      }
    }
    for (const id of L.keys())
      if (!T.has(id)) {
        writes.push({ table: t, id, op: 'delete', row: null });
        counts.deleted++;
      }
    tables.push(counts);
  }
  return { writes, tables, conflicts, checkInsAlreadyHere: dedup.get('check_ins') ?? 0 };
}
