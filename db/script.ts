import type { Kysely } from 'kysely';
import type { IntroBloc, NewScriptItem, Script, ScriptItem, ScriptItemPatch, ScriptSettings, ScriptTemplate } from '../shared/contract/script';
import { DomainError, notFound } from '../shared/result';
import { DEFAULT_BLOCS, type BlocRule } from '../shared/script/blocs';
import { BUILT_IN_TEMPLATE_ID, DECREE_145_TEMPLATE, type TemplateItem } from '../shared/script/template-145';
import { assertBridgePointOfEvent } from './bridge-points';
import { newId, nowIso } from './clock';
import { getEvent } from './events';
import type { DB, ScriptItemsTable, ScriptsTable } from './schema';

const toSettings = (r: ScriptsTable): ScriptSettings => ({ ...r, introMode: r.introMode as ScriptSettings['introMode'] });
const toItem = (r: ScriptItemsTable): ScriptItem => ({ ...r, kind: r.kind as ScriptItem['kind'], buffer: r.buffer === 1 });
const itemNotFound = () => notFound({ vi: 'mục của kịch bản', en: 'The script item' });

async function listItems(db: Kysely<DB>, eventId: string): Promise<ScriptItem[]> {
  const rows = await db.selectFrom('scriptItems').selectAll().where('eventId', '=', eventId).orderBy('seq').orderBy('createdAt').execute();
  return rows.map(toItem);
}

async function settingsRow(db: Kysely<DB>, eventId: string): Promise<ScriptsTable | undefined> {
  return db.selectFrom('scripts').selectAll().where('eventId', '=', eventId).executeTakeFirst();
}

/** The event's script settings, made with their defaults the first time the script is written. */
async function ensureSettings(db: Kysely<DB>, eventId: string): Promise<ScriptsTable> {
  const found = await settingsRow(db, eventId);
  if (found) return found;
  await getEvent(db, eventId);
  const at = nowIso();
  const row: ScriptsTable = {
    id: newId(),
    eventId,
    startAt: null,
    plannedEnd: null,
    introMode: 'level',
    introLevel: 300,
    introCount: 12,
    createdAt: at,
    updatedAt: at,
  };
  await db.insertInto('scripts').values(row).execute();
  return row;
}

async function listBlocs(db: Kysely<DB>, eventId: string): Promise<IntroBloc[]> {
  return db.selectFrom('introBlocs').selectAll().where('eventId', '=', eventId).orderBy('seq').execute();
}

export async function getScript(db: Kysely<DB>, eventId: string): Promise<Script> {
  const settings = await settingsRow(db, eventId);
  if (!settings) await getEvent(db, eventId);
  return { settings: settings ? toSettings(settings) : null, items: await listItems(db, eventId), blocs: await listBlocs(db, eventId) };
}

/** The bloc rules in force: the event's own, or the usual ones until it has some. */
export async function blocRules(db: Kysely<DB>, eventId: string): Promise<readonly BlocRule[]> {
  const own = await listBlocs(db, eventId);
  return own.length ? own : DEFAULT_BLOCS;
}

async function checkRefs(
  db: Kysely<DB>,
  eventId: string,
  item: { performerDelegateId?: string | null | undefined; bridgePointId?: string | null | undefined },
) {
  if (item.performerDelegateId) {
    const d = await db.selectFrom('delegates').select('eventId').where('id', '=', item.performerDelegateId).executeTakeFirst();
    if (d?.eventId !== eventId)
      throw new DomainError('VALIDATION', {
        vi: 'Người thực hiện không phải đại biểu của hội nghị này.',
        en: 'The performer is not a delegate of this event.',
      });
  }
  if (item.bridgePointId) await assertBridgePointOfEvent(db, item.bridgePointId, eventId);
}

/** Writes each item's place in the order (only those whose place changed). */
async function renumber(db: Kysely<DB>, ordered: readonly { id: string; seq: number }[], at: string): Promise<void> {
  for (const [i, it] of ordered.entries())
    if (it.seq !== i) await db.updateTable('scriptItems').set({ seq: i, updatedAt: at }).where('id', '=', it.id).execute();
}

const indexAfter = (items: readonly { id: string }[], afterId: string | null) => {
  if (afterId === null) return 0;
  const at = items.findIndex((x) => x.id === afterId);
  if (at < 0) throw itemNotFound();
  return at + 1;
};

export async function addItem(db: Kysely<DB>, eventId: string, afterId: string | null, item: NewScriptItem): Promise<ScriptItem[]> {
  await ensureSettings(db, eventId);
  await checkRefs(db, eventId, item);
  const items = await listItems(db, eventId);
  const at = nowIso();
  const row: ScriptItemsTable = {
    id: newId(),
    eventId,
    seq: 0,
    ...item,
    generatedLines: null,
    buffer: item.buffer ? 1 : 0,
    awardKindId: null,
    awardBatch: null,
    createdAt: at,
    updatedAt: at,
  };
  row.seq = indexAfter(items, afterId);
  await db.insertInto('scriptItems').values(row).execute();
  const ordered: { id: string; seq: number }[] = [...items];
  ordered.splice(row.seq, 0, { id: row.id, seq: row.seq });
  await renumber(db, ordered, at);
  return listItems(db, eventId);
}

async function itemRow(db: Kysely<DB>, id: string): Promise<ScriptItemsTable> {
  const row = await db.selectFrom('scriptItems').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw itemNotFound();
  return row;
}

export async function getItem(db: Kysely<DB>, id: string): Promise<ScriptItem> {
  return toItem(await itemRow(db, id));
}

export async function updateItem(db: Kysely<DB>, id: string, set: ScriptItemPatch): Promise<ScriptItem> {
  const row = await itemRow(db, id);
  await checkRefs(db, row.eventId, set);
  const values = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
  if (Object.keys(values).length)
    await db
      .updateTable('scriptItems')
      .set({ ...values, ...(set.buffer === undefined ? {} : { buffer: set.buffer ? 1 : 0 }), updatedAt: nowIso() })
      .where('id', '=', id)
      .execute();
  return toItem(await itemRow(db, id));
}

export async function deleteItem(db: Kysely<DB>, id: string): Promise<ScriptItem[]> {
  const row = await itemRow(db, id);
  await db.deleteFrom('scriptItems').where('id', '=', id).execute();
  return listItems(db, row.eventId);
}

export async function moveItem(db: Kysely<DB>, id: string, afterId: string | null): Promise<ScriptItem[]> {
  const row = await itemRow(db, id);
  if (afterId === id) return listItems(db, row.eventId);
  const rest = (await listItems(db, row.eventId)).filter((x) => x.id !== id);
  const ordered: { id: string; seq: number }[] = [...rest];
  ordered.splice(indexAfter(rest, afterId), 0, { id, seq: row.seq });
  await renumber(db, ordered, nowIso());
  return listItems(db, row.eventId);
}

export async function updateSettings(
  db: Kysely<DB>,
  eventId: string,
  set: Partial<Pick<ScriptSettings, 'startAt' | 'plannedEnd' | 'introMode' | 'introLevel' | 'introCount'>>,
): Promise<ScriptSettings> {
  await ensureSettings(db, eventId);
  const values = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
  if (Object.keys(values).length)
    await db
      .updateTable('scripts')
      .set({ ...values, updatedAt: nowIso() })
      .where('eventId', '=', eventId)
      .execute();
  return toSettings((await settingsRow(db, eventId))!);
}

export async function setBlocs(db: Kysely<DB>, eventId: string, blocs: readonly BlocRule[]): Promise<IntroBloc[]> {
  await getEvent(db, eventId);
  await db.deleteFrom('introBlocs').where('eventId', '=', eventId).execute();
  if (blocs.length)
    await db
      .insertInto('introBlocs')
      .values(blocs.map((b, seq) => ({ id: newId(), eventId, seq, pattern: b.pattern, bloc: b.bloc })))
      .execute();
  return listBlocs(db, eventId);
}

const templateOf = (i: Pick<ScriptItem, keyof TemplateItem>): TemplateItem => ({
  kind: i.kind,
  title: i.title,
  mcLines: i.mcLines,
  durationMin: i.durationMin,
  buffer: i.buffer,
  cueSound: i.cueSound,
  cueLight: i.cueLight,
  cueScreen: i.cueScreen,
  cueCamera: i.cueCamera,
});

/**
 * What of a script carries to another event: not the award batches (that event's recipients; this
 * one writes its own from its awards) and not the introductions' text (written from that list).
 */
function carried(items: readonly ScriptItem[]): ScriptItem[] {
  return items.filter((i) => i.awardBatch === null).map((i) => (i.kind === 'introductions' ? { ...i, mcLines: null } : i));
}

export async function listTemplates(db: Kysely<DB>): Promise<ScriptTemplate[]> {
  const rows = await db.selectFrom('scriptTemplates').selectAll().orderBy('createdAt', 'desc').execute();
  return [
    { id: BUILT_IN_TEMPLATE_ID, name: 'Hội nghị tổng kết năm (Nghị định 145/2013)', itemCount: DECREE_145_TEMPLATE.length, createdAt: '', builtIn: true },
    ...rows.map((r) => ({ id: r.id, name: r.name, itemCount: (JSON.parse(r.items) as unknown[]).length, createdAt: r.createdAt, builtIn: false })),
  ];
}

async function templateItems(db: Kysely<DB>, templateId: string): Promise<readonly TemplateItem[]> {
  if (templateId === BUILT_IN_TEMPLATE_ID) return DECREE_145_TEMPLATE;
  const row = await db.selectFrom('scriptTemplates').select('items').where('id', '=', templateId).executeTakeFirst();
  if (!row) throw notFound({ vi: 'mẫu kịch bản', en: 'The script template' });
  return JSON.parse(row.items) as TemplateItem[];
}

/**
 * A script started from a template or from another event's: its items (without the other
 * event's people or bridge points, which belong to it), replacing this one's or after them.
 */
export async function applyTemplate(
  db: Kysely<DB>,
  eventId: string,
  from: { kind: 'template'; templateId: string } | { kind: 'event'; eventId: string },
  mode: 'replace' | 'append',
): Promise<ScriptItem[]> {
  await ensureSettings(db, eventId);
  const source =
    from.kind === 'template'
      ? await templateItems(db, from.templateId)
      : carried(await listItems(db, (await getEvent(db, from.eventId)).id)).map((i) => ({
          ...templateOf(i),
          pinnedAt: i.pinnedAt,
          performerText: i.performerText,
        }));
  if (from.kind === 'event' && from.eventId === eventId && mode === 'replace') return listItems(db, eventId);
  if (mode === 'replace') await db.deleteFrom('scriptItems').where('eventId', '=', eventId).execute();
  const start = mode === 'replace' ? 0 : (await listItems(db, eventId)).length;
  const at = nowIso();
  const rows: ScriptItemsTable[] = source.map((t, i) => ({
    id: newId(),
    eventId,
    seq: start + i,
    kind: t.kind,
    title: t.title,
    mcLines: t.mcLines,
    generatedLines: null,
    performerDelegateId: null,
    performerText: 'performerText' in t ? (t.performerText as string | null) : null,
    bridgePointId: null,
    cueSound: t.cueSound,
    cueLight: t.cueLight,
    cueScreen: t.cueScreen,
    cueCamera: t.cueCamera,
    durationMin: t.durationMin,
    pinnedAt: 'pinnedAt' in t ? (t.pinnedAt as number | null) : null,
    buffer: t.buffer ? 1 : 0,
    // A copied item is an ordinary one: the awards of this event write their own.
    awardKindId: null,
    awardBatch: null,
    createdAt: at,
    updatedAt: at,
  }));
  for (let i = 0; i < rows.length; i += 50)
    await db
      .insertInto('scriptItems')
      .values(rows.slice(i, i + 50))
      .execute();
  return listItems(db, eventId);
}

export async function saveTemplate(db: Kysely<DB>, eventId: string, name: string): Promise<ScriptTemplate> {
  const items = carried(await listItems(db, eventId));
  if (!items.length)
    throw new DomainError('VALIDATION', { vi: 'Kịch bản chưa có mục nào để lưu làm mẫu.', en: 'The script has no items to save as a template.' });
  const row = { id: newId(), name, items: JSON.stringify(items.map(templateOf)), createdAt: nowIso() };
  await db.insertInto('scriptTemplates').values(row).execute();
  return { id: row.id, name, itemCount: items.length, createdAt: row.createdAt, builtIn: false };
}

export async function deleteTemplate(db: Kysely<DB>, templateId: string): Promise<void> {
  if (templateId === BUILT_IN_TEMPLATE_ID)
    throw new DomainError('CONFLICT', { vi: 'Mẫu có sẵn của ứng dụng không xoá được.', en: 'The built-in template cannot be deleted.' });
  const r = await db.deleteFrom('scriptTemplates').where('id', '=', templateId).executeTakeFirst();
  if (r.numDeletedRows === 0n) throw notFound({ vi: 'mẫu kịch bản', en: 'The script template' });
}
