import { create } from 'zustand';
import type { Delegate } from '../../../shared/contract/delegates';
import type { Facet, ListFilters, SortDir } from '../../../shared/delegate-list';
import { DEFAULT_COLUMNS, type ColumnId, type ColumnWidths, type WidthId } from './columns';

/** Precedence and name order, or any optional column; the rank column sorts as precedence. */
export type SortKey = 'precedence' | 'name' | Exclude<ColumnId, 'rank'>;
export interface SortState {
  key: SortKey;
  dir: SortDir;
}

/** How the organizer is looking at the list; kept while they visit other sections. */
interface DelegateViewState {
  query: string;
  sort: SortState;
  filters: ListFilters;
  columns: ColumnId[];
  /** Widths the columns were dragged to (settings.delegateColumnWidths); a column not here keeps its default. */
  widths: ColumnWidths;
  /** Ticked rows, by id; kept across searches so a selection can be built from several. */
  selected: ReadonlySet<string>;
  /** The row a shift-click extends a range from. */
  anchorId: string | null;
  /** The row just saved, scrolled to and highlighted. */
  highlightId: string | null;
  /** The form panel: a new delegate, or the one being edited. */
  editing: { mode: 'create' } | { mode: 'edit'; delegate: Delegate } | null;
  /** New delegates start in the category last used, for runs of reporters or guests. */
  lastCategoryId: string | null;
  setQuery(q: string): void;
  /** A click on a column header: that column ascending, or the other way round if it already sorts. */
  sortBy(key: SortKey): void;
  setSort(sort: SortState): void;
  toggleFilter(facet: Facet, value: string): void;
  clearFacet(facet: Facet): void;
  clearFilters(): void;
  setColumns(columns: ColumnId[]): void;
  setWidths(widths: ColumnWidths): void;
  /** One column's width; null gives it back its default. */
  setWidth(column: WidthId, width: number | null): void;
  /** A tick on one row; with `range`, every row from the anchor to this one takes the same state. */
  toggleSelected(id: string, range?: readonly string[]): void;
  select(ids: readonly string[], on: boolean): void;
  clearSelection(): void;
  highlight(id: string | null): void;
  openCreate(): void;
  openEdit(d: Delegate): void;
  closeForm(): void;
  /** A fresh view for another event. */
  reset(): void;
}

const fresh = {
  query: '',
  sort: { key: 'precedence', dir: 'asc' } as SortState,
  filters: {} as ListFilters,
  selected: new Set<string>() as ReadonlySet<string>,
  anchorId: null,
  highlightId: null,
  editing: null,
  lastCategoryId: null,
};

export const useDelegateView = create<DelegateViewState>((set, get) => ({
  ...fresh,
  columns: [...DEFAULT_COLUMNS],
  widths: {},
  setQuery: (query) => set({ query }),
  sortBy: (key) => {
    const { sort } = get();
    set({ sort: { key, dir: sort.key === key && sort.dir === 'asc' ? 'desc' : 'asc' } });
  },
  setSort: (sort) => set({ sort }),
  toggleFilter: (facet, value) => {
    const next = new Set(get().filters[facet] ?? []);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    set({ filters: { ...get().filters, [facet]: next } });
  },
  clearFacet: (facet) => set({ filters: { ...get().filters, [facet]: new Set<string>() } }),
  clearFilters: () => set({ filters: {} }),
  setColumns: (columns) => set({ columns }),
  setWidths: (widths) => set({ widths }),
  setWidth: (column, width) => {
    const { [column]: _old, ...rest } = get().widths;
    set({ widths: width === null ? rest : { ...rest, [column]: width } });
  },
  toggleSelected: (id, range) => {
    const next = new Set(get().selected);
    const on = !next.has(id);
    for (const x of range && range.length ? range : [id]) {
      if (on) next.add(x);
      else next.delete(x);
    }
    set({ selected: next, anchorId: id });
  },
  select: (ids, on) => {
    const next = new Set(get().selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    set({ selected: next });
  },
  clearSelection: () => set({ selected: new Set(), anchorId: null }),
  highlight: (highlightId) => set({ highlightId }),
  openCreate: () => set({ editing: { mode: 'create' } }),
  openEdit: (delegate) => set({ editing: { mode: 'edit', delegate } }),
  closeForm: () => set({ editing: null }),
  reset: () => set({ ...fresh, selected: new Set() }),
}));
