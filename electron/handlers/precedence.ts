import { setRanks } from '../../db/delegates';
import { getEvent } from '../../db/events';
import { listTitleRules, replaceTitleRules, seedTitleRules } from '../../db/title-rules';
import type { precedenceContract } from '../../shared/contract/precedence';
import type { HandlersFor } from './types';

export const precedenceHandlers: HandlersFor<keyof typeof precedenceContract> = {
  'titleRules.list': async ({ eventId }, { db }) => {
    await getEvent(db, eventId);
    return listTitleRules(db, eventId);
  },
  'titleRules.save': async ({ eventId, rules }, { db }) => {
    await getEvent(db, eventId);
    return replaceTitleRules(db, eventId, rules);
  },
  'titleRules.reset': async ({ eventId }, { db }) => {
    await getEvent(db, eventId);
    return seedTitleRules(db, eventId);
  },
  'precedence.setRanks': async ({ eventId, ranks }, { db }) => ({ updated: await setRanks(db, eventId, ranks) }),
};
