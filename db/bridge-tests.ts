import type { Kysely, Selectable } from 'kysely';
import type { BridgeResult, BridgeTest, BridgeTestKind, Quality } from '../shared/contract/bridge';
import { DomainError } from '../shared/result';
import { defaultSchedule, missingSchedule } from '../shared/bridge/schedule';
import { getBridgePoint, listBridgePoints } from './bridge-points';
import { newId, nowIso } from './clock';
import { getEvent } from './events';
import type { BridgeTestsTable, DB } from './schema';

/** The closed sets are stored as text (checked by the table): typed back here. */
function toBridgeTest(row: Selectable<BridgeTestsTable>): BridgeTest {
  return {
    ...row,
    kind: row.kind as BridgeTestKind,
    result: row.result as BridgeResult | null,
    picture: row.picture as Quality | null,
    sound: row.sound as Quality | null,
  };
}

const notFound = () =>
  new DomainError('NOT_FOUND', { vi: 'Không tìm thấy lần kiểm tra (có thể đã bị xóa).', en: 'Connection test not found (it may have been deleted).' });

export async function listBridgeTests(db: Kysely<DB>, eventId: string, pointId?: string): Promise<BridgeTest[]> {
  let q = db.selectFrom('bridgeTests').selectAll().where('eventId', '=', eventId);
  if (pointId) q = q.where('bridgePointId', '=', pointId);
  // Planned ones in time order, the unscheduled after them by when they were logged.
  const rows = await q
    .orderBy((eb) => eb.fn.coalesce('plannedAt', 'loggedAt'))
    .orderBy('createdAt')
    .execute();
  return rows.map(toBridgeTest);
}

async function getBridgeTest(db: Kysely<DB>, id: string): Promise<BridgeTest> {
  const row = await db.selectFrom('bridgeTests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toBridgeTest(row);
}

interface Planned {
  kind: BridgeTestKind;
  plannedAt: string | null;
  label: string | null;
}

export async function createBridgeTest(db: Kysely<DB>, pointId: string, t: Planned): Promise<BridgeTest> {
  const point = await getBridgePoint(db, pointId);
  const at = nowIso();
  const id = newId();
  await db
    .insertInto('bridgeTests')
    .values({
      id,
      eventId: point.eventId,
      bridgePointId: pointId,
      ...t,
      loggedAt: null,
      result: null,
      picture: null,
      sound: null,
      problem: null,
      onLine: null,
      action: null,
      createdAt: at,
      updatedAt: at,
    })
    .execute();
  return getBridgeTest(db, id);
}

export async function updateBridgeTest(db: Kysely<DB>, id: string, t: Planned): Promise<BridgeTest> {
  await getBridgeTest(db, id);
  await db
    .updateTable('bridgeTests')
    .set({ ...t, updatedAt: nowIso() })
    .where('id', '=', id)
    .execute();
  return getBridgeTest(db, id);
}

export async function deleteBridgeTest(db: Kysely<DB>, id: string): Promise<void> {
  await getBridgeTest(db, id);
  await db.deleteFrom('bridgeTests').where('id', '=', id).execute();
}

/** Adds each point's default schedule entries it does not have (shared/bridge/schedule.ts). */
export async function generateSchedule(db: Kysely<DB>, eventId: string, pointId?: string): Promise<BridgeTest[]> {
  const event = await getEvent(db, eventId);
  const points = pointId ? [await getBridgePoint(db, pointId)] : await listBridgePoints(db, eventId);
  if (points.some((p) => p.eventId !== eventId))
    throw new DomainError('VALIDATION', { vi: 'Điểm cầu không thuộc hội nghị này.', en: 'That bridge point does not belong to this event.' });
  const defaults = defaultSchedule(event.startDate, event.startTime);
  const existing = await listBridgeTests(db, eventId);
  const created: BridgeTest[] = [];
  for (const p of points)
    for (const t of missingSchedule(
      defaults,
      existing.filter((e) => e.bridgePointId === p.id),
    ))
      created.push(await createBridgeTest(db, p.id, { ...t, label: null }));
  return created;
}

export interface LogFields {
  result: BridgeResult;
  loggedAt: string;
  picture: Quality | null;
  sound: Quality | null;
  problem: string | null;
  onLine: string | null;
  action: string | null;
}

/** Writes a result on a scheduled entry, or on a new unscheduled one of the point. */
export async function logBridgeTest(
  db: Kysely<DB>,
  target: { id: string } | { bridgePointId: string; kind: BridgeTestKind },
  log: LogFields,
): Promise<BridgeTest> {
  const id = 'id' in target ? target.id : (await createBridgeTest(db, target.bridgePointId, { kind: target.kind, plannedAt: null, label: null })).id;
  await getBridgeTest(db, id);
  await db
    .updateTable('bridgeTests')
    .set({ ...log, updatedAt: nowIso() })
    .where('id', '=', id)
    .execute();
  return getBridgeTest(db, id);
}
