import { z } from 'zod';
import type { DeadlineKind, Due } from '../checklist/deadline';
import { TASK_STATUSES, type TaskStatus } from '../checklist/progress';
import { clockTime, id, isoDate, optionalLines, optionalText, requiredText } from '../fields';
import { command, query, returns } from './define';

/** One task of an event's preparation (công tác chuẩn bị). */
export interface ChecklistTask {
  id: string;
  eventId: string;
  /** What is to be done ("Gửi giấy mời đại biểu"). */
  name: string;
  /** A built-in workstream's code (shared/checklist/workstreams.ts) or the organizer's own by its name. */
  workstream: string;
  ownerUnit: string | null;
  ownerPerson: string | null;
  deadlineKind: DeadlineKind;
  offsetDays: number | null;
  workingDays: boolean;
  dueTime: string | null;
  fixedDate: string | null;
  status: TaskStatus;
  notes: string | null;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * A line of the checklist as listed: a task the organizer wrote (`source: 'task'`, editable) with
 * its deadline worked out, or a bridge point's scheduled connection test (`source: 'bridgeTest'`,
 * read-only here: planned and logged on the bridge points' screen), shown as a video-bridge task.
 */
export type ChecklistLine =
  { source: 'task'; task: ChecklistTask; due: Due } | { source: 'bridgeTest'; task: ChecklistTask; due: Due; testId: string; bridgePointId: string };

export interface Checklist {
  eventDate: string;
  lines: ChecklistLine[];
}

export interface ChecklistTemplate {
  id: string;
  name: string;
  taskCount: number;
  createdAt: string;
  /** The built-in year-end review cannot be deleted. */
  builtIn: boolean;
}

export interface Holiday {
  id: string;
  date: string;
  name: string;
}

const taskFields = {
  name: requiredText(300),
  workstream: requiredText(100),
  ownerUnit: optionalText(200),
  ownerPerson: optionalText(200),
  deadlineKind: z.enum(['offset', 'date']),
  offsetDays: z.number().int().min(-365).max(365).nullable(),
  workingDays: z.boolean(),
  dueTime: clockTime.nullable(),
  fixedDate: isoDate.nullable(),
  status: z.enum(TASK_STATUSES),
  notes: optionalLines(4000),
};
/** An offset deadline needs its days, a fixed one its date. */
const deadlineComplete = (t: { deadlineKind?: string; offsetDays?: number | null; fixedDate?: string | null }) =>
  t.deadlineKind === undefined || (t.deadlineKind === 'offset' ? t.offsetDays !== null && t.offsetDays !== undefined : !!t.fixedDate);
const deadlineRule = { error: 'deadline', path: ['deadlineKind'] };

const newTask = z
  .strictObject({
    ...taskFields,
    ownerUnit: taskFields.ownerUnit.default(null),
    ownerPerson: taskFields.ownerPerson.default(null),
    deadlineKind: taskFields.deadlineKind.default('offset'),
    offsetDays: taskFields.offsetDays.default(0),
    workingDays: taskFields.workingDays.default(false),
    dueTime: taskFields.dueTime.default(null),
    fixedDate: taskFields.fixedDate.default(null),
    status: taskFields.status.default('todo'),
    notes: taskFields.notes.default(null),
  })
  .refine(deadlineComplete, deadlineRule);
export type NewChecklistTask = z.output<typeof newTask>;

const taskPatch = z
  .strictObject(
    Object.fromEntries(Object.entries(taskFields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof taskFields]: z.ZodOptional<(typeof taskFields)[K]>;
    },
  )
  .refine(deadlineComplete, deadlineRule);
export type ChecklistTaskPatch = z.output<typeof taskPatch>;

const eventRef = z.strictObject({ eventId: id });
const mode = z.enum(['replace', 'append']);

export const checklistContract = {
  /** The event's tasks in order, each with its deadline worked out from the event day and the holidays. */
  'checklist.list': query(eventRef, returns<Checklist>()),
  'checklist.create': command(z.strictObject({ eventId: id, task: newTask }), returns<ChecklistLine>()),
  'checklist.update': command(z.strictObject({ id, set: taskPatch }), returns<ChecklistLine>()),
  'checklist.delete': command(z.strictObject({ id }), returns<{ id: string }>()),
  /** Moved to just after `afterId` (first when null). */
  'checklist.move': command(z.strictObject({ id, afterId: id.nullable() }), returns<Checklist>()),
  /** Several tasks marked at once (one key on the list, or a selection). */
  'checklist.setStatus': command(z.strictObject({ eventId: id, ids: z.array(id).min(1).max(2000), status: z.enum(TASK_STATUSES) }), returns<Checklist>()),
  /** The checklist started from a template: replacing the event's tasks, or after them. */
  'checklist.startFromTemplate': command(z.strictObject({ eventId: id, templateId: id, mode }), returns<Checklist>()),
  /** Another event's tasks, their people kept, statuses back to "to do", fixed dates moved with the event day. */
  'checklist.copyFromEvent': command(z.strictObject({ eventId: id, fromEventId: id, mode }), returns<Checklist>()),
  'checklist.saveAsTemplate': command(z.strictObject({ eventId: id, name: requiredText(200) }), returns<ChecklistTemplate>()),
  /** The built-in template and the ones saved on this laptop. */
  'checklist.templates': query(z.strictObject({}), returns<ChecklistTemplate[]>()),
  'checklist.deleteTemplate': command(z.strictObject({ templateId: id }), returns<{ id: string }>()),
  /** The public holidays working days skip (app-wide), by date. */
  'checklist.holidays': query(z.strictObject({}), returns<Holiday[]>()),
  /** Adds a holiday, or renames or moves one (`id`). */
  'checklist.saveHoliday': command(z.strictObject({ id: id.optional(), date: isoDate, name: requiredText(200) }), returns<Holiday[]>()),
  'checklist.deleteHoliday': command(z.strictObject({ id }), returns<Holiday[]>()),
};
