import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { ScriptItem } from '../shared/contract/script';
import { batchMinutes } from '../shared/awards/wording';
import { DomainError } from '../shared/result';
import { getAwards } from './awards-state';
import { newId, nowIso } from './clock';
import { getScript, updateSettings } from './script';
import type { DB, ScriptItemsTable } from './schema';

/**
 * The awards written into the script: one item per batch (kind 'awards'), from the highest award
 * down, right after the script's own awards item ("Công bố quyết định và trao khen thưởng", where
 * the decisions are read), or at the end when it has none. The items the awards wrote before
 * (those with a batch number, their kind deleted or not) are replaced, and nothing else; when
 * their lines were edited by hand, only with `overwriteEdits`.
 */
export async function writeAwardsScript(
  db: Kysely<DB>,
  sqlite: BetterSqlite3.Database,
  eventId: string,
  overwriteEdits: boolean,
): Promise<{ items: ScriptItem[]; written: number }> {
  const { batches } = await getAwards(db, sqlite, eventId);
  await updateSettings(db, eventId, {});
  const before = (await getScript(db, eventId)).items;
  const old = before.filter((i) => i.awardKindId !== null || i.awardBatch !== null);
  // As with the introductions: lines the MC's writer changed by hand are not lost without a word.
  const edited = old.filter((i) => i.mcLines !== i.generatedLines);
  if (edited.length && !overwriteEdits)
    throw new DomainError(
      'CONFLICT',
      {
        vi: `Lời dẫn của ${edited.length} đợt trao thưởng trong kịch bản đã được sửa tay (${edited[0]!.title}…). Xác nhận để viết lại. Không có gì bị thay đổi.`,
        en: `The lines of ${edited.length} award batches in the script were edited by hand (${edited[0]!.title}…). Confirm to write them again. Nothing was changed.`,
      },
      { edited: edited.map((i) => i.id) },
    );
  for (const i of old) await db.deleteFrom('scriptItems').where('id', '=', i.id).execute();
  const kept = before.filter((i) => !old.includes(i));
  const anchor = kept.findIndex((i) => i.kind === 'awards');
  const at = nowIso();
  const rows: ScriptItemsTable[] = batches.map((b) => ({
    id: newId(),
    eventId,
    seq: 0,
    kind: 'awards',
    title: b.title,
    mcLines: b.lines,
    generatedLines: b.lines,
    performerDelegateId: b.presenter?.delegateId ?? null,
    performerText: null,
    bridgePointId: null,
    cueSound: 'Nhạc trao thưởng',
    cueLight: null,
    cueScreen: null,
    cueCamera: null,
    durationMin: batchMinutes(b.entries.length),
    pinnedAt: null,
    buffer: 0,
    awardKindId: b.kindId,
    awardBatch: b.index,
    createdAt: at,
    updatedAt: at,
  }));
  const place = anchor < 0 ? kept.length : anchor + 1;
  const ordered: { id: string; seq: number }[] = [...kept];
  ordered.splice(place, 0, ...rows.map((r) => ({ id: r.id, seq: -1 })));
  ordered.forEach((o, i) => {
    const row = rows.find((r) => r.id === o.id);
    if (row) row.seq = i;
  });
  for (let i = 0; i < rows.length; i += 50)
    await db
      .insertInto('scriptItems')
      .values(rows.slice(i, i + 50))
      .execute();
  for (const [i, it] of ordered.entries())
    if (it.seq !== i && it.seq !== -1) await db.updateTable('scriptItems').set({ seq: i, updatedAt: at }).where('id', '=', it.id).execute();
  return { items: (await getScript(db, eventId)).items, written: rows.length };
}
