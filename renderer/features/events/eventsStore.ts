import { create } from 'zustand';
import type { EventSummary } from '../../../shared/contract/events';
import { call } from '../../api/client';
import { useUi } from '../../app/store';

interface EventsState {
  events: EventSummary[];
  /** Reloads the list (with its delegate counts) from the data file. */
  reload(): Promise<void>;
}

export const useEvents = create<EventsState>((set) => ({
  events: [],
  reload: async () => set({ events: await call('events.list', {}) }),
}));

/** The open event's record, or undefined when none is open. */
export function useOpenEvent(): EventSummary | undefined {
  const id = useUi((s) => s.openEventId);
  return useEvents((s) => s.events.find((e) => e.id === id));
}
