import type { Kysely } from 'kysely';
import { badgeDesign, defaultDesign, type BadgeDesign } from '../shared/badges/design';
import type { BadgePrint, BadgesState, BadgeTemplate } from '../shared/contract/badges';
import { DomainError, notFound } from '../shared/result';
import { newId, nowIso } from './clock';
import { getEvent } from './events';
import type { BadgeTemplatesTable, DB } from './schema';

const templateNotFound = () => notFound({ vi: 'mẫu thẻ đại biểu', en: 'The badge template' });

/** A stored design read back; one written by an older version is completed by the schema's defaults. */
function readDesign(json: string): BadgeDesign {
  const parsed = badgeDesign.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : defaultDesign();
}

const toTemplate = (r: BadgeTemplatesTable): BadgeTemplate => ({ ...r, design: readDesign(r.design) });

export async function badgesState(db: Kysely<DB>, eventId: string): Promise<BadgesState> {
  const templates = await db.selectFrom('badgeTemplates').selectAll().where('eventId', '=', eventId).orderBy('sortOrder').orderBy('createdAt').execute();
  // The latest issue per delegate: the one whose code the door lets in.
  const latest: BadgePrint[] = await db
    .selectFrom('badgePrints as p')
    .selectAll('p')
    .where('p.eventId', '=', eventId)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('badgePrints as q').select('q.id').whereRef('q.delegateId', '=', 'p.delegateId').whereRef('q.issue', '>', 'p.issue'))),
    )
    .execute();
  return { templates: templates.map(toTemplate), latest };
}

async function templateRow(db: Kysely<DB>, id: string): Promise<BadgeTemplatesTable> {
  const row = await db.selectFrom('badgeTemplates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw templateNotFound();
  return row;
}

export async function createTemplate(db: Kysely<DB>, eventId: string, name: string, design: BadgeDesign | undefined): Promise<BadgeTemplate> {
  await getEvent(db, eventId);
  const last = await db
    .selectFrom('badgeTemplates')
    .select((eb) => eb.fn.max('sortOrder').as('m'))
    .where('eventId', '=', eventId)
    .executeTakeFirst();
  const at = nowIso();
  const row: BadgeTemplatesTable = {
    id: newId(),
    eventId,
    name,
    design: JSON.stringify(design ?? defaultDesign()),
    sortOrder: (last?.m ?? -1) + 1,
    createdAt: at,
    updatedAt: at,
  };
  await db.insertInto('badgeTemplates').values(row).execute();
  return toTemplate(row);
}

export async function updateTemplate(db: Kysely<DB>, id: string, set: { name?: string | undefined; design?: BadgeDesign | undefined }): Promise<string> {
  const row = await templateRow(db, id);
  const values: Partial<BadgeTemplatesTable> = {};
  if (set.name !== undefined) values.name = set.name;
  if (set.design !== undefined) values.design = JSON.stringify(set.design);
  if (Object.keys(values).length)
    await db
      .updateTable('badgeTemplates')
      .set({ ...values, updatedAt: nowIso() })
      .where('id', '=', id)
      .execute();
  return row.eventId;
}

export async function deleteTemplate(db: Kysely<DB>, id: string): Promise<string> {
  const row = await templateRow(db, id);
  await db.deleteFrom('badgeTemplates').where('id', '=', id).execute();
  return row.eventId;
}

/**
 * The badges printed, each at the issue its QR code carries: it must be the next for its delegate
 * (the latest + 1, or 1), or another print got there first and one of the two would be let in.
 */
export async function recordPrinted(
  db: Kysely<DB>,
  eventId: string,
  templateId: string | null | undefined,
  badges: readonly { delegateId: string; issue: number }[],
): Promise<void> {
  await getEvent(db, eventId);
  if (templateId) {
    const t = await templateRow(db, templateId);
    if (t.eventId !== eventId) throw templateNotFound();
  }
  const ids = [...new Set(badges.map((b) => b.delegateId))];
  if (ids.length !== badges.length)
    throw new DomainError('VALIDATION', { vi: 'Một đại biểu chỉ được in một thẻ mỗi lần.', en: 'A delegate can have one badge per print.' });
  const known = new Map<string, string>();
  const latest = new Map<string, number>();
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    for (const d of await db.selectFrom('delegates').select(['id', 'eventId']).where('id', 'in', part).execute()) known.set(d.id, d.eventId);
    for (const p of await db
      .selectFrom('badgePrints')
      .select(['delegateId', (eb) => eb.fn.max('issue').as('issue')])
      .where('delegateId', 'in', part)
      .groupBy('delegateId')
      .execute())
      latest.set(p.delegateId, p.issue);
  }
  const missing = ids.filter((d) => known.get(d) !== eventId);
  if (missing.length) throw notFound({ vi: `${missing.length} đại biểu của hội nghị này`, en: `${missing.length} of the delegates` });
  const stale = badges.filter((b) => b.issue !== (latest.get(b.delegateId) ?? 0) + 1);
  if (stale.length)
    throw new DomainError('CONFLICT', {
      vi: `${stale.length} thẻ vừa được in ở nơi khác: hãy mở lại bản xem trước rồi in lại.`,
      en: `${stale.length} of these badges were printed elsewhere meanwhile: open the preview again and print again.`,
    });
  const at = nowIso();
  for (let i = 0; i < badges.length; i += 500)
    await db
      .insertInto('badgePrints')
      .values(
        badges
          .slice(i, i + 500)
          .map((b) => ({ id: newId(), eventId, delegateId: b.delegateId, issue: b.issue, templateId: templateId ?? null, printedAt: at })),
      )
      .execute();
}
