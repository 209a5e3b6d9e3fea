import { shell, type BrowserWindow } from 'electron';
import type { Desktop } from '../handlers/types';
import { chooseBackupPath } from './menu';
import { savePagePdf, savePdfBytes } from './print-pdf';

/** The system's dialogs, file manager and printer, for the calls that need them. */
export function electronDesktop(getWindow: () => BrowserWindow | null, openLiveWindow: (eventId: string) => Promise<void> = async () => {}): Desktop {
  return {
    chooseBackupPath: () => chooseBackupPath(getWindow()),
    async openFolder(dir) {
      // openPath answers an error message instead of throwing.
      const problem = await shell.openPath(dir);
      if (problem) throw new Error(problem);
    },
    savePdf: (suggestedName) => savePagePdf(getWindow(), suggestedName),
    savePdfData: (suggestedName, pdf) => savePdfBytes(getWindow(), suggestedName, pdf),
    openLiveWindow,
  };
}
