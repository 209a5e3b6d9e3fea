import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { ImportCandidate } from '../shared/contract/import';
import { memoIdentity, type ExistingDelegate } from '../shared/import/duplicates';
import { identityKey } from '../shared/text';
import { ensureBridgePoint } from './bridge-points';
import { createCategory, listCategories } from './categories';
import { newId, nowIso } from './clock';
import { insertMany } from './history/bulk';
import { insertRows } from './statements';
import type { DB } from './schema';

/** What duplicate detection compares an import with. */
export async function delegatesForDuplicates(db: Kysely<DB>, eventId: string): Promise<ExistingDelegate[]> {
  return db
    .selectFrom('delegates')
    .select(['id', 'fullName', 'title', 'organization', 'phone', 'nameKey'])
    .where('eventId', '=', eventId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export interface EventLabels {
  /** Identity keys of the event's custom category labels and bridge point names. */
  categoryKeys: Set<string>;
  bridgePointKeys: Set<string>;
  /** The custom category labels as stored, so a section heading can name one. */
  customCategories: string[];
}

export async function labelKeys(db: Kysely<DB>, eventId: string): Promise<EventLabels> {
  const categories = await db.selectFrom('categories').select('label').where('eventId', '=', eventId).where('label', 'is not', null).execute();
  const points = await db.selectFrom('bridgePoints').select('nameKey').where('eventId', '=', eventId).execute();
  const customCategories = categories.map((c) => c.label ?? '').filter(Boolean);
  return {
    categoryKeys: new Set(customCategories.map(identityKey)),
    bridgePointKeys: new Set(points.map((p) => p.nameKey)),
    customCategories,
  };
}

/** The event's units by identityKey, in their first spelling: a heading in capitals reuses it. */
export async function knownUnits(db: Kysely<DB>, eventId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('delegates')
    .select('organization')
    .distinct()
    .where('eventId', '=', eventId)
    .where('organization', 'is not', null)
    .execute();
  const units = new Map<string, string>();
  for (const r of rows) if (r.organization && !units.has(identityKey(r.organization))) units.set(identityKey(r.organization), r.organization);
  return units;
}

/** A delegate row to write, with identityKey(values.fullName) already computed. */
export interface RowWrite {
  values: ImportCandidate;
  nameKey: string;
}

export interface ImportWrites {
  inserts: readonly RowWrite[];
  updates: readonly (RowWrite & { id: string })[];
}

export interface WriteResult {
  categoriesCreated: string[];
  bridgePointsCreated: string[];
}

const INSERT_COLUMNS = [
  'id',
  'event_id',
  'full_name',
  'name_key',
  'title',
  'organization',
  'category_id',
  'precedence_order',
  'phone',
  'email',
  'notes',
  'status',
  'bridge_point_id',
  'appointment_date',
  'birth_date',
  'created_at',
  'updated_at',
];

// A blank value in the file never erases what the delegate already has.
const UPDATE_SQL = `UPDATE delegates SET
  full_name = ?, name_key = ?,
  title = COALESCE(?, title), organization = COALESCE(?, organization), category_id = COALESCE(?, category_id),
  precedence_order = COALESCE(?, precedence_order),
  precedence_order_level = IIF(? IS NULL, precedence_order_level, NULL), phone = COALESCE(?, phone), email = COALESCE(?, email),
  notes = COALESCE(?, notes), status = COALESCE(?, status), bridge_point_id = COALESCE(?, bridge_point_id),
  appointment_date = COALESCE(?, appointment_date), birth_date = COALESCE(?, birth_date), updated_at = ?
  WHERE id = ? AND event_id = ?`;

/** Rows written between two progress reports (and two turns of the event loop). */
const WRITE_CHUNK = 250;

/**
 * The commit's writes, inside the one transaction dispatch opened: categories and bridge points
 * the rows name are found or created through `trx`; the delegate rows go through one prepared
 * statement on the same connection (`sqlite`, which must be inside that transaction), because
 * building 5,000 rows through the query builder costs more than writing them.
 * `afterChunk` is awaited between chunks (progress, and a turn of the event loop).
 */
export async function writeImport(
  trx: Kysely<DB>,
  sqlite: BetterSqlite3.Database,
  eventId: string,
  writes: ImportWrites,
  afterChunk: (done: number, total: number) => Promise<void>,
): Promise<WriteResult> {
  // Outside a transaction each row would commit on its own: no longer all or nothing.
  if (!sqlite.inTransaction) throw new Error('writeImport must run inside the dispatch transaction');
  const all = [...writes.inserts, ...writes.updates].map((w) => w.values);
  const labelKey = memoIdentity();

  const categories = await listCategories(trx, eventId);
  const before = new Set(categories.map((c) => c.id));
  const defaultCategory = (categories.find((c) => c.code === 'delegate') ?? categories[0])?.id;
  const categoryId = new Map<string, string>();
  const categoriesCreated: string[] = [];
  for (const c of all) {
    if (!c.category) continue;
    const key = labelKey(c.category);
    if (categoryId.has(key)) continue;
    const cat = await createCategory(trx, eventId, c.category);
    categoryId.set(key, cat.id);
    if (!before.has(cat.id)) {
      before.add(cat.id);
      categoriesCreated.push(c.category);
    }
  }

  const bridgePointId = new Map<string, string>();
  const bridgePointsCreated: string[] = [];
  for (const c of all) {
    if (!c.bridgePoint) continue;
    const key = labelKey(c.bridgePoint);
    if (bridgePointId.has(key)) continue;
    const bp = await ensureBridgePoint(trx, eventId, c.bridgePoint);
    bridgePointId.set(key, bp.id);
    if (bp.created) bridgePointsCreated.push(c.bridgePoint);
  }

  const catOf = (c: ImportCandidate) => (c.category ? categoryId.get(labelKey(c.category))! : null);
  const bpOf = (c: ImportCandidate) => (c.bridgePoint ? bridgePointId.get(labelKey(c.bridgePoint))! : null);
  const total = writes.inserts.length + writes.updates.length;
  const at = nowIso();
  let done = 0;

  if (writes.inserts.length && !defaultCategory) throw new Error(`event ${eventId} has no category`);
  await insertMany(sqlite, 'delegates', async () => {
    for (let i = 0; i < writes.inserts.length; i += WRITE_CHUNK) {
      const chunk = writes.inserts.slice(i, i + WRITE_CHUNK);
      insertRows(
        sqlite,
        'delegates',
        INSERT_COLUMNS,
        chunk.map(({ values: c, nameKey }) => [
          newId(),
          eventId,
          c.fullName,
          nameKey,
          c.title,
          c.organization,
          catOf(c) ?? defaultCategory,
          c.precedenceOrder,
          c.phone,
          c.email,
          c.notes,
          c.status ?? 'invited',
          bpOf(c),
          c.appointmentDate,
          c.birthDate,
          at,
          at,
        ]),
      );
      done += chunk.length;
      await afterChunk(done, total);
    }
  });

  const update = sqlite.prepare(UPDATE_SQL);
  for (let i = 0; i < writes.updates.length; i += WRITE_CHUNK) {
    const chunk = writes.updates.slice(i, i + WRITE_CHUNK);
    for (const { values: c, nameKey, id } of chunk)
      update.run(
        c.fullName,
        nameKey,
        c.title,
        c.organization,
        catOf(c),
        c.precedenceOrder,
        c.precedenceOrder,
        c.phone,
        c.email,
        c.notes,
        c.status,
        bpOf(c),
        c.appointmentDate,
        c.birthDate,
        at,
        id,
        eventId,
      );
    done += chunk.length;
    await afterChunk(done, total);
  }
  return { categoriesCreated, bridgePointsCreated };
}
