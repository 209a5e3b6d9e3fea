import { createTask, deleteTask, listChecklist, moveTask, setStatus, updateTask } from '../../db/checklist';
import { copyFromEvent, deleteChecklistTemplate, listChecklistTemplates, saveChecklistTemplate, startFromTemplate } from '../../db/checklist-templates';
import { deleteHoliday, listHolidays, saveHoliday } from '../../db/holidays';
import type { checklistContract } from '../../shared/contract/checklist';
import type { HandlersFor } from './types';

export const checklistHandlers: HandlersFor<keyof typeof checklistContract> = {
  'checklist.list': async ({ eventId }, { db }) => listChecklist(db, eventId),
  'checklist.create': async ({ eventId, task }, { db }) => createTask(db, eventId, task),
  'checklist.update': async ({ id, set }, { db }) => updateTask(db, id, set),
  'checklist.delete': async ({ id }, { db }) => {
    await deleteTask(db, id);
    return { id };
  },
  'checklist.move': async ({ id, afterId }, { db }) => moveTask(db, id, afterId),
  'checklist.setStatus': async ({ eventId, ids, status }, { db }) => setStatus(db, eventId, ids, status),
  'checklist.startFromTemplate': async ({ eventId, templateId, mode }, { db }) => startFromTemplate(db, eventId, templateId, mode),
  'checklist.copyFromEvent': async ({ eventId, fromEventId, mode }, { db }) => copyFromEvent(db, eventId, fromEventId, mode),
  'checklist.saveAsTemplate': async ({ eventId, name }, { db }) => saveChecklistTemplate(db, eventId, name),
  'checklist.templates': async (_input, { db }) => listChecklistTemplates(db),
  'checklist.deleteTemplate': async ({ templateId }, { db }) => {
    await deleteChecklistTemplate(db, templateId);
    return { id: templateId };
  },
  'checklist.holidays': async (_input, { db }) => listHolidays(db),
  'checklist.saveHoliday': async (input, { db }) => saveHoliday(db, input),
  'checklist.deleteHoliday': async ({ id }, { db }) => deleteHoliday(db, id),
};
