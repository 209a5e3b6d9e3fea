import type { CallInput } from '../../../shared/contract';
import type { PlanSeat } from '../../../shared/contract/seating';
import { call } from '../../api/client';
import { notifyError } from '../../ui/toast';
import { useSeating } from './seatingStore';

/** Every seat write: the call, then the seats it answered put in place; a refusal told in a toast. */
async function write(run: () => Promise<{ seats: PlanSeat[] }>): Promise<boolean> {
  try {
    const { seats } = await run();
    useSeating.getState().seatsSaved(seats);
    return true;
  } catch (e) {
    notifyError(e);
    return false;
  }
}

/** A delegate onto a seat (moved if seated elsewhere); onto a taken seat the two trade places. */
export const assignSeat = (planId: string, seatId: string, delegateId: string, swap: boolean) =>
  write(() => call('seating.assign', { planId, seatId, delegateId, swap }));

export const clearSeat = (planId: string, seatId: string) => write(() => call('seating.assign', { planId, seatId, delegateId: null }));

export const markSeats = (planId: string, seatIds: string[], set: CallInput<'seating.markSeats'>['set']) =>
  write(() => call('seating.markSeats', { planId, seatIds, set }));

/** Row edits answer every seat of the plan. */
export async function editRows(planId: string, run: () => Promise<{ seats: PlanSeat[] }>): Promise<boolean> {
  try {
    const { seats } = await run();
    useSeating.getState().seatsReplaced(planId, seats);
    return true;
  } catch (e) {
    notifyError(e);
    return false;
  }
}

export async function setPresidium(planId: string, delegateIds: string[]): Promise<void> {
  try {
    const { presidium } = await call('seating.setPresidium', { planId, delegateIds });
    useSeating.getState().presidiumSaved(presidium);
  } catch (e) {
    notifyError(e);
  }
}
