import * as electron from 'electron';
import { APP_URL } from './protocol';

// A bare `new BrowserWindow(...)`, as in window.ts, so electronegativity's window checks see it.
const { BrowserWindow, screen } = electron;

/** The page of the stage view: the app's own page, booting straight into it (renderer/app/route.ts; /screen: Esc closes the window). */
export const stageUrl = (eventId: string): string => `${APP_URL}#live/${encodeURIComponent(eventId)}/screen`;

export interface StageWindow {
  /** Opens the stage view of the event, or brings the open one forward showing it. */
  open(eventId: string): Promise<void>;
  /** The window while it is open: IPC trusts it like the main window. */
  current(): electron.BrowserWindow | null;
  close(): void;
}

/**
 * The second window for the MC or the hall's screen: the same page and the same locked-down
 * settings as the main window (tested side by side), full screen on a second display (the
 * projector) when there is one. It keeps nothing of its own: it reads the live state from the main
 * process like the first.
 */
export function stageWindow(preload: string, log: (message: string, error: unknown) => void = console.error): StageWindow {
  let win: electron.BrowserWindow | null = null;
  const current = () => (win && !win.isDestroyed() ? win : null);
  return {
    current,
    close: () => current()?.close(),
    async open(eventId) {
      const open = current();
      if (open) {
        await open.loadURL(stageUrl(eventId));
        open.show();
        open.focus();
        return;
      }
      const primary = screen.getPrimaryDisplay();
      const other = screen.getAllDisplays().find((d) => d.id !== primary.id);
      const area = (other ?? primary).workArea;
      const w = new BrowserWindow({
        x: area.x,
        y: area.y,
        width: other ? area.width : Math.min(1280, area.width),
        height: other ? area.height : Math.min(720, area.height),
        fullscreen: Boolean(other),
        autoHideMenuBar: true,
        show: false,
        title: 'Hội Nghị — Trình chiếu',
        backgroundColor: '#000000',
        // Written out as the main window's are (a test compares them), not shared: electronegativity
        // only checks the options it sees literally in `new BrowserWindow({...})`.
        webPreferences: {
          preload,
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          experimentalFeatures: false,
          webviewTag: false,
          navigateOnDragDrop: false,
          spellcheck: false,
          safeDialogs: true,
          disableBlinkFeatures: 'Auxclick',
        },
      });
      win = w;
      w.once('ready-to-show', () => w.show());
      w.on('closed', () => {
        if (win === w) win = null;
      });
      await w.loadURL(stageUrl(eventId)).catch((e: unknown) => log('could not load the stage view', e));
    },
  };
}
