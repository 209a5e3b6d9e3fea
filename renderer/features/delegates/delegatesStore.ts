import { create } from 'zustand';
import type { Category, Delegate } from '../../../shared/contract/delegates';
import { call } from '../../api/client';

/** The open event's delegates and categories, kept in step with every save. */
interface DelegatesState {
  eventId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: unknown;
  delegates: Delegate[];
  categories: Category[];
  load(eventId: string): Promise<void>;
  /** Puts a saved delegate in place (or adds it) without reloading the list. */
  saved(d: Delegate): void;
  removed(id: string): void;
  categoryAdded(c: Category): void;
}

export const useDelegates = create<DelegatesState>((set, get) => ({
  eventId: null,
  status: 'idle',
  error: null,
  delegates: [],
  categories: [],
  load: async (eventId) => {
    set({ eventId, status: 'loading', error: null, delegates: get().eventId === eventId ? get().delegates : [] });
    try {
      const [categories, delegates] = await Promise.all([call('categories.list', { eventId }), call('delegates.list', { eventId })]);
      // A slow answer for an event the organizer has already left must not overwrite the new one.
      if (get().eventId === eventId) set({ status: 'ready', categories, delegates });
    } catch (error) {
      if (get().eventId === eventId) set({ status: 'error', error });
    }
  },
  saved: (d) => {
    const list = get().delegates;
    const at = list.findIndex((x) => x.id === d.id);
    set({ delegates: at < 0 ? [...list, d] : list.map((x) => (x.id === d.id ? d : x)) });
  },
  removed: (id) => set({ delegates: get().delegates.filter((d) => d.id !== id) }),
  categoryAdded: (c) => {
    const cats = get().categories;
    if (!cats.some((x) => x.id === c.id)) set({ categories: [...cats, c].sort((a, b) => a.sortOrder - b.sortOrder) });
  },
}));
