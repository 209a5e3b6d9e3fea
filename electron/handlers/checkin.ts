import { checkIn, checkinStatus, findForCheckin, undoCheckIn } from '../../db/checkin';
import { setSeniorLevel } from '../../db/events';
import type { checkinContract } from '../../shared/contract/checkin';
import { exportCheckins } from '../export/checkin-export';
import type { HandlersFor } from './types';

export const checkinHandlers: HandlersFor<keyof typeof checkinContract> = {
  'checkin.find': async ({ eventId, text, limit }, { db, store }) => findForCheckin(db, store.sqlite, eventId, text, limit),
  'checkin.checkIn': async (input, { db, desk }) =>
    checkIn(db, input.eventId, 'code' in input ? { code: input.code } : { delegateId: input.delegateId }, desk()),
  'checkin.undo': async ({ eventId, delegateId }, { db }) => undoCheckIn(db, eventId, delegateId),
  'checkin.status': async ({ eventId }, { db, store }) => checkinStatus(db, store.sqlite, eventId),
  'checkin.setSeniorLevel': async ({ eventId, level }, { db, store }) => {
    await setSeniorLevel(db, eventId, level);
    return checkinStatus(db, store.sqlite, eventId);
  },
  'checkin.export': async ({ eventId, language }, { db, store }) => exportCheckins(db, store.sqlite, eventId, language),
};
