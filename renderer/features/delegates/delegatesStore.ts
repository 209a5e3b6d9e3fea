import { create } from 'zustand';
import type { BridgePoint, Category, Delegate } from '../../../shared/contract/delegates';
import type { TitleRuleRecord } from '../../../shared/contract/precedence';
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
  titleRules: TitleRuleRecord[];
  load(eventId: string): Promise<void>;
  /** Puts a saved delegate in place (or adds it) without reloading the list. */
  saved(d: Delegate): void;
  removed(id: string): void;
  removedMany(ids: readonly string[]): void;
  /** Delegates put back by an undo. */
  restored(list: readonly Delegate[]): void;
  /** What a bulk update wrote, applied locally. */
  patched(ids: readonly string[], set: BulkSet): void;
  /** Hand-set ranks written (null = back to the rules). */
  ranksSet(ranks: readonly { id: string; rank: number | null }[]): void;
  categoryAdded(c: Category): void;
  bridgePointAdded(b: BridgePoint): void;
  rulesChanged(rules: TitleRuleRecord[]): void;
}

export const useDelegates = create<DelegatesState>((set, get) => ({
  eventId: null,
  status: 'idle',
  error: null,
  delegates: [],
  categories: [],
  bridgePoints: [],
  titleRules: [],
  load: async (eventId) => {
    const same = get().eventId === eventId;
    set({
      eventId,
      status: 'loading',
      error: null,
      ...(same ? {} : { delegates: [], categories: [], bridgePoints: [], titleRules: [] }),
    });
    try {
      const [categories, delegates, bridgePoints, titleRules] = await Promise.all([
        call('categories.list', { eventId }),
        call('delegates.list', { eventId }),
        call('bridgePoints.list', { eventId }),
        call('titleRules.list', { eventId }),
      ]);
      // A slow answer for an event the organizer has already left must not overwrite the new one.
      if (get().eventId === eventId) {
        set({ status: 'ready', categories, delegates, bridgePoints, titleRules });
        prepareIndex(delegates, titleRules);
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
  restored: (list) => {
    const have = new Set(get().delegates.map((d) => d.id));
    set({ delegates: [...get().delegates, ...list.filter((d) => !have.has(d.id))] });
  },
  patched: (ids, patch) => {
    const hit = new Set(ids);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as BulkSet;
    set({ delegates: get().delegates.map((d) => (hit.has(d.id) ? { ...d, ...defined } : d)) });
  },
  ranksSet: (ranks) => {
    const byId = new Map(ranks.map((r) => [r.id, r.rank]));
    set({ delegates: get().delegates.map((d) => (byId.has(d.id) && byId.get(d.id) !== d.precedenceRank ? { ...d, precedenceRank: byId.get(d.id)! } : d)) });
  },
  categoryAdded: (c) => {
    const cats = get().categories;
    if (!cats.some((x) => x.id === c.id)) set({ categories: [...cats, c].sort((a, b) => a.sortOrder - b.sortOrder) });
  },
  bridgePointAdded: (b) => {
    const points = get().bridgePoints;
    if (!points.some((x) => x.id === b.id)) set({ bridgePoints: [...points, b].sort((a, c) => a.sortOrder - c.sortOrder) });
  },
  rulesChanged: (titleRules) => set({ titleRules }),
}));
