import { useDeferredValue, useMemo, useRef } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import { applyFilters, buildIndex, createRanker, createSearch, sortEntries, sortEntriesBy, type IndexEntry } from '../../../shared/delegate-list';
import { COLUMNS, type CellContext } from './columns';
import { useDelegates } from './delegatesStore';
import { useDelegateView, type SortState } from './viewStore';

type Entry = IndexEntry<Delegate>;

function sortIndex(index: Entry[], sort: SortState, ctx: CellContext): Entry[] {
  if (sort.key === 'precedence' || sort.key === 'name') return sortEntries(index, sort.key, sort.dir);
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
 * (reusing unchanged delegates), ranks once per rules change, sorting once per list or order
 * change, filters once per choice; a keystroke only searches the filtered, sorted entries,
 * and narrows the last result when the query grows.
 */
export function useDelegateList(ctx: CellContext): DelegateList {
  const delegates = useDelegates((s) => s.delegates);
  const rules = useDelegates((s) => s.titleRules);
  const sort = useDelegateView((s) => s.sort);
  const filters = useDelegateView((s) => s.filters);
  const query = useDeferredValue(useDelegateView((s) => s.query));
  const previous = useRef<Entry[]>([]);

  const ranker = useMemo(() => createRanker(rules), [rules]);
  const index = useMemo(() => {
    const next = buildIndex(delegates, previous.current, ranker);
    previous.current = next;
    return next;
  }, [delegates, ranker]);
  // Category and bridge point names (and so the language) matter only to those two sorts.
  const namesMatter = sort.key === 'category' || sort.key === 'bridgePoint';
  const sorted = useMemo(() => sortIndex(index, sort, ctx), [index, sort, namesMatter ? ctx : null]);
  const filtered = useMemo(() => applyFilters(sorted, filters), [sorted, filters]);
  const search = useMemo(() => createSearch(filtered), [filtered]);
  const rows = useMemo(() => search(query), [search, query]);
  return { rows, sorted, total: delegates.length, query };
}
