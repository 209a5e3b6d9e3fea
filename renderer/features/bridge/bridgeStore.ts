import { create } from 'zustand';
import type { BridgePoint, BridgePointDetail } from '../../../shared/contract/bridge';
import { call } from '../../api/client';

/** The screen's state: the event's points, the one open, and its detail as the main process answered it. */
interface BridgeState {
  eventId: string | null;
  points: BridgePoint[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: unknown;
  /** The open point's id, or 'new' while a point is being added. */
  openId: string | null;
  editing: boolean;
  detail: BridgePointDetail | null;
  load(eventId: string): Promise<void>;
  open(id: string | null, editing?: boolean): Promise<void>;
  /** After a write: the list and the open point again, from the main process. */
  refresh(): Promise<void>;
}

let seq = 0;

export const useBridge = create<BridgeState>((set, get) => ({
  eventId: null,
  points: [],
  status: 'idle',
  error: null,
  openId: null,
  editing: false,
  detail: null,
  async load(eventId) {
    const mine = ++seq;
    if (get().eventId !== eventId) set({ eventId, points: [], openId: null, detail: null, editing: false });
    set({ status: 'loading', error: null });
    try {
      const points = await call('bridgePoints.list', { eventId });
      if (mine !== seq) return;
      set({ points, status: 'ready' });
      const { openId } = get();
      if (openId && openId !== 'new' && !points.some((p) => p.id === openId)) set({ openId: null, detail: null });
      else if (!openId && points[0]) await get().open(points[0].id);
    } catch (error) {
      if (mine === seq) set({ status: 'error', error });
    }
  },
  async open(id, editing = false) {
    set({ openId: id, editing: editing || id === 'new' });
    if (!id || id === 'new') return set({ detail: null });
    const detail = await call('bridgePoints.detail', { id });
    if (get().openId === id) set({ detail });
  },
  async refresh() {
    const { eventId, openId, editing } = get();
    if (!eventId) return;
    await get().load(eventId);
    if (openId && openId !== 'new' && get().openId === openId) await get().open(openId, editing);
  },
}));
