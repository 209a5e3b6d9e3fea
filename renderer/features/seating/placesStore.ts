import { create } from 'zustand';
import type { SeatPlace } from '../../../shared/contract/seating';
import { call, onWrite } from '../../api/client';

/** Where each delegate of the open event sits, plan by plan: what the delegate list and panel show. */
interface PlacesState {
  eventId: string | null;
  byDelegate: ReadonlyMap<string, SeatPlace[]>;
  load(eventId: string): Promise<void>;
}

export const useSeatPlaces = create<PlacesState>((set, get) => ({
  eventId: null,
  byDelegate: new Map(),
  load: async (eventId) => {
    if (get().eventId !== eventId) set({ eventId, byDelegate: new Map() });
    try {
      const places = await call('seating.places', { eventId });
      const byDelegate = new Map<string, SeatPlace[]>();
      for (const p of places) byDelegate.set(p.delegateId, [...(byDelegate.get(p.delegateId) ?? []), p]);
      if (get().eventId === eventId) set({ byDelegate });
    } catch {
      // The seat column stays empty; the seating screen itself shows why it cannot read the plans.
    }
  },
}));

// Any seating write, an undo or a deleted delegate moves seats: read them again for the open event.
onWrite((name) => {
  const { eventId, load } = useSeatPlaces.getState();
  if (eventId && (name.startsWith('seating.') || name.startsWith('history.') || name.startsWith('delegates.'))) void load(eventId);
});
