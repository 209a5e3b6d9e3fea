import type { ImportInspection } from '../../../shared/contract/import';
import { call } from '../../api/client';
import { useDelegates } from '../delegates/delegatesStore';
import { useEvents } from '../events/eventsStore';
import { columnsForRow } from './columnsForRow';
import { useImport } from './importStore';
import { fileProblem, readAsBase64 } from './readFile';

const POLL_MS = 150;

const set = useImport.setState;
const get = useImport.getState;

function applyInspection(inspection: ImportInspection) {
  set({
    inspection,
    columns: inspection.columns,
    headerRow: inspection.headerRow,
    mapping: inspection.columns.map((c) => c.field),
    mappingEdited: false,
    preview: null,
    checkError: null,
    titleCaseNames: true,
    sections: {},
  });
}

/** Step 1: read the file here, let the server inspect it; a bad file stays on step 1 with the reason. */
export async function chooseFile(eventId: string, file: File): Promise<void> {
  const problem = fileProblem(file);
  if (problem) {
    set({ fileError: { local: problem, name: file.name }, file: null });
    return;
  }
  set({ reading: file.name, fileError: null });
  try {
    const dataBase64 = await readAsBase64(file);
    const inspection = await call('import.inspect', { eventId, fileName: file.name, dataBase64 });
    if (!get().open) return;
    set({ file: { name: file.name, dataBase64 }, toneStyle: useEvents.getState().events.find((e) => e.id === eventId)?.toneStyle ?? 'old', step: 'columns' });
    applyInspection(inspection);
  } catch (e) {
    set({ fileError: { error: e, name: file.name }, file: null });
  } finally {
    set({ reading: null });
  }
}

/** Another sheet of the same workbook: inspected afresh (its own header row and columns). */
export async function chooseSheet(eventId: string, sheet: string): Promise<void> {
  const file = get().file;
  if (!file) return;
  set({ checking: true, checkError: null });
  try {
    applyInspection(await call('import.inspect', { eventId, fileName: file.name, dataBase64: file.dataBase64, sheet }));
  } catch (e) {
    set({ checkError: e });
  } finally {
    set({ checking: false });
  }
}

/** The user says the header is another row: its cells become the columns, mapped automatically. */
export function chooseHeaderRow(row: number): void {
  const inspection = get().inspection;
  if (!inspection) return;
  if (row === inspection.headerRow) {
    applyInspection(inspection);
    return;
  }
  const columns = columnsForRow(inspection, row);
  set({ headerRow: row, columns, mapping: columns.map((c) => c.field), mappingEdited: true, preview: null, checkError: null, sections: {} });
}

const mappedInput = (eventId: string) => {
  const s = get();
  return {
    eventId,
    fileName: s.file!.name,
    dataBase64: s.file!.dataBase64,
    sheet: s.inspection!.sheet,
    headerRow: s.headerRow,
    mapping: s.mapping,
    toneStyle: s.toneStyle,
    titleCaseNames: s.titleCaseNames,
    sections: s.sections,
  };
};

/** Step 2 -> 3: every row cleaned and checked by the server; still nothing written. */
export async function runPreview(eventId: string): Promise<void> {
  if (!get().file || !get().inspection) return;
  set({ checking: true, checkError: null });
  try {
    const preview = await call('import.preview', mappedInput(eventId));
    set({ preview, decisions: { all: 'skip', byRow: {} }, step: 'check' });
  } catch (e) {
    set({ checkError: e });
  } finally {
    set({ checking: false });
  }
}

/**
 * Step 3, after an option changed (title case, a heading applied or not): the server checks every
 * row again with it; the duplicate decisions stay. A newer change wins over an older answer.
 */
let refreshes = 0;
export async function setCheckOption(eventId: string, change: { titleCaseNames?: boolean; section?: { row: number; apply: boolean } }): Promise<void> {
  const s = get();
  if (!s.preview) return;
  set({
    ...(change.titleCaseNames !== undefined ? { titleCaseNames: change.titleCaseNames } : {}),
    ...(change.section ? { sections: { ...s.sections, [String(change.section.row)]: change.section.apply } } : {}),
    refreshing: true,
    checkError: null,
  });
  const mine = ++refreshes;
  try {
    const preview = await call('import.preview', mappedInput(eventId));
    if (mine === refreshes && get().open) set({ preview });
  } catch (e) {
    if (mine === refreshes) set({ checkError: e });
  } finally {
    if (mine === refreshes) set({ refreshing: false });
  }
}

/** Step 4: one transaction on the server; its progress polled while it runs; the list reloaded after. */
export async function commit(eventId: string): Promise<void> {
  if (!get().preview || get().committing) return;
  const progressId = crypto.randomUUID();
  set({ step: 'write', committing: true, commitError: null, progress: null, report: null });
  let polling = true;
  const poll = async () => {
    while (polling) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      if (!polling) break;
      try {
        const progress = await call('import.progress', { progressId });
        if (polling && progress) set({ progress });
      } catch {
        // A missed poll only delays the bar.
      }
    }
  };
  void poll();
  try {
    const report = await call('import.commit', { ...mappedInput(eventId), duplicates: get().decisions, progressId });
    polling = false;
    set({ report, progress: { phase: 'done', done: 1, total: 1 } });
    await useDelegates.getState().load(eventId);
  } catch (e) {
    polling = false;
    set({ commitError: e });
  } finally {
    set({ committing: false });
  }
}
