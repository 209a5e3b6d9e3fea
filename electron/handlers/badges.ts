import { badgesState, createTemplate, deleteTemplate, recordPrinted, updateTemplate } from '../../db/badges';
import type { badgesContract } from '../../shared/contract/badges';
import type { HandlersFor } from './types';

/** Every write answers with the event's templates and latest badges, read inside its transaction. */
export const badgesHandlers: HandlersFor<keyof typeof badgesContract> = {
  'badges.list': async ({ eventId }, { db }) => badgesState(db, eventId),
  'badges.createTemplate': async ({ eventId, name, design }, { db }) => {
    const created = await createTemplate(db, eventId, name, design);
    return { ...(await badgesState(db, eventId)), created };
  },
  'badges.updateTemplate': async ({ id, set }, { db }) => badgesState(db, await updateTemplate(db, id, set)),
  'badges.deleteTemplate': async ({ id }, { db }) => badgesState(db, await deleteTemplate(db, id)),
  'badges.recordPrinted': async ({ eventId, templateId, badges }, { db }) => {
    await recordPrinted(db, eventId, templateId, badges);
    return badgesState(db, eventId);
  },
};
