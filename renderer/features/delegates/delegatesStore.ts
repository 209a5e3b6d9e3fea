import { create } from 'zustand';
import type { BridgePoint, Category, Delegate } from '../../../shared/contract/delegates';
import type { PrecedenceRuleRecord } from '../../../shared/contract/precedence';
import type { PrecedenceOrder } from '../../../shared/precedence/order';
import { call } from '../../api/client';
import { prepareIndex } from './listIndex';

/** The fields a bulk action can set, as delegates.bulkUpdate takes them. */
export type BulkSet = Partial<Pick<Delegate, 'categoryId' | 'organization' | 'status' | 'bridgePointId'>>;

/**
 * The open event's delegates with what the list shows alongside them (categories, bridge points,
 * title rules), kept in step with every save. Only changed delegates get new objects, so the
 * search index refolds only those.
 */
interface DelegatesState {
  eventId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: unknown;
  delegates: Delegate[];
  categories: Category[];
  bridgePoints: BridgePoint[];
  rules: PrecedenceRuleRecord[];
  /** The order of precedence as the main process computed it, and for which list of delegates. */
  order: PrecedenceOrder | null;
  orderOf: readonly Delegate[] | null;
  load(eventId: string): Promise<void>;
  /** Puts a saved delegate in place (or adds it) without reloading the list. */
  saved(d: Delegate): void;
  removed(id: string): void;
  removedMany(ids: readonly string[]): void;
  /** Rows a write answered with, as stored, put in place (never our own input re-applied). */
  savedMany(list: readonly Delegate[]): void;
  categoryAdded(c: Category): void;
  bridgePointAdded(b: BridgePoint): void;
  rulesChanged(rules: PrecedenceRuleRecord[]): void;
  /** Asks the main process for the order again (after any write that can change it). */
  refreshOrder(): Promise<void>;
  orderChanged(order: PrecedenceOrder): void;
}

export const useDelegates = create<DelegatesState>((set, get) => ({
  eventId: null,
  status: 'idle',
  error: null,
  delegates: [],
  categories: [],
  bridgePoints: [],
  rules: [],
  order: null,
  orderOf: null,
  load: async (eventId) => {
    const same = get().eventId === eventId;
    set({
      eventId,
      status: 'loading',
      error: null,
      ...(same ? {} : { delegates: [], categories: [], bridgePoints: [], rules: [], order: null, orderOf: null }),
    });
    try {
      const [categories, delegates, bridgePoints, rules, order] = await Promise.all([
        call('categories.list', { eventId }),
        call('delegates.list', { eventId }),
        call('bridgePoints.list', { eventId }),
        call('precedenceRules.list', { eventId }),
        call('precedence.order', { eventId }),
      ]);
      // A slow answer for an event the organizer has already left must not overwrite the new one.
      if (get().eventId === eventId) {
        set({ status: 'ready', categories, delegates, bridgePoints, rules, order, orderOf: delegates });
        prepareIndex(delegates);
      }
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
  removedMany: (ids) => {
    const gone = new Set(ids);
    set({ delegates: get().delegates.filter((d) => !gone.has(d.id)) });
  },
  savedMany: (list) => {
    const byId = new Map(list.map((d) => [d.id, d]));
    set({ delegates: get().delegates.map((d) => byId.get(d.id) ?? d) });
  },
  categoryAdded: (c) => {
    const cats = get().categories;
    if (!cats.some((x) => x.id === c.id)) set({ categories: [...cats, c].sort((a, b) => a.sortOrder - b.sortOrder) });
  },
  bridgePointAdded: (b) => {
    const points = get().bridgePoints;
    if (!points.some((x) => x.id === b.id)) set({ bridgePoints: [...points, b].sort((a, c) => a.sortOrder - c.sortOrder) });
  },
  rulesChanged: (rules) => {
    set({ rules });
    void get().refreshOrder();
  },
  refreshOrder: async () => {
    const { eventId, delegates } = get();
    if (!eventId) return;
    try {
      const order = await call('precedence.order', { eventId });
      if (get().eventId === eventId) set({ order, orderOf: delegates });
    } catch {
      // The list still shows; the next write asks again.
    }
  },
  orderChanged: (order) => set({ order, orderOf: get().delegates }),
}));

// Any change to the list can move people in the order: ask again once the change has settled.
let pending = false;
useDelegates.subscribe((s) => {
  if (s.status !== 'ready' || s.delegates === s.orderOf || pending) return;
  pending = true;
  queueMicrotask(() => {
    pending = false;
    void useDelegates.getState().refreshOrder();
  });
});
