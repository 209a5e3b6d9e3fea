import type { Kysely } from 'kysely';
import { bridgeTestTask } from '../shared/checklist/bridge-lines';
import { dueOf } from '../shared/checklist/deadline';
import type { TaskStatus } from '../shared/checklist/progress';
import type { Checklist, ChecklistLine, ChecklistTask, ChecklistTaskPatch, NewChecklistTask } from '../shared/contract/checklist';
import { DomainError, notFound } from '../shared/result';
import { newId, nowIso } from './clock';
import { getEvent } from './events';
import { holidaySet } from './holidays';
import type { ChecklistTasksTable, DB } from './schema';

export const toTask = (r: ChecklistTasksTable): ChecklistTask => ({
  ...r,
  deadlineKind: r.deadlineKind as ChecklistTask['deadlineKind'],
  workingDays: r.workingDays === 1,
  status: r.status as TaskStatus,
});

const taskNotFound = () => notFound({ vi: 'công việc', en: 'The task' });

export async function taskRows(db: Kysely<DB>, eventId: string): Promise<ChecklistTasksTable[]> {
  return db.selectFrom('checklistTasks').selectAll().where('eventId', '=', eventId).orderBy('sortOrder').orderBy('createdAt').execute();
}

async function taskRow(db: Kysely<DB>, id: string): Promise<ChecklistTasksTable> {
  const row = await db.selectFrom('checklistTasks').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw taskNotFound();
  return row;
}

async function lineOf(db: Kysely<DB>, row: ChecklistTasksTable): Promise<ChecklistLine> {
  const event = await getEvent(db, row.eventId);
  const task = toTask(row);
  return { source: 'task', task, due: dueOf(task, event.startDate, await holidaySet(db)) };
}

export async function listChecklist(db: Kysely<DB>, eventId: string): Promise<Checklist> {
  const event = await getEvent(db, eventId);
  const holidays = await holidaySet(db);
  const lines = (await taskRows(db, eventId)).map((r): ChecklistLine => {
    const task = toTask(r);
    return { source: 'task', task, due: dueOf(task, event.startDate, holidays) };
  });
  return { eventDate: event.startDate, lines: [...lines, ...(await bridgeTestLines(db, eventId))] };
}

/** The bridge points' planned connection tests, as read-only tasks of the video-bridge workstream. */
async function bridgeTestLines(db: Kysely<DB>, eventId: string): Promise<ChecklistLine[]> {
  const rows = await db
    .selectFrom('bridgeTests as t')
    .innerJoin('bridgePoints as p', 'p.id', 't.bridgePointId')
    .select([
      't.id',
      't.eventId',
      't.kind',
      't.plannedAt',
      't.result',
      't.createdAt',
      't.updatedAt',
      't.bridgePointId',
      'p.name as pointName',
      'p.hostUnit',
      'p.techName',
    ])
    .where('t.eventId', '=', eventId)
    .where('t.plannedAt', 'is not', null)
    .orderBy('t.plannedAt')
    .orderBy('p.sortOrder')
    .execute();
  return rows.map((r) => {
    const task = bridgeTestTask({ ...r, plannedAt: r.plannedAt! });
    return { source: 'bridgeTest', task, due: { date: task.fixedDate!, time: task.dueTime }, testId: r.id, bridgePointId: r.bridgePointId };
  });
}

/** A patch can leave a deadline without its days or its date: refused in words, not by the table's CHECK. */
function assertDeadline(t: Pick<ChecklistTasksTable, 'deadlineKind' | 'offsetDays' | 'fixedDate'>) {
  if (t.deadlineKind === 'offset' ? t.offsetDays === null : t.fixedDate === null)
    throw new DomainError('VALIDATION', {
      vi: 'Thời hạn cần số ngày so với ngày hội nghị, hoặc một ngày cố định.',
      en: 'The deadline needs the days from the event day, or a fixed date.',
    });
}

async function nextOrder(db: Kysely<DB>, eventId: string): Promise<number> {
  const r = await db
    .selectFrom('checklistTasks')
    .select((e) => e.fn.max('sortOrder').as('m'))
    .where('eventId', '=', eventId)
    .executeTakeFirst();
  return r?.m === null || r?.m === undefined ? 0 : Number(r.m) + 1;
}

export async function insertTasks(db: Kysely<DB>, eventId: string, tasks: readonly NewChecklistTask[]): Promise<void> {
  let order = await nextOrder(db, eventId);
  const at = nowIso();
  const rows: ChecklistTasksTable[] = tasks.map((t) => ({
    id: newId(),
    eventId,
    ...t,
    workingDays: t.workingDays ? 1 : 0,
    sortOrder: order++,
    createdAt: at,
    updatedAt: at,
  }));
  for (const r of rows) assertDeadline(r);
  for (let i = 0; i < rows.length; i += 50)
    await db
      .insertInto('checklistTasks')
      .values(rows.slice(i, i + 50))
      .execute();
}

export async function createTask(db: Kysely<DB>, eventId: string, task: NewChecklistTask): Promise<ChecklistLine> {
  await getEvent(db, eventId);
  const row: ChecklistTasksTable = {
    id: newId(),
    eventId,
    ...task,
    workingDays: task.workingDays ? 1 : 0,
    sortOrder: await nextOrder(db, eventId),
    createdAt: nowIso(),
    updatedAt: nowIso(),
  };
  assertDeadline(row);
  await db.insertInto('checklistTasks').values(row).execute();
  return lineOf(db, row);
}

export async function updateTask(db: Kysely<DB>, id: string, set: ChecklistTaskPatch): Promise<ChecklistLine> {
  const old = await taskRow(db, id);
  const { workingDays, ...rest } = set;
  const row: ChecklistTasksTable = {
    ...old,
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    ...(workingDays === undefined ? {} : { workingDays: workingDays ? 1 : 0 }),
    updatedAt: nowIso(),
  };
  assertDeadline(row);
  const { id: _id, eventId: _e, createdAt: _c, ...changed } = row;
  await db.updateTable('checklistTasks').set(changed).where('id', '=', id).execute();
  return lineOf(db, row);
}

export async function deleteTask(db: Kysely<DB>, id: string): Promise<void> {
  const r = await db.deleteFrom('checklistTasks').where('id', '=', id).executeTakeFirst();
  if (r.numDeletedRows === 0n) throw taskNotFound();
}

/** Just after `afterId` (first when null); only the rows whose place changed are written. */
export async function moveTask(db: Kysely<DB>, id: string, afterId: string | null): Promise<Checklist> {
  const moved = await taskRow(db, id);
  const rest = (await taskRows(db, moved.eventId)).filter((r) => r.id !== id);
  const at = afterId === null ? 0 : rest.findIndex((r) => r.id === afterId) + 1;
  if (afterId !== null && at === 0) throw taskNotFound();
  rest.splice(at, 0, moved);
  const now = nowIso();
  for (const [i, r] of rest.entries())
    if (r.sortOrder !== i) await db.updateTable('checklistTasks').set({ sortOrder: i, updatedAt: now }).where('id', '=', r.id).execute();
  return listChecklist(db, moved.eventId);
}

export async function setStatus(db: Kysely<DB>, eventId: string, ids: readonly string[], status: TaskStatus): Promise<Checklist> {
  const found = await db.selectFrom('checklistTasks').select(['id', 'status']).where('eventId', '=', eventId).where('id', 'in', ids).execute();
  if (found.length !== new Set(ids).size) throw taskNotFound();
  const change = found.filter((r) => r.status !== status).map((r) => r.id);
  if (change.length) await db.updateTable('checklistTasks').set({ status, updatedAt: nowIso() }).where('id', 'in', change).execute();
  return listChecklist(db, eventId);
}
