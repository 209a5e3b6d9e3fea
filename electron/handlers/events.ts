import { createDemoEvent } from '../../db/demo';
import { createEvent, deleteEvent, getEvent, listEvents, updateEvent } from '../../db/events';
import { getSettings, updateSettings } from '../../db/settings';
import type { eventsContract } from '../../shared/contract/events';
import type { HandlersFor } from './types';

export const eventHandlers: HandlersFor<keyof typeof eventsContract> = {
  'events.list': async (_input, { db }) => listEvents(db),
  'events.get': async ({ id }, { db }) => getEvent(db, id),
  'events.create': async (input, { db }) => createEvent(db, input),
  'events.update': async ({ id, ...values }, { db }) => updateEvent(db, id, values),
  'events.delete': async ({ id }, { db }) => {
    await deleteEvent(db, id);
    if ((await getSettings(db)).lastEventId === id) await updateSettings(db, { lastEventId: null });
    return { id };
  },
  'events.createDemo': async (_input, { db }) => createDemoEvent(db),
};
