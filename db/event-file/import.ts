import type BetterSqlite3 from 'better-sqlite3';
import type { EventFileSummary, MergeChoice } from '../../shared/contract/event-file';
import { planMerge, type Row, type RowWrite } from '../../shared/event-file/merge';
import { tableLabel } from '../../shared/event-file/labels';
import { RECORDED_TABLES } from '../history/registry';
import { applyWrites } from './apply';
import { copyHistory, fileSide, localSide, touchesOf } from './history';
import { fileRows, localRows, mergeSchema, type ReadFile } from './read';

export interface ImportPlan {
  summary: EventFileSummary;
  /** Writes it, inside the caller's transaction (`changeSetId`: the merge's own, which carries the file's sets in). */
  apply(changeSetId: string | null): void;
}

// Bookkeeping of the merge itself: not shown among what changed.
const HIDDEN = new Set(['merged_change_sets']);

/**
 * What importing the file would do: the event added whole when this laptop lacks it, else merged
 * (see planMerge). Reads only; `apply` writes.
 */
export function planImport(sqlite: BetterSqlite3.Database, read: ReadFile, choices: Readonly<Record<string, MergeChoice>>, otherwise: MergeChoice): ImportPlan {
  const { header, payload } = read;
  const eventId = payload.event.id;
  const base = { event: payload.event, from: { laptop: payload.laptop, exportedAt: payload.exportedAt, appVersion: header.appVersion } };
  const file = fileRows(payload);
  const schema = mergeSchema(sqlite);
  const here = sqlite.prepare('SELECT 1 FROM events WHERE id = ?').pluck().get(eventId) !== undefined;

  if (!here) {
    const writes: RowWrite[] = [];
    for (const t of RECORDED_TABLES) for (const [id, row] of file.get(t)!) writes.push({ table: t, id, op: 'insert', row });
    const tables = RECORDED_TABLES.filter((t) => !HIDDEN.has(t)).map((t) => ({
      table: t,
      label: tableLabel(t),
      added: file.get(t)!.size,
      updated: 0,
      deleted: 0,
      kept: 0,
      deduplicated: 0,
    }));
    return {
      summary: { ...base, mode: 'new', remoteChanges: payload.changeSets.length, tables, conflicts: [], checkInsAlreadyHere: 0, nothingNew: false },
      apply() {
        applyWrites(sqlite, writes, RECORDED_TABLES);
        copyHistory(sqlite, payload, eventId);
      },
    };
  }

  const local = localRows(sqlite, eventId);
  const ours = localSide(sqlite, eventId, local);
  const theirs = fileSide(payload, file);
  const remote = touchesOf(theirs, ours);
  const mine = touchesOf(ours, theirs);
  // The sets merged now are remembered with the merge (undone with it), so the next merge knows them.
  const merged = file.get('merged_change_sets')!;
  const setById = new Map(payload.changeSets.map((s) => [s.id, s]));
  for (const id of remote.fresh) {
    const s = setById.get(id)!;
    if (!merged.has(s.id)) merged.set(s.id, { id: s.id, event_id: eventId, laptop: s.laptop } satisfies Row);
  }
  const plan = planMerge({
    schema,
    local,
    file,
    localTouched: mine.touched,
    remoteTouched: remote.touched,
    choices,
    otherwise,
  });
  // Only the bookkeeping new (the other laptop's merge of what this one sent): nothing to write, no
  // history entry that changes nothing; those sets stay unknown and bring no change next time either.
  // A conflict decided, even all for this laptop's side, is remembered: it is not asked again.
  const nothingNew = plan.conflicts.length === 0 && plan.writes.every((w) => HIDDEN.has(w.table));
  return {
    summary: {
      ...base,
      mode: 'merge',
      remoteChanges: remote.fresh.length,
      tables: plan.tables.filter((t) => !HIDDEN.has(t.table)),
      conflicts: plan.conflicts,
      checkInsAlreadyHere: plan.checkInsAlreadyHere,
      nothingNew,
    },
    apply: (changeSetId) => {
      if (nothingNew) return;
      applyWrites(sqlite, plan.writes, RECORDED_TABLES);
      // The sets merged, each in its own right, so a laptop that takes this one's file later learns of them.
      if (changeSetId) copyHistory(sqlite, payload, eventId, changeSetId);
    },
  };
}
