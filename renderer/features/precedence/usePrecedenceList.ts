import { useMemo } from 'react';
import type { Delegate } from '../../../shared/contract/delegates';
import { sortEntries, type IndexEntry } from '../../../shared/delegate-list';
import { useDelegates } from '../delegates/delegatesStore';
import { indexOf } from '../delegates/listIndex';

/**
 * The senior delegates (those with an effective rank: set by hand or from a title rule) in
 * precedence order with its tie-breaks (appointment date, then age, then name): the order that
 * seating, introductions and awards follow.
 */
export function usePrecedenceList(): IndexEntry<Delegate>[] {
  const delegates = useDelegates((s) => s.delegates);
  const rules = useDelegates((s) => s.titleRules);
  return useMemo(() => {
    return sortEntries(indexOf(delegates, rules).filter((e) => e.rank !== null), 'precedence');
  }, [delegates, rules]);
}
