import type { Kysely } from 'kysely';
import type {
  AwardKind,
  AwardKindPatch,
  AwardPresenter,
  AwardRecipient,
  AwardRecipientPatch,
  NewAwardKind,
  NewAwardRecipient,
} from '../shared/contract/awards';
import { DomainError, notFound } from '../shared/result';
import { newId, nowIso } from './clock';
import { getEvent } from './events';
import type { AwardKindsTable, AwardRecipientsTable, DB } from './schema';

const kindNotFound = () => notFound({ vi: 'loại khen thưởng', en: 'The award' });
const recipientNotFound = () => notFound({ vi: 'người nhận khen thưởng', en: 'The award recipient' });
const toRecipient = (r: AwardRecipientsTable): AwardRecipient => ({ ...r, recipientKind: r.recipientKind as AwardRecipient['recipientKind'] });

export async function listKinds(db: Kysely<DB>, eventId: string): Promise<AwardKind[]> {
  return db.selectFrom('awardKinds').selectAll().where('eventId', '=', eventId).orderBy('seq').orderBy('createdAt').execute();
}

export async function listRecipients(db: Kysely<DB>, eventId: string): Promise<AwardRecipient[]> {
  const rows = await db
    .selectFrom('awardRecipients as r')
    .innerJoin('awardKinds as k', 'k.id', 'r.kindId')
    .selectAll('r')
    .where('r.eventId', '=', eventId)
    .orderBy('k.seq')
    .orderBy('r.seq')
    .orderBy('r.createdAt')
    .execute();
  return rows.map(toRecipient);
}

export async function listPresenters(db: Kysely<DB>, eventId: string): Promise<AwardPresenter[]> {
  return db.selectFrom('awardPresenters').selectAll().where('eventId', '=', eventId).execute();
}

export async function kindRow(db: Kysely<DB>, id: string): Promise<AwardKindsTable> {
  const row = await db.selectFrom('awardKinds').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw kindNotFound();
  return row;
}

async function recipientRow(db: Kysely<DB>, id: string): Promise<AwardRecipientsTable> {
  const row = await db.selectFrom('awardRecipients').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw recipientNotFound();
  return row;
}

/** Where an item put after `afterId` goes: first for null, last when left out. */
function indexAfter(items: readonly { id: string }[], afterId: string | null | undefined, missing: () => DomainError): number {
  if (afterId === undefined) return items.length;
  if (afterId === null) return 0;
  const at = items.findIndex((x) => x.id === afterId);
  if (at < 0) throw missing();
  return at + 1;
}

/** Writes each row's place in the order (only those whose place changed). */
async function renumber(db: Kysely<DB>, table: 'awardKinds' | 'awardRecipients', ordered: readonly { id: string; seq: number }[]): Promise<void> {
  const at = nowIso();
  for (const [i, it] of ordered.entries())
    if (it.seq !== i)
      await db
        .updateTable(table as 'awardKinds')
        .set({ seq: i, updatedAt: at })
        .where('id', '=', it.id)
        .execute();
}

const defined = <T extends object>(set: T) => Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined)) as Partial<T>;

export async function createKind(db: Kysely<DB>, eventId: string, afterId: string | null | undefined, kind: NewAwardKind): Promise<void> {
  await getEvent(db, eventId);
  const kinds = await listKinds(db, eventId);
  const at = nowIso();
  const row: AwardKindsTable = { id: newId(), eventId, seq: indexAfter(kinds, afterId, kindNotFound), ...kind, createdAt: at, updatedAt: at };
  await db.insertInto('awardKinds').values(row).execute();
  const ordered: { id: string; seq: number }[] = [...kinds];
  ordered.splice(row.seq, 0, { id: row.id, seq: row.seq });
  await renumber(db, 'awardKinds', ordered);
}

export async function updateKind(db: Kysely<DB>, id: string, set: AwardKindPatch): Promise<string> {
  const row = await kindRow(db, id);
  const values = defined(set);
  if (Object.keys(values).length)
    await db
      .updateTable('awardKinds')
      .set({ ...values, updatedAt: nowIso() })
      .where('id', '=', id)
      .execute();
  return row.eventId;
}

/** The kind with its recipients and chosen presenters; the script items it wrote stay as ordinary ones. */
export async function deleteKind(db: Kysely<DB>, id: string): Promise<string> {
  const row = await kindRow(db, id);
  await db.deleteFrom('awardKinds').where('id', '=', id).execute();
  await renumber(db, 'awardKinds', await listKinds(db, row.eventId));
  return row.eventId;
}

export async function moveKind(db: Kysely<DB>, id: string, afterId: string | null): Promise<string> {
  const row = await kindRow(db, id);
  if (afterId === id) return row.eventId;
  const rest = (await listKinds(db, row.eventId)).filter((k) => k.id !== id);
  const ordered: { id: string; seq: number }[] = [...rest];
  ordered.splice(indexAfter(rest, afterId, kindNotFound), 0, { id, seq: row.seq });
  await renumber(db, 'awardKinds', ordered);
  return row.eventId;
}

async function kindRecipients(db: Kysely<DB>, kindId: string): Promise<AwardRecipientsTable[]> {
  return db.selectFrom('awardRecipients').selectAll().where('kindId', '=', kindId).orderBy('seq').orderBy('createdAt').execute();
}

type RecipientValues = Pick<AwardRecipientsTable, 'recipientKind' | 'delegateId' | 'fullName' | 'title' | 'unit'>;

/**
 * A recipient as stored: a linked delegate's name, title and unit (a collective's leader: name
 * and title) fill what was left blank, so the name survives the delegate; then checked whole.
 */
async function completed(db: Kysely<DB>, eventId: string, r: RecipientValues): Promise<RecipientValues> {
  const out = { ...r };
  if (r.delegateId) {
    const d = await db.selectFrom('delegates').select(['eventId', 'fullName', 'title', 'organization']).where('id', '=', r.delegateId).executeTakeFirst();
    if (d?.eventId !== eventId)
      throw new DomainError('VALIDATION', {
        vi: 'Người nhận không phải đại biểu của hội nghị này.',
        en: 'The recipient is not a delegate of this event.',
      });
    out.fullName = d.fullName;
    out.title = r.title ?? d.title;
    if (r.recipientKind === 'individual') out.unit = r.unit ?? d.organization;
  }
  if (out.recipientKind === 'individual' && !out.fullName)
    throw new DomainError('VALIDATION', {
      vi: 'Cá nhân được khen thưởng cần có họ tên (hoặc chọn một đại biểu).',
      en: 'An individual recipient needs a name (or a delegate).',
    });
  if (out.recipientKind === 'collective' && !out.unit)
    throw new DomainError('VALIDATION', { vi: 'Tập thể được khen thưởng cần có tên đơn vị.', en: 'A collective recipient needs its unit’s name.' });
  return out;
}

/** Recipients put after `afterId` (first when null, after the kind's others when left out), in their order. */
export async function addRecipients(db: Kysely<DB>, kindId: string, afterId: string | null | undefined, list: readonly NewAwardRecipient[]): Promise<string> {
  const kind = await kindRow(db, kindId);
  const existing = await kindRecipients(db, kindId);
  const start = indexAfter(existing, afterId, recipientNotFound);
  const at = nowIso();
  const rows: AwardRecipientsTable[] = [];
  for (const [i, r] of list.entries())
    rows.push({ id: newId(), eventId: kind.eventId, kindId, seq: start + i, ...(await completed(db, kind.eventId, r)), createdAt: at, updatedAt: at });
  for (let i = 0; i < rows.length; i += 50)
    await db
      .insertInto('awardRecipients')
      .values(rows.slice(i, i + 50))
      .execute();
  const ordered: { id: string; seq: number }[] = [...existing];
  ordered.splice(start, 0, ...rows);
  await renumber(db, 'awardRecipients', ordered);
  return kind.eventId;
}

export async function updateRecipient(db: Kysely<DB>, id: string, set: AwardRecipientPatch): Promise<string> {
  const row = await recipientRow(db, id);
  const values = defined(set);
  if (!Object.keys(values).length) return row.eventId;
  // A new delegate brings his own name and title; the old delegate's must not stay behind.
  const relinked = values.delegateId !== undefined && values.delegateId !== row.delegateId;
  const base = relinked ? { ...row, fullName: null, title: null, ...(row.recipientKind === 'individual' ? { unit: null } : {}) } : row;
  const merged = await completed(db, row.eventId, { ...pick(base), ...values });
  await db
    .updateTable('awardRecipients')
    .set({ ...merged, updatedAt: nowIso() })
    .where('id', '=', id)
    .execute();
  return row.eventId;
}

const pick = (r: RecipientValues): RecipientValues => ({
  recipientKind: r.recipientKind,
  delegateId: r.delegateId,
  fullName: r.fullName,
  title: r.title,
  unit: r.unit,
});

export async function deleteRecipient(db: Kysely<DB>, id: string): Promise<string> {
  const row = await recipientRow(db, id);
  await db.deleteFrom('awardRecipients').where('id', '=', id).execute();
  await renumber(db, 'awardRecipients', await kindRecipients(db, row.kindId));
  return row.eventId;
}

export async function moveRecipient(db: Kysely<DB>, id: string, afterId: string | null): Promise<string> {
  const row = await recipientRow(db, id);
  if (afterId === id) return row.eventId;
  const rest = (await kindRecipients(db, row.kindId)).filter((r) => r.id !== id);
  const ordered: { id: string; seq: number }[] = [...rest];
  ordered.splice(indexAfter(rest, afterId, recipientNotFound), 0, { id, seq: row.seq });
  await renumber(db, 'awardRecipients', ordered);
  return row.eventId;
}

/** A batch's presenter chosen by hand (a delegate of the event), or given back to the order of precedence. */
export async function setPresenter(db: Kysely<DB>, kindId: string, batchIndex: number, delegateId: string | null): Promise<string> {
  const kind = await kindRow(db, kindId);
  await db.deleteFrom('awardPresenters').where('kindId', '=', kindId).where('batchIndex', '=', batchIndex).execute();
  if (delegateId) {
    const d = await db.selectFrom('delegates').select('eventId').where('id', '=', delegateId).executeTakeFirst();
    if (d?.eventId !== kind.eventId)
      throw new DomainError('VALIDATION', { vi: 'Người trao không phải đại biểu của hội nghị này.', en: 'The presenter is not a delegate of this event.' });
    await db.insertInto('awardPresenters').values({ id: newId(), eventId: kind.eventId, kindId, batchIndex, delegateId }).execute();
  }
  return kind.eventId;
}
