import { useDeferredValue, useMemo } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import { applyFilters, createSearch, sortEntries, sortEntriesBy, type IndexEntry, type Positions } from '../../../shared/delegate-list';
import { useOrderLookup } from '../precedence/orderLookup';
import { COLUMNS, type CellContext } from './columns';
import { indexOf } from './listIndex';
import { useDelegates } from './delegatesStore';
import { useDelegateView, type SortState } from './viewStore';

type Entry = IndexEntry<Delegate>;

const SEARCH_MEASURE = 'delegates:search';
let measured = 0;

/** The search's own time, as a User Timing measure: in DevTools' Performance panel, and read by the benchmark. */
function timed<T>(run: () => T): T {
  const start = performance.now();
  const result = run();
  performance.measure(SEARCH_MEASURE, { start, end: performance.now() });
  // A long session must not pile up entries.
  if (++measured % 1000 === 0) performance.clearMeasures(SEARCH_MEASURE);
  return result;
}

function sortIndex(index: Entry[], sort: SortState, ctx: CellContext, positions: Positions): Entry[] {
  if (sort.key === 'precedence' || sort.key === 'name') return sortEntries(index, sort.key, sort.dir, positions);
  const col = COLUMNS[sort.key];
  return sortEntriesBy(index, (e) => col.sortValue(e, ctx), sort.dir, col.plain);
}

export interface DelegateList {
  /** What the table shows: sorted, filtered, searched. */
  rows: Entry[];
  /** Sorted, before filters and search: for the facet counts and "export all". */
  sorted: Entry[];
  total: number;
  /** The query the rows answer (it trails the search box while the list catches up). */
  query: string;
}

/**
 * The rows to show, each step memoised on what it depends on: folding once per list change
 * (reusing unchanged delegates), sorting once per list, order of precedence or sort
 * change, filters once per choice; a keystroke only searches the filtered, sorted entries,
 * and narrows the last result when the query grows.
 */
export function useDelegateList(ctx: CellContext): DelegateList {
  const delegates = useDelegates((s) => s.delegates);
  const sort = useDelegateView((s) => s.sort);
  const filters = useDelegateView((s) => s.filters);
  const query = useDeferredValue(useDelegateView((s) => s.query));
  const { positions } = useOrderLookup();
  const index = useMemo(() => indexOf(delegates), [delegates]);
  // Category and bridge point names (and so the language) matter only to those two sorts.
  const namesMatter = sort.key === 'category' || sort.key === 'bridgePoint';
  // The order of precedence matters only to the precedence sort (the rank column sorts by it too).
  const orderMatters = sort.key === 'precedence';
  const sorted = useMemo(() => sortIndex(index, sort, ctx, positions), [index, sort, namesMatter ? ctx : null, orderMatters ? positions : null]);
  const filtered = useMemo(() => applyFilters(sorted, filters), [sorted, filters]);
  const search = useMemo(() => createSearch(filtered), [filtered]);
  const rows = useMemo(() => timed(() => search(query)), [search, query]);
  return { rows, sorted, total: delegates.length, query };
}
