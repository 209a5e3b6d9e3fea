import { setUnrankedCategories } from '../../db/categories';
import { getEvent, setEventPrecedence } from '../../db/events';
import { moveInOrder, precedenceOrder, resetHandChanges } from '../../db/precedence';
import { addPrecedenceRule, listPrecedenceRules, replacePrecedenceRules, seedPrecedenceRules } from '../../db/precedence-rules';
import type { precedenceContract } from '../../shared/contract/precedence';
import { DomainError } from '../../shared/result';
import type { HandlersFor } from './types';

export const precedenceHandlers: HandlersFor<keyof typeof precedenceContract> = {
  'precedence.order': async ({ eventId }, { db, store }) => precedenceOrder(db, store.sqlite, eventId),
  'precedence.move': async ({ eventId, delegateId, overId }, { db, store }) => moveInOrder(db, store.sqlite, eventId, delegateId, overId),
  'precedence.reset': async ({ eventId, scope }, { db, store }) => resetHandChanges(db, store.sqlite, eventId, scope),
  'precedence.saveSettings': async ({ eventId, hostOrganizations, formerPosts, unrankedCategoryIds }, { db }) => {
    await getEvent(db, eventId);
    const categories = await setUnrankedCategories(db, eventId, unrankedCategoryIds);
    return { event: await setEventPrecedence(db, eventId, hostOrganizations, formerPosts), categories };
  },
  'precedenceRules.list': async ({ eventId }, { db }) => {
    await getEvent(db, eventId);
    return listPrecedenceRules(db, eventId);
  },
  'precedenceRules.save': async ({ eventId, rules }, { db }) => {
    await getEvent(db, eventId);
    return replacePrecedenceRules(db, eventId, rules);
  },
  'precedenceRules.add': async ({ eventId, rule }, { db }) => {
    await getEvent(db, eventId);
    return addPrecedenceRule(db, eventId, rule);
  },
  'precedenceRules.reset': async ({ eventId }, { db }) => {
    await getEvent(db, eventId);
    return seedPrecedenceRules(db, eventId);
  },
  'precedenceRules.copy': async ({ eventId, fromEventId }, { db }) => {
    await getEvent(db, eventId);
    const from = await getEvent(db, fromEventId);
    if (fromEventId === eventId)
      throw new DomainError('VALIDATION', { vi: 'Hãy chọn một hội nghị khác để chép quy tắc.', en: 'Choose another event to copy the rules from.' });
    const rules = await listPrecedenceRules(db, fromEventId);
    const event = await getEvent(db, eventId);
    await setEventPrecedence(db, eventId, event.hostOrganizations, from.formerPosts);
    return replacePrecedenceRules(db, eventId, rules);
  },
};
