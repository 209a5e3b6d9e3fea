import { create } from 'zustand';
import type { EventFileSummary, MergeChoice } from '../../../shared/contract/event-file';
import { MAX_EVENT_FILE_BYTES } from '../../../shared/event-file/format';
import { call } from '../../api/client';
import { readAsBase64 } from '../import/readFile';

type Problem = { local: 'wrongType' | 'tooBig' } | { error: unknown };

/** The event file being imported: read, previewed by the main process, then imported with the organizer's choices. */
interface EventFileState {
  fileName: string | null;
  reading: boolean;
  dataBase64: string | null;
  summary: EventFileSummary | null;
  problem: Problem | null;
  choices: Record<string, MergeChoice>;
  open(file: File): Promise<void>;
  choose(key: string, choice: MergeChoice): void;
  chooseAll(choice: MergeChoice): void;
  close(): void;
}

const EMPTY = { fileName: null, reading: false, dataBase64: null, summary: null, problem: null, choices: {} };

export const useEventFile = create<EventFileState>((set, get) => ({
  ...EMPTY,
  async open(file) {
    set({ ...EMPTY, fileName: file.name });
    if (!/\.hoinghi$/i.test(file.name)) return set({ problem: { local: 'wrongType' } });
    if (file.size > MAX_EVENT_FILE_BYTES) return set({ problem: { local: 'tooBig' } });
    set({ reading: true });
    try {
      const dataBase64 = await readAsBase64(file);
      const summary = await call('eventFile.preview', { dataBase64 });
      if (get().fileName !== file.name) return;
      // Each conflict starts as the main process proposes it (this laptop's).
      set({ dataBase64, summary, reading: false, choices: Object.fromEntries(summary.conflicts.map((c) => [c.key, c.choice])) });
    } catch (error) {
      set({ reading: false, problem: { error } });
    }
  },
  choose: (key, choice) => set({ choices: { ...get().choices, [key]: choice } }),
  chooseAll: (choice) => set({ choices: Object.fromEntries((get().summary?.conflicts ?? []).map((c) => [c.key, choice])) }),
  close: () => set(EMPTY),
}));
