import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Awards, PresenterRef } from '../shared/contract/awards';
import { planBatches, type PlanPerson } from '../shared/awards/plan';
import { placesText } from '../shared/seating/seat-label';
import { listKinds, listPresenters, listRecipients } from './awards';
import { listBridgePoints } from './bridge-points';
import { getEvent } from './events';
import { precedenceOrder } from './precedence';
import { listPlaces } from './seating';
import type { DB } from './schema';

/**
 * The event's awards with their batches worked out: recipients read with their delegate's current
 * name and seat, presenters from the hall's ranked delegates in order of precedence (a remote
 * point's people cannot come up on this stage; someone without a level is not picked by the app).
 */
export async function getAwards(db: Kysely<DB>, sqlite: BetterSqlite3.Database, eventId: string): Promise<Awards> {
  await getEvent(db, eventId);
  const [kinds, recipients, presenters] = [await listKinds(db, eventId), await listRecipients(db, eventId), await listPresenters(db, eventId)];
  const delegates = await db
    .selectFrom('delegates')
    .select(['id', 'fullName', 'title', 'organization', 'bridgePointId'])
    .where('eventId', '=', eventId)
    .execute();
  const people = new Map<string, PlanPerson>(delegates.map((d) => [d.id, d]));
  const order = await precedenceOrder(db, sqlite, eventId);
  const points = await listBridgePoints(db, eventId);
  // The main hall is the flagged point (or none: then every point is remote, the hall is delegates of no point).
  const main = points.find((p) => p.isMain)?.id ?? null;
  const byId = new Map(delegates.map((d) => [d.id, d]));
  const pool: PresenterRef[] = order.entries.flatMap((e) => {
    const d = byId.get(e.id);
    if (!d || e.level === null || (d.bridgePointId && d.bridgePointId !== main)) return [];
    return [{ delegateId: d.id, fullName: d.fullName, title: d.title }];
  });
  const grouped = new Map<string, Parameters<typeof placesText>[0][number][]>();
  for (const p of await listPlaces(db, eventId)) grouped.set(p.delegateId, [...(grouped.get(p.delegateId) ?? []), p]);
  const seats = new Map<string, string>();
  for (const [id, list] of grouped) {
    const text = placesText(list, 'vi');
    if (text) seats.set(id, text);
  }
  return { kinds, recipients, presenters, pool, batches: planBatches({ kinds, recipients, presenters, people, seats, pool }) };
}
