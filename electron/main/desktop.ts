import { shell, type BrowserWindow } from 'electron';
import type { Desktop } from '../handlers/types';
import { chooseBackupPath } from './menu';

/** The system's dialogs and file manager, for the calls that need them (the Backups screen's). */
export function electronDesktop(getWindow: () => BrowserWindow | null): Desktop {
  return {
    chooseBackupPath: () => chooseBackupPath(getWindow()),
    async openFolder(dir) {
      // openPath answers an error message instead of throwing.
      const problem = await shell.openPath(dir);
      if (problem) throw new Error(problem);
    },
  };
}
