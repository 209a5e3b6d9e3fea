import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { backupFileName } from '../../db/backup';
import { backupElsewhere } from '../../db/backup-elsewhere';
import { whenIdle } from './auto-backup';
import type { Store } from '../../db/connection';
import { DomainError, type Message } from '../../shared/result';
import { pageUndo } from './page-undo';

const both = (m: Message) => `${m.vi}\n\n${m.en}`;

/** Sửa > Hoàn tác / Làm lại: the focused field's, or the app's (what the undo button names). */
async function undoInPage(win: BrowserWindow | null, what: 'undo' | 'redo'): Promise<void> {
  if (!win || win.webContents.isDestroyed()) return;
  const where = (await win.webContents.executeJavaScript(pageUndo(what))) as string;
  if (where === 'text') {
    if (what === 'undo') win.webContents.undo();
    else win.webContents.redo();
  }
}

/** The system's save dialog for a backup, named for now, in the documents folder to start with. */
export async function chooseBackupPath(win: BrowserWindow | null): Promise<string | null> {
  const options = {
    title: 'Sao lưu dữ liệu / Back up data',
    defaultPath: path.join(app.getPath('documents'), backupFileName('manual')),
    buttonLabel: 'Sao lưu',
    filters: [{ name: 'Hội Nghị (SQLite)', extensions: ['sqlite'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
  };
  const chosen = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
}

/** Tệp > Sao lưu dữ liệu…: asks where, copies through the online backup API, says how it went. */
export async function backupInteractively(store: Store, win: BrowserWindow | null): Promise<string | null> {
  const chosen = await chooseBackupPath(win);
  if (!chosen) return null;
  const report = (type: 'info' | 'error', message: Message, detail?: string) => {
    const box = { type, title: 'Hội Nghị', message: both(message), ...(detail ? { detail } : {}), buttons: ['OK'] };
    return win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box);
  };
  try {
    const made = await backupElsewhere(store, chosen, (run) => whenIdle(store, run));
    await report('info', { vi: 'Đã sao lưu dữ liệu vào:', en: 'The data was backed up to:' }, made);
    return made;
  } catch (e) {
    const reason = e instanceof DomainError ? (e.details as { reason?: string } | undefined)?.reason : undefined;
    await report(
      'error',
      e instanceof DomainError ? e.msg : { vi: 'Không sao lưu được.', en: 'The backup failed.' },
      reason ?? (e instanceof Error ? e.message : String(e)),
    );
    return null;
  }
}

async function showAbout(win: BrowserWindow | null): Promise<void> {
  const box = {
    type: 'info' as const,
    title: 'Giới thiệu Hội Nghị',
    message: `Hội Nghị ${app.getVersion()}`,
    detail: both({
      vi: 'Ứng dụng ngoại tuyến hỗ trợ tổ chức hội nghị: đại biểu, xếp chỗ, kịch bản, công tác chuẩn bị, điểm cầu.',
      en: 'An offline desk for organizing conferences: delegates, seating, run-of-show, preparation, video-bridge points.',
    }),
    buttons: ['OK'],
  };
  await (win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box));
}

/** The application menu, in Vietnamese. Developer tools only in a development run. */
export function menuTemplate(store: Store, getWindow: () => BrowserWindow | null): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Tải lại' },
    ...(app.isPackaged ? [] : [{ role: 'toggleDevTools', label: 'Công cụ phát triển' } as const]),
    { type: 'separator' },
    { role: 'zoomIn', label: 'Phóng to' },
    { role: 'zoomOut', label: 'Thu nhỏ' },
    { role: 'resetZoom', label: 'Đặt lại cỡ hiển thị' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Toàn màn hình' },
  ];
  return [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Sao lưu dữ liệu…', accelerator: 'CmdOrCtrl+Shift+S', click: () => void backupInteractively(store, getWindow()) },
        { label: 'Mở thư mục dữ liệu', click: () => void shell.openPath(path.dirname(store.file)) },
        { type: 'separator' },
        { role: 'quit', label: 'Thoát' },
      ],
    },
    {
      label: 'Sửa',
      submenu: [
        { label: 'Hoàn tác', accelerator: 'CmdOrCtrl+Z', click: () => void undoInPage(getWindow(), 'undo') },
        { label: 'Làm lại', accelerator: 'CmdOrCtrl+Shift+Z', click: () => void undoInPage(getWindow(), 'redo') },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    { label: 'Xem', submenu: view },
    {
      label: 'Cửa sổ',
      submenu: [
        { role: 'minimize', label: 'Thu nhỏ cửa sổ' },
        { role: 'close', label: 'Đóng cửa sổ' },
      ],
    },
    { label: 'Trợ giúp', submenu: [{ label: 'Giới thiệu Hội Nghị', click: () => void showAbout(getWindow()) }] },
  ];
}

export function installMenu(store: Store, getWindow: () => BrowserWindow | null): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(store, getWindow)));
}
