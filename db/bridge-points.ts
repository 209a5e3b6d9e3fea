import type { Kysely, Selectable } from 'kysely';
import type { BridgePoint, BridgePointFields } from '../shared/contract/bridge';
import { DomainError } from '../shared/result';
import { identityKey } from '../shared/text';
import { newId, nowIso } from './clock';
import type { BridgePointsTable, DB } from './schema';

const notFound = () =>
  new DomainError('NOT_FOUND', { vi: 'Không tìm thấy điểm cầu (có thể đã bị xóa).', en: 'Bridge point not found (it may have been deleted).' });

/** A row as its record: the flag stored 0/1 becomes a boolean, the folded name key stays here. */
function toBridgePoint(row: Selectable<BridgePointsTable>): BridgePoint {
  const { nameKey: _key, isMain, ...rest } = row;
  return { ...rest, isMain: isMain === 1 };
}

export async function listBridgePoints(db: Kysely<DB>, eventId: string): Promise<BridgePoint[]> {
  const rows = await db.selectFrom('bridgePoints').selectAll().where('eventId', '=', eventId).orderBy('sortOrder').execute();
  return rows.map(toBridgePoint);
}

export async function getBridgePoint(db: Kysely<DB>, id: string): Promise<BridgePoint> {
  const row = await db.selectFrom('bridgePoints').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toBridgePoint(row);
}

async function assertNameFree(db: Kysely<DB>, eventId: string, name: string, exceptId: string | null): Promise<void> {
  let q = db.selectFrom('bridgePoints').select('id').where('eventId', '=', eventId).where('nameKey', '=', identityKey(name));
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw new DomainError('CONFLICT', { vi: `Đã có điểm cầu “${name}”.`, en: `There is already a bridge point “${name}”.` });
}

async function assertChairOfEvent(db: Kysely<DB>, eventId: string, delegateId: string | null): Promise<void> {
  if (!delegateId) return;
  const row = await db.selectFrom('delegates').select('eventId').where('id', '=', delegateId).executeTakeFirst();
  if (row?.eventId !== eventId)
    throw new DomainError('VALIDATION', { vi: 'Người chủ trì không phải đại biểu của hội nghị này.', en: 'The chair is not a delegate of this event.' });
}

async function nextSortOrder(db: Kysely<DB>, eventId: string): Promise<number> {
  const last = await db
    .selectFrom('bridgePoints')
    .select((eb) => eb.fn.max('sortOrder').as('m'))
    .where('eventId', '=', eventId)
    .executeTakeFirst();
  return Number(last?.m ?? -1) + 1;
}

export async function createBridgePoint(db: Kysely<DB>, eventId: string, fields: BridgePointFields, isMain: boolean): Promise<BridgePoint> {
  await assertNameFree(db, eventId, fields.name, null);
  await assertChairOfEvent(db, eventId, fields.chairDelegateId);
  if (isMain) await db.updateTable('bridgePoints').set({ isMain: 0 }).where('eventId', '=', eventId).where('isMain', '=', 1).execute();
  const id = newId();
  await db
    .insertInto('bridgePoints')
    .values({ id, eventId, ...fields, nameKey: identityKey(fields.name), sortOrder: await nextSortOrder(db, eventId), isMain: isMain ? 1 : 0 })
    .execute();
  return getBridgePoint(db, id);
}

export async function updateBridgePoint(db: Kysely<DB>, id: string, fields: BridgePointFields, isMain?: boolean): Promise<BridgePoint> {
  const before = await getBridgePoint(db, id);
  await assertNameFree(db, before.eventId, fields.name, id);
  await assertChairOfEvent(db, before.eventId, fields.chairDelegateId);
  await db
    .updateTable('bridgePoints')
    .set({ ...fields, nameKey: identityKey(fields.name) })
    .where('id', '=', id)
    .execute();
  if (isMain === true && !before.isMain) await setMainPoint(db, before.eventId, id);
  if (isMain === false && before.isMain) await setMainPoint(db, before.eventId, null);
  return getBridgePoint(db, id);
}

/**
 * Deletes a point: its delegates stay, at no point, and its tests go. Each step is written out
 * (not left to the foreign keys) so the history holds every row and undo brings them all back. A
 * point with a seating plan is refused: the plan and its seats are real work, deleted on purpose.
 */
export async function deleteBridgePoint(db: Kysely<DB>, id: string): Promise<void> {
  await getBridgePoint(db, id);
  const plan = await db.selectFrom('seatingPlans').select('name').where('bridgePointId', '=', id).executeTakeFirst();
  if (plan)
    throw new DomainError('CONFLICT', {
      vi: `Điểm cầu có sơ đồ chỗ ngồi “${plan.name}”: hãy xóa sơ đồ trước.`,
      en: `The point has the seating plan “${plan.name}”: delete the plan first.`,
    });
  await db.updateTable('delegates').set({ bridgePointId: null, updatedAt: nowIso() }).where('bridgePointId', '=', id).execute();
  await db.updateTable('scriptItems').set({ bridgePointId: null }).where('bridgePointId', '=', id).execute();
  await db.deleteFrom('bridgeTests').where('bridgePointId', '=', id).execute();
  await db.deleteFrom('bridgePoints').where('id', '=', id).execute();
}

export async function setMainPoint(db: Kysely<DB>, eventId: string, id: string | null): Promise<BridgePoint[]> {
  if (id) await assertBridgePointOfEvent(db, id, eventId);
  await db.updateTable('bridgePoints').set({ isMain: 0 }).where('eventId', '=', eventId).where('isMain', '=', 1).execute();
  if (id) await db.updateTable('bridgePoints').set({ isMain: 1 }).where('id', '=', id).execute();
  return listBridgePoints(db, eventId);
}

export async function assignDelegates(db: Kysely<DB>, eventId: string, pointId: string | null, delegateIds: readonly string[]): Promise<number> {
  if (pointId) await assertBridgePointOfEvent(db, pointId, eventId);
  let updated = 0;
  // In slices: SQLite caps the parameters of one statement.
  for (let i = 0; i < delegateIds.length; i += 500) {
    const slice = delegateIds.slice(i, i + 500);
    const res = await db
      .updateTable('delegates')
      .set({ bridgePointId: pointId, updatedAt: nowIso() })
      .where('eventId', '=', eventId)
      .where('id', 'in', slice)
      .where((eb) => (pointId === null ? eb('bridgePointId', 'is not', null) : eb.or([eb('bridgePointId', 'is', null), eb('bridgePointId', '!=', pointId)])))
      .executeTakeFirst();
    updated += Number(res.numUpdatedRows);
  }
  return updated;
}

/** The event's bridge point with this name in any spelling, created if there is none. */
export async function ensureBridgePoint(db: Kysely<DB>, eventId: string, name: string): Promise<BridgePoint & { created: boolean }> {
  const found = await db.selectFrom('bridgePoints').selectAll().where('eventId', '=', eventId).where('nameKey', '=', identityKey(name)).executeTakeFirst();
  if (found) return { ...toBridgePoint(found), created: false };
  const point = await createBridgePoint(
    db,
    eventId,
    {
      name,
      hostUnit: null,
      address: null,
      chairDelegateId: null,
      techName: null,
      techPhone: null,
      backupName: null,
      backupPhone: null,
      line: null,
      backupLine: null,
      expectedCount: null,
      notes: null,
    },
    false,
  );
  return { ...point, created: true };
}

export async function assertBridgePointOfEvent(db: Kysely<DB>, bridgePointId: string, eventId: string): Promise<void> {
  const row = await db.selectFrom('bridgePoints').select('eventId').where('id', '=', bridgePointId).executeTakeFirst();
  if (!row || row.eventId !== eventId)
    throw new DomainError('VALIDATION', {
      vi: 'Điểm cầu không thuộc hội nghị này.',
      en: 'That bridge point does not belong to this event.',
    });
}
