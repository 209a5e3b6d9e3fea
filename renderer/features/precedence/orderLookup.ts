import type { OrderEntry, PrecedenceOrder } from '../../../shared/precedence/order';
import { useDelegates } from '../delegates/delegatesStore';

/** Each delegate's entry in the order, by id (built once per answer of `precedence.order`). */
const cache = new WeakMap<PrecedenceOrder, { byId: Map<string, OrderEntry>; positions: Map<string, number> }>();
const EMPTY = { byId: new Map<string, OrderEntry>(), positions: new Map<string, number>() };

function lookupOf(order: PrecedenceOrder | null) {
  if (!order) return EMPTY;
  let l = cache.get(order);
  if (!l) {
    l = { byId: new Map(order.entries.map((e) => [e.id, e])), positions: new Map(order.entries.map((e) => [e.id, e.position])) };
    cache.set(order, l);
  }
  return l;
}

export const useOrderLookup = () => lookupOf(useDelegates((s) => s.order));
