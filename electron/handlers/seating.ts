import { assignSeat, autoSeatPlan, createPlan, deletePlan, getPlan, listPlaces, listPlans, markSeats, setPresidium, updatePlan } from '../../db/seating';
import { copyPlan } from '../../db/seating-copy';
import { addRow, removeRow, setRowSeats } from '../../db/seating-rows';
import type { seatingContract } from '../../shared/contract/seating';
import type { HandlersFor } from './types';

export const seatingHandlers: HandlersFor<keyof typeof seatingContract> = {
  'seating.plans': async ({ eventId }, { db }) => listPlans(db, eventId),
  'seating.places': async ({ eventId }, { db }) => listPlaces(db, eventId),
  'seating.createPlan': async (input, { db, store }) => createPlan(db, store.sqlite, input),
  'seating.deletePlan': async ({ planId }, { db }) => {
    await deletePlan(db, planId);
    return { id: planId };
  },
  'seating.updatePlan': async ({ planId, ...set }, { db }) => updatePlan(db, planId, set),
  'seating.plan': async ({ planId }, { db, store }) => getPlan(db, store.sqlite, planId),
  'seating.setPresidium': async ({ planId, delegateIds }, { db }) => ({ presidium: await setPresidium(db, planId, delegateIds) }),
  'seating.previewAutoSeat': async ({ planId, mode }, { db, store }) => {
    const { seats: _seats, ...summary } = await autoSeatPlan(db, store.sqlite, planId, mode, false);
    return summary;
  },
  'seating.autoSeat': async ({ planId, mode }, { db, store }) => autoSeatPlan(db, store.sqlite, planId, mode, true),
  'seating.assign': async (input, { db, store }) => ({ seats: await assignSeat(db, store.sqlite, input) }),
  'seating.markSeats': async ({ planId, seatIds, set }, { db, store }) => ({ seats: await markSeats(db, store.sqlite, planId, seatIds, set) }),
  'seating.addRow': async (input, { db, store }) => ({ seats: await addRow(db, store.sqlite, input) }),
  'seating.removeRow': async (input, { db, store }) => ({ seats: await removeRow(db, store.sqlite, input) }),
  'seating.setRowSeats': async (input, { db, store }) => ({ seats: await setRowSeats(db, store.sqlite, input) }),
  'seating.copyPlan': async (input, { db, store }) => copyPlan(db, store.sqlite, input),
};
