import { createCategory, listCategories } from '../../db/categories';
import { bulkDeleteDelegates, bulkUpdateDelegates, createDelegate, deleteDelegate, findSameDelegates, listDelegates, updateDelegate } from '../../db/delegates';
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
  'delegates.list': async ({ eventId }, { db, store }) => {
    await getEvent(db, eventId);
    return listDelegates(db, store.sqlite, eventId);
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
  'delegates.findSame': async ({ eventId, fullName, organization, exceptId }, { db }) => {
    await getEvent(db, eventId);
    return findSameDelegates(db, eventId, fullName, organization, exceptId);
  },
  'delegates.bulkUpdate': async ({ eventId, ids, set }, { db }) => ({ updated: await bulkUpdateDelegates(db, eventId, ids, set) }),
  'delegates.bulkDelete': async ({ eventId, ids }, { db }) => ({ deleted: await bulkDeleteDelegates(db, eventId, ids) }),
};
