import { create } from 'zustand';
import type { Awards } from '../../../shared/contract/awards';
import { call, onWrite } from '../../api/client';
import { notifyError } from '../../ui/toast';

/** The open event's awards as the main process last answered them; the kind on screen. */
interface AwardsState {
  eventId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: unknown;
  data: Awards | null;
  kindId: string | null;
  load(eventId: string): Promise<void>;
  select(kindId: string): void;
  /** A write's answer put in place (never our own input re-applied). */
  answered(data: Awards): void;
}

export const useAwards = create<AwardsState>((set, get) => ({
  eventId: null,
  status: 'idle',
  error: null,
  data: null,
  kindId: null,
  load: async (eventId) => {
    const same = get().eventId === eventId;
    set({ eventId, status: 'loading', error: null, ...(same ? {} : { data: null, kindId: null }) });
    try {
      const data = await call('awards.list', { eventId });
      if (get().eventId === eventId) get().answered(data);
    } catch (error) {
      if (get().eventId === eventId) set({ status: 'error', error });
    }
  },
  select: (kindId) => set({ kindId }),
  answered: (data) => {
    const kindId = data.kinds.some((k) => k.id === get().kindId) ? get().kindId : (data.kinds[0]?.id ?? null);
    set({ data, kindId, status: 'ready' });
  },
}));

// An undo, a redo or a change to the delegates (names, seats, precedence) changes what the batches read.
onWrite((name) => {
  const { eventId, status } = useAwards.getState();
  if (!eventId || status === 'idle' || name.startsWith('awards.')) return;
  if (name.startsWith('history.') || name.startsWith('delegates.') || name.startsWith('seating.') || name.startsWith('precedence') || name === 'import.commit')
    void useAwards.getState().load(eventId);
});

/** Runs a write and shows its answer; an error is said in a toast. Answers whether it went through. */
export async function runAwards(write: () => Promise<Awards>): Promise<boolean> {
  try {
    useAwards.getState().answered(await write());
    return true;
  } catch (e) {
    notifyError(e);
    return false;
  }
}
