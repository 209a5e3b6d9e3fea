import { create } from 'zustand';
import type { HistoryPage } from '../../../shared/contract/history';
import { ApiError, call, onWrite } from '../../api/client';
import { useUi } from '../../app/store';
import { errorText, notifyError, notifySuccess, useToasts } from '../../ui/toast';
import { useDelegates } from '../delegates/delegatesStore';
import { useEvents } from '../events/eventsStore';

/** Whose changes Ctrl+Z undoes: the open event's, or everyone's in the events list (where events are deleted). */
function historyScope(): string | null {
  const { section, openEventId } = useUi.getState();
  return section === 'events' || !openEventId ? null : openEventId;
}

interface HistoryState {
  scope: string | null;
  page: HistoryPage | null;
  busy: boolean;
  refresh(): Promise<void>;
  /** `onlyUnchanged`: the rows nobody changed since, when the whole change cannot be undone. */
  undo(onlyUnchanged?: boolean, changeSetId?: string): Promise<void>;
  redo(): Promise<void>;
}

/** After an undo or redo, every screen shows the data as it now is in the file. */
async function reloadAll(): Promise<void> {
  await useEvents.getState().reload();
  const ui = useUi.getState();
  const open = ui.openEventId;
  if (open && !useEvents.getState().events.some((e) => e.id === open)) {
    useUi.setState({ openEventId: null, section: 'events' });
    return;
  }
  if (open) await useDelegates.getState().load(open);
}

export const useHistory = create<HistoryState>((set, get) => ({
  scope: null,
  page: null,
  busy: false,
  refresh: async () => {
    const scope = historyScope();
    try {
      // Only what the buttons need: the undo and redo targets come with any page.
      const page = await call('history.list', { eventId: scope, limit: 1 });
      if (historyScope() === scope) set({ scope, page });
    } catch {
      // The button stays as it was; the next write asks again.
    }
  },
  undo: async (onlyUnchanged = false, changeSetId = get().page?.undo?.id) => {
    if (get().busy || !changeSetId) return;
    set({ busy: true });
    try {
      // Exactly the change the button names: refused if another came in the meantime.
      const { undone } = await call('history.undo', { eventId: historyScope(), changeSetId, ...(onlyUnchanged ? { onlyUnchanged } : {}) });
      await reloadAll();
      notifySuccess((d, lang) => d.history.undone(undone.label[lang]));
    } catch (e) {
      // Some rows were changed since: say by what, and offer to undo the others only.
      const unchanged = e instanceof ApiError && e.error.code === 'CONFLICT' ? ((e.error.details as { unchanged?: number } | undefined)?.unchanged ?? 0) : 0;
      if (unchanged > 0 && !onlyUnchanged)
        useToasts.getState().push('error', errorText(e), {
          label: (d) => d.history.undoUnchanged(unchanged),
          run: () => get().undo(true, changeSetId),
          testId: 'undo-unchanged',
        });
      else notifyError(e);
    } finally {
      set({ busy: false });
      void get().refresh();
    }
  },
  redo: async () => {
    const changeSetId = get().page?.redo?.id;
    if (get().busy || !changeSetId) return;
    set({ busy: true });
    try {
      const { redone } = await call('history.redo', { eventId: historyScope(), changeSetId });
      await reloadAll();
      notifySuccess((d, lang) => d.history.redone(redone.label[lang]));
    } catch (e) {
      notifyError(e);
    } finally {
      set({ busy: false });
      void get().refresh();
    }
  },
}));

// Every write changes what undo would do; so does moving between the events list and an event.
onWrite((name) => {
  if (name !== 'history.undo' && name !== 'history.redo') void useHistory.getState().refresh();
});
useUi.subscribe((s, prev) => {
  if (s.ready && (s.section !== prev.section || s.openEventId !== prev.openEventId || s.ready !== prev.ready)) void useHistory.getState().refresh();
});
