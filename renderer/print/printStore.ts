import type { ReactElement } from 'react';
import { create } from 'zustand';

/** One print: what the preview's title says, the PDF's suggested name, and the print view itself. */
export interface PrintJob {
  title: string;
  fileName: string;
  /** A view that renders a <PrintSheet> (its options and its pages). */
  view: ReactElement;
}

interface PrintState {
  job: PrintJob | null;
  openPrint(job: PrintJob): void;
  closePrint(): void;
}

/** The print preview on screen, if any: opened by any feature with `openPrint(job)`. */
export const usePrint = create<PrintState>((set) => ({
  job: null,
  openPrint: (job) => set({ job }),
  closePrint: () => set({ job: null }),
}));

export const openPrint = (job: PrintJob) => usePrint.getState().openPrint(job);
