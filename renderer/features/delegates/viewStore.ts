import { create } from 'zustand';
import type { Delegate } from '../../../shared/contract/delegates';
import type { SortMode } from '../../../shared/delegate-list';

/** How the organizer is looking at the list; kept while they visit other sections. */
interface DelegateViewState {
  query: string;
  sort: SortMode;
  /** The row just saved, scrolled to and highlighted. */
  highlightId: string | null;
  /** The form panel: a new delegate, or the one being edited. */
  editing: { mode: 'create' } | { mode: 'edit'; delegate: Delegate } | null;
  /** New delegates start in the category last used, for runs of reporters or guests. */
  lastCategoryId: string | null;
  setQuery(q: string): void;
  setSort(s: SortMode): void;
  highlight(id: string | null): void;
  openCreate(): void;
  openEdit(d: Delegate): void;
  closeForm(): void;
}

export const useDelegateView = create<DelegateViewState>((set) => ({
  query: '',
  sort: 'precedence',
  highlightId: null,
  editing: null,
  lastCategoryId: null,
  setQuery: (query) => set({ query }),
  setSort: (sort) => set({ sort }),
  highlight: (highlightId) => set({ highlightId }),
  openCreate: () => set({ editing: { mode: 'create' } }),
  openEdit: (delegate) => set({ editing: { mode: 'edit', delegate } }),
  closeForm: () => set({ editing: null }),
}));
