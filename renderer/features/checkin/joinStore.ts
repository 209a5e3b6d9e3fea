import { create } from 'zustand';
import type { JoinedHost } from '../../../shared/contract/desks';
import { call } from '../../api/client';
import { useCheckin } from './checkinStore';
import { sendCheckinsToHost } from './route';

interface JoinState {
  /** This laptop as a desk of a host, as the main process answered. */
  joined: JoinedHost | null;
  /** 'host': check-ins go to the host; 'here': to this laptop's own copy of the event, the host lost. */
  via: 'host' | 'here';
  busy: boolean;
  error: unknown;
  /**
   * The host ended this desk (revoked it, or no longer knows it) while it was one: scanning stays
   * off until the user says to go on here, so no check-in quietly lands in this laptop's own data.
   */
  stopped: 'revoked' | 'closed' | null;
  workHere(): void;
  join(url: string, code: string, name: string): Promise<void>;
  leave(): Promise<void>;
  /** The host is lost: go on in this laptop's copy (merged back later with an event file). */
  goLocal(): void;
  backToHost(): void;
  heartbeat(): () => void;
}

const HEARTBEAT_MS = 2_000;

export const useJoin = create<JoinState>((set, get) => {
  const markLost = () => {
    const j = get().joined;
    if (j?.reachable) set({ joined: { ...j, reachable: false } });
  };
  const take = (joined: JoinedHost) => {
    const was = get().joined?.joined === true;
    if (!joined.joined) sendCheckinsToHost(false);
    set({ joined, via: joined.joined ? get().via : 'host', ...(was && !joined.joined && joined.ended ? { stopped: joined.ended } : {}) });
  };
  return {
    joined: null,
    via: 'host',
    busy: false,
    error: null,
    stopped: null,
    workHere() {
      set({ stopped: null });
      void useCheckin.getState().loadStatus();
    },
    async join(url, code, name) {
      set({ busy: true, error: null, stopped: null });
      try {
        const joined = await call('desks.join', { url, code, name });
        sendCheckinsToHost(true, markLost);
        set({ joined, via: 'host' });
      } catch (e) {
        set({ error: e });
      } finally {
        set({ busy: false });
      }
    },
    async leave() {
      sendCheckinsToHost(false);
      take(await call('desks.leave', {}));
      set({ joined: null, stopped: null });
    },
    goLocal() {
      sendCheckinsToHost(false);
      set({ via: 'here' });
      void useCheckin.getState().loadStatus();
    },
    backToHost() {
      sendCheckinsToHost(true, markLost);
      set({ via: 'host' });
      void useCheckin.getState().loadStatus();
    },
    heartbeat() {
      const timer = setInterval(() => {
        call('desks.joined', {}).then(take, () => undefined);
      }, HEARTBEAT_MS);
      return () => clearInterval(timer);
    },
  };
});
