import type BetterSqlite3 from 'better-sqlite3';
import { DomainError } from '../../shared/result';
import type { RowWrite } from '../../shared/event-file/merge';
import { prepared } from '../statements';

const isUnique = (e: unknown) => e instanceof Error && (e as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';

function run(sqlite: BetterSqlite3.Database, w: RowWrite): void {
  if (w.op === 'delete') {
    prepared(sqlite, `DELETE FROM ${w.table} WHERE id = ?`).run(w.id);
    return;
  }
  const row = w.row!;
  const columns = Object.keys(row);
  if (w.op === 'insert') prepared(sqlite, `INSERT INTO ${w.table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
  else {
    const set = columns.filter((c) => c !== 'id');
    prepared(sqlite, `UPDATE ${w.table} SET ${set.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(row);
  }
}

/**
 * Writes a merge's rows inside the open transaction (the history's triggers record each). Parents
 * and children in any order (the keys are checked at commit); updates first, so no cascade of a
 * delete takes a row the merge moves elsewhere; deletes children first, inserts parents first. A
 * row whose unique place another still holds for a moment (two seats swapping a delegate) waits
 * for the others and is tried again.
 */
export function applyWrites(sqlite: BetterSqlite3.Database, writes: readonly RowWrite[], tables: readonly string[]): void {
  sqlite.pragma('defer_foreign_keys = ON');
  const order = new Map(tables.map((t, i) => [t, i]));
  const rank = (w: RowWrite) => order.get(w.table) ?? 0;
  const updates = writes.filter((w) => w.op === 'update');
  const deletes = writes.filter((w) => w.op === 'delete').sort((a, b) => rank(b) - rank(a));
  const inserts = writes.filter((w) => w.op === 'insert').sort((a, b) => rank(a) - rank(b));
  let waiting: RowWrite[] = [];
  const attempt = (w: RowWrite) => {
    try {
      run(sqlite, w);
    } catch (e) {
      if (!isUnique(e)) throw e;
      waiting.push(w);
    }
  };
  for (const w of updates) attempt(w);
  for (const w of deletes) run(sqlite, w);
  for (const w of inserts) attempt(w);
  let parked = false;
  while (waiting.length) {
    const again = waiting;
    waiting = [];
    for (const w of again) attempt(w);
    if (waiting.length < again.length) continue;
    // A cycle (two seats trading their delegates): each lets go of its place first, then all are written.
    if (!parked) {
      parked = true;
      for (const w of waiting) if (w.op === 'update') park(sqlite, w.table, w.id);
      continue;
    }
    throw new DomainError('CONFLICT', {
      vi: 'Không gộp được tệp: một số mục trùng chỗ với nhau. Không có gì bị thay đổi.',
      en: 'The file could not be merged: some records clash over the same place. Nothing was changed.',
    });
  }
}

/** Empties a row's places that may be empty (its nullable unique columns), so another row can take them. */
function park(sqlite: BetterSqlite3.Database, table: string, id: string): void {
  const nullable = new Set(
    (sqlite.pragma(`table_info(${table})`) as { name: string; notnull: number; pk: number }[]).filter((c) => !c.notnull && !c.pk).map((c) => c.name),
  );
  const columns = new Set<string>();
  for (const ix of sqlite.pragma(`index_list(${table})`) as { name: string; unique: number }[])
    if (ix.unique) for (const c of sqlite.pragma(`index_info(${ix.name})`) as { name: string }[]) if (nullable.has(c.name)) columns.add(c.name);
  if (columns.size) prepared(sqlite, `UPDATE ${table} SET ${[...columns].map((c) => `${c} = NULL`).join(', ')} WHERE id = ?`).run(id);
}
