import { autoSeatPlan, createPlan, deletePlan, getPlan, listPlans, setPresidium } from '../../db/seating';
import type { seatingContract } from '../../shared/contract/seating';
import type { HandlersFor } from './types';

export const seatingHandlers: HandlersFor<keyof typeof seatingContract> = {
  'seating.plans': async ({ eventId }, { db }) => listPlans(db, eventId),
  'seating.createPlan': async (input, { db, store }) => createPlan(db, store.sqlite, input),
  'seating.deletePlan': async ({ planId }, { db }) => {
    await deletePlan(db, planId);
    return { id: planId };
  },
  'seating.plan': async ({ planId }, { db, store }) => getPlan(db, store.sqlite, planId),
  'seating.setPresidium': async ({ planId, delegateIds }, { db }) => ({ presidium: await setPresidium(db, planId, delegateIds) }),
  'seating.previewAutoSeat': async ({ planId, mode }, { db, store }) => {
    const { seats: _seats, ...summary } = await autoSeatPlan(db, store.sqlite, planId, mode, false);
    return summary;
  },
  'seating.autoSeat': async ({ planId, mode }, { db, store }) => autoSeatPlan(db, store.sqlite, planId, mode, true),
};
