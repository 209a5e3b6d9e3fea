import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../../db/connection';
import { createEvent } from '../../db/events';
import { dialog, FakeBrowserWindow, resetFakes, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { backupInteractively, menuTemplate } = await import('../../electron/main/menu');
const { isLiveFile } = await import('../../db/backup-elsewhere');

let dir: string;
let store: Store;

beforeEach(async () => {
  resetFakes();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-menu-'));
  store = await openStore(path.join(dir, 'data', 'hoi-nghi.sqlite'));
  await createEvent(store.db, {
    name: 'Đại hội đại biểu',
    kind: 'congress',
    startDate: '2026-03-01',
    endDate: null,
    startTime: null,
    venue: null,
    organizer: null,
    description: null,
  });
});

afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const eventsIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('select name from events').all() as Array<{ name: string }>).map((r) => r.name);
  } finally {
    db.close();
  }
};

describe('Tệp > Sao lưu dữ liệu…', () => {
  it('writes a checked copy where the organizer chose, and says so in both languages', async () => {
    const dest = path.join(dir, 'usb', 'hoi-nghi-ban-sao.sqlite');
    dialog.saveDialogAnswer = { canceled: false, filePath: dest };
    expect(await backupInteractively(store, null)).toBe(dest);
    expect(eventsIn(dest)).toEqual(['Đại hội đại biểu']);
    expect(dialog.messageBoxes).toHaveLength(1);
    expect(dialog.messageBoxes[0]).toMatchObject({ type: 'info', detail: dest });
    expect(dialog.messageBoxes[0].message).toMatch(/Đã sao lưu[\s\S]*backed up/);
  });

  it('adds .sqlite when the name has no extension', async () => {
    dialog.saveDialogAnswer = { canceled: false, filePath: path.join(dir, 'ban-sao') };
    expect(await backupInteractively(store, null)).toBe(path.join(dir, 'ban-sao.sqlite'));
    expect(fs.existsSync(path.join(dir, 'ban-sao.sqlite'))).toBe(true);
  });

  it('does nothing when the dialog is cancelled', async () => {
    dialog.saveDialogAnswer = { canceled: true, filePath: '' };
    expect(await backupInteractively(store, null)).toBeNull();
    expect(dialog.messageBoxes).toHaveLength(0);
  });

  it('refuses to write over the live data file or its side files', async () => {
    const before = fs.readFileSync(store.file);
    for (const target of [store.file, `${store.file}-wal`, `${store.file}-shm`]) {
      dialog.messageBoxes = [];
      dialog.saveDialogAnswer = { canceled: false, filePath: target };
      expect(await backupInteractively(store, null)).toBeNull();
      expect(dialog.messageBoxes[0]).toMatchObject({ type: 'error' });
      expect(dialog.messageBoxes[0].message).toMatch(/Không thể sao lưu đè[\s\S]*cannot overwrite/);
    }
    expect(fs.readFileSync(store.file).equals(before)).toBe(true);
    expect(eventsIn(store.file)).toEqual(['Đại hội đại biểu']);
    expect(isLiveFile(path.join(dir, 'data', '.', 'hoi-nghi.sqlite'), store.file)).toBe(true);
    expect(isLiveFile(path.join(dir, 'other.sqlite'), store.file)).toBe(false);
  });

  it('reports a failed backup in both languages and leaves the data as it was', async () => {
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    dialog.saveDialogAnswer = { canceled: false, filePath: path.join(blocker, 'copy.sqlite') };
    expect(await backupInteractively(store, null)).toBeNull();
    expect(dialog.messageBoxes[0]).toMatchObject({ type: 'error' });
    expect(dialog.messageBoxes[0].message).toMatch(/Không sao lưu được[\s\S]*backup failed/);
    expect(eventsIn(store.file)).toEqual(['Đại hội đại biểu']);
  });
});

describe('the rest of Tệp', () => {
  it('Mở thư mục dữ liệu opens the folder of the data file', () => {
    const file = menuTemplate(store, () => null)[0]!;
    const open = (file.submenu as Array<{ label?: string; click?: () => void }>).find((i) => i.label === 'Mở thư mục dữ liệu')!;
    open.click!();
    expect(shell.opened).toEqual([path.dirname(store.file)]);
  });
});

describe('Sửa > Hoàn tác / Làm lại', () => {
  it("undoes the focused field's typing, or else tells the page to undo the last change", async () => {
    const win = new FakeBrowserWindow();
    const edit = menuTemplate(store, () => win as never).find((m) => m.label === 'Sửa')!;
    const items = edit.submenu as Array<{ label?: string; accelerator?: string; click?: () => void }>;
    const undo = items.find((i) => i.label === 'Hoàn tác')!;
    const redo = items.find((i) => i.label === 'Làm lại')!;
    expect([undo.accelerator, redo.accelerator]).toEqual(['CmdOrCtrl+Z', 'CmdOrCtrl+Shift+Z']);

    win.webContents.scriptAnswer = 'app';
    undo.click!();
    await vi.waitFor(() => expect(win.webContents.scripts).toHaveLength(1));
    expect(win.webContents.scripts[0]).toContain("new Event('hoi-nghi:undo')");
    expect(win.webContents.edits).toEqual([]);

    win.webContents.scriptAnswer = 'text';
    redo.click!();
    await vi.waitFor(() => expect(win.webContents.edits).toEqual(['redo']));
    expect(win.webContents.scripts[1]).toContain("new Event('hoi-nghi:redo')");
  });
});

describe("the Backups screen's desktop calls", () => {
  it("ask with the system's save dialog and open the folder in the file manager", async () => {
    const { electronDesktop } = await import('../../electron/main/desktop');
    const desktop = electronDesktop(() => null);
    dialog.saveDialogAnswer = { canceled: false, filePath: path.join(dir, 'usb', 'x.sqlite') };
    expect(await desktop.chooseBackupPath(store)).toBe(path.join(dir, 'usb', 'x.sqlite'));
    dialog.saveDialogAnswer = { canceled: true, filePath: '' };
    expect(await desktop.chooseBackupPath(store)).toBeNull();
    await desktop.openFolder(store.backupDir);
    expect(shell.opened).toEqual([store.backupDir]);
  });
});
