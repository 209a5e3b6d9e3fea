import { create } from 'zustand';
import type { Checklist, ChecklistLine } from '../../../shared/contract/checklist';
import { call, onWrite } from '../../api/client';
import { notifyError } from '../../ui/toast';
import type { ChecklistView, StatusFilter } from './grouping';

/** The open checklist as the main process last answered, and the screen's own state (view, filter, focus, panel). */
interface ChecklistState {
  eventId: string | null;
  data: Checklist | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: unknown;
  view: ChecklistView;
  text: string;
  filter: StatusFilter;
  /** The task whose row has the keyboard focus. */
  focusedId: string | null;
  /** The edit panel: a task's id, 'new', or closed. */
  panel: string | null;
  load(eventId: string): Promise<void>;
  answered(data: Checklist): void;
  lineSaved(line: ChecklistLine): void;
  removed(id: string): void;
  setView(view: ChecklistView): void;
  setText(text: string): void;
  setFilter(filter: StatusFilter): void;
  focus(id: string | null): void;
  openPanel(id: string | null): void;
}

let loadSeq = 0;

export const useChecklist = create<ChecklistState>((set, get) => ({
  eventId: null,
  data: null,
  status: 'idle',
  error: null,
  view: 'workstream',
  text: '',
  filter: 'all',
  focusedId: null,
  panel: null,
  async load(eventId) {
    const seq = ++loadSeq;
    if (get().eventId !== eventId) set({ eventId, data: null, status: 'loading', focusedId: null, panel: null, text: '' });
    try {
      const data = await call('checklist.list', { eventId });
      if (seq === loadSeq) set({ data, status: 'ready', error: null });
    } catch (e) {
      if (seq === loadSeq) set({ status: 'error', error: e });
    }
  },
  answered: (data) => set({ data, status: 'ready' }),
  lineSaved(line) {
    const data = get().data;
    if (!data) return;
    const has = data.lines.some((l) => l.task.id === line.task.id);
    const lines = has ? data.lines.map((l) => (l.task.id === line.task.id ? line : l)) : [...data.lines, line];
    set({ data: { ...data, lines } });
  },
  removed(id) {
    const data = get().data;
    if (data) set({ data: { ...data, lines: data.lines.filter((l) => l.task.id !== id) }, panel: null });
  },
  setView: (view) => set({ view }),
  setText: (text) => set({ text }),
  setFilter: (filter) => set({ filter }),
  focus: (focusedId) => set({ focusedId }),
  openPanel: (panel) => set({ panel }),
}));

/** Runs a write that answers with the whole checklist and shows that answer; an error in a toast. */
export async function runChecklist(write: () => Promise<Checklist>): Promise<boolean> {
  try {
    useChecklist.getState().answered(await write());
    return true;
  } catch (e) {
    notifyError(e);
    return false;
  }
}

// An undo or redo, or the event's day moved, changes what the list shows; holidays move deadlines.
onWrite((name) => {
  const { eventId, status } = useChecklist.getState();
  if (!eventId || status === 'idle') return;
  if (name.startsWith('history.') || name === 'events.update' || name === 'checklist.saveHoliday' || name === 'checklist.deleteHoliday')
    void useChecklist.getState().load(eventId);
});
