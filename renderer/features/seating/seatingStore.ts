import { create } from 'zustand';
import type { PlanSeat, SeatingPlan } from '../../../shared/contract/seating';
import { call, onWrite } from '../../api/client';

export interface PlanDetail {
  plan: SeatingPlan;
  seats: PlanSeat[];
  presidium: string[];
}

/**
 * The open event's seating plans and the one on screen with its seats, as the main process
 * answered them; writes put the rows they answered in place.
 */
interface SeatingState {
  eventId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: unknown;
  plans: SeatingPlan[];
  planId: string | null;
  detail: PlanDetail | null;
  load(eventId: string): Promise<void>;
  select(planId: string | null): Promise<void>;
  planSaved(plan: SeatingPlan): void;
  planRemoved(planId: string): void;
  seatsSaved(seats: readonly PlanSeat[]): void;
  /** A row edit answers the whole plan's seats: some are new, some gone. */
  seatsReplaced(planId: string, seats: PlanSeat[]): void;
  presidiumSaved(presidium: string[]): void;
}

export const useSeating = create<SeatingState>((set, get) => ({
  eventId: null,
  status: 'idle',
  error: null,
  plans: [],
  planId: null,
  detail: null,
  load: async (eventId) => {
    const same = get().eventId === eventId;
    set({ eventId, status: 'loading', error: null, ...(same ? {} : { plans: [], planId: null, detail: null }) });
    try {
      const plans = await call('seating.plans', { eventId });
      if (get().eventId !== eventId) return;
      const keep = plans.find((p) => p.id === get().planId) ?? plans[0] ?? null;
      set({ plans });
      await get().select(keep?.id ?? null);
      if (get().eventId === eventId) set({ status: 'ready' });
    } catch (error) {
      if (get().eventId === eventId) set({ status: 'error', error });
    }
  },
  select: async (planId) => {
    set({ planId, ...(get().detail?.plan.id === planId ? {} : { detail: null }) });
    if (!planId) return;
    const detail = await call('seating.plan', { planId });
    // A slow answer for a plan the organizer has already left must not replace the new one.
    if (get().planId === planId) set({ detail });
  },
  planSaved: (plan) => {
    const plans = get().plans;
    const at = plans.findIndex((p) => p.id === plan.id);
    const detail = get().detail;
    set({
      plans: at < 0 ? [...plans, plan] : plans.map((p) => (p.id === plan.id ? plan : p)),
      detail: detail?.plan.id === plan.id ? { ...detail, plan } : detail,
    });
  },
  planRemoved: (planId) => {
    const plans = get().plans.filter((p) => p.id !== planId);
    set({ plans });
    if (get().planId === planId) void get().select(plans[0]?.id ?? null);
  },
  seatsSaved: (seats) => {
    const detail = get().detail;
    if (!detail || !seats.length) return;
    const byId = new Map(seats.map((s) => [s.id, s]));
    set({ detail: { ...detail, seats: detail.seats.map((s) => byId.get(s.id) ?? s) } });
  },
  seatsReplaced: (planId, seats) => {
    const detail = get().detail;
    // An answer for a plan the organizer has since left must not replace this one's seats.
    if (detail?.plan.id === planId) set({ detail: { ...detail, seats } });
  },
  presidiumSaved: (presidium) => {
    const detail = get().detail;
    if (detail) set({ detail: { ...detail, presidium } });
  },
}));

// After an undo or redo the seats may be anywhere: read them again.
onWrite((name) => {
  const { eventId, load } = useSeating.getState();
  if ((name === 'history.undo' || name === 'history.redo') && eventId) void load(eventId);
});
