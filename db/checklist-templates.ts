import type { Kysely } from 'kysely';
import { daysBetween } from '../shared/checklist/deadline';
import { BUILT_IN_CHECKLIST_ID, YEAR_END_REVIEW_CHECKLIST, type TemplateTask } from '../shared/checklist/template-review';
import type { Checklist, ChecklistTask, ChecklistTemplate, NewChecklistTask } from '../shared/contract/checklist';
import { DomainError, notFound } from '../shared/result';
import { insertTasks, listChecklist, taskRows, toTask } from './checklist';
import { newId, nowIso } from './clock';
import { getEvent } from './events';
import type { DB } from './schema';

const BUILT_IN_NAME = 'Hội nghị tổng kết năm';
const templateNotFound = () => notFound({ vi: 'mẫu công tác chuẩn bị', en: 'The checklist template' });

/**
 * A task as it carries to another event: a fixed date becomes the same distance from the event
 * day (a date of last year's event means nothing for this one's).
 */
function carried(t: ChecklistTask, eventDate: string): TemplateTask {
  return {
    workstream: t.workstream,
    name: t.name,
    unit: t.ownerUnit,
    offsetDays: t.deadlineKind === 'date' && t.fixedDate ? daysBetween(eventDate, t.fixedDate) : (t.offsetDays ?? 0),
    workingDays: t.deadlineKind === 'offset' && t.workingDays,
    dueTime: t.dueTime,
    notes: t.notes,
  };
}

const fromTemplate = (t: TemplateTask, person: string | null = null): NewChecklistTask => ({
  name: t.name,
  workstream: t.workstream,
  ownerUnit: t.unit,
  ownerPerson: person,
  deadlineKind: 'offset',
  offsetDays: t.offsetDays,
  workingDays: t.workingDays,
  dueTime: t.dueTime,
  fixedDate: null,
  status: 'todo',
  notes: t.notes,
});

export async function listChecklistTemplates(db: Kysely<DB>): Promise<ChecklistTemplate[]> {
  const rows = await db.selectFrom('checklistTemplates').selectAll().orderBy('createdAt', 'desc').execute();
  return [
    { id: BUILT_IN_CHECKLIST_ID, name: BUILT_IN_NAME, taskCount: YEAR_END_REVIEW_CHECKLIST.length, createdAt: '', builtIn: true },
    ...rows.map((r) => ({ id: r.id, name: r.name, taskCount: (JSON.parse(r.tasks) as unknown[]).length, createdAt: r.createdAt, builtIn: false })),
  ];
}

async function templateTasks(db: Kysely<DB>, templateId: string): Promise<readonly TemplateTask[]> {
  if (templateId === BUILT_IN_CHECKLIST_ID) return YEAR_END_REVIEW_CHECKLIST;
  const row = await db.selectFrom('checklistTemplates').select('tasks').where('id', '=', templateId).executeTakeFirst();
  if (!row) throw templateNotFound();
  return JSON.parse(row.tasks) as TemplateTask[];
}

async function put(db: Kysely<DB>, eventId: string, tasks: readonly NewChecklistTask[], mode: 'replace' | 'append'): Promise<Checklist> {
  await getEvent(db, eventId);
  if (mode === 'replace') await db.deleteFrom('checklistTasks').where('eventId', '=', eventId).execute();
  await insertTasks(db, eventId, tasks);
  return listChecklist(db, eventId);
}

export async function startFromTemplate(db: Kysely<DB>, eventId: string, templateId: string, mode: 'replace' | 'append'): Promise<Checklist> {
  return put(
    db,
    eventId,
    (await templateTasks(db, templateId)).map((t) => fromTemplate(t)),
    mode,
  );
}

/** Another event's tasks: the same people (often the same office), every status back to "to do". */
export async function copyFromEvent(db: Kysely<DB>, eventId: string, fromEventId: string, mode: 'replace' | 'append'): Promise<Checklist> {
  if (fromEventId === eventId) throw new DomainError('VALIDATION', { vi: 'Hãy chọn một hội nghị khác để sao chép.', en: 'Choose another event to copy from.' });
  const from = await getEvent(db, fromEventId);
  const tasks = (await taskRows(db, fromEventId)).map(toTask);
  return put(
    db,
    eventId,
    tasks.map((t) => fromTemplate(carried(t, from.startDate), t.ownerPerson)),
    mode,
  );
}

export async function saveChecklistTemplate(db: Kysely<DB>, eventId: string, name: string): Promise<ChecklistTemplate> {
  const event = await getEvent(db, eventId);
  const tasks = (await taskRows(db, eventId)).map((r) => carried(toTask(r), event.startDate));
  if (!tasks.length)
    throw new DomainError('VALIDATION', { vi: 'Chưa có công việc nào để lưu làm mẫu.', en: 'The checklist has no tasks to save as a template.' });
  const row = { id: newId(), name, tasks: JSON.stringify(tasks), createdAt: nowIso() };
  await db.insertInto('checklistTemplates').values(row).execute();
  return { id: row.id, name, taskCount: tasks.length, createdAt: row.createdAt, builtIn: false };
}

export async function deleteChecklistTemplate(db: Kysely<DB>, templateId: string): Promise<void> {
  if (templateId === BUILT_IN_CHECKLIST_ID)
    throw new DomainError('CONFLICT', { vi: 'Mẫu có sẵn của ứng dụng không xoá được.', en: 'The built-in template cannot be deleted.' });
  const r = await db.deleteFrom('checklistTemplates').where('id', '=', templateId).executeTakeFirst();
  if (r.numDeletedRows === 0n) throw templateNotFound();
}
