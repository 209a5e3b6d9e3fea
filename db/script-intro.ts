import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Delegate } from '../shared/contract/delegates';
import type { ScriptItem } from '../shared/contract/script';
import { buildOrder, type PrecedenceOrder } from '../shared/precedence/order';
import { DomainError } from '../shared/result';
import { lineChanges, writeIntroductions } from '../shared/script/introductions';
import { listBridgePoints } from './bridge-points';
import { nowIso } from './clock';
import { getEvent } from './events';
import { listDelegates } from './delegates';
import { orderInputs, precedenceOrder } from './precedence';
import { blocRules, getItem } from './script';
import type { DB } from './schema';

async function introItem(db: Kysely<DB>, itemId: string) {
  const row = await db.selectFrom('scriptItems').selectAll().where('id', '=', itemId).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', { vi: 'Không tìm thấy mục của kịch bản.', en: 'The script item was not found.' });
  if (row.kind !== 'introductions')
    throw new DomainError('VALIDATION', {
      vi: 'Chỉ mục “Tuyên bố lý do, giới thiệu đại biểu” mới được viết lời giới thiệu từ danh sách.',
      en: 'Only a “statement of purpose and introductions” item gets its lines from the list.',
    });
  return row;
}

/** The introductions as the list now reads, for one item: the text, and what it changes. */
export async function introductionsFor(db: Kysely<DB>, sqlite: BetterSqlite3.Database, itemId: string) {
  const item = await introItem(db, itemId);
  const event = await getEvent(db, item.eventId);
  // Outside a write, the order the list's screens already have (worked out again only after a
  // change to the data); the people's rows are then the same cached read. Inside one, both read once.
  let order: PrecedenceOrder;
  let people: Delegate[];
  if (db.isTransaction) {
    const inputs = await orderInputs(db, sqlite, item.eventId);
    people = inputs.people;
    order = buildOrder(people, inputs.settings);
  } else {
    order = await precedenceOrder(db, sqlite, item.eventId);
    people = await listDelegates(db, sqlite, item.eventId);
  }
  const byId = new Map(people.map((p) => [p.id, p]));
  const script = await db.selectFrom('scripts').selectAll().where('eventId', '=', item.eventId).executeTakeFirst();
  const points = await listBridgePoints(db, item.eventId);
  // The main hall is the flagged point (or none: then every point is remote, the hall is delegates of no point).
  const main = points.find((p) => p.isMain)?.id ?? null;
  const { text } = writeIntroductions({
    order: order.entries.map((e) => {
      const d = byId.get(e.id)!;
      return { id: d.id, fullName: d.fullName, title: d.title, organization: d.organization, bridgePointId: d.bridgePointId, host: e.host, level: e.level };
    }),
    blocs: await blocRules(db, item.eventId),
    named: script?.introMode === 'count' ? { mode: 'count', count: script.introCount } : { mode: 'level', level: script?.introLevel ?? 300 },
    remotePoints: new Map(points.filter((p) => p.id !== main).map((p) => [p.id, p.name])),
    host: event.organizer,
    eventName: event.name,
  });
  // Edited: the lines differ from what the app last wrote (lines written by hand from the start count too).
  const edited = item.mcLines !== null && item.mcLines.trim() !== '' && item.mcLines !== item.generatedLines;
  return { text, edited, ...lineChanges(item.generatedLines, text) };
}

/** Writes the introductions into the item; an edit by hand is only overwritten when asked. */
export async function writeIntroductionsInto(db: Kysely<DB>, sqlite: BetterSqlite3.Database, itemId: string, overwriteEdits: boolean): Promise<ScriptItem> {
  const { text, edited } = await introductionsFor(db, sqlite, itemId);
  if (edited && !overwriteEdits)
    throw new DomainError('CONFLICT', {
      vi: 'Lời giới thiệu đã được sửa tay. Hãy xem các thay đổi rồi xác nhận ghi đè. Không có gì bị thay đổi.',
      en: 'The introductions were edited by hand. Look at the changes, then confirm to overwrite. Nothing was changed.',
    });
  await db.updateTable('scriptItems').set({ mcLines: text, generatedLines: text, updatedAt: nowIso() }).where('id', '=', itemId).execute();
  return getItem(db, itemId);
}
