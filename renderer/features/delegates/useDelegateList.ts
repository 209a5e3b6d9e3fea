import { useDeferredValue, useMemo, useRef } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import { buildIndex, filterEntries, sortEntries, type IndexEntry } from '../../../shared/delegate-list';
import { useDelegates } from './delegatesStore';
import { useDelegateView } from './viewStore';

/**
 * The rows to show. Folding happens once per list change (reusing unchanged entries), sorting
 * once per list or order change, and each keystroke only filters the sorted entries.
 */
export function useDelegateList(): { rows: IndexEntry<Delegate>[]; total: number } {
  const delegates = useDelegates((s) => s.delegates);
  const sort = useDelegateView((s) => s.sort);
  const query = useDeferredValue(useDelegateView((s) => s.query));
  const previous = useRef<IndexEntry<Delegate>[]>([]);

  const index = useMemo(() => {
    const next = buildIndex(delegates, previous.current);
    previous.current = next;
    return next;
  }, [delegates]);
  const sorted = useMemo(() => sortEntries(index, sort), [index, sort]);
  const rows = useMemo(() => filterEntries(sorted, query), [sorted, query]);
  return { rows, total: delegates.length };
}
