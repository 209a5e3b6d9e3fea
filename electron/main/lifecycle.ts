import { app, dialog, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { backupNow, parseBackupName } from '../../db/backup';
import { newestGoodBackup, replaceDamagedFile } from '../../db/restore';
import { startBackupTimer } from './auto-backup';
import { defaultBackupDir, openStore, type Store } from '../../db/connection';
import { DomainError } from '../../shared/result';
import { electronDesktop } from './desktop';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { DATA_FILE_NAME, dataDirFromEnv } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { stageWindow } from './stage-window';
import { createMainWindow, type MainWindow } from './window';

const log = (message: string, error?: unknown) => console.error(`[hoi-nghi] ${message}`, error ?? '');

/** Where the bundled main (dist/electron/main.cjs) finds its siblings. */
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
const PRELOAD = path.join(__dirname, 'preload.cjs');

/**
 * The whole life of the app: lock, protocol and hardening before ready; then open the one data
 * file, back it up once a day, answer IPC, show the window; close the file cleanly on quit.
 */
export function startApp(): void {
  app.enableSandbox();
  // Chromium's own parts of the screens in Vietnamese, whatever the system's language: a date
  // field reads dd/mm/yyyy, as the organizers write dates, and its buttons speak Vietnamese.
  app.commandLine.appendSwitch('lang', 'vi');
  registerAppScheme();
  hardenWebContents(app);

  // Two copies writing one SQLite file would be the worst way to lose a confirmed edit.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let main: MainWindow | null = null;
  let store: Store | null = null;
  const currentWindow = (): BrowserWindow | null => (main && !main.window.isDestroyed() ? main.window : null);

  app.on('second-instance', () => {
    const win = currentWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession);
      handleAppProtocol(RENDERER_DIR);

      store = await openDataFile();
      if (!store) return;
      closeOnQuit(store, () => main?.stateSaved() ?? Promise.resolve());

      try {
        await backupNow(store, 'open');
      } catch (e) {
        // A missed copy must not keep the organizer out of the app; the next one is ten minutes away.
        log('backup on open failed', e);
      }
      const timer = startBackupTimer(store, log);
      app.on('will-quit', () => timer.stop());
      const stage = stageWindow(PRELOAD, log);
      registerIpc(() => [currentWindow(), stage.current()], {
        store,
        appVersion: app.getVersion(),
        log,
        rendererDir: RENDERER_DIR,
        desktop: electronDesktop(currentWindow, (eventId) => stage.open(eventId)),
      });
      installMenu(store, currentWindow);
      main = await createMainWindow({ db: store.db, preload: PRELOAD, log });
      // The stage view is the main window's companion: it goes when the main window goes.
      main.window.on('closed', () => stage.close());
    })
    .catch(async (e: unknown) => {
      log('start-up failed', e);
      dialog.showErrorBox('Hội Nghị', `Không khởi động được ứng dụng.\n\nThe app could not start.\n\n${e instanceof Error ? e.message : String(e)}`);
      await store?.close().catch((err: unknown) => log('could not close the data file', err));
      app.exit(1);
    });
}

/** Opens the store; on a refusal (newer version, damaged file) says why in both languages and quits, leaving the file as it was. */
async function openDataFile(): Promise<Store | null> {
  const file = path.join(dataDirFromEnv(app.getPath('userData')), DATA_FILE_NAME);
  // Development only: `npm start` passes a better-sqlite3 built for Electron's ABI.
  const nativeBinding = !app.isPackaged ? process.env.HOI_NGHI_NATIVE_BINDING || undefined : undefined;
  const options = nativeBinding ? { nativeBinding } : {};
  try {
    return await openStore(file, options);
  } catch (e) {
    log(`could not open ${file}`, e);
    // A damaged file is not used: offer the newest backup that passes its check.
    if (e instanceof DomainError && e.code === 'BAD_FILE') {
      const restored = await offerBackup(file, options);
      if (restored) return restored;
    }
    const text =
      e instanceof DomainError
        ? `${e.msg.vi}\n\n${e.msg.en}`
        : `Không mở được tệp dữ liệu "${file}".\n\nThe data file "${file}" could not be opened.\n\n${e instanceof Error ? e.message : String(e)}`;
    dialog.showErrorBox('Hội Nghị', text);
    app.exit(1);
    return null;
  }
}

async function offerBackup(file: string, options: { nativeBinding?: string }): Promise<Store | null> {
  const backup = newestGoodBackup(defaultBackupDir(file), options.nativeBinding);
  if (!backup) return null;
  const made = parseBackupName(path.basename(backup));
  const when = made ? `${made.at.toLocaleString('vi-VN')} (${made.reason})` : path.basename(backup);
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Hội Nghị',
    message:
      'Tệp dữ liệu bị hỏng nên không được dùng. Có thể khôi phục bản sao lưu gần nhất còn tốt; tệp hỏng được giữ lại bên cạnh.\n\n' +
      'The data file is damaged, so it is not used. The newest backup that passes its check can be restored; the damaged file is kept beside it.',
    detail: when,
    buttons: ['Khôi phục bản sao lưu / Restore the backup', 'Thoát / Quit'],
    defaultId: 0,
    cancelId: 1,
  });
  if (response !== 0) return null;
  const aside = replaceDamagedFile(file, backup);
  log(`restored ${backup}; the damaged file is now ${aside}`, null);
  return openStore(file, options);
}

/** Holds the quit until the window state is written and the store is checkpointed and closed. */
function closeOnQuit(store: Store, pendingWrites: () => Promise<void>): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    void (async () => {
      let code = 0;
      try {
        await pendingWrites();
        await store.close();
      } catch (e) {
        log('could not close the data file cleanly', e);
        code = 1;
      } finally {
        state = 'closed';
        app.exit(code);
      }
    })();
  });
}
