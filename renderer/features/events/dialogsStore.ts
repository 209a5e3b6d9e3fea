import { create } from 'zustand';
import type { EventSummary } from '../../../shared/contract/events';

/** Which event dialog is open; the welcome screen, the list and the overview all open them. */
interface EventDialogsState {
  form: { mode: 'create' } | { mode: 'edit'; event: EventSummary } | null;
  confirmDelete: EventSummary | null;
  createEvent(): void;
  editEvent(event: EventSummary): void;
  askDelete(event: EventSummary): void;
  close(): void;
}

export const useEventDialogs = create<EventDialogsState>((set) => ({
  form: null,
  confirmDelete: null,
  createEvent: () => set({ form: { mode: 'create' } }),
  editEvent: (event) => set({ form: { mode: 'edit', event } }),
  askDelete: (event) => set({ confirmDelete: event }),
  close: () => set({ form: null, confirmDelete: null }),
}));
