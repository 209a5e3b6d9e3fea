import { create } from 'zustand';
import type { DeskHostState, DeskInterface } from '../../../shared/contract/desks';
import { call } from '../../api/client';
import { notifyError } from '../../ui/toast';
import { useCheckin } from './checkinStore';

interface DesksState {
  interfaces: DeskInterface[];
  address: string;
  port: string;
  state: DeskHostState | null;
  busy: boolean;
  loadInterfaces(): Promise<void>;
  refresh(): Promise<void>;
  set(patch: { address?: string; port?: string }): void;
  open(eventId: string): Promise<void>;
  run(name: 'desks.close' | 'desks.newCode'): Promise<void>;
  revoke(deskId: string): Promise<void>;
}

const DEFAULT_PORT = '8765';
const scansOf = (s: DeskHostState | null) => s?.desks.reduce((n, d) => n + d.scans, 0) ?? 0;

/** The host's side of the desks: the address chosen, the opening as the main process answered it. */
export const useDesks = create<DesksState>((set, get) => {
  const take = (state: DeskHostState) => {
    // A desk let someone in: the host's own counts follow.
    if (scansOf(state) !== scansOf(get().state)) void useCheckin.getState().loadStatus();
    set({ state });
  };
  const act = async (f: () => Promise<DeskHostState>) => {
    set({ busy: true });
    try {
      take(await f());
    } catch (e) {
      notifyError(e);
    } finally {
      set({ busy: false });
    }
  };
  return {
    interfaces: [],
    address: '',
    port: DEFAULT_PORT,
    state: null,
    busy: false,
    async loadInterfaces() {
      try {
        const interfaces = await call('desks.interfaces', {});
        const keep = interfaces.some((i) => i.address === get().address);
        set({ interfaces, address: keep ? get().address : (interfaces[0]?.address ?? '') });
      } catch (e) {
        notifyError(e);
      }
    },
    async refresh() {
      try {
        take(await call('desks.state', {}));
      } catch {
        // The next refresh tries again; the panel keeps what it last showed.
      }
    },
    set: (patch) => set(patch),
    open: (eventId) => act(() => call('desks.open', { eventId, address: get().address, port: Number(get().port.trim() || 0) })),
    run: (name) => act(() => call(name, {})),
    revoke: (deskId) => act(() => call('desks.revoke', { deskId })),
  };
});
