import type { Kysely } from 'kysely';
import type { BoardData, BridgePointDetail, PointDelegate } from '../shared/contract/bridge';
import { nameKeyOf, nameOrder } from '../shared/name-order';
import { getBridgePoint, listBridgePoints } from './bridge-points';
import { listBridgeTests } from './bridge-tests';
import { listCategories } from './categories';
import { getEvent } from './events';
import type { DB } from './schema';

/** A point's page: all its delegates, counts by category, chair, seating plan, tests. */
export async function bridgePointDetail(db: Kysely<DB>, id: string): Promise<BridgePointDetail> {
  const point = await getBridgePoint(db, id);
  const rows: PointDelegate[] = await db
    .selectFrom('delegates')
    .select(['id', 'fullName', 'title', 'organization', 'phone', 'categoryId'])
    .where('bridgePointId', '=', id)
    .execute();
  // In the Vietnamese order of names (by the given name, then family and middle), as every list here.
  const at = nameOrder(rows.map((d) => ({ id: d.id, fullName: d.fullName, nameKey: nameKeyOf(d.fullName) })));
  const delegates = new Array<PointDelegate>(rows.length);
  rows.forEach((d, i) => (delegates[at[i]!] = d));
  const categories = await listCategories(db, point.eventId);
  const counts = new Map<string, number>();
  for (const d of delegates) counts.set(d.categoryId, (counts.get(d.categoryId) ?? 0) + 1);
  const byCategory = categories.filter((c) => counts.has(c.id)).map((c) => ({ categoryId: c.id, code: c.code, label: c.label, count: counts.get(c.id)! }));
  let chair = delegates.find((d) => d.id === point.chairDelegateId) ?? null;
  if (!chair && point.chairDelegateId)
    chair =
      (await db
        .selectFrom('delegates')
        .select(['id', 'fullName', 'title', 'organization', 'phone', 'categoryId'])
        .where('id', '=', point.chairDelegateId)
        .executeTakeFirst()) ?? null;
  const plan = (await db.selectFrom('seatingPlans').select(['id', 'name']).where('bridgePointId', '=', id).orderBy('sortOrder').executeTakeFirst()) ?? null;
  return { point, delegates, byCategory, chair, plan, tests: await listBridgeTests(db, point.eventId, id) };
}

/** The board's raw material: points, tests, and per point the delegates expected (not declined) and checked in. */
export async function boardData(db: Kysely<DB>, eventId: string): Promise<BoardData> {
  const event = await getEvent(db, eventId);
  const rows = await db
    .selectFrom('delegates as d')
    .leftJoin('checkIns as k', (j) => j.onRef('k.delegateId', '=', 'd.id').onRef('k.eventId', '=', 'd.eventId'))
    .select((eb) => ['d.bridgePointId', eb.fn.countAll<number>().as('assigned'), eb.fn.count<number>('k.id').as('checkedIn')])
    .where('d.eventId', '=', eventId)
    .where('d.status', '!=', 'declined')
    .where('d.bridgePointId', 'is not', null)
    .groupBy('d.bridgePointId')
    .execute();
  const counts: BoardData['counts'] = {};
  for (const r of rows) counts[r.bridgePointId!] = { assigned: Number(r.assigned), checkedIn: Number(r.checkedIn) };
  return {
    eventName: event.name,
    startDate: event.startDate,
    startTime: event.startTime,
    points: await listBridgePoints(db, eventId),
    tests: await listBridgeTests(db, eventId),
    counts,
  };
}
