import type { Kysely } from 'kysely';
import type { BridgePoint } from '../shared/contract/delegates';
import { DomainError } from '../shared/result';
import { identityKey } from '../shared/text';
import { newId } from './clock';
import type { DB } from './schema';

export async function listBridgePoints(db: Kysely<DB>, eventId: string): Promise<BridgePoint[]> {
  return db.selectFrom('bridgePoints').select(['id', 'eventId', 'name', 'sortOrder']).where('eventId', '=', eventId).orderBy('sortOrder').execute();
}

/** The event's bridge point with this name in any spelling, created if there is none. */
export async function ensureBridgePoint(db: Kysely<DB>, eventId: string, name: string): Promise<BridgePoint & { created: boolean }> {
  const key = identityKey(name);
  const found = await db
    .selectFrom('bridgePoints')
    .select(['id', 'eventId', 'name', 'sortOrder'])
    .where('eventId', '=', eventId)
    .where('nameKey', '=', key)
    .executeTakeFirst();
  if (found) return { ...found, created: false };
  const last = await db
    .selectFrom('bridgePoints')
    .select((eb) => eb.fn.max('sortOrder').as('m'))
    .where('eventId', '=', eventId)
    .executeTakeFirst();
  const row = { id: newId(), eventId, name, nameKey: key, sortOrder: Number(last?.m ?? -1) + 1 };
  await db.insertInto('bridgePoints').values(row).execute();
  return { id: row.id, eventId, name, sortOrder: row.sortOrder, created: true };
}

export async function assertBridgePointOfEvent(db: Kysely<DB>, bridgePointId: string, eventId: string): Promise<void> {
  const row = await db.selectFrom('bridgePoints').select('eventId').where('id', '=', bridgePointId).executeTakeFirst();
  if (!row || row.eventId !== eventId)
    throw new DomainError('VALIDATION', {
      vi: 'Điểm cầu không thuộc hội nghị này.',
      en: 'That bridge point does not belong to this event.',
    });
}
