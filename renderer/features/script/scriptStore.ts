import { create } from 'zustand';
import type { IntroBloc, Script, ScriptItem, ScriptSettings } from '../../../shared/contract/script';
import { call, onWrite } from '../../api/client';

/** The open event's script as the main process answered it; writes put their answers in place. */
interface ScriptState {
  eventId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: unknown;
  script: Script | null;
  load(eventId: string): Promise<void>;
  itemsSaved(items: ScriptItem[]): void;
  itemSaved(item: ScriptItem): void;
  settingsSaved(settings: ScriptSettings): void;
  blocsSaved(blocs: IntroBloc[]): void;
}

export const useScript = create<ScriptState>((set, get) => ({
  eventId: null,
  status: 'idle',
  error: null,
  script: null,
  load: async (eventId) => {
    const same = get().eventId === eventId;
    set({ eventId, status: 'loading', error: null, ...(same ? {} : { script: null }) });
    try {
      const script = await call('script.get', { eventId });
      if (get().eventId === eventId) set({ status: 'ready', script });
    } catch (error) {
      if (get().eventId === eventId) set({ status: 'error', error });
    }
  },
  itemsSaved: (items) => {
    const s = get().script;
    if (s && items.every((i) => i.eventId === get().eventId)) set({ script: { ...s, items } });
  },
  itemSaved: (item) => {
    const s = get().script;
    if (s) set({ script: { ...s, items: s.items.map((i) => (i.id === item.id ? item : i)) } });
  },
  settingsSaved: (settings) => {
    const s = get().script;
    if (s) set({ script: { ...s, settings } });
  },
  blocsSaved: (blocs) => {
    const s = get().script;
    if (s) set({ script: { ...s, blocs } });
  },
}));

// An undo, a redo, or the awards written into the script: read it again.
onWrite((name) => {
  const { eventId, load } = useScript.getState();
  if (eventId && (name === 'history.undo' || name === 'history.redo' || name.startsWith('awards.'))) void load(eventId);
});
