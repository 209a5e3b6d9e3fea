import { create } from 'zustand';
import type { LiveState } from '../../../shared/contract/live';
import { call } from '../../api/client';
import { notifyError } from '../../ui/toast';

type Step = 'live.start' | 'live.next' | 'live.back' | 'live.reset';

interface LiveStore {
  state: LiveState | null;
  /** The last read failed: the screen keeps the last answer and says so. */
  lost: boolean;
  load(eventId: string): Promise<void>;
  step(eventId: string, name: Step): Promise<void>;
  retime(eventId: string, set: { kind: 'at'; at: number } | { kind: 'late'; minutes: number } | { kind: 'plan' }): Promise<void>;
}

/**
 * What the main process last said about the run: the polls and the answers of the window's own
 * presses. An answer older (by the main process's clock) than the one shown is dropped, so a poll
 * that crossed a press cannot put the item back for half a second.
 */
export const useLive = create<LiveStore>((set, get) => {
  const take = (s: LiveState) => {
    const shown = get().state;
    if (!shown || shown.eventId !== s.eventId || s.now >= shown.now) set({ state: s, lost: false });
  };
  return {
    state: null,
    lost: false,
    async load(eventId) {
      try {
        take(await call('live.get', { eventId }));
      } catch (e) {
        if (!get().lost) console.error(e);
        set({ lost: true });
      }
    },
    async step(eventId, name) {
      const s = get().state;
      const fromItemId = s?.currentIndex == null ? null : s.items[s.currentIndex]!.id;
      try {
        take(name === 'live.next' || name === 'live.back' ? await call(name, { eventId, fromItemId }) : await call(name, { eventId }));
      } catch (e) {
        notifyError(e);
      }
    },
    async retime(eventId, value) {
      try {
        take(await call('live.setActualStart', { eventId, set: value }));
      } catch (e) {
        notifyError(e);
      }
    },
  };
});
