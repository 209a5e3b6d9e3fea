import type { historyVi } from './history.vi';

/** Texts of the change history and undo, English: the same shape as history.vi.ts. */
export const historyEn: typeof historyVi = {
  undo: (label: string) => `Undo: ${label}`,
  redo: (label: string) => `Redo: ${label}`,
  undoTitle: (label: string) => `Undo “${label}” (Ctrl+Z)`,
  redoTitle: (label: string) => `Redo “${label}” (Ctrl+Shift+Z)`,
  redoShort: 'Redo',
  undone: (label: string) => `Undone: ${label}`,
  redone: (label: string) => `Redone: ${label}`,
};
