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
  while (waiting.length) {
    const again = waiting;
    waiting = [];
    for (const w of again) attempt(w);
    if (waiting.length === again.length)
      throw new DomainError('CONFLICT', {
        vi: 'Không gộp được tệp: một số mục trùng chỗ với nhau. Không có gì bị thay đổi.',
        en: 'The file could not be merged: some records clash over the same place. Nothing was changed.',
      });
  }
}
