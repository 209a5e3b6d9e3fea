import { create } from 'zustand';
import type {
  DuplicateAction,
  ImportColumn,
  ImportField,
  ImportInspection,
  ImportPreview,
  ImportProgress,
  ImportReport,
} from '../../../shared/contract/import';
import type { ToneStyle } from '../../../shared/text';

export type ImportStep = 'file' | 'columns' | 'check' | 'write';

export interface ChosenFile {
  name: string;
  dataBase64: string;
}

/**
 * The import wizard's state: nothing is written until the last step, so leaving at any point
 * leaves the delegate list as it was.
 */
interface ImportState {
  open: boolean;
  step: ImportStep;
  file: ChosenFile | null;
  /** The file being read (step 1), or null. */
  reading: string | null;
  /** Why the file could not be read: shown on step 1. */
  fileError: unknown;
  inspection: ImportInspection | null;
  /** The columns as mapped now (the inspection's, or rebuilt for a header row the user picked). */
  columns: ImportColumn[];
  headerRow: number;
  mapping: (ImportField | null)[];
  toneStyle: ToneStyle;
  /** Set when the user changed the mapping by hand (so "remembered" no longer describes it). */
  mappingEdited: boolean;
  /** Names in ALL CAPS or all lower case written in title case (step 3; on by default). */
  titleCaseNames: boolean;
  /** Per heading row: apply what it names to the rows below, or not; a row not here takes its default. */
  sections: Record<string, boolean>;
  preview: ImportPreview | null;
  checking: boolean;
  /** The preview is being worked out again after an option changed on step 3. */
  refreshing: boolean;
  checkError: unknown;
  decisions: { all: DuplicateAction; byRow: Record<string, DuplicateAction> };
  progress: ImportProgress | null;
  committing: boolean;
  commitError: unknown;
  report: ImportReport | null;
  start(): void;
  close(): void;
  setField(column: number, field: ImportField | null): void;
  setTone(style: ToneStyle): void;
  decideAll(action: DuplicateAction): void;
  decideRow(row: number, action: DuplicateAction): void;
  goto(step: ImportStep): void;
}

const initial = {
  step: 'file' as ImportStep,
  file: null,
  reading: null,
  fileError: null,
  inspection: null,
  columns: [],
  headerRow: 0,
  mapping: [],
  toneStyle: 'old' as ToneStyle,
  mappingEdited: false,
  titleCaseNames: true,
  sections: {} as Record<string, boolean>,
  preview: null,
  checking: false,
  refreshing: false,
  checkError: null,
  decisions: { all: 'skip' as DuplicateAction, byRow: {} },
  progress: null,
  committing: false,
  commitError: null,
  report: null,
};

export const useImport = create<ImportState>((set, get) => ({
  open: false,
  ...initial,
  start: () => set({ open: true, ...initial }),
  close: () => set({ open: false, ...initial }),
  setField: (column, field) => {
    const mapping = get().mapping.slice();
    mapping[column] = field;
    set({ mapping, mappingEdited: true, preview: null, checkError: null, sections: {} });
  },
  setTone: (toneStyle) => set({ toneStyle, preview: null }),
  // "For all" sets every row: earlier per-row choices give way to it.
  decideAll: (all) => set({ decisions: { all, byRow: {} } }),
  decideRow: (row, action) => set({ decisions: { ...get().decisions, byRow: { ...get().decisions.byRow, [String(row)]: action } } }),
  goto: (step) => set({ step }),
}));
