import { createCategory, listCategories } from '../../db/categories';
import { createDelegate, deleteDelegate, listDelegates, updateDelegate } from '../../db/delegates';
import { getEvent } from '../../db/events';
import type { delegatesContract } from '../../shared/contract/delegates';
import type { HandlersFor } from './types';

export const delegateHandlers: HandlersFor<keyof typeof delegatesContract> = {
  'categories.list': async ({ eventId }, { db }) => {
    await getEvent(db, eventId);
    return listCategories(db, eventId);
  },
  'categories.create': async ({ eventId, label }, { db }) => {
    await getEvent(db, eventId);
    return createCategory(db, eventId, label);
  },
  'delegates.list': async ({ eventId }, { db }) => {
    await getEvent(db, eventId);
    return listDelegates(db, eventId);
  },
  'delegates.create': async ({ eventId, ...values }, { db }) => {
    await getEvent(db, eventId);
    return createDelegate(db, eventId, values);
  },
  'delegates.update': async ({ id, ...values }, { db }) => updateDelegate(db, id, values),
  'delegates.delete': async ({ id }, { db }) => {
    await deleteDelegate(db, id);
    return { id };
  },
};
