import { create } from 'zustand';
import type { Message, Result } from '../../shared/result';

/** What a paired desk keeps for this tab: its token (the host holds only its hash), its name, the event. */
export interface PairedAs {
  token: string;
  desk: { id: string; name: string };
  event: { id: string; name: string };
}

type Why = 'revoked' | 'closed';

interface DeskState {
  paired: PairedAs | null;
  /** The host did not answer the last call or heartbeat: scanning is off. */
  lost: boolean;
  /** Why the desk was sent back to pairing. */
  notice: Why | null;
  pairError: Message | null;
  pairing: boolean;
  pair(name: string, code: string): Promise<void>;
  leave(why: Why | null): void;
  /** Every ~2 s: is the host there, is this desk still let in? Returns the stop. */
  heartbeat(): () => void;
}

const KEY = 'hoi-nghi-desk';
const HEARTBEAT_MS = 2_000;
// A host that takes longer than this to answer is as good as gone for a queue at the door.
const PING_TIMEOUT_MS = 1_500;
export const CALL_TIMEOUT_MS = 5_000;

/** The LAN server serves the page with this mark: the desk's own page, not the app. */
export const isDeskPage = (): boolean => document.querySelector('meta[name="hoi-nghi-desk"]') !== null;

const saved = (): PairedAs | null => {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as PairedAs | null;
  } catch {
    return null;
  }
};

const post = (path: string, body: unknown, token = '', timeout = CALL_TIMEOUT_MS) =>
  fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hoi-nghi-token': token },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeout),
  }).then((r) => r.json() as Promise<Result<unknown>>);

const reasonOf = (r: Result<unknown>) => (r.ok ? null : ((r.error.details as { reason?: string } | undefined)?.reason ?? null));

export const useDesk = create<DeskState>((set, get) => ({
  paired: saved(),
  lost: false,
  notice: null,
  pairError: null,
  pairing: false,
  async pair(name, code) {
    set({ pairing: true, pairError: null });
    try {
      const r = await post('desk/pair', { name, code });
      if (!r.ok) {
        set({ pairError: r.error.message });
        return;
      }
      const paired = r.value as PairedAs;
      sessionStorage.setItem(KEY, JSON.stringify(paired));
      // The code from the QR link is spent: a desk sent back to pairing (revoked) must not find it filled in.
      history.replaceState(null, '', location.pathname + location.search);
      set({ paired, lost: false, notice: null });
    } catch {
      set({ pairError: { vi: 'Không liên lạc được với máy chủ.', en: 'The host cannot be reached.' } });
    } finally {
      set({ pairing: false });
    }
  },
  leave(why) {
    sessionStorage.removeItem(KEY);
    set({ paired: null, lost: false, notice: why });
  },
  heartbeat() {
    const beat = async () => {
      const token = get().paired?.token;
      if (!token) return;
      try {
        deskAnswered(await post('desk/ping', {}, token, PING_TIMEOUT_MS));
      } catch {
        deskLost();
      }
    };
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    return () => clearInterval(timer);
  },
}));

/** A call or heartbeat the host answered: connected; refused for the desk itself: back to pairing. */
export function deskAnswered(r: Result<unknown>): void {
  const reason = reasonOf(r);
  if (reason === 'revoked') useDesk.getState().leave('revoked');
  else if (reason === 'not-paired') useDesk.getState().leave('closed');
  else if (useDesk.getState().lost) useDesk.setState({ lost: false });
}

export function deskLost(): void {
  if (!useDesk.getState().lost) useDesk.setState({ lost: true });
}

export const deskToken = (): string => useDesk.getState().paired?.token ?? '';
